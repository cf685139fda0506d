// SQL of the agenda items a participation request's "on the agenda" step can name: those of the papers a
// Vorhaben's decisions link (through the papers' consultations), and one such item by its id, each with
// its meeting. Items the council marks not public come without their name.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

export interface AgendaItemRow {
  id: number;
  number: string | null;
  name: string | null;
  paper_reference: string | null;
  meeting_name: string | null;
  meeting_start: Date | null;
  meeting_web: string | null;
  cancelled: boolean | null;
}

/** The live agenda items of the Vorhaben's linked papers, by meeting date (undated last). */
export async function agendaItemsOfProject(db: Db, projectId: number): Promise<AgendaItemRow[]> {
  const result = await sql<AgendaItemRow>`
    select * from (
      select distinct on (a.id) a.id, a.number, case when a.public is false then null else a.name end as name,
        cp.reference as paper_reference, m.name as meeting_name, m.start_at as meeting_start, m.web as meeting_web,
        m.cancelled
      from decisions d
      join council_papers cp on cp.id = d.council_paper_id and not cp.deleted
      join council_consultations c on c.municipality_id = cp.municipality_id and c.paper_url = cp.url and not c.deleted
      join council_agenda_items a on a.municipality_id = c.municipality_id and not a.deleted
        and (a.url = c.agenda_item_url or (c.agenda_item_url is null and a.consultation_url = c.url))
      left join council_meetings m on m.municipality_id = a.municipality_id and m.url = coalesce(a.meeting_url, c.meeting_url)
        and not m.deleted
      where d.project_id = ${projectId}
      order by a.id, cp.id
    ) items
    order by meeting_start nulls last, number, id
    limit 200`.execute(db);
  return result.rows;
}

/** Agenda items by id, as a request's page shows them (also once the council marked them deleted). */
export async function agendaItemsById(db: Db, ids: number[]): Promise<AgendaItemRow[]> {
  if (ids.length === 0) return [];
  const result = await sql<AgendaItemRow>`
    select a.id, a.number, case when a.public is false then null else a.name end as name,
      (select cp.reference from council_consultations c
        join council_papers cp on cp.municipality_id = c.municipality_id and cp.url = c.paper_url
        where c.municipality_id = a.municipality_id and (c.agenda_item_url = a.url or c.url = a.consultation_url)
        order by c.deleted, c.id limit 1) as paper_reference,
      m.name as meeting_name, m.start_at as meeting_start, m.web as meeting_web, m.cancelled
    from council_agenda_items a
    left join council_meetings m on m.municipality_id = a.municipality_id and m.url = a.meeting_url and not m.deleted
    where a.id = any(${ids}::int[])`.execute(db);
  return result.rows;
}
