// A Vorhaben's public page names its next deliberation, and pages stay cached until a change notice.
// Nothing changes in the database when a meeting begins, so this recurring check sends the notice: when
// a meeting of a published Vorhaben's papers started since the last check, every process empties its
// cache and the page names the meeting after it.
import type { Db } from '../../db/database.js';
import { notifyChange } from '../../db/change-notifier.js';
import { lastMeetingCheck, meetingStartedBetween, saveMeetingCheck } from './meetings-started.repository.js';

/** Sends a change notice when such a meeting started since the last check; true when it did. */
export async function noticeStartedMeetings(db: Db, now = new Date()): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const last = await lastMeetingCheck(trx);
    await saveMeetingCheck(trx, now);
    // The first check has nothing to compare with; a process that just started has an empty cache anyway.
    if (!last || last >= now) return false;
    if (!(await meetingStartedBetween(trx, last, now))) return false;
    await notifyChange(trx);
    return true;
  });
}
