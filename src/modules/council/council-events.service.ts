// Tells the followers of a Vorhaben (and of its municipality and topics) when one of its papers is put
// on a council agenda and when a result is recorded. The sync calls this in the transaction of each
// page it stores: the candidates are read before the page is written, the events after, so a mail goes
// out exactly when the page is committed. The first sync links no decision until its end, so a council's
// history is never mailed; each event is told once per Vorhaben.
import type { Db } from '../../db/database.js';
import { berlinParts } from '../../lib/berlin-time.js';
import { notifyFollowers } from '../notifications/index.js';
import { type CouncilEventRow, councilEvents, type EventCandidates, eventCandidates, recordNotices } from './council-events.repository.js';
import type { RowBatch } from './oparl-mapping.js';

export function candidatesOf(db: Db, municipalityId: number, batch: RowBatch): Promise<EventCandidates> {
  return eventCandidates(
    db,
    municipalityId,
    batch.consultations.filter((c) => !c.deleted).map((c) => c.url),
    batch.agendaItems.filter((a) => !a.deleted).map((a) => ({ url: a.url, result: a.result })),
  );
}

/** The notification's text: the paper's reference, the meeting and its date (Berlin), the result. */
function noticeText(e: CouncilEventRow): string {
  const when = e.meeting_start ? berlinParts(e.meeting_start) : null;
  const date = when ? when.date.split('-').reverse().join('.') : null;
  const meeting = [e.meeting_name, date].filter(Boolean).join(', ');
  return [e.reference, meeting, e.result].filter(Boolean).join(' – ');
}

export async function notifyCouncilEvents(trx: Db, municipalityId: number, candidates: EventCandidates): Promise<number> {
  const events = await councilEvents(trx, municipalityId, candidates);
  const fresh = await recordNotices(
    trx,
    events.map((e) => ({ projectId: e.project_id, key: e.key })),
  );
  let told = 0;
  for (const e of events) {
    if (!fresh.delete(`${e.project_id} ${e.key}`)) continue;
    await notifyFollowers(trx, {
      projectId: e.project_id,
      kind: e.kind === 'agenda' ? 'council_agenda' : 'council_result',
      link: `/vorhaben/${encodeURIComponent(e.project_slug)}#decisions`,
      text: noticeText(e),
    });
    told++;
  }
  return told;
}
