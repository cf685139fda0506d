// The network: a directory of partners who agreed to be listed (managed by their own resident account,
// verified by staff), introductions staff make between partners, ideas and Vorhaben, and advisory cases
// of project teams with dated sessions, messages and files. Contact addresses are never public.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('partners')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('association', 'company', 'school', 'research', 'public_body', 'volunteer')`),
    )
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('offers', 'text')
    .addColumn('seeks', 'text')
    .addColumn('competencies', 'text')
    .addColumn('municipality_id', 'integer', (c) => c.references('municipalities.id'))
    .addColumn('website', 'text')
    .addColumn('contact_email', 'text', (c) => c.notNull())
    .addColumn('resident_id', 'integer', (c) => c.references('residents.id').onDelete('set null'))
    .addColumn('consented_at', 'timestamptz', (c) => c.notNull())
    .addColumn('verified_at', 'timestamptz')
    .addColumn('verified_by', 'integer', (c) => c.references('users.id'))
    .addColumn('hidden_at', 'timestamptz')
    .addColumn('example', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index partners_text_trgm_idx on partners using gin ((name || ' ' || description || ' ' || coalesce(offers, '') || ' ' || coalesce(seeks, '') || ' ' || coalesce(competencies, '')) gin_trgm_ops)`.execute(
    db,
  );
  await db.schema
    .createTable('partner_topics')
    .addColumn('partner_id', 'integer', (c) => c.notNull().references('partners.id').onDelete('cascade'))
    .addColumn('topic_id', 'integer', (c) => c.notNull().references('topics.id'))
    .addPrimaryKeyConstraint('partner_topics_pk', ['partner_id', 'topic_id'])
    .execute();
  await db.schema
    .createTable('partner_projects')
    .addColumn('partner_id', 'integer', (c) => c.notNull().references('partners.id').onDelete('cascade'))
    .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id'))
    .addPrimaryKeyConstraint('partner_projects_pk', ['partner_id', 'project_id'])
    .execute();
  await db.schema
    .createTable('partner_events')
    .addColumn('partner_id', 'integer', (c) => c.notNull().references('partners.id').onDelete('cascade'))
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id'))
    .addPrimaryKeyConstraint('partner_events_pk', ['partner_id', 'event_id'])
    .execute();

  await db.schema
    .createTable('introductions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('partner_id', 'integer', (c) => c.notNull().references('partners.id'))
    .addColumn('other_partner_id', 'integer', (c) => c.references('partners.id'))
    .addColumn('idea_id', 'integer', (c) => c.references('ideas.id'))
    .addColumn('project_id', 'integer', (c) => c.references('projects.id'))
    .addColumn('note', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('outcome', 'text')
    .addColumn('outcome_at', 'timestamptz')
    .addCheckConstraint('introductions_one_other', sql`num_nonnulls(other_partner_id, idea_id, project_id) = 1`)
    .execute();

  await db.schema
    .createTable('advisory_cases')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('topic_id', 'integer', (c) => c.references('topics.id'))
    .addColumn('stage', 'text', (c) => c.notNull().check(sql`stage in ('idea', 'concept', 'pilot', 'rollout')`))
    .addColumn('team', 'text', (c) => c.notNull())
    .addColumn('municipality_id', 'integer', (c) => c.references('municipalities.id'))
    .addColumn('resident_id', 'integer', (c) => c.references('residents.id').onDelete('set null'))
    .addColumn('advisor_id', 'integer', (c) => c.references('users.id'))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('requested')
        .check(sql`status in ('requested', 'accepted', 'in_progress', 'closed')`),
    )
    .addColumn('outcome', 'text', (c) => c.check(sql`outcome in ('became_project', 'referred_to_partner', 'funding_found', 'dropped')`))
    .addColumn('outcome_note', 'text')
    .addColumn('project_id', 'integer', (c) => c.references('projects.id'))
    .addColumn('example', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('closed_at', 'timestamptz')
    .addCheckConstraint('advisory_cases_closed_outcome', sql`(status = 'closed') = (outcome is not null)`)
    .execute();
  await db.schema
    .createTable('advisory_sessions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('advisory_cases.id').onDelete('cascade'))
    .addColumn('held_on', 'date', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('internal', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('advisory_messages')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('advisory_cases.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('resident_id', 'integer', (c) => c.references('residents.id').onDelete('set null'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('internal', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('file_name', 'text')
    .addColumn('content_type', 'text')
    .addColumn('content', 'bytea')
    .addColumn('size', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index advisory_messages_case_idx on advisory_messages (case_id, created_at)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'advisory_messages',
    'advisory_sessions',
    'advisory_cases',
    'introductions',
    'partner_events',
    'partner_projects',
    'partner_topics',
    'partners',
  ])
    await db.schema.dropTable(table).execute();
}
