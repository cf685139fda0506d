// Advisory cases: a project team (a signed-in resident) asks for advice; the agency accepts the case and
// assigns an advisor, holds dated sessions with notes, exchanges messages and files with the team, and
// closes it with an outcome (became a Vorhaben, referred to a partner, funding found, dropped). Notes and
// messages marked internal never reach the team. A case can become a Vorhaben draft.
import type { z } from 'zod';
import type { Db } from '../../db/database.js';
import type { CaseStatus } from '../../db/schema.js';
import { t } from '../../i18n/index.js';
import { enqueue } from '../../jobs/queue.js';
import { AppError, forbidden, notFound } from '../../lib/errors.js';
import { isLocale, localeOr } from '../../lib/localized.js';
import { type Actor, hasRole, municipalitiesAs } from '../../platform/actor.js';
import { recordAudit } from '../audit/index.js';
import { createProjectIn } from '../editorial/index.js';
import type { Resident } from '../../platform/resident-session.js';
import { checkResidentWrite } from '../../platform/write-limits.js';
import * as repo from './advisory.repository.js';
import * as lookups from './lookups.repository.js';
import * as partners from './partners.repository.js';
import { mayManageNetwork, mayReadCase, mayUseNetwork } from './network.policy.js';
import type { caseBody, closeBody, sessionBody } from './advisory.schemas.js';
import {
  type AdvisorView,
  type MessageView,
  type NetworkOverviewView,
  type OwnCaseView,
  type SessionView,
  type StaffCaseView,
  type TeamCaseView,
  toAdvisor,
  toOverview,
  toOwnCase,
  toSession,
  toStaffCase,
  toStaffMessage,
  toTeamCase,
  toTeamMessage,
} from './advisory.view-model.js';

export interface UploadedFile {
  name: string;
  type: string;
  content: Buffer;
}

async function mailTeam(trx: Db, caseId: number, key: 'network.mail.case.status' | 'network.mail.case.message', baseUrl: string) {
  const row = await repo.teamAddress(trx, caseId);
  if (!row) return;
  const locale = isLocale(row.locale) ? row.locale : 'de';
  await enqueue(trx, 'send_mail', {
    to: row.email,
    subject: t(locale, `${key}.subject`, { title: row.title }),
    text: t(locale, `${key}.text`, {
      title: row.title,
      status: t(locale, `network.case.status.${row.status}`),
      link: `${baseUrl}/${locale}/beratung/${caseId}`,
    }),
  });
}

export async function requestCase(
  db: Db,
  resident: Resident,
  input: z.infer<typeof caseBody>,
  client: string,
  baseUrl: string,
): Promise<number> {
  await checkResidentWrite(db, resident, client);
  const topic = input.topic ? await lookups.topicIdBySlug(db, input.topic) : null;
  if (input.topic && !topic) throw new AppError(400, 'unknown_topic', 'ideas.error.topic');
  const municipality = input.municipality ? await lookups.municipalityIdBySlug(db, input.municipality) : null;
  if (input.municipality && !municipality) throw new AppError(400, 'unknown_municipality', 'network.error.municipality');
  return db.transaction().execute(async (trx) => {
    const id = await repo.insertCase(trx, {
      title: input.title,
      question: input.question,
      topic_id: topic?.id ?? null,
      stage: input.stage,
      team: input.team,
      municipality_id: municipality?.id ?? null,
      resident_id: resident.id,
    });
    const agency = await lookups.agencyEmails(trx);
    for (const { email, locale: stored } of agency) {
      const locale = localeOr(stored);
      await enqueue(trx, 'send_mail', {
        to: email,
        subject: t(locale, 'network.mail.newCase.subject', { title: input.title }),
        text: t(locale, 'network.mail.newCase.text', { title: input.title, link: `${baseUrl}/${locale}/verwaltung/beratung/${id}` }),
      });
    }
    return id;
  });
}

/** The resident's advisory cases with what the team sees of them, for their data export. */
export async function caseData(db: Db, residentId: number) {
  const rows = await repo.caseExportOfResident(db, residentId);
  const messages = rows.length ? await repo.messageExportOfResident(db, residentId) : [];
  return rows.map((c) => ({ ...c, messages: messages.filter((m) => m.case_id === c.id) }));
}

export async function residentCases(db: Db, residentId: number): Promise<OwnCaseView[]> {
  return (await repo.casesOfResident(db, residentId)).map(toOwnCase);
}

/** A case as the team sees it: without internal notes and messages, nor the advisor's address. */
export async function caseForTeam(
  db: Db,
  resident: Resident,
  id: number,
): Promise<{ case: TeamCaseView; sessions: SessionView[]; messages: MessageView[] }> {
  const c = await repo.caseOfResident(db, id, resident.id);
  if (!c) throw notFound('case');
  const [sessions, messages] = await Promise.all([repo.teamSessions(db, id), repo.teamMessages(db, id)]);
  return { case: toTeamCase(c), sessions: sessions.map(toSession), messages: messages.map(toTeamMessage) };
}

/**
 * Whether the team may write to its case now: its own, open case, within the write limits (the attempt
 * counts). Called before the server reads any of the body, so that a file for another case, or the
 * hundredth in a minute, is turned away unread.
 */
export async function teamMayWrite(db: Db, resident: Resident, id: number, client: string): Promise<void> {
  await checkResidentWrite(db, resident, client);
  await teamCase(db, resident, id);
}

async function teamCase(db: Db, resident: Resident, id: number) {
  const c = await repo.teamCaseState(db, id, resident.id);
  if (!c) throw notFound('case');
  if (c.status === 'closed') throw new AppError(409, 'closed', 'network.error.closed');
  return c;
}

/** The team's message with its file; teamMayWrite has run for this request (it counted the attempt). */
export async function teamMessage(db: Db, resident: Resident, id: number, body: string, file: UploadedFile | null): Promise<void> {
  const c = await teamCase(db, resident, id);
  await db.transaction().execute(async (trx) => {
    await repo.insertMessage(trx, { case_id: id, resident_id: resident.id, body, ...fileColumns(file) });
    await repo.touchCase(trx, id);
    if (c.advisor_id) {
      const advisor = await repo.userEmail(trx, c.advisor_id);
      // The case number names the case: as a string, t() does not group it like a count ("1.234").
      if (advisor)
        await enqueue(trx, 'send_mail', {
          to: advisor.email,
          subject: t(localeOr(advisor.locale), 'network.mail.teamMessage.subject'),
          text: t(localeOr(advisor.locale), 'network.mail.teamMessage.text', { id: String(id) }),
        });
    }
  });
}

const fileColumns = (file: UploadedFile | null) =>
  file
    ? { file_name: file.name.slice(0, 200), content_type: file.type.slice(0, 100), content: file.content, size: file.content.length }
    : {};

/** A file of a case, for its team (not internal ones) or for staff who may read the case. */
export async function caseFile(db: Db, id: number, messageId: number, who: { resident?: Resident | null; actor?: Actor | null }) {
  const row = await repo.messageFile(db, id, messageId);
  if (!row) throw notFound('file');
  const team = who.resident && row.resident_id === who.resident.id && !row.internal;
  const staff = who.actor && mayReadCase(who.actor, row.municipality) && (!row.internal || mayManageNetwork(who.actor));
  if (!team && !staff) throw notFound('file');
  return { name: row.file_name!, type: row.content_type!, content: row.content! };
}

// ---- Back office ----

export async function staffCases(db: Db, actor: Actor): Promise<StaffCaseView[]> {
  if (!mayUseNetwork(actor)) throw forbidden();
  // A coordinator sees the cases of their municipalities only.
  return (await repo.caseList(db, mayManageNetwork(actor) ? null : municipalitiesAs(actor, 'coordinator'))).map(toStaffCase);
}

export async function staffCase(
  db: Db,
  actor: Actor,
  id: number,
): Promise<{ case: StaffCaseView; sessions: SessionView[]; messages: MessageView[]; advisors: AdvisorView[]; mayManage: boolean }> {
  const c = await repo.caseById(db, id);
  if (!c) throw notFound('case');
  if (!mayReadCase(actor, c.municipality_slug)) throw forbidden();
  // Internal notes and messages are the agency's: coordinators who read along see what the team sees.
  const manager = mayManageNetwork(actor);
  const [sessions, messages, advisors] = await Promise.all([
    repo.staffSessions(db, id, manager),
    repo.staffMessages(db, id, manager),
    repo.advisors(db),
  ]);
  return {
    case: toStaffCase(c),
    sessions: sessions.map(toSession),
    messages: messages.map(toStaffMessage),
    advisors: advisors.map(toAdvisor),
    mayManage: manager,
  };
}

async function managed(trx: Db, actor: Actor, id: number) {
  if (!mayManageNetwork(actor)) throw forbidden();
  const c = await repo.caseForUpdate(trx, id);
  if (!c) throw notFound('case');
  return c;
}

const moves: Record<CaseStatus, CaseStatus[]> = {
  requested: ['accepted', 'closed'],
  accepted: ['in_progress', 'closed'],
  in_progress: ['closed'],
  closed: [],
};

async function move(
  trx: Db,
  actor: Actor,
  c: { id: number; status: CaseStatus; title: string },
  status: CaseStatus,
  set: repo.CaseChange,
  baseUrl: string,
) {
  if (!moves[c.status].includes(status)) throw new AppError(409, 'invalid_transition', 'network.error.transition');
  await repo.setStatus(trx, c.id, status, set);
  await recordAudit(trx, actor, {
    action: `case.${status}`,
    entityType: 'advisory_case',
    entityId: c.id,
    summary: c.title,
    before: { status: c.status },
    after: { status, ...set },
  });
  await mailTeam(trx, c.id, 'network.mail.case.status', baseUrl);
}

export async function acceptCase(db: Db, actor: Actor, id: number, advisorId: number, baseUrl: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const c = await managed(trx, actor, id);
    const advisor = await repo.advisor(trx, advisorId);
    if (!advisor) throw new AppError(400, 'unknown_advisor', 'network.error.advisor');
    await move(trx, actor, c, 'accepted', { advisor_id: advisor.id }, baseUrl);
  });
}

/** A dated session with notes; the first one moves an accepted case into progress. */
export async function addSession(db: Db, actor: Actor, id: number, input: z.infer<typeof sessionBody>, baseUrl: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const c = await managed(trx, actor, id);
    if (c.status === 'requested' || c.status === 'closed') throw new AppError(409, 'invalid_transition', 'network.error.transition');
    await repo.insertSession(trx, {
      case_id: id,
      held_on: input.held_on,
      notes: input.notes,
      internal: input.internal === 'on',
      created_by: actor.kind === 'staff' ? actor.id : null,
    });
    await repo.touchCase(trx, id);
    if (c.status === 'accepted') await move(trx, actor, c, 'in_progress', {}, baseUrl);
    else
      await recordAudit(trx, actor, {
        action: 'case.session',
        entityType: 'advisory_case',
        entityId: id,
        summary: input.held_on,
        after: { held_on: input.held_on, internal: input.internal === 'on' },
      });
  });
}

export async function staffMessage(
  db: Db,
  actor: Actor,
  id: number,
  body: string,
  internal: boolean,
  file: UploadedFile | null,
  baseUrl: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const c = await managed(trx, actor, id);
    if (c.status === 'closed') throw new AppError(409, 'closed', 'network.error.closed');
    await repo.insertMessage(trx, { case_id: id, user_id: actor.kind === 'staff' ? actor.id : null, body, internal, ...fileColumns(file) });
    await repo.touchCase(trx, id);
    await recordAudit(trx, actor, {
      action: 'case.message',
      entityType: 'advisory_case',
      entityId: id,
      summary: c.title,
      after: { internal, file: file?.name ?? null },
    });
    if (!internal) await mailTeam(trx, id, 'network.mail.case.message', baseUrl);
  });
}

export async function closeCase(db: Db, actor: Actor, id: number, input: z.infer<typeof closeBody>, baseUrl: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const c = await managed(trx, actor, id);
    await move(trx, actor, c, 'closed', { outcome: input.outcome, outcome_note: input.outcome_note, closed_at: new Date() }, baseUrl);
  });
}

/** Turns the case into a Vorhaben draft (title and question as its text) for the editorial back office. */
export async function caseToDraft(db: Db, actor: Actor, id: number): Promise<string> {
  if (!mayManageNetwork(actor) || !hasRole(actor, 'admin', 'agency')) throw forbidden();
  const c = await repo.caseById(db, id);
  if (!c) throw notFound('case');
  if (c.project_id) throw new AppError(409, 'already_project', 'network.error.alreadyProject');
  if (!c.municipality_slug) throw new AppError(400, 'no_municipality', 'network.error.noMunicipality');
  // One draft per case, also when the button is pressed twice: the case row is locked until it is linked.
  return db.transaction().execute(async (trx) => {
    const locked = await repo.projectOfCaseForUpdate(trx, id);
    if (locked.project_id) throw new AppError(409, 'already_project', 'network.error.alreadyProject');
    const slug = await createProjectIn(trx, actor, {
      title: { de: c.title },
      description: { de: c.question },
      goals: null,
      status: 'planned',
      statusText: null,
      nextSteps: null,
      expectedDuration: null,
      municipalities: [c.municipality_slug!],
      topics: c.topic_name ? [(c.topic_name as { de: string }).de] : [],
      decisionsText: null,
      decisions: [],
      costs: { text: null, amountCents: null, currency: 'EUR', approximate: false },
      participation: { formal: false, informal: false, text: null },
      location: null,
      contact: null,
      links: [],
      furtherInfo: null,
      summaryPlain: null,
      startDate: null,
      endDate: null,
      addedOn: null,
      publicationState: 'draft',
    });
    const project = await repo.projectIdBySlug(trx, slug);
    await repo.linkProject(trx, id, project.id);
    await recordAudit(trx, actor, {
      action: 'case.to_project',
      entityType: 'advisory_case',
      entityId: id,
      summary: c.title,
      after: { project: slug },
    });
    return slug;
  });
}

/** The agency's overview: open cases per advisor with their age, partners per topic and municipality, introductions and their outcomes. */
export async function networkOverview(db: Db, actor: Actor): Promise<NetworkOverviewView> {
  if (!mayManageNetwork(actor)) throw forbidden();
  const [openCases, byTopic, byMunicipality] = await Promise.all([
    repo.openCasesByAdvisor(db),
    partners.listedCountByTopic(db),
    partners.listedCountByMunicipality(db),
  ]);
  return toOverview(openCases, byTopic, byMunicipality);
}

// ---- Retention ----

/** How long advisory cases are kept; see docs/RETENTION.md. */
export const ADVISORY_RETENTION = {
  /** After closing: time for the team to come back to the advice, and for the agency's yearly report. */
  monthsAfterClosing: 12,
  /** A case nobody wrote in or moved for this long is treated as abandoned. */
  idleMonths: 24,
} as const;

const retentionActor = { kind: 'system', label: 'retention' } as const;

/** Deletes the cases of a resident whose account is being deleted, inside the caller's transaction. */
export async function deleteCasesOfResident(trx: Db, residentId: number): Promise<number> {
  return (await repo.deleteCasesOfResident(trx, residentId)).length;
}

/** The daily purge: cases past their retention go with their sessions, messages and files. */
export async function purgeAdvisoryCases(db: Db): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const ids = await repo.deleteExpiredCases(trx, ADVISORY_RETENTION.monthsAfterClosing, ADVISORY_RETENTION.idleMonths);
    // The log keeps that a case existed and went, without its title (which may name people).
    if (ids.length)
      await recordAudit(
        trx,
        retentionActor,
        ids.map((id) => ({ action: 'case.purged', entityType: 'advisory_case', entityId: id, summary: `#${id}` })),
      );
    return ids.length;
  });
}
