// Editions of the Vorhabenliste ("Fortschreibung"): a numbered, frozen copy of the published register,
// with the council decision that adopted it. The entries keep each Vorhaben as it was (its public JSON
// shape of the application, `project`), and the differences to the edition before are written once, when
// the edition is published: a later edit of a Vorhaben changes neither.
// Frozen in time: written against Kysely<any>, never importing application code.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('list_editions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`number > 0`),
    )
    .addColumn('edition_date', 'date', (c) => c.notNull())
    .addColumn('decision_reference', 'text', (c) => c.notNull())
    .addColumn('decision_url', 'text')
    .addColumn('decision_project_slug', 'text')
    .addColumn('entry_count', 'integer', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('published_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  // No foreign key to projects: an entry is a copy that stays as it was.
  await db.schema
    .createTable('list_edition_entries')
    .addColumn('edition_id', 'integer', (c) => c.notNull().references('list_editions.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('project_id', 'integer', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('project', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('list_edition_entries_pk', ['edition_id', 'position'])
    .execute();
  await db.schema
    .createTable('list_edition_changes')
    .addColumn('edition_id', 'integer', (c) => c.notNull().references('list_editions.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('new', 'changed', 'gone')`))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('fields', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('notes', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addPrimaryKeyConstraint('list_edition_changes_pk', ['edition_id', 'position'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('list_edition_changes').execute();
  await db.schema.dropTable('list_edition_entries').execute();
  await db.schema.dropTable('list_editions').execute();
}
