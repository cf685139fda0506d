// SQL of the surveys' part of a process's participation report: the responses to the process's surveys
// (not drafts) grouped by survey, channel and day, and the accounts of the residents who answered. The
// participants table says only who answered, never what: it is read here for a count.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { LocalizedText } from '../../lib/localized.js';
import type { SurveyChannel } from './survey.types.js';

export async function responsesOfProcess(db: Db, processId: number) {
  const { rows } = await sql<{ title: LocalizedText; channel: SurveyChannel; day: string; count: number }>`
    select s.title, r.channel, to_char(r.created_at at time zone 'Europe/Berlin', 'YYYY-MM-DD') as day, count(*)::int as count
    from survey_responses r join surveys s on s.id = r.survey_id
    where s.process_id = ${processId} and s.state <> 'draft'
    group by s.id, s.title, r.channel, 3
    order by s.id, 3`.execute(db);
  return rows;
}

export async function residentParticipants(db: Db, processId: number): Promise<number[]> {
  const { rows } = await sql<{ resident_id: number }>`
    select distinct p.resident_id from survey_participants p join surveys s on s.id = p.survey_id
    where s.process_id = ${processId} and s.state <> 'draft' and p.resident_id is not null`.execute(db);
  return rows.map((r) => r.resident_id);
}
