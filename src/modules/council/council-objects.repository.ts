// SQL that stores the council's objects read from OParl: upserts by (municipality, OParl id URL), one
// statement per table and page with the rows as one JSON parameter (the same SQL text whatever the page
// holds, so it is prepared once), counting what is new, what changed and what the server marked deleted.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { mergeBatches, type RowBatch } from './oparl-mapping.js';

export interface WriteCounts {
  created: number;
  changed: number;
  deleted: number;
}

type Table =
  'council_organizations' | 'council_meetings' | 'council_papers' | 'council_agenda_items' | 'council_consultations' | 'council_files';

/**
 * The columns of each table with their SQL type. Links to other objects are `sticky`: an object read
 * once without its referrer (a consultation fetched on its own, without its paper) keeps the link it had.
 */
const columns: Record<Table, { name: string; type: string; sticky?: boolean }[]> = {
  council_organizations: [
    { name: 'name', type: 'text' },
    { name: 'short_name', type: 'text' },
    { name: 'organization_type', type: 'text' },
    { name: 'classification', type: 'text' },
    { name: 'web', type: 'text' },
  ],
  council_meetings: [
    { name: 'name', type: 'text' },
    { name: 'start_at', type: 'timestamptz' },
    { name: 'end_at', type: 'timestamptz' },
    { name: 'web', type: 'text' },
    { name: 'organization_urls', type: 'text[]' },
    { name: 'cancelled', type: 'boolean' },
  ],
  council_papers: [
    { name: 'body_url', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'reference', type: 'text' },
    { name: 'paper_type', type: 'text' },
    { name: 'date', type: 'date' },
    { name: 'web', type: 'text' },
  ],
  council_agenda_items: [
    { name: 'meeting_url', type: 'text', sticky: true },
    { name: 'position', type: 'integer' },
    { name: 'number', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'result', type: 'text' },
    { name: 'public', type: 'boolean' },
    { name: 'consultation_url', type: 'text', sticky: true },
  ],
  council_consultations: [
    { name: 'paper_url', type: 'text', sticky: true },
    { name: 'meeting_url', type: 'text', sticky: true },
    { name: 'agenda_item_url', type: 'text', sticky: true },
    { name: 'organization_urls', type: 'text[]' },
    { name: 'role', type: 'text' },
    { name: 'authoritative', type: 'boolean' },
  ],
  council_files: [
    { name: 'paper_url', type: 'text', sticky: true },
    { name: 'agenda_item_url', type: 'text', sticky: true },
    { name: 'role', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'mime_type', type: 'text' },
    { name: 'access_url', type: 'text' },
    { name: 'download_url', type: 'text' },
    { name: 'date', type: 'date' },
  ],
};

// Built once per table from the constant column lists above (no user input reaches sql.raw).
function upsertSql(table: Table) {
  const cols = columns[table];
  const names = cols.map((c) => c.name);
  const recordType = ['url text', 'modified timestamptz', ...cols.map((c) => `${c.name} ${c.type}`)].join(', ');
  const newValue = (c: { name: string; sticky?: boolean }) =>
    c.sticky ? `coalesce(excluded.${c.name}, t.${c.name})` : `excluded.${c.name}`;
  return {
    live: sql.raw(`insert into ${table} as t (municipality_id, url, modified, deleted, synced_at, ${names.join(', ')})
      select $1::int, r.url, r.modified, false, now(), ${names.map((n) => `r.${n}`).join(', ')}
      from jsonb_to_recordset($2::jsonb) as r(${recordType})
      on conflict (municipality_id, url) do update set
        modified = excluded.modified, deleted = false, synced_at = now(),
        ${cols.map((c) => `${c.name} = ${newValue(c)}`).join(', ')}
      where (t.modified, t.deleted, ${names.map((n) => `t.${n}`).join(', ')})
        is distinct from (excluded.modified, false, ${cols.map(newValue).join(', ')})
      returning t.url`),
    deleted:
      sql.raw(`insert into ${table} as t (municipality_id, url, modified, deleted, synced_at${table === 'council_files' ? ', role' : ''})
      select $1::int, r.url, r.modified, true, now()${table === 'council_files' ? ", 'main'" : ''}
      from jsonb_to_recordset($2::jsonb) as r(url text, modified timestamptz)
      on conflict (municipality_id, url) do update set deleted = true, modified = coalesce(excluded.modified, t.modified), synced_at = now()
      where not t.deleted
      returning t.url`),
  };
}

const statements = Object.fromEntries((Object.keys(columns) as Table[]).map((t) => [t, upsertSql(t)])) as Record<
  Table,
  ReturnType<typeof upsertSql>
>;

/** Binds the two parameters of a statement built above. */
async function run(db: Db, statement: ReturnType<typeof sql.raw>, municipalityId: number, rows: object[]): Promise<string[]> {
  const query = statement.compile(db);
  const result = await db.executeQuery<{ url: string }>({ ...query, parameters: [municipalityId, JSON.stringify(rows)] });
  return result.rows.map((r) => r.url);
}

/** The last row per URL: one statement may not update the same row twice (a file shared by two papers). */
function lastPerUrl<T extends { url: string }>(rows: T[]): T[] {
  return [...new Map(rows.map((r) => [r.url, r])).values()];
}

async function upsert(
  db: Db,
  table: Table,
  municipalityId: number,
  all: { url: string; deleted: boolean; modified: Date | null }[],
): Promise<WriteCounts> {
  if (all.length === 0) return { created: 0, changed: 0, deleted: 0 };
  const rows = lastPerUrl(all);
  const existing = new Set(
    (
      await db
        .selectFrom(table)
        .select('url')
        .where('municipality_id', '=', municipalityId)
        .where('url', '=', sql<string>`any(${rows.map((r) => r.url)}::text[])`)
        .execute()
    ).map((r) => r.url),
  );
  const live = rows.filter((r) => !r.deleted);
  const gone = rows.filter((r) => r.deleted).map((r) => ({ url: r.url, modified: r.modified }));
  const written = live.length ? await run(db, statements[table].live, municipalityId, live) : [];
  const markedDeleted = gone.length ? await run(db, statements[table].deleted, municipalityId, gone) : [];
  return {
    created: live.filter((r) => !existing.has(r.url)).length,
    changed: written.filter((url) => existing.has(url)).length,
    deleted: markedDeleted.length,
  };
}

/** Stores one page's rows; the counts say what was new, changed or newly marked deleted. */
export async function writeBatch(db: Db, municipalityId: number, batch: RowBatch): Promise<WriteCounts> {
  const total: WriteCounts = { created: 0, changed: 0, deleted: 0 };
  const parts: [Table, RowBatch[keyof Omit<RowBatch, 'references'>]][] = [
    ['council_organizations', batch.organizations],
    ['council_meetings', batch.meetings],
    ['council_papers', batch.papers],
    ['council_agenda_items', batch.agendaItems],
    ['council_consultations', batch.consultations],
    ['council_files', batch.files],
  ];
  for (const [table, rows] of parts) {
    const counts = await upsert(db, table, municipalityId, rows);
    total.created += counts.created;
    total.changed += counts.changed;
    total.deleted += counts.deleted;
  }
  return total;
}

// PostgreSQL's errors carry an SQLSTATE code; anything else (a programming error) is not the data's fault.
const isDatabaseError = (err: unknown): err is Error & { code: string } =>
  err instanceof Error && typeof (err as { code?: unknown }).code === 'string';

/**
 * Stores a page's objects (one batch each) as one. When PostgreSQL refuses the page (a value no check
 * foresaw), the page would fail every night again: then each object is written on its own in a
 * savepoint, and those refused are handed to `refused` and skipped, so the rest of the page is kept.
 */
export async function writeBatches(
  trx: Db,
  municipalityId: number,
  parts: RowBatch[],
  refused: (part: RowBatch, err: Error) => void,
): Promise<WriteCounts> {
  try {
    await sql`savepoint council_page`.execute(trx);
    const counts = await writeBatch(trx, municipalityId, mergeBatches(parts));
    await sql`release savepoint council_page`.execute(trx);
    return counts;
  } catch (err) {
    if (!isDatabaseError(err)) throw err;
    await sql`rollback to savepoint council_page`.execute(trx);
  }
  const total: WriteCounts = { created: 0, changed: 0, deleted: 0 };
  for (const part of parts) {
    try {
      await sql`savepoint council_object`.execute(trx);
      const counts = await writeBatch(trx, municipalityId, part);
      await sql`release savepoint council_object`.execute(trx);
      total.created += counts.created;
      total.changed += counts.changed;
      total.deleted += counts.deleted;
    } catch (err) {
      if (!isDatabaseError(err)) throw err;
      await sql`rollback to savepoint council_object`.execute(trx);
      refused(part, err);
    }
  }
  return total;
}
