// SQL of the participation guidelines' lead time: per Vorhaben and municipality, the first deliberation
// in a council body of the municipality's papers its decisions link (meeting held or planned, not
// cancelled), where that falls less than the municipality's lead time after the Vorhaben was listed. A
// draft counts as listed today at the earliest: publishing it now is the soonest the public can see it.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { LocalizedText } from '../../lib/localized.js';
import type { PublicationState } from '../../db/schema.js';

export interface ShortfallRow {
  project_id: number;
  project_slug: string;
  project_title: LocalizedText;
  publication_state: PublicationState;
  municipality_slug: string;
  municipality_name: string;
  lead_time_months: number;
  /** The Aufnahmedatum, or today for a draft listed earlier. */
  listed_on: string;
  first_start: Date;
  meeting_name: string | null;
  meeting_web: string | null;
  /** The last day the Vorhaben could have been listed in time (first deliberation less the lead time, Berlin dates). */
  latest_on: string;
}

type Scope = { municipalityId: number } | { projectId: number };

export async function leadTimeShortfalls(db: Db, scope: Scope): Promise<ShortfallRow[]> {
  const municipalityId = 'municipalityId' in scope ? scope.municipalityId : null;
  const projectId = 'projectId' in scope ? scope.projectId : null;
  const result = await sql<ShortfallRow>`
    with firsts as (
      select distinct on (p.id, mu.id)
        p.id as project_id, p.slug as project_slug, p.title as project_title, p.publication_state,
        mu.slug as municipality_slug, mu.name as municipality_name, s.lead_time_months,
        case when p.publication_state = 'draft' then greatest(p.added_on, (now() at time zone 'Europe/Berlin')::date)
          else p.added_on end as listed_on,
        m.start_at as first_start, m.name as meeting_name, m.web as meeting_web
      from projects p
      join project_municipalities pm on pm.project_id = p.id
      join municipalities mu on mu.id = pm.municipality_id
      join council_settings s on s.municipality_id = mu.id and s.lead_time_months > 0
      join decisions d on d.project_id = p.id
      join council_papers cp on cp.id = d.council_paper_id and cp.municipality_id = mu.id and not cp.deleted
      join council_consultations c on c.municipality_id = mu.id and c.paper_url = cp.url and not c.deleted
      join council_meetings m on m.municipality_id = mu.id and m.url = c.meeting_url
        and not m.deleted and not m.cancelled and m.start_at is not null
      where p.publication_state <> 'archived'
        and (${municipalityId}::int is null or mu.id = ${municipalityId}::int)
        and (${projectId}::int is null or p.id = ${projectId}::int)
      order by p.id, mu.id, m.start_at
    )
    select project_id, project_slug, project_title, publication_state, municipality_slug, municipality_name,
      lead_time_months, to_char(listed_on, 'YYYY-MM-DD') as listed_on, first_start, meeting_name, meeting_web,
      to_char((first_start at time zone 'Europe/Berlin')::date - make_interval(months => lead_time_months), 'YYYY-MM-DD') as latest_on
    from firsts
    where listed_on > ((first_start at time zone 'Europe/Berlin')::date - make_interval(months => lead_time_months))::date
    order by first_start desc, project_slug, municipality_slug
    limit 500`.execute(db);
  return result.rows;
}
