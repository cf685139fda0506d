// Council information in public: per municipality the lead time its participation guidelines promise
// (a Vorhaben listed at least this long before its first deliberation); which council events followers
// were told of (so a consultation read twice, through its paper and through its meeting, is told once);
// the decision suggestions staff dismissed (not shown again) and those they confirmed.
// Frozen in time: written against Kysely<any>, never importing application code.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('council_settings')
    .addColumn('lead_time_months', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(3)
        .check(sql`lead_time_months between 0 and 24`),
    )
    .execute();

  await db.schema
    .createTable('council_notices')
    .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('council_notices_pkey', ['project_id', 'key'])
    .execute();

  await db.schema
    .createTable('council_dismissed_suggestions')
    .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('paper_id', 'integer', (c) => c.notNull().references('council_papers.id').onDelete('cascade'))
    .addColumn('dismissed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('council_dismissed_suggestions_pkey', ['project_id', 'paper_id'])
    .execute();

  // A suggestion staff confirmed: the decision (by its reference, else its text, as decisions are
  // written anew with each version of the Vorhaben) keeps this paper whatever the matching finds.
  await db.schema
    .createTable('council_confirmed_papers')
    .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('decision_key', 'text', (c) => c.notNull())
    .addColumn('paper_id', 'integer', (c) => c.notNull().references('council_papers.id').onDelete('cascade'))
    .addColumn('confirmed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('council_confirmed_papers_pkey', ['project_id', 'decision_key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('council_confirmed_papers').execute();
  await db.schema.dropTable('council_dismissed_suggestions').execute();
  await db.schema.dropTable('council_notices').execute();
  await db.schema.alterTable('council_settings').dropColumn('lead_time_months').execute();
}
