// Document consultations within a participation process: a draft published as sections in numbered
// versions, residents' comments on a section (optionally on a quoted passage) in the comment threads,
// one agree/disagree per resident and section, staff's answer and weighing per comment, change notes of a
// version's sections citing the comments that led to them, and the council decision that adopted a version.
// Frozen in time: written against Kysely<any>, never importing application code.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('consultations')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('process_id', 'integer', (c) => c.notNull().references('participation_processes.id').onDelete('cascade'))
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('summary', 'jsonb')
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date', (c) => c.notNull())
    .addColumn('adopted_version', 'integer')
    .addColumn('adopted_reference', 'text')
    .addColumn('adopted_url', 'text')
    .addColumn('adopted_project_slug', 'text')
    .addColumn('example', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('consultations_period', sql`starts_on <= ends_on`)
    .execute();
  await db.schema
    .createTable('consultation_versions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('consultation_id', 'integer', (c) => c.notNull().references('consultations.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('change_note', 'text')
    .addColumn('published_at', 'timestamptz')
    .addColumn('published_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('consultation_versions_number', ['consultation_id', 'number'])
    .execute();
  // At most one unpublished version (the draft being written) per consultation.
  await sql`create unique index consultation_versions_one_draft on consultation_versions (consultation_id) where published_at is null`.execute(
    db,
  );
  await db.schema
    .createTable('consultation_sections')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('version_id', 'integer', (c) => c.notNull().references('consultation_versions.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('anchor', 'text', (c) => c.notNull())
    .addColumn('heading', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('change_note', 'text')
    .addUniqueConstraint('consultation_sections_anchor', ['version_id', 'anchor'])
    .execute();
  await db.schema
    .createTable('consultation_citations')
    .addColumn('section_id', 'integer', (c) => c.notNull().references('consultation_sections.id').onDelete('cascade'))
    .addColumn('comment_id', 'integer', (c) => c.notNull().references('comments.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('consultation_citations_pk', ['section_id', 'comment_id'])
    .execute();
  await db.schema
    .createTable('consultation_votes')
    .addColumn('section_id', 'integer', (c) => c.notNull().references('consultation_sections.id').onDelete('cascade'))
    .addColumn('resident_id', 'integer', (c) => c.notNull().references('residents.id').onDelete('cascade'))
    .addColumn('stance', 'text', (c) => c.notNull().check(sql`stance in ('agree', 'disagree')`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('consultation_votes_pk', ['section_id', 'resident_id'])
    .execute();
  await db.schema
    .createTable('consultation_weighings')
    .addColumn('comment_id', 'integer', (c) => c.primaryKey().references('comments.id').onDelete('cascade'))
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('taken_up', 'partly', 'not_taken_up')`))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('weighed_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('weighed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // A comment's thread is now a Vorhaben's, an idea's or a consultation section's; a section comment may quote a passage.
  await db.schema
    .alterTable('comments')
    .addColumn('consultation_section_id', 'integer', (c) => c.references('consultation_sections.id').onDelete('cascade'))
    .addColumn('quote', 'text')
    .execute();
  await sql`alter table comments drop constraint comments_one_target`.execute(db);
  await sql`alter table comments add constraint comments_one_target check (num_nonnulls(project_id, idea_id, consultation_section_id) = 1)`.execute(
    db,
  );
  await sql`create index comments_consultation_section_idx on comments (consultation_section_id) where consultation_section_id is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from comments where consultation_section_id is not null`.execute(db);
  await sql`alter table comments drop constraint comments_one_target`.execute(db);
  await sql`alter table comments add constraint comments_one_target check ((project_id is null) <> (idea_id is null))`.execute(db);
  await db.schema.alterTable('comments').dropColumn('quote').dropColumn('consultation_section_id').execute();
  for (const table of [
    'consultation_weighings',
    'consultation_votes',
    'consultation_citations',
    'consultation_sections',
    'consultation_versions',
    'consultations',
  ])
    await db.schema.dropTable(table).execute();
}
