// SQL of the Vorhabenliste's editions: the numbered editions, their frozen entries and their differences.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { EditionChange } from './edition-diff.js';

export async function lockEditions(db: Db): Promise<void> {
  // One publication at a time: two at once would take the same number and compare with the same edition.
  await sql`lock table list_editions in share row exclusive mode`.execute(db);
}

export async function latestEdition(db: Db) {
  return db.selectFrom('list_editions').select(['id', 'number']).orderBy('number', 'desc').limit(1).executeTakeFirst();
}

export async function insertEdition(
  db: Db,
  e: {
    number: number;
    date: string;
    reference: string;
    url: string | null;
    projectSlug: string | null;
    entryCount: number;
    publishedBy: number | null;
  },
): Promise<number> {
  const row = await db
    .insertInto('list_editions')
    .values({
      number: e.number,
      edition_date: e.date,
      decision_reference: e.reference,
      decision_url: e.url,
      decision_project_slug: e.projectSlug,
      entry_count: e.entryCount,
      published_by: e.publishedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertEntries(db: Db, editionId: number, entries: { id: number; slug: string; version: number; json: string }[]) {
  for (let i = 0; i < entries.length; i += 500)
    await db
      .insertInto('list_edition_entries')
      .values(
        entries.slice(i, i + 500).map((e, j) => ({
          edition_id: editionId,
          position: i + j,
          project_id: e.id,
          slug: e.slug,
          version: e.version,
          project: e.json,
        })),
      )
      .execute();
}

export async function insertChanges(db: Db, editionId: number, changes: EditionChange[]) {
  for (let i = 0; i < changes.length; i += 500)
    await db
      .insertInto('list_edition_changes')
      .values(
        changes.slice(i, i + 500).map((c, j) => ({
          edition_id: editionId,
          position: i + j,
          kind: c.kind,
          slug: c.slug,
          title: JSON.stringify(c.title),
          fields: c.fields,
          notes: JSON.stringify(c.notes),
        })),
      )
      .execute();
}

/** The stored Vorhaben of an edition, in the order they were written (by id). */
export async function entriesOf(db: Db, editionId: number): Promise<object[]> {
  const rows = await db
    .selectFrom('list_edition_entries')
    .select('project')
    .where('edition_id', '=', editionId)
    .orderBy('position')
    .execute();
  return rows.map((r) => r.project);
}

const summaryColumns = [
  'e.id',
  'e.number',
  'e.edition_date',
  'e.decision_reference',
  'e.decision_url',
  'e.decision_project_slug',
  'e.entry_count',
  'e.published_at',
] as const;

export async function listEditions(db: Db) {
  return db
    .selectFrom('list_editions as e')
    .select(summaryColumns)
    .select(
      sql<
        Record<string, number>
      >`(select coalesce(jsonb_object_agg(kind, n), '{}') from (select kind, count(*)::int as n from list_edition_changes c where c.edition_id = e.id group by kind) k)`.as(
        'counts',
      ),
    )
    .orderBy('e.number', 'desc')
    .execute();
}

export type EditionRow = Awaited<ReturnType<typeof listEditions>>[number];

export async function editionByNumber(db: Db, number: number): Promise<EditionRow | undefined> {
  return (await listEditions(db)).find((e) => e.number === number);
}

export async function changesOf(db: Db, editionId: number) {
  return db
    .selectFrom('list_edition_changes')
    .select(['kind', 'slug', 'title', 'fields', 'notes'])
    .where('edition_id', '=', editionId)
    .orderBy('position')
    .execute();
}

export async function previousNumber(db: Db, number: number): Promise<number | null> {
  const row = await db
    .selectFrom('list_editions')
    .select('number')
    .where('number', '<', number)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.number ?? null;
}
