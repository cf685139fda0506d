// Participation processes attached to a Vorhaben, with dated phases and a published results text; events
// can belong to one.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('participation_processes')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id'))
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('description', 'jsonb')
    .addColumn('results', 'jsonb')
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('draft')
        .check(sql`state in ('draft', 'published')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('process_phases')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('process_id', 'integer', (c) => c.notNull().references('participation_processes.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('information', 'ideas', 'comments', 'prioritising', 'results')`))
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addCheckConstraint('process_phases_order', sql`ends_on >= starts_on`)
    .execute();
  await sql`create index process_phases_process_idx on process_phases (process_id, position)`.execute(db);
  await db.schema
    .alterTable('events')
    .addColumn('process_id', 'integer', (c) => c.references('participation_processes.id'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('events').dropColumn('process_id').execute();
  await db.schema.dropTable('process_phases').execute();
  await db.schema.dropTable('participation_processes').execute();
}
