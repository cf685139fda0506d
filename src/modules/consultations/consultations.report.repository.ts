// SQL of the consultations' part of a process's participation report: the comments on the sections of the
// process's documents (published versions, hidden ones left out) grouped by section, channel, day and
// weighing, the agreements and disagreements per section, and the accounts of those who took part.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { ReportChannel } from '../../platform/process-report.js';

export interface SectionRow {
  kind: 'comments' | 'votes';
  heading: string;
  version: number;
  channel: ReportChannel;
  municipality: string | null;
  day: string;
  answered: boolean;
  taken_up: boolean;
  count: number;
}

export async function sectionContributions(db: Db, processId: number): Promise<SectionRow[]> {
  const { rows } = await sql<SectionRow>`
    with sections as (
      select s.id, s.heading, s.position, v.number as version
      from consultation_sections s
      join consultation_versions v on v.id = s.version_id and v.published_at is not null
      join consultations k on k.id = v.consultation_id
      where k.process_id = ${processId}
    ),
    items as (
      select 'comments' as kind, c.consultation_section_id as section_id, c.channel, c.municipality_id,
             coalesce(to_char(c.contributed_on, 'YYYY-MM-DD'),
                      to_char(c.created_at at time zone 'Europe/Berlin', 'YYYY-MM-DD')) as day,
             w.comment_id is not null as answered, coalesce(w.outcome in ('taken_up', 'partly'), false) as taken_up
      from comments c left join consultation_weighings w on w.comment_id = c.id
      where c.hidden_at is null and c.consultation_section_id in (select id from sections)
      union all
      select 'votes', cv.section_id, 'online', null, to_char(cv.updated_at at time zone 'Europe/Berlin', 'YYYY-MM-DD'), false, false
      from consultation_votes cv where cv.section_id in (select id from sections)
    )
    select items.kind, sections.heading, sections.version, items.channel, m.name as municipality, items.day,
           items.answered, items.taken_up, count(*)::int as count
    from items join sections on sections.id = items.section_id
    left join municipalities m on m.id = items.municipality_id
    group by items.kind, sections.id, sections.heading, sections.version, sections.position, items.channel, m.name,
             items.day, items.answered, items.taken_up
    order by sections.version, sections.position, items.day`.execute(db);
  return rows;
}

export async function sectionParticipants(db: Db, processId: number): Promise<number[]> {
  const { rows } = await sql<{ resident_id: number }>`
    with sections as (
      select s.id from consultation_sections s
      join consultation_versions v on v.id = s.version_id and v.published_at is not null
      join consultations k on k.id = v.consultation_id
      where k.process_id = ${processId}
    )
    select c.resident_id from comments c
    where c.hidden_at is null and c.resident_id is not null and c.consultation_section_id in (select id from sections)
    union
    select cv.resident_id from consultation_votes cv where cv.section_id in (select id from sections)`.execute(db);
  return rows.map((r) => r.resident_id);
}
