// Surveys, on their own or within a participation process: questions of six kinds with simple
// conditions, responses from every channel (online, paper, event), one-time codes stored as hashes, and
// who has taken part kept apart from what was answered, so answers stay anonymous even to staff.
// Frozen in time: written against Kysely<any>, never importing application code.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('surveys')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('description', 'jsonb')
    .addColumn('process_id', 'integer', (c) => c.references('participation_processes.id').onDelete('set null'))
    .addColumn('access', 'text', (c) => c.notNull().check(sql`access in ('anyone', 'residents', 'codes')`))
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('draft')
        .check(sql`state in ('draft', 'open', 'closed')`),
    )
    .addColumn('results_published_at', 'timestamptz')
    .addColumn('example', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('survey_questions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('survey_id', 'integer', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('single', 'multiple', 'text', 'scale', 'ranking', 'yesno')`))
    .addColumn('prompt', 'jsonb', (c) => c.notNull())
    .addColumn('options', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('required', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('min_choices', 'integer')
    .addColumn('max_choices', 'integer')
    .addColumn('max_length', 'integer')
    .addColumn('scale_min', 'integer')
    .addColumn('scale_max', 'integer')
    .addColumn('low_label', 'jsonb')
    .addColumn('high_label', 'jsonb')
    .addColumn('condition_question_id', 'integer', (c) => c.references('survey_questions.id').onDelete('set null'))
    .addColumn('condition_value', 'text')
    .execute();
  await sql`create index survey_questions_survey_idx on survey_questions (survey_id, position)`.execute(db);
  await db.schema
    .createTable('survey_codes')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('survey_id', 'integer', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('used_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('survey_responses')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('survey_id', 'integer', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('online', 'paper', 'event')`))
    .addColumn('respondent', 'text', (c) => c.notNull().check(sql`respondent in ('browser', 'resident', 'code', 'staff')`))
    .addColumn('source_event_id', 'integer', (c) => c.references('events.id').onDelete('set null'))
    .addColumn('entered_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index survey_responses_survey_idx on survey_responses (survey_id)`.execute(db);
  await db.schema
    .createTable('survey_answers')
    .addColumn('response_id', 'integer', (c) => c.notNull().references('survey_responses.id').onDelete('cascade'))
    .addColumn('question_id', 'integer', (c) => c.notNull().references('survey_questions.id').onDelete('cascade'))
    .addColumn('value', 'jsonb', (c) => c.notNull())
    .addColumn('text_state', 'text', (c) => c.check(sql`text_state in ('pending', 'approved', 'rejected')`))
    .addPrimaryKeyConstraint('survey_answers_pk', ['response_id', 'question_id'])
    .execute();
  // Who took part, never linked to a response: one row per resident or browser and survey. The unique
  // indexes are what makes "one answer each" hold when two answers arrive at once.
  await db.schema
    .createTable('survey_participants')
    .addColumn('survey_id', 'integer', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('resident_id', 'integer', (c) => c.references('residents.id').onDelete('cascade'))
    .addColumn('browser_key', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('survey_participants_one_key', sql`(resident_id is null) <> (browser_key is null)`)
    .execute();
  await sql`create unique index survey_participants_resident on survey_participants (survey_id, resident_id) where resident_id is not null`.execute(
    db,
  );
  await sql`create unique index survey_participants_browser on survey_participants (survey_id, browser_key) where browser_key is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['survey_participants', 'survey_answers', 'survey_responses', 'survey_codes', 'survey_questions', 'surveys'])
    await db.schema.dropTable(table).execute();
}
