// SQL that finds what followers are told of while a sync stores a page: which consultations and agenda
// items of the page are new and which agenda items' results are newly set (read before the page is
// written), then, after it, which published Vorhaben have a decision linked to the paper concerned; and
// the notices already given (one per Vorhaben and event, however often the sync reads it).
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

export interface EventCandidates {
  consultations: string[];
  agendaItems: string[];
  results: string[];
}

/** Of the page's live consultations and agenda items: the new ones, and the items whose result is new. */
export async function eventCandidates(
  db: Db,
  municipalityId: number,
  consultations: string[],
  agendaItems: { url: string; result: string | null }[],
): Promise<EventCandidates> {
  const [knownConsultations, knownItems] = await Promise.all([
    consultations.length
      ? db
          .selectFrom('council_consultations')
          .select('url')
          .where('municipality_id', '=', municipalityId)
          .where('url', '=', sql<string>`any(${consultations}::text[])`)
          .execute()
      : [],
    agendaItems.length
      ? db
          .selectFrom('council_agenda_items')
          .select(['url', 'result'])
          .where('municipality_id', '=', municipalityId)
          .where('url', '=', sql<string>`any(${agendaItems.map((a) => a.url)}::text[])`)
          .execute()
      : [],
  ]);
  const seen = new Set(knownConsultations.map((r) => r.url));
  const stored = new Map(knownItems.map((r) => [r.url, r.result]));
  return {
    consultations: consultations.filter((url) => !seen.has(url)),
    agendaItems: agendaItems.filter((a) => !stored.has(a.url)).map((a) => a.url),
    results: agendaItems.filter((a) => a.result !== null && stored.get(a.url) !== a.result).map((a) => a.url),
  };
}

export interface CouncilEventRow {
  project_id: number;
  project_slug: string;
  kind: 'agenda' | 'result';
  key: string;
  reference: string | null;
  meeting_name: string | null;
  meeting_start: Date | null;
  result: string | null;
}

/**
 * The events of published Vorhaben among the candidates: a consultation (new, or whose agenda item is
 * new) of a paper a decision links, at a meeting stored and not cancelled; a result set on such a
 * paper's agenda item. A consultation read before its meeting is told when the meeting's agenda item
 * arrives (new, too), so the mail can name the meeting and its date.
 */
export async function councilEvents(db: Db, municipalityId: number, c: EventCandidates): Promise<CouncilEventRow[]> {
  if (!c.consultations.length && !c.agendaItems.length && !c.results.length) return [];
  const result = await sql<CouncilEventRow>`
    with linked as (
      select distinct p.id as project_id, p.slug as project_slug, cp.url as paper_url, cp.reference
      from council_papers cp
      join decisions d on d.council_paper_id = cp.id
      join projects p on p.id = d.project_id and p.publication_state = 'published'
      where cp.municipality_id = ${municipalityId} and not cp.deleted
    )
    select l.project_id, l.project_slug, 'agenda' as kind, 'agenda:' || c.url as key, l.reference,
      m.name as meeting_name, m.start_at as meeting_start, null as result
    from council_consultations c
    join linked l on l.paper_url = c.paper_url
    join council_meetings m on m.municipality_id = c.municipality_id and m.url = c.meeting_url and not m.deleted and not m.cancelled
    where c.municipality_id = ${municipalityId} and not c.deleted
      and (c.url = any(${c.consultations}::text[])
        or c.agenda_item_url = any(${c.agendaItems}::text[])
        or c.url in (select a.consultation_url from council_agenda_items a
          where a.municipality_id = ${municipalityId} and a.url = any(${c.agendaItems}::text[])))
    union
    select l.project_id, l.project_slug, 'result', 'result:' || a.url || ':' || a.result, l.reference,
      m.name, m.start_at, a.result
    from council_agenda_items a
    join council_consultations c on c.municipality_id = a.municipality_id and (c.url = a.consultation_url or c.agenda_item_url = a.url)
    join linked l on l.paper_url = c.paper_url
    left join council_meetings m on m.municipality_id = a.municipality_id and m.url = a.meeting_url
    where a.municipality_id = ${municipalityId} and not a.deleted and a.result is not null
      and a.url = any(${c.results}::text[])`.execute(db);
  return result.rows;
}

/** Records the notices; returns the keys (per Vorhaben) not given before. */
export async function recordNotices(db: Db, notices: { projectId: number; key: string }[]): Promise<Set<string>> {
  if (!notices.length) return new Set();
  const rows = await db
    .insertInto('council_notices')
    .values(notices.map((n) => ({ project_id: n.projectId, key: n.key })))
    .onConflict((oc) => oc.columns(['project_id', 'key']).doNothing())
    .returning(['project_id', 'key'])
    .execute();
  return new Set(rows.map((r) => `${r.project_id} ${r.key}`));
}
