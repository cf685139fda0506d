// SQL of what the public sees of the council per decision: its paper (not deleted), the address typed by
// hand, the paper's deliberations (committee, meeting, agenda item, result, role) and its files, for a
// list of decisions in one query (a Vorhaben's page, a page of the API), the lists as JSON arrays.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

export interface DecisionCouncilRow {
  decision_id: number;
  web_url: string | null;
  paper_url: string | null;
  paper_web: string | null;
  paper_name: string | null;
  paper_reference: string | null;
  paper_type: string | null;
  paper_date: string | null;
  consultations: {
    organization: string | null;
    meeting_name: string | null;
    meeting_start: string | null;
    meeting_web: string | null;
    cancelled: boolean | null;
    number: string | null;
    item_name: string | null;
    result: string | null;
    role: string | null;
  }[];
  files: { name: string | null; url: string; role: string }[];
}

export async function decisionCouncilRows(db: Db, decisionIds: number[]): Promise<DecisionCouncilRow[]> {
  if (decisionIds.length === 0) return [];
  const result = await sql<DecisionCouncilRow>`
    select d.id as decision_id, d.council_web_url as web_url,
      cp.url as paper_url, cp.web as paper_web, cp.name as paper_name, cp.reference as paper_reference,
      cp.paper_type, to_char(cp.date, 'YYYY-MM-DD') as paper_date,
      coalesce((
        select json_agg(json_build_object(
            'organization', (select coalesce(o.name, o.short_name) from council_organizations o
              where o.municipality_id = c.municipality_id and not o.deleted
                and o.url = coalesce(c.organization_urls[1], m.organization_urls[1])),
            'meeting_name', m.name, 'meeting_start', m.start_at, 'meeting_web', m.web, 'cancelled', m.cancelled,
            'number', a.number, 'item_name', case when a.public is false then null else a.name end, 'result', a.result,
            'role', c.role)
          order by m.start_at nulls last, c.id)
        from council_consultations c
        left join council_meetings m on m.municipality_id = c.municipality_id and m.url = c.meeting_url and not m.deleted
        left join council_agenda_items a on a.municipality_id = c.municipality_id and not a.deleted
          and (a.url = c.agenda_item_url or (c.agenda_item_url is null and a.consultation_url = c.url))
        where c.municipality_id = cp.municipality_id and c.paper_url = cp.url and not c.deleted
      ), '[]') as consultations,
      coalesce((
        select json_agg(json_build_object('name', f.name, 'url', coalesce(f.access_url, f.download_url), 'role', f.role)
          order by f.role desc, f.id)
        from council_files f
        where f.municipality_id = cp.municipality_id and f.paper_url = cp.url and not f.deleted
          and coalesce(f.access_url, f.download_url) is not null
      ), '[]') as files
    from decisions d
    left join council_papers cp on cp.id = d.council_paper_id and not cp.deleted
    where d.id = any(${decisionIds}::int[])`.execute(db);
  return result.rows;
}
