// Ideas in a participation process: signed-in residents bring them in while the ideas phase runs and
// support each one once (ideas and prioritising phases); staff who moderate the Vorhaben give an official
// answer and a status (new, in review, accepted and linked to a Vorhaben, rejected with a reason), and may
// hide an idea with a public reason. Authors are mailed when the status changes.
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { t } from '../../i18n/index.js';
import { enqueue } from '../../jobs/queue.js';
import { addressKey } from '../../lib/address-key.js';
import { berlinParts } from '../../lib/berlin-time.js';
import { AppError, forbidden, notFound } from '../../lib/errors.js';
import { type Locale, localeOr, locales } from '../../lib/localized.js';
import { resolveTextLanguage, textLanguageChoice } from '../../lib/text-language.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../audit/index.js';
import { dropPendingNotifications, notifyFollowers } from '../notifications/index.js';
import { mayModerate, mayUseParticipation, participationScope } from '../../platform/contribution-roles.js';
import { linkableProject } from '../projects/index.js';
import { type Phase, publicProcess, type ProcessView } from './processes.service.js';
import { toProcessView } from './processes.view-model.js';
import type { Resident } from '../../platform/resident-session.js';
import { checkResidentWrite } from '../../platform/write-limits.js';
import type { IdeaRecord } from './ideas.repository.js';
import * as repo from './ideas.repository.js';
import {
  ideaStatuses,
  type IdeaListItemView,
  type IdeaStatus,
  type IdeaView,
  type StaffIdeaView,
  toIdeaListItemView,
  toIdeaView,
} from './ideas.view-model.js';
import { projectMunicipalitySlugs } from './participation.repository.js';

export type { IdeaListItemView, IdeaView, StaffIdeaView } from './ideas.view-model.js';

export const ideaBody = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(5000),
  topic: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || null),
  location: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || null),
  sprache: textLanguageChoice,
});

export const answerBody = z
  .object({
    status: z.enum(ideaStatuses),
    answer: z
      .string()
      .trim()
      .max(5000)
      .optional()
      .transform((v) => v || null),
    reason: z
      .string()
      .trim()
      .max(2000)
      .optional()
      .transform((v) => v || null),
    project: z
      .string()
      .trim()
      .toLowerCase()
      .max(200)
      .optional()
      .transform((v) => v || null),
    /** Absent: the language recorded before, else the idea's. */
    answerLanguage: z.enum(locales).optional().catch(undefined),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'rejected' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'required' });
    if (v.status === 'accepted' && !v.project) ctx.addIssue({ code: 'custom', path: ['project'], message: 'required' });
  });

const today = () => berlinParts(new Date()).date;

/** What the process allows today: bringing in ideas (ideas phase) and supporting them (ideas or prioritising). */
export function ideaWindows(p: Pick<ProcessView, 'phases'>) {
  const day = today();
  // Any phase of the kind that covers today counts, also where phases overlap (as the comment rule does).
  const running = (...kinds: Phase['kind'][]) => p.phases.some((ph) => kinds.includes(ph.kind) && ph.startsOn <= day && day <= ph.endsOn);
  return {
    ideasOpen: running('ideas'),
    supportOpen: running('ideas', 'prioritising'),
    commentsOpen: running('ideas', 'comments', 'prioritising'),
  };
}

export const hasIdeasPhase = (p: Pick<ProcessView, 'phases'>) => p.phases.some((ph) => ph.kind === 'ideas');

/** The visible ideas of a process, most supported first, as records (the network module's API writes them out). */
export async function processIdeas(db: Db, processId: number): Promise<IdeaRecord[]> {
  return repo.visibleIdeas(db, processId);
}

/** The visible ideas of a process, most supported first, as the process page shows them. */
export async function processIdeaViews(db: Db, processId: number): Promise<IdeaView[]> {
  return (await processIdeas(db, processId)).map(toIdeaView);
}

/** An idea of a published process (hidden ones too: their page says why). */
export async function publicIdea(
  db: Db,
  processSlug: string,
  id: number,
  resident: Resident | null,
): Promise<{ process: ProcessView; idea: IdeaView; supported: boolean }> {
  const process = await publicProcess(db, processSlug);
  const idea = await repo.findIdeaInProcess(db, id, process.id);
  if (!idea) throw notFound('idea');
  const supported = resident ? await repo.hasSupport(db, id, addressKey(resident.email)) : false;
  return { process: toProcessView(process), idea: toIdeaView(idea), supported };
}

export async function submitIdea(
  db: Db,
  resident: Resident,
  processSlug: string,
  input: z.infer<typeof ideaBody>,
  client: string,
  pageLocale: Locale,
): Promise<number> {
  const process = await publicProcess(db, processSlug);
  if (!ideaWindows(process).ideasOpen) throw new AppError(409, 'phase_closed', 'ideas.error.closed');
  const topic = input.topic ? await repo.findTopicId(db, input.topic) : null;
  if (input.topic && !topic) throw new AppError(400, 'unknown_topic', 'ideas.error.topic');
  await checkResidentWrite(db, resident, client);
  return db.transaction().execute(async (trx) => {
    const id = await repo.insertIdea(trx, {
      processId: process.id,
      residentId: resident.id,
      title: input.title,
      body: input.body,
      textLanguage: resolveTextLanguage(input.sprache, `${input.title}\n${input.body}`, pageLocale),
      topicId: topic?.id ?? null,
      location: input.location,
    });
    await notifyFollowers(trx, {
      projectId: process.project_id,
      kind: 'idea',
      link: `/beteiligung/${process.slug}/ideen/${id}`,
      text: input.title,
      exceptResidentId: resident.id,
    });
    return id;
  });
}

/**
 * Supports an idea once per mailbox (all spellings of one address are one supporter), or takes the
 * support back; the count moves in the same transaction.
 */
export async function setSupport(
  db: Db,
  resident: Resident,
  processSlug: string,
  ideaId: number,
  support: boolean,
  client: string,
): Promise<void> {
  const process = await publicProcess(db, processSlug);
  if (!ideaWindows(process).supportOpen) throw new AppError(409, 'phase_closed', 'ideas.error.supportClosed');
  const idea = await repo.findIdeaOfProcess(db, ideaId, process.id);
  if (!idea || idea.hidden_at) throw notFound('idea');
  await checkResidentWrite(db, resident, client);
  const key = addressKey(resident.email);
  await db.transaction().execute(async (trx) => {
    const changed = support ? await repo.addSupport(trx, ideaId, resident.id, key) : await repo.removeSupport(trx, ideaId, key);
    if (changed) await repo.changeSupportCount(trx, ideaId, support ? 1 : -1);
  });
}

// ---- Back office ----

async function staffIdeaRow(db: Db, actor: Actor, id: number) {
  const row = await repo.findStaffIdea(db, id);
  if (!row) throw notFound('idea');
  if (!mayModerate(actor, await projectMunicipalitySlugs(db, row.project_id))) throw forbidden();
  return row;
}

export async function staffIdeas(db: Db, actor: Actor, status: IdeaStatus | null): Promise<IdeaListItemView[]> {
  if (!mayUseParticipation(actor)) throw forbidden();
  const rows = await repo.listStaffIdeas(db, status, participationScope(actor));
  return rows.filter((r) => mayModerate(actor, r.municipalities ?? [])).map(toIdeaListItemView);
}

export async function staffIdea(db: Db, actor: Actor, id: number): Promise<StaffIdeaView> {
  const row = await staffIdeaRow(db, actor, id);
  const full = await repo.getIdea(db, id);
  return { ...toIdeaView(full), processSlug: row.process_slug };
}

export async function answerIdea(db: Db, actor: Actor, id: number, input: z.infer<typeof answerBody>, baseUrl: string): Promise<void> {
  const before = await staffIdeaRow(db, actor, id);
  let linked: number | null = null;
  if (input.status === 'accepted') {
    // Linking to the Vorhaben it is already linked to needs no new right; another one needs the right to moderate there.
    const project = await linkableProject(db, input.project!, (p, m) => p.id === before.linked_project_id || mayModerate(actor, m));
    linked = project.id;
  }
  // Staff answer in the idea's language unless they chose another (ideas from before it was recorded: the
  // author's mail language); the author's mail goes out in it.
  const answerLanguage = input.answerLanguage ?? localeOr(before.answer_language ?? before.text_language ?? before.locale);
  await db.transaction().execute(async (trx) => {
    await repo.saveAnswer(trx, id, {
      status: input.status,
      statusReason: input.status === 'rejected' ? input.reason : null,
      answer: input.answer,
      answerLanguage,
      linkedProjectId: linked,
    });
    await recordAudit(trx, actor, {
      action: 'idea.answer',
      entityType: 'idea',
      entityId: id,
      summary: `${before.title}: ${input.status}`,
      before: { status: before.status, reason: before.status_reason, answer: before.answer },
      after: input,
    });
    if (before.status !== input.status) {
      const link = `/beteiligung/${before.process_slug}/ideen/${id}`;
      if (!before.hidden_at)
        await notifyFollowers(trx, {
          projectId: before.project_id,
          kind: 'idea_status',
          link,
          text: before.title,
          exceptResidentId: before.resident_id,
        });
      if (before.email) {
        const locale = answerLanguage;
        await enqueue(trx, 'send_mail', {
          to: before.email,
          subject: t(locale, 'ideas.mail.status.subject', { title: before.title }),
          text: t(locale, 'ideas.mail.status.text', {
            title: before.title,
            status: t(locale, `ideas.status.${input.status}`),
            link: `${baseUrl}/${locale}${link}`,
          }),
        });
      }
    }
  });
}

export async function setIdeaHidden(db: Db, actor: Actor, id: number, reason: string | null): Promise<void> {
  const before = await staffIdeaRow(db, actor, id);
  await db.transaction().execute(async (trx) => {
    await repo.setHidden(trx, id, reason);
    // Hidden text must not go out in a later digest either.
    if (reason) await dropPendingNotifications(trx, `/beteiligung/${before.process_slug}/ideen/${id}`);
    await recordAudit(trx, actor, {
      action: reason ? 'idea.hide' : 'idea.restore',
      entityType: 'idea',
      entityId: id,
      summary: reason ?? before.title,
      before: { hidden: before.hidden_at !== null },
      after: { hidden: reason !== null, reason },
    });
  });
}
