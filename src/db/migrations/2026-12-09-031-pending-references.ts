// Objects a sync found named but not yet stored (a meeting a consultation names, an agenda item given
// only by its address) wait in a table of their own instead of the run's JSON: they outlive the run,
// and each remembers when it was last tried, so that failing ones are retried oldest attempt first and
// new ones get their turn. Runs' JSON keeps only where each list stands.
// Frozen in time: written against Kysely<any>, never importing application code.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('council_pending_references')
    .addColumn('municipality_id', 'integer', (c) => c.notNull().references('municipalities.id').onDelete('cascade'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    // What the referrer tells about the object (an agenda item's meeting, a file's paper and role).
    .addColumn('context', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('found_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('tried_at', 'timestamptz')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('council_pending_references_pkey', ['municipality_id', 'url'])
    .execute();
  await db.schema
    .createIndex('council_pending_references_turn')
    .on('council_pending_references')
    .columns(['municipality_id', 'tried_at', 'found_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('council_pending_references').execute();
}
