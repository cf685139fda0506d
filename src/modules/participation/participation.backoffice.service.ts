// Staff's side of participation: the inbox of notices and requests, weighing and releasing a notice
// (its followers hear of it, never of its author), and moving a request through its statuses, with a
// mail to its initiator at each step; the "on the agenda" step may name the council's agenda item (from
// the agenda items of the Vorhaben's linked papers). Staff act only on Vorhaben whose participation they
// may moderate.
import { notifyChange } from '../../db/change-notifier.js';
import type { Db } from '../../db/database.js';
import { t } from '../../i18n/index.js';
import { enqueue } from '../../jobs/queue.js';
import { AppError, forbidden, notFound } from '../../lib/errors.js';
import { isLocale, type Locale, pick } from '../../lib/localized.js';
import { type Actor, actorId } from '../../platform/actor.js';
import { mayModerate, mayUseParticipation, participationScope } from '../../platform/contribution-roles.js';
import { recordAudit } from '../audit/index.js';
import { type CouncilAgendaItem, projectAgendaItems } from '../council/index.js';
import { berlinParts } from '../../lib/berlin-time.js';
import { notifyFollowers } from '../notifications/index.js';
import * as repo from './participation.repository.js';
import {
  type AgendaDecision,
  type DecisionView,
  type RequestAdminView,
  type RequestStatus,
  type StaffNoticeView,
  type StaffRequestView,
  toDecisionView,
  toRequestAdminView,
  toStaffNoticeView,
  toStaffRequestView,
} from './participation.view-model.js';

/** The newest notices and requests of the Vorhaben the actor handles. */
export async function staffOverview(db: Db, actor: Actor): Promise<{ notices: StaffNoticeView[]; requests: StaffRequestView[] }> {
  if (!mayUseParticipation(actor)) throw forbidden();
  const scope = participationScope(actor);
  const [notices, requests] = await Promise.all([repo.staffNotices(db, scope), repo.staffRequests(db, scope)]);
  return { notices: notices.map(toStaffNoticeView), requests: requests.map(toStaffRequestView) };
}

async function staffNotice(db: Db, actor: Actor, id: number) {
  const notice = await repo.findNotice(db, id);
  if (!notice || notice.status === 'unconfirmed') throw notFound('notice');
  if (!mayModerate(actor, await repo.projectMunicipalitySlugs(db, notice.project_id))) throw forbidden();
  return notice;
}

/** A confirmed notice, for staff who may moderate its Vorhaben. */
export async function noticeForStaff(db: Db, actor: Actor, id: number): Promise<StaffNoticeView> {
  return toStaffNoticeView(await staffNotice(db, actor, id));
}

/**
 * Saves the weighing (in the language staff chose, by default the notice's) and releases the notice to the
 * public, or hides it. Released for the first time, its author hears of it in that language.
 */
export async function handleNotice(
  db: Db,
  actor: Actor,
  id: number,
  action: 'release' | 'hide' | 'weigh',
  weighing: { text: string | null; language: Locale },
  baseUrl: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const notice = await staffNotice(trx, actor, id);
    const status = action === 'release' ? 'released' : action === 'hide' ? 'hidden' : notice.status;
    await repo.updateNotice(trx, id, { status, weighing: weighing.text, weighingLanguage: weighing.language, weighedBy: actorId(actor) });
    await recordAudit(trx, actor, {
      action: `notice.${action}`,
      entityType: 'notice',
      entityId: id,
      summary: notice.project_slug,
      before: { status: notice.status, weighing: notice.weighing },
      after: { status, weighing: weighing.text, weighingLanguage: weighing.language },
    });
    if (notice.status !== 'released' && status === 'released' && notice.email) {
      const l = weighing.language;
      await enqueue(trx, 'send_mail', {
        to: notice.email,
        subject: t(l, 'participation.mail.released.subject'),
        text: t(l, 'participation.mail.released.text', {
          title: pick(notice.project_title, l)?.text ?? notice.project_slug,
          weighing: weighing.text ?? '',
          link: `${baseUrl}/${l}/vorhaben/${notice.project_slug}#participate-heading`,
        }),
      });
    }
    if (notice.status === 'released' || status === 'released') await notifyChange(trx);
    // Released for the first time: the Vorhaben's followers hear of it (the notice, never its author).
    if (notice.status !== 'released' && status === 'released')
      await notifyFollowers(trx, {
        projectId: notice.project_id,
        kind: 'notice',
        link: `/vorhaben/${notice.project_slug}#participate-heading`,
        text: notice.body,
      });
  });
}

async function staffRequest(db: Db, actor: Actor, id: number) {
  const request = await repo.findRequest(db, id);
  if (!request || request.status === 'unconfirmed') throw notFound('request');
  if (!mayModerate(actor, await repo.projectMunicipalitySlugs(db, request.project_id))) throw forbidden();
  return request;
}

const nextStatuses: Record<RequestStatus, RequestStatus[]> = {
  unconfirmed: [],
  received: ['on_agenda', 'accepted', 'rejected', 'hidden'],
  quorum_reached: ['on_agenda', 'accepted', 'rejected'],
  on_agenda: ['accepted', 'rejected'],
  accepted: [],
  rejected: [],
  hidden: ['received'],
};

/**
 * A confirmed request for staff who may moderate its Vorhaben, with the Vorhaben's decisions (to link the
 * agenda item to one of them) and the statuses it may move on to.
 */
export async function requestForStaff(
  db: Db,
  actor: Actor,
  id: number,
): Promise<{
  request: RequestAdminView;
  decisions: DecisionView[];
  agendaItems: CouncilAgendaItem[];
  transitions: RequestStatus[];
}> {
  const request = await staffRequest(db, actor, id);
  const [decisions, agendaItems] = await Promise.all([
    repo.decisionsOf(db, request.project_id),
    projectAgendaItems(db, request.project_id),
  ]);
  return {
    request: toRequestAdminView(request),
    decisions: decisions.map(toDecisionView),
    agendaItems,
    transitions: nextStatuses[request.status],
  };
}

/** The agenda reference written from the item where staff typed none (German, as the council's texts are). */
function agendaItemReference(item: CouncilAgendaItem): string {
  const day = item.meeting.start ? berlinParts(item.meeting.start).date.split('-').reverse().join('.') : null;
  return [[item.meeting.name, day].filter(Boolean).join(' am '), item.number ? `TOP ${item.number}` : null, item.name]
    .filter(Boolean)
    .join(', ');
}

/**
 * Changes or clears the agenda item of a request on the agenda (the council moved it to another meeting,
 * or staff chose the wrong one). An agenda reference that was written from the former item follows the
 * new one; one staff typed stays.
 */
export async function changeRequestAgendaItem(db: Db, actor: Actor, id: number, itemId: number | null): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await staffRequest(trx, actor, id);
    const request = (await repo.lockRequest(trx, id))!;
    if (request.status !== 'on_agenda') throw new AppError(409, 'not_on_agenda', 'participation.error.transition');
    if (request.agenda_item_id === itemId) return;
    const items = await projectAgendaItems(trx, request.project_id);
    const item = itemId === null ? null : items.find((a) => a.id === itemId);
    if (item === undefined) throw new AppError(400, 'unknown_agenda_item', 'participation.error.agendaItem');
    const former = items.find((a) => a.id === request.agenda_item_id);
    const written = former !== undefined && request.agenda_reference === agendaItemReference(former);
    const reference = written && item ? agendaItemReference(item) : request.agenda_reference;
    await repo.setRequestAgendaItem(trx, id, item?.id ?? null, reference);
    await recordAudit(trx, actor, {
      action: 'request.agenda_item',
      entityType: 'participation_request',
      entityId: id,
      summary: request.title,
      before: { agendaItemId: request.agenda_item_id, agendaReference: request.agenda_reference },
      after: { agendaItemId: item?.id ?? null, agendaReference: reference },
    });
    await notifyChange(trx); // the request's public page names the meeting
  });
}

/** Moves a request on: onto a committee's agenda (with its reference), accepted, rejected with published reasons. */
export async function moveRequest(
  db: Db,
  actor: Actor,
  id: number,
  status: RequestStatus,
  input: {
    agendaReference?: string | null;
    decisionText?: string | null;
    /** The language of the reasons; by default the one recorded before, else the request's. */
    decisionLanguage?: Locale;
    decisionPosition?: number | null;
    agendaItemId?: number | null;
  },
  baseUrl: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await staffRequest(trx, actor, id);
    const request = (await repo.lockRequest(trx, id))!;
    if (!nextStatuses[request.status].includes(status)) throw new AppError(409, 'invalid_transition', 'participation.error.transition');
    const { agendaItemId: itemId, ...details } = input;
    let agendaItemId: number | null | undefined;
    if (status === 'on_agenda' && itemId != null) {
      // Only an item of the Vorhaben's own papers: an id from elsewhere would link a foreign council's agenda.
      const item = (await projectAgendaItems(trx, request.project_id)).find((a) => a.id === itemId);
      if (!item) throw new AppError(400, 'unknown_agenda_item', 'participation.error.agendaItem');
      agendaItemId = item.id;
      details.agendaReference ||= agendaItemReference(item);
    } else if (status === 'on_agenda') agendaItemId = null;
    if (status === 'rejected' && !details.decisionText) throw new AppError(400, 'reason_required', 'participation.error.reasonRequired');
    if (status === 'on_agenda' && !details.agendaReference)
      throw new AppError(400, 'reference_required', 'participation.error.referenceRequired');
    let agendaDecision: AgendaDecision | null | undefined;
    if (status === 'on_agenda') {
      const decision =
        details.decisionPosition == null
          ? undefined
          : (await repo.decisionsOf(trx, request.project_id)).find((d) => d.position === details.decisionPosition);
      if (details.decisionPosition != null && !decision) throw new AppError(400, 'unknown_decision', 'participation.error.decision');
      agendaDecision = decision
        ? { reference: decision.reference, bodyName: decision.body_name, date: decision.date, raw: decision.raw }
        : null;
    }
    const { decisionPosition: _position, ...texts } = details;
    await repo.setRequestStatus(trx, id, status, { ...texts, agendaDecision, agendaItemId });
    await recordAudit(trx, actor, {
      action: `request.${status}`,
      entityType: 'participation_request',
      entityId: id,
      summary: request.title,
      before: { status: request.status },
      after: { status, ...texts, agendaDecision, ...(agendaItemId !== undefined ? { agendaItemId } : {}) },
    });
    if (request.initiator_email) {
      // The language of the reply (by default the one the request was written in), else the page's at submission.
      const written = details.decisionLanguage ?? request.decision_language ?? request.text_language ?? request.locale;
      const l: Locale = isLocale(written) ? written : 'de';
      await enqueue(trx, 'send_mail', {
        to: request.initiator_email,
        subject: t(l, 'participation.mail.status.subject', { title: request.title }),
        text: t(l, 'participation.mail.status.text', {
          title: request.title,
          status: t(l, `participation.status.${status}`),
          details: details.decisionText ?? details.agendaReference ?? '',
          link: `${baseUrl}/${l}/beteiligung/anregungen/${id}`,
        }),
      });
    }
    await notifyChange(trx);
  });
}
