// SQL of the objects a sync found named but not yet stored (council_pending_references): added with the
// page that names them, collected from the stored objects' references, handed out least recently tried
// first (never tried ones before all), marked when a fetch fails, and removed once the object is stored.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Reference } from './oparl-mapping.js';

export type PendingKind = 'Meeting' | 'AgendaItem' | 'Paper' | 'Consultation' | 'Organization' | 'File';

export interface PendingReference {
  kind: PendingKind;
  url: string;
  meeting?: string;
  paper?: string;
  agendaItem?: string;
  role?: Reference['role'];
  position?: number;
}

/** The references a page names, in the transaction that stores the page. */
export async function addPending(db: Db, municipalityId: number, references: Reference[]): Promise<void> {
  if (references.length === 0) return;
  const byUrl = new Map(references.map(({ kind, url, ...context }) => [url, { kind, url, context }]));
  await db
    .insertInto('council_pending_references')
    .values(
      [...byUrl.values()].map((r) => ({ municipality_id: municipalityId, url: r.url, kind: r.kind, context: JSON.stringify(r.context) })),
    )
    .onConflict((oc) => oc.columns(['municipality_id', 'url']).doNothing())
    .execute();
}

/**
 * Adds what stored objects name but no table holds (a meeting a consultation refers to that was not in
 * the meeting list, a consultation an agenda item names), and removes what has been stored meanwhile
 * (read in a list, embedded in another object).
 */
export async function collectPending(db: Db, municipalityId: number): Promise<void> {
  await sql`
    insert into council_pending_references (municipality_id, kind, url)
    select ${municipalityId}, w.kind, w.url from (
      select 'Meeting' as kind, meeting_url as url from council_consultations where municipality_id = ${municipalityId} and meeting_url is not null
      union select 'AgendaItem', agenda_item_url from council_consultations where municipality_id = ${municipalityId} and agenda_item_url is not null
      union select 'Paper', paper_url from council_consultations where municipality_id = ${municipalityId} and paper_url is not null
      union select 'Consultation', consultation_url from council_agenda_items where municipality_id = ${municipalityId} and consultation_url is not null
      union select 'Organization', unnest(organization_urls) from council_consultations where municipality_id = ${municipalityId}
      union select 'Organization', unnest(organization_urls) from council_meetings where municipality_id = ${municipalityId}
    ) w
    where not exists (select 1 from council_meetings o where w.kind = 'Meeting' and o.municipality_id = ${municipalityId} and o.url = w.url)
      and not exists (select 1 from council_agenda_items o where w.kind = 'AgendaItem' and o.municipality_id = ${municipalityId} and o.url = w.url)
      and not exists (select 1 from council_papers o where w.kind = 'Paper' and o.municipality_id = ${municipalityId} and o.url = w.url)
      and not exists (select 1 from council_consultations o where w.kind = 'Consultation' and o.municipality_id = ${municipalityId} and o.url = w.url)
      and not exists (select 1 from council_organizations o where w.kind = 'Organization' and o.municipality_id = ${municipalityId} and o.url = w.url)
    on conflict (municipality_id, url) do nothing`.execute(db);
  await sql`
    delete from council_pending_references r
    where r.municipality_id = ${municipalityId}
      and case r.kind
        when 'Meeting' then exists (select 1 from council_meetings o where o.municipality_id = r.municipality_id and o.url = r.url)
        when 'AgendaItem' then exists (select 1 from council_agenda_items o where o.municipality_id = r.municipality_id and o.url = r.url)
        when 'Paper' then exists (select 1 from council_papers o where o.municipality_id = r.municipality_id and o.url = r.url)
        when 'Consultation' then exists (select 1 from council_consultations o where o.municipality_id = r.municipality_id and o.url = r.url)
        when 'Organization' then exists (select 1 from council_organizations o where o.municipality_id = r.municipality_id and o.url = r.url)
        when 'File' then exists (select 1 from council_files o where o.municipality_id = r.municipality_id and o.url = r.url)
        else false end`.execute(db);
}

/** Objects that bring their agenda items and consultations along (which then need no request). */
const containers: PendingKind[] = ['Meeting', 'Paper', 'Organization'];

/**
 * The next references to fetch, leaving out `skip` (tried in this run already): never tried ones first,
 * then the least recently tried, so that a few that always fail never hold up the rest. `containersOnly`:
 * only meetings, papers and organisations.
 */
export async function nextPending(
  db: Db,
  municipalityId: number,
  skip: string[],
  limit: number,
  containersOnly: boolean,
): Promise<PendingReference[]> {
  let query = db
    .selectFrom('council_pending_references')
    .select(['kind', 'url', 'context'])
    .where('municipality_id', '=', municipalityId)
    .where('url', '<>', sql<string>`all(${skip}::text[])`);
  if (containersOnly) query = query.where('kind', 'in', containers);
  const rows = await query
    .orderBy(sql`tried_at asc nulls first`)
    .orderBy('found_at')
    .orderBy('url')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...(r.context as object), kind: r.kind, url: r.url }));
}

/** How many wait, leaving out `skip`. */
export async function countPending(db: Db, municipalityId: number, skip: string[]): Promise<number> {
  const row = await db
    .selectFrom('council_pending_references')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('municipality_id', '=', municipalityId)
    .where('url', '<>', sql<string>`all(${skip}::text[])`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A fetch failed: the reference waits behind those tried longer ago. */
export async function markTried(db: Db, municipalityId: number, url: string): Promise<void> {
  await db
    .updateTable('council_pending_references')
    .set({ tried_at: sql`now()`, attempts: sql`attempts + 1` })
    .where('municipality_id', '=', municipalityId)
    .where('url', '=', url)
    .execute();
}

/** The object was fetched and stored (in that transaction). */
export async function removePending(db: Db, municipalityId: number, url: string): Promise<void> {
  await db.deleteFrom('council_pending_references').where('municipality_id', '=', municipalityId).where('url', '=', url).execute();
}
