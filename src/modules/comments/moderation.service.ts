// The moderation queue: reported comments with their reasons, recently hidden comments, blocked accounts;
// hiding (with a public reason), restoring, dismissing reports and blocking accounts, each audited.
import type { Db } from '../../db/database.js';
import { forbidden, notFound } from '../../lib/errors.js';
import { type Locale, type LocalizedText, localeOr } from '../../lib/localized.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../audit/index.js';
import { participationScope } from '../../platform/contribution-roles.js';
import { municipalitySlugsOfProject } from './comments.repository.js';
import { mayBlockResidents, mayModerateThread, mayUseModeration } from './comments.policy.js';
import * as repo from './moderation.repository.js';
import type { ModeratedCommentRecord } from './moderation.repository.js';

/** A comment in the moderation queue: its text, its author, the thread it is in and its open reports. */
export interface ModeratedCommentView {
  id: number;
  body: string;
  /** The language the comment is written in. */
  textLanguage: Locale;
  createdAt: Date;
  hidden: boolean;
  hiddenReason: string | null;
  /** The author's account; null once it is deleted. */
  authorId: number | null;
  authorName: string | null;
  authorBlocked: boolean;
  /** The page of the thread, without the language. */
  placePath: string;
  /** The idea whose thread it is in; null for a Vorhaben's discussion. */
  ideaTitle: string | null;
  projectTitle: LocalizedText;
  reports: { reason: string; createdAt: Date }[];
}

export interface BlockedResidentView {
  id: number;
  name: string | null;
  reason: string | null;
}

export interface ModerationQueueView {
  reported: ModeratedCommentView[];
  hidden: ModeratedCommentView[];
  blocked: BlockedResidentView[];
  mayBlock: boolean;
}

const toView = (c: ModeratedCommentRecord): ModeratedCommentView => ({
  id: c.id,
  body: c.body,
  textLanguage: localeOr(c.text_language),
  createdAt: c.created_at,
  hidden: c.hidden_at !== null,
  hiddenReason: c.hidden_reason,
  authorId: c.resident_id,
  authorName: c.display_name,
  authorBlocked: c.blocked_at !== null,
  placePath:
    c.idea_id !== null
      ? `/beteiligung/${c.process_slug}/ideen/${c.idea_id}`
      : c.consultation_slug !== null
        ? `/konsultationen/${c.consultation_slug}/abschnitte/${c.section_anchor}`
        : `/vorhaben/${c.project_slug}/diskussion`,
  ideaTitle: c.idea_id !== null ? (c.idea_title ?? '') : null,
  projectTitle: c.project_title,
  // Read through JSON, so the times come as text.
  reports: (c.reports as { reason: string; created_at: string }[]).map((r) => ({
    reason: r.reason,
    createdAt: new Date(r.created_at),
  })),
});

const mine = (actor: Actor) => (c: ModeratedCommentRecord) =>
  mayModerateThread(
    actor,
    (c.municipalities as { slug: string }[]).map((m) => m.slug),
  );

export async function moderationQueue(db: Db, actor: Actor): Promise<ModerationQueueView> {
  if (!mayUseModeration(actor)) throw forbidden();
  // The actor's municipalities narrow the lists in SQL, before their limits.
  const scope = participationScope(actor);
  const [reported, hidden, blocked] = await Promise.all([
    repo.reportedComments(db, scope),
    repo.recentlyHiddenComments(db, scope),
    mayBlockResidents(actor) ? repo.blockedResidents(db) : Promise.resolve([]),
  ]);
  return {
    reported: reported.filter(mine(actor)).map(toView),
    hidden: hidden.filter(mine(actor)).map(toView),
    blocked: blocked.map((r) => ({ id: r.id, name: r.display_name, reason: r.blocked_reason })),
    mayBlock: mayBlockResidents(actor),
  };
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
