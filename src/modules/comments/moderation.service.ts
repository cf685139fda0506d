// The moderation queue: reported comments with their reasons, recently hidden comments, blocked accounts;
// hiding (with a public reason), restoring, dismissing reports and blocking accounts, each audited.
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db } from '../../db/database.js';
import { forbidden, notFound } from '../../lib/errors.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../audit/index.js';
import { participationScope } from '../../platform/contribution-roles.js';
import { mayBlockResidents, mayModerateThread, mayUseModeration } from './comments.policy.js';

function commentsWithPlace(db: Db) {
  return db
    .selectFrom('comments as c')
    .leftJoin('residents as r', 'r.id', 'c.resident_id')
    .leftJoin('ideas as i', 'i.id', 'c.idea_id')
    .leftJoin('participation_processes as pp', 'pp.id', 'i.process_id')
    .innerJoin('projects as p', (j) => j.on(sql<boolean>`p.id = coalesce(c.project_id, pp.project_id)`))
    .select(['c.id', 'c.body', 'c.created_at', 'c.hidden_at', 'c.hidden_reason', 'c.resident_id', 'r.display_name', 'r.blocked_at', 'p.slug as project_slug', 'p.title as project_title', 'c.idea_id', 'i.title as idea_title', 'pp.slug as process_slug'])
    .select((eb) => [
      jsonArrayFrom(eb.selectFrom('project_municipalities as pm').innerJoin('municipalities as m', 'm.id', 'pm.municipality_id').whereRef('pm.project_id', '=', 'p.id').select('m.slug')).as('municipalities'),
      jsonArrayFrom(eb.selectFrom('comment_reports as cr').whereRef('cr.comment_id', '=', 'c.id').where('cr.resolved_at', 'is', null).select(['cr.reason', 'cr.created_at']).orderBy('cr.created_at')).as('reports'),
    ]);
}

export type ModeratedComment = Awaited<ReturnType<ReturnType<typeof commentsWithPlace>['execute']>>[number];

const mine = (actor: Actor) => (c: ModeratedComment) => mayModerateThread(actor, (c.municipalities as { slug: string }[]).map((m) => m.slug));

export async function moderationQueue(db: Db, actor: Actor) {
  if (!mayUseModeration(actor)) throw forbidden();
  // The actor's municipalities narrow the lists in SQL, before their limits.
  const scope = participationScope(actor);
  const scoped = () => {
    const q = commentsWithPlace(db);
    return scope === null ? q : q.where((eb) => eb.exists(eb.selectFrom('project_municipalities as spm').innerJoin('municipalities as sm', 'sm.id', 'spm.municipality_id').whereRef('spm.project_id', '=', 'p.id').where('sm.slug', 'in', scope.length ? scope : [''])));
  };
  const [reported, hidden, blocked] = await Promise.all([
    scoped()
      .where((eb) => eb.exists(eb.selectFrom('comment_reports as cr').whereRef('cr.comment_id', '=', 'c.id').where('cr.resolved_at', 'is', null)))
      .orderBy('c.created_at')
      .limit(500)
      .execute(),
    scoped().where('c.hidden_at', 'is not', null).orderBy('c.hidden_at', 'desc').limit(50).execute(),
    mayBlockResidents(actor)
      ? db.selectFrom('residents').select(['id', 'display_name', 'blocked_at', 'blocked_reason']).where('blocked_at', 'is not', null).orderBy('blocked_at', 'desc').limit(200).execute()
      : Promise.resolve([]),
  ]);
  return { reported: reported.filter(mine(actor)), hidden: hidden.filter(mine(actor)), blocked, mayBlock: mayBlockResidents(actor) };
}

/** The comment and the municipalities of its Vorhaben, whatever the Vorhaben's or process's publication state. */
async function moderated(db: Db, actor: Actor, commentId: number) {
  const comment = await db
    .selectFrom('comments as c')
    .leftJoin('ideas as i', 'i.id', 'c.idea_id')
    .leftJoin('participation_processes as pp', 'pp.id', 'i.process_id')
    .select(['c.id', 'c.hidden_at', sql<number>`coalesce(c.project_id, pp.project_id)`.as('project_id')])
    .where('c.id', '=', commentId)
    .executeTakeFirst();
  if (!comment) throw notFound('comment');
  const municipalities = await db.selectFrom('project_municipalities as pm').innerJoin('municipalities as m', 'm.id', 'pm.municipality_id').where('pm.project_id', '=', comment.project_id).select('m.slug').execute();
  if (!mayModerateThread(actor, municipalities.map((m) => m.slug))) throw forbidden();
  return { comment };
}

export async function hideComment(db: Db, actor: Actor, commentId: number, reason: string): Promise<void> {
  const { comment } = await moderated(db, actor, commentId);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('comments').set({ hidden_at: sql`now()`, hidden_reason: reason, hidden_by: actor.kind === 'staff' ? actor.id : null }).where('id', '=', commentId).execute();
    // Hidden text must not go out in a later digest either.
    await trx.deleteFrom('notification_items').where('sent_at', 'is', null).where('link', 'like', `%#kommentar-${commentId}`).execute();
    await trx.updateTable('comment_reports').set({ resolved_at: sql`now()`, resolved_by: actor.kind === 'staff' ? actor.id : null, resolution: 'hidden' }).where('comment_id', '=', commentId).where('resolved_at', 'is', null).execute();
    await recordAudit(trx, actor, { action: 'comment.hide', entityType: 'comment', entityId: commentId, summary: reason, before: { hidden: comment.hidden_at !== null }, after: { hidden: true, reason } });
  });
}

export async function restoreComment(db: Db, actor: Actor, commentId: number): Promise<void> {
  await moderated(db, actor, commentId);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('comments').set({ hidden_at: null, hidden_reason: null, hidden_by: null }).where('id', '=', commentId).execute();
    await recordAudit(trx, actor, { action: 'comment.restore', entityType: 'comment', entityId: commentId, summary: `#${commentId}`, before: { hidden: true }, after: { hidden: false } });
  });
}

export async function dismissReports(db: Db, actor: Actor, commentId: number): Promise<void> {
  await moderated(db, actor, commentId);
  await db.transaction().execute(async (trx) => {
    const done = await trx.updateTable('comment_reports').set({ resolved_at: sql`now()`, resolved_by: actor.kind === 'staff' ? actor.id : null, resolution: 'dismissed' }).where('comment_id', '=', commentId).where('resolved_at', 'is', null).executeTakeFirst();
    await recordAudit(trx, actor, { action: 'comment.dismiss_reports', entityType: 'comment', entityId: commentId, summary: `#${commentId}`, after: { dismissed: Number(done.numUpdatedRows) } });
  });
}

/** Blocks (reason set) or unblocks (reason null) the account of a comment's author. */
export async function setBlocked(db: Db, actor: Actor, residentId: number, reason: string | null): Promise<void> {
  if (!mayBlockResidents(actor)) throw forbidden();
  await db.transaction().execute(async (trx) => {
    const resident = await trx.selectFrom('residents').select(['id', 'blocked_at']).where('id', '=', residentId).forUpdate().executeTakeFirst();
    if (!resident) throw notFound('resident');
    await trx.updateTable('residents').set({ blocked_at: reason ? sql`now()` : null, blocked_reason: reason }).where('id', '=', residentId).execute();
    // The audit log names the account by number only: it outlives the account and must not keep the address.
    await recordAudit(trx, actor, { action: reason ? 'resident.block' : 'resident.unblock', entityType: 'resident', entityId: residentId, summary: reason ?? `#${residentId}`, before: { blocked: resident.blocked_at !== null }, after: { blocked: reason !== null } });
  });
}
