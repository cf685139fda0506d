// SQL of the check for meetings that have begun: when it last ran (kept in app_meta), and whether a
// meeting on the agenda of a published Vorhaben's paper started since then.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

const CHECKED_KEY = 'council.meetings_checked_at';

export async function lastMeetingCheck(db: Db): Promise<Date | null> {
  const row = await db.selectFrom('app_meta').select('value').where('key', '=', CHECKED_KEY).forUpdate().executeTakeFirst();
  return typeof row?.value === 'string' ? new Date(row.value) : null;
}

export async function saveMeetingCheck(db: Db, at: Date): Promise<void> {
  const value = JSON.stringify(at.toISOString());
  await db
    .insertInto('app_meta')
    .values({ key: CHECKED_KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** Whether a meeting (not cancelled) deliberating a paper of a published Vorhaben's decision started in (from, to]. */
export async function meetingStartedBetween(db: Db, from: Date, to: Date): Promise<boolean> {
  const result = await sql<{ started: boolean }>`
    select exists (
      select 1 from council_meetings m
      join council_consultations c on c.municipality_id = m.municipality_id and c.meeting_url = m.url and not c.deleted
      join council_papers cp on cp.municipality_id = c.municipality_id and cp.url = c.paper_url and not cp.deleted
      join decisions d on d.council_paper_id = cp.id
      join projects p on p.id = d.project_id and p.publication_state = 'published'
      where m.start_at > ${from} and m.start_at <= ${to} and not m.deleted and not m.cancelled
    ) as started`.execute(db);
  return result.rows[0]?.started === true;
}
