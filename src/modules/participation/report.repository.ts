// SQL of a process's participation report: the ideas, comments, supports and submissions (notices) of a
// process grouped by what the report distinguishes, and who gave them. Hidden contributions are left out
// as on the public pages. Comments and submissions on the process's Vorhaben count when they were given
// between the first phase's start and the last phase's end.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { ReportChannel } from '../../platform/process-report.js';

export interface GroupedRow {
  kind: 'ideas' | 'comments' | 'supports' | 'notices';
  channel: ReportChannel;
  municipality: string | null;
  day: string;
  answered: boolean;
  taken_up: boolean;
  count: number;
}

const berlinDay = (column: string) => sql.raw(`to_char(${column} at time zone 'Europe/Berlin', 'YYYY-MM-DD')`);

/** Every contribution's group of the process, with its count. */
export async function groupedContributions(db: Db, processId: number): Promise<GroupedRow[]> {
  const { rows } = await sql<GroupedRow>`
    with process as (
      select pp.id, pp.project_id, min(ph.starts_on) as first_day, max(ph.ends_on) as last_day
      from participation_processes pp left join process_phases ph on ph.process_id = pp.id
      where pp.id = ${processId} group by pp.id
    ),
    items as (
      select 'ideas' as kind, i.channel, i.municipality_id,
             coalesce(to_char(i.contributed_on, 'YYYY-MM-DD'), ${berlinDay('i.created_at')}) as day,
             (i.status <> 'new' or i.answer is not null) as answered, i.status = 'accepted' as taken_up
      from ideas i join process on i.process_id = process.id where i.hidden_at is null
      union all
      select 'comments', c.channel, c.municipality_id,
             coalesce(to_char(c.contributed_on, 'YYYY-MM-DD'), ${berlinDay('c.created_at')}), false, false
      from comments c cross join process
      left join ideas ci on ci.id = c.idea_id
      where c.hidden_at is null
        and (ci.process_id = process.id
             or (c.project_id = process.project_id
                 and coalesce(c.contributed_on, (c.created_at at time zone 'Europe/Berlin')::date)
                     between process.first_day and process.last_day))
      union all
      select 'supports', 'online', null, ${berlinDay('s.created_at')}, false, false
      from idea_supports s join ideas i on i.id = s.idea_id join process on i.process_id = process.id
      where i.hidden_at is null
      union all
      select 'notices', 'online', null, ${berlinDay('n.created_at')}, n.status = 'released' and n.weighing is not null, false
      from notices n join process on n.project_id = process.project_id
      where n.status in ('received', 'released')
        and (n.created_at at time zone 'Europe/Berlin')::date between process.first_day and process.last_day
    )
    select items.kind, items.channel, m.name as municipality, items.day, items.answered, items.taken_up,
           count(*)::int as count
    from items left join municipalities m on m.id = items.municipality_id
    group by 1, 2, 3, 4, 5, 6
    order by 1, 4, 2`.execute(db);
  return rows;
}

/** The accounts of the residents who contributed online (to count each once), and the offline entries per channel. */
export async function contributors(db: Db, processId: number): Promise<{ residentIds: number[]; event: number; paper: number }> {
  const { rows } = await sql<{ resident_id: number }>`
    with process as (
      select pp.id, pp.project_id, min(ph.starts_on) as first_day, max(ph.ends_on) as last_day
      from participation_processes pp left join process_phases ph on ph.process_id = pp.id
      where pp.id = ${processId} group by pp.id
    )
    select i.resident_id from ideas i join process on i.process_id = process.id
    where i.hidden_at is null and i.resident_id is not null
    union
    select c.resident_id from comments c cross join process left join ideas ci on ci.id = c.idea_id
    where c.hidden_at is null and c.resident_id is not null
      and (ci.process_id = process.id
           or (c.project_id = process.project_id
               and (c.created_at at time zone 'Europe/Berlin')::date between process.first_day and process.last_day))
    union
    select s.resident_id from idea_supports s join ideas i on i.id = s.idea_id join process on i.process_id = process.id
    where i.hidden_at is null and s.resident_id is not null`.execute(db);
  const offline = await sql<{ channel: ReportChannel; count: number }>`
    select channel, count(*)::int as count from (
      select i.channel from ideas i where i.process_id = ${processId} and i.hidden_at is null and i.channel <> 'online'
      union all
      select c.channel from comments c
      left join ideas ci on ci.id = c.idea_id
      left join participation_processes pp on pp.id = ${processId}
      left join lateral (select min(starts_on) as first_day, max(ends_on) as last_day from process_phases where process_id = ${processId}) span on true
      where c.hidden_at is null and c.channel <> 'online'
        and (ci.process_id = ${processId} or (c.project_id = pp.project_id and c.contributed_on between span.first_day and span.last_day))
    ) offline group by channel`.execute(db);
  const n = (c: ReportChannel) => offline.rows.find((r) => r.channel === c)?.count ?? 0;
  return { residentIds: rows.map((r) => r.resident_id), event: n('event'), paper: n('paper') };
}
