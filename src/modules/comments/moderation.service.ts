// The moderation queue: reported comments with their reasons, recently hidden comments, blocked accounts;
// hiding (with a public reason), restoring, dismissing reports and blocking accounts, each audited.
import type { Db } from '../../db/database.js';
import { forbidden, notFound } from '../../lib/errors.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../audit/index.js';
import { participationScope } from '../../platform/contribution-roles.js';
import { municipalitySlugsOfProject } from './comments.repository.js';
import { mayBlockResidents, mayModerateThread, mayUseModeration } from './comments.policy.js';
import * as repo from './moderation.repository.js';
import type { ModeratedComment } from './moderation.repository.js';

export type { ModeratedComment } from './moderation.repository.js';

const mine = (actor: Actor) => (c: ModeratedComment) =>
  mayModerateThread(
    actor,
    (c.municipalities as { slug: string }[]).map((m) => m.slug),
  );

export async function moderationQueue(db: Db, actor: Actor) {
  if (!mayUseModeration(actor)) throw forbidden();
  // The actor's municipalities narrow the lists in SQL, before their limits.
  const scope = participationScope(actor);
  const [reported, hidden, blocked] = await Promise.all([
    repo.reportedComments(db, scope),
    repo.recentlyHiddenComments(db, scope),
    mayBlockResidents(actor) ? repo.blockedResidents(db) : Promise.resolve([]),
  ]);
  return { reported: reported.filter(mine(actor)), hidden: hidden.filter(mine(actor)), blocked, mayBlock: mayBlockResidents(actor) };
}

/** The comment and the municipalities of its Vorhaben, whatever the Vorhaben's or process's publication state. */
async function moderated(db: Db, actor: Actor, commentId: number) {
  const comment = await repo.commentWithProject(db, commentId);
  if (!comment) throw notFound('comment');
  const municipalities = await municipalitySlugsOfProject(db, comment.project_id);
  if (
    !mayModerateThread(
      actor,
      municipalities.map((m) => m.slug),
    )
  )
    throw forbidden();
  return { comment };
}

export async function hideComment(db: Db, actor: Actor, commentId: number, reason: string): Promise<void> {
  const { comment } = await moderated(db, actor, commentId);
  await db.transaction().execute(async (trx) => {
    await repo.hide(trx, commentId, reason, actor.kind === 'staff' ? actor.id : null);
    // Hidden text must not go out in a later digest either.
    await repo.deletePendingNotifications(trx, commentId);
    await repo.resolveReports(trx, commentId, actor.kind === 'staff' ? actor.id : null, 'hidden');
    await recordAudit(trx, actor, {
      action: 'comment.hide',
      entityType: 'comment',
      entityId: commentId,
      summary: reason,
      before: { hidden: comment.hidden_at !== null },
      after: { hidden: true, reason },
    });
  });
}

export async function restoreComment(db: Db, actor: Actor, commentId: number): Promise<void> {
  await moderated(db, actor, commentId);
  await db.transaction().execute(async (trx) => {
    await repo.restore(trx, commentId);
    await recordAudit(trx, actor, {
      action: 'comment.restore',
      entityType: 'comment',
      entityId: commentId,
      summary: `#${commentId}`,
      before: { hidden: true },
      after: { hidden: false },
    });
  });
}

export async function dismissReports(db: Db, actor: Actor, commentId: number): Promise<void> {
  await moderated(db, actor, commentId);
  await db.transaction().execute(async (trx) => {
    const dismissed = await repo.resolveReports(trx, commentId, actor.kind === 'staff' ? actor.id : null, 'dismissed');
    await recordAudit(trx, actor, {
      action: 'comment.dismiss_reports',
      entityType: 'comment',
      entityId: commentId,
      summary: `#${commentId}`,
      after: { dismissed },
    });
  });
}

/** Blocks (reason set) or unblocks (reason null) the account of a comment's author. */
export async function setBlocked(db: Db, actor: Actor, residentId: number, reason: string | null): Promise<void> {
  if (!mayBlockResidents(actor)) throw forbidden();
  await db.transaction().execute(async (trx) => {
    const resident = await repo.residentForUpdate(trx, residentId);
    if (!resident) throw notFound('resident');
    await repo.setBlock(trx, residentId, reason);
    // The audit log names the account by number only: it outlives the account and must not keep the address.
    await recordAudit(trx, actor, {
      action: reason ? 'resident.block' : 'resident.unblock',
      entityType: 'resident',
      entityId: residentId,
      summary: reason ?? `#${residentId}`,
      before: { blocked: resident.blocked_at !== null },
      after: { blocked: reason !== null },
    });
  });
}
