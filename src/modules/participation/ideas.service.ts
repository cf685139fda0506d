// Ideas in a participation process: signed-in residents bring them in while the ideas phase runs and
// support each one once (ideas and prioritising phases); staff who moderate the Vorhaben give an official
// answer and a status (new, in review, accepted and linked to a Vorhaben, rejected with a reason), and may
// hide an idea with a public reason. Authors are mailed when the status changes.
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { ideaStatuses, type IdeaStatus } from '../../db/schema.js';
import { t } from '../../i18n/index.js';
import { enqueue } from '../../jobs/queue.js';
import { addressKey } from '../../lib/address-key.js';
import { berlinParts } from '../../lib/berlin-time.js';
import { AppError, forbidden, notFound } from '../../lib/errors.js';
import { isLocale } from '../../lib/localized.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../audit/index.js';
import { notifyFollowers } from '../notifications/index.js';
import { mayModerate, mayUseParticipation, participationScope } from '../../platform/contribution-roles.js';
import { linkableProject } from '../projects/index.js';
import { type Phase, publicProcess, type ProcessView } from './processes.service.js';
import type { Resident } from '../../platform/resident-session.js';
import { checkResidentWrite } from '../../platform/write-limits.js';

export const ideaBody = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(5000),
  topic: z.string().trim().max(200).optional().transform((v) => v || null),
  location: z.string().trim().max(200).optional().transform((v) => v || null),
});

export const answerBody = z
  .object({
    status: z.enum(ideaStatuses),
    answer: z.string().trim().max(5000).optional().transform((v) => v || null),
    reason: z.string().trim().max(2000).optional().transform((v) => v || null),
    project: z.string().trim().toLowerCase().max(200).optional().transform((v) => v || null),
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
  const running = (...kinds: Phase['kind'][]) => (p.phases as Phase[]).some((ph) => kinds.includes(ph.kind) && ph.startsOn <= day && day <= ph.endsOn);
  return { ideasOpen: running('ideas'), supportOpen: running('ideas', 'prioritising'), commentsOpen: running('ideas', 'comments', 'prioritising') };
}

export const hasIdeasPhase = (p: Pick<ProcessView, 'phases'>) => (p.phases as Phase[]).some((ph) => ph.kind === 'ideas');

function ideas(db: Db) {
  return db
    .selectFrom('ideas as i')
    .leftJoin('residents as r', 'r.id', 'i.resident_id')
    .leftJoin('topics as tp', 'tp.id', 'i.topic_id')
    .leftJoin('projects as lp', 'lp.id', 'i.linked_project_id')
    .select(['i.id', 'i.process_id', 'i.title', 'i.body', 'i.location', 'i.status', 'i.status_reason', 'i.answer', 'i.answered_at', 'i.support_count', 'i.hidden_at', 'i.hidden_reason', 'i.created_at', 'i.resident_id'])
    .select(['r.display_name', 'tp.name as topic_name', 'tp.slug as topic_slug', 'lp.slug as linked_slug', 'lp.title as linked_title']);
}

export type IdeaView = Awaited<ReturnType<ReturnType<typeof ideas>['executeTakeFirstOrThrow']>>;

/** The visible ideas of a process, most supported first. */
export async function processIdeas(db: Db, processId: number): Promise<IdeaView[]> {
  return ideas(db).where('i.process_id', '=', processId).where('i.hidden_at', 'is', null).orderBy('i.support_count', 'desc').orderBy('i.created_at', 'desc').limit(1000).execute();
}

/** An idea of a published process (hidden ones too: their page says why). */
export async function publicIdea(db: Db, processSlug: string, id: number, resident: Resident | null) {
  const process = await publicProcess(db, processSlug);
  const idea = await ideas(db).where('i.id', '=', id).where('i.process_id', '=', process.id).executeTakeFirst();
  if (!idea) throw notFound('idea');
  const supported = resident ? (await db.selectFrom('idea_supports').select('id').where('idea_id', '=', id).where('supporter_key', '=', addressKey(resident.email)).executeTakeFirst()) !== undefined : false;
  return { process, idea, supported };
}

export async function submitIdea(db: Db, resident: Resident, processSlug: string, input: z.infer<typeof ideaBody>, client: string): Promise<number> {
  const process = await publicProcess(db, processSlug);
  if (!ideaWindows(process).ideasOpen) throw new AppError(409, 'phase_closed', 'ideas.error.closed');
  const topic = input.topic ? await db.selectFrom('topics').select('id').where('slug', '=', input.topic).executeTakeFirst() : null;
  if (input.topic && !topic) throw new AppError(400, 'unknown_topic', 'ideas.error.topic');
  await checkResidentWrite(db, resident, client);
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('ideas')
      .values({ process_id: process.id, resident_id: resident.id, title: input.title, body: input.body, topic_id: topic?.id ?? null, location: input.location })
      .returning('id')
      .executeTakeFirstOrThrow();
    await notifyFollowers(trx, { projectId: process.project_id, kind: 'idea', link: `/beteiligung/${process.slug}/ideen/${id}`, text: input.title, exceptResidentId: resident.id });
    return id;
  });
}

/**
 * Supports an idea once per mailbox (all spellings of one address are one supporter), or takes the
 * support back; the count moves in the same transaction.
 */
export async function setSupport(db: Db, resident: Resident, processSlug: string, ideaId: number, support: boolean, client: string): Promise<void> {
  const process = await publicProcess(db, processSlug);
  if (!ideaWindows(process).supportOpen) throw new AppError(409, 'phase_closed', 'ideas.error.supportClosed');
  const idea = await db.selectFrom('ideas').select(['id', 'hidden_at']).where('id', '=', ideaId).where('process_id', '=', process.id).executeTakeFirst();
  if (!idea || idea.hidden_at) throw notFound('idea');
  await checkResidentWrite(db, resident, client);
  const key = addressKey(resident.email);
  await db.transaction().execute(async (trx) => {
    const changed = support
      ? await trx.insertInto('idea_supports').values({ idea_id: ideaId, resident_id: resident.id, supporter_key: key }).onConflict((oc) => oc.doNothing()).returning('id').executeTakeFirst()
      : await trx.deleteFrom('idea_supports').where('idea_id', '=', ideaId).where('supporter_key', '=', key).returning('id').executeTakeFirst();
    if (changed) await trx.updateTable('ideas').set({ support_count: sql`support_count + ${support ? 1 : -1}` }).where('id', '=', ideaId).execute();
  });
}

// ---- Back office ----

async function staffIdeaRow(db: Db, actor: Actor, id: number) {
  const row = await db
    .selectFrom('ideas as i')
    .innerJoin('participation_processes as pp', 'pp.id', 'i.process_id')
    .leftJoin('residents as r', 'r.id', 'i.resident_id')
    .where('i.id', '=', id)
    .select(['i.id', 'i.title', 'i.status', 'i.status_reason', 'i.answer', 'i.hidden_at', 'i.linked_project_id', 'i.resident_id', 'pp.slug as process_slug', 'pp.project_id', 'r.email', 'r.locale'])
    .executeTakeFirst();
  if (!row) throw notFound('idea');
  const municipalities = await db.selectFrom('project_municipalities as pm').innerJoin('municipalities as m', 'm.id', 'pm.municipality_id').where('pm.project_id', '=', row.project_id).select('m.slug').execute();
  if (!mayModerate(actor, municipalities.map((m) => m.slug))) throw forbidden();
  return row;
}

export async function staffIdeas(db: Db, actor: Actor, status: IdeaStatus | null) {
  if (!mayUseParticipation(actor)) throw forbidden();
  let q = db
    .selectFrom('ideas as i')
    .innerJoin('participation_processes as pp', 'pp.id', 'i.process_id')
    .select(['i.id', 'i.title', 'i.status', 'i.support_count', 'i.hidden_at', 'i.created_at', 'pp.slug as process_slug', 'pp.title as process_title'])
    .select((eb) =>
      eb
        .selectFrom('project_municipalities as pm')
        .innerJoin('municipalities as m', 'm.id', 'pm.municipality_id')
        .whereRef('pm.project_id', '=', 'pp.project_id')
        .select(sql<string[]>`coalesce(array_agg(m.slug), '{}')`.as('m'))
        .as('municipalities'),
    );
  if (status) q = q.where('i.status', '=', status);
  const scope = participationScope(actor);
  if (scope)
    q = q.where((eb) =>
      eb.exists(eb.selectFrom('project_municipalities as pm').innerJoin('municipalities as m', 'm.id', 'pm.municipality_id').whereRef('pm.project_id', '=', 'pp.project_id').where('m.slug', 'in', scope.length ? scope : [''])),
    );
  const rows = await q.orderBy('i.created_at', 'desc').limit(500).execute();
  return rows.filter((r) => mayModerate(actor, r.municipalities ?? []));
}

export async function staffIdea(db: Db, actor: Actor, id: number) {
  const row = await staffIdeaRow(db, actor, id);
  const full = await ideas(db).where('i.id', '=', id).executeTakeFirstOrThrow();
  return { ...full, process_slug: row.process_slug };
}

export async function answerIdea(db: Db, actor: Actor, id: number, input: z.infer<typeof answerBody>, baseUrl: string): Promise<void> {
  const before = await staffIdeaRow(db, actor, id);
  let linked: number | null = null;
  if (input.status === 'accepted') {
    // Linking to the Vorhaben it is already linked to needs no new right; another one needs the right to moderate there.
    const project = await linkableProject(db, input.project!, (p, m) => p.id === before.linked_project_id || mayModerate(actor, m));
    linked = project.id;
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('ideas')
      .set({ status: input.status, status_reason: input.status === 'rejected' ? input.reason : null, answer: input.answer, answered_at: input.answer ? sql`coalesce(answered_at, now())` : null, linked_project_id: linked, updated_at: sql`now()` })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, actor, { action: 'idea.answer', entityType: 'idea', entityId: id, summary: `${before.title}: ${input.status}`, before: { status: before.status, reason: before.status_reason, answer: before.answer }, after: input });
    if (before.status !== input.status) {
      const link = `/beteiligung/${before.process_slug}/ideen/${id}`;
      if (!before.hidden_at) await notifyFollowers(trx, { projectId: before.project_id, kind: 'idea_status', link, text: before.title, exceptResidentId: before.resident_id });
      if (before.email) {
        const locale = isLocale(before.locale) ? before.locale : 'de';
        await enqueue(trx, 'send_mail', {
          to: before.email,
          subject: t(locale, 'ideas.mail.status.subject', { title: before.title }),
          text: t(locale, 'ideas.mail.status.text', { title: before.title, status: t(locale, `ideas.status.${input.status}`), link: `${baseUrl}/${locale}${link}` }),
        });
      }
    }
  });
}

export async function setIdeaHidden(db: Db, actor: Actor, id: number, reason: string | null): Promise<void> {
  const before = await staffIdeaRow(db, actor, id);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('ideas').set({ hidden_at: reason ? sql`now()` : null, hidden_reason: reason, updated_at: sql`now()` }).where('id', '=', id).execute();
    // Hidden text must not go out in a later digest either.
    if (reason) await trx.deleteFrom('notification_items').where('sent_at', 'is', null).where('link', '=', `/beteiligung/${before.process_slug}/ideen/${id}`).execute();
    await recordAudit(trx, actor, { action: reason ? 'idea.hide' : 'idea.restore', entityType: 'idea', entityId: id, summary: reason ?? before.title, before: { hidden: before.hidden_at !== null }, after: { hidden: reason !== null, reason } });
  });
}
