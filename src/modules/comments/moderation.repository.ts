// SQL of the moderation: comments with their Vorhaben (directly or through the idea's or the consultation's process), its
// municipalities and open reports; hiding, restoring, resolving reports, blocking accounts.
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db } from '../../db/database.js';

function commentsWithPlace(db: Db) {
  return db
    .selectFrom('comments as c')
    .leftJoin('residents as r', 'r.id', 'c.resident_id')
    .leftJoin('ideas as i', 'i.id', 'c.idea_id')
    .leftJoin('consultation_sections as ks', 'ks.id', 'c.consultation_section_id')
    .leftJoin('consultation_versions as kv', 'kv.id', 'ks.version_id')
    .leftJoin('consultations as k', 'k.id', 'kv.consultation_id')
    .leftJoin('participation_processes as pp', (j) => j.on(sql<boolean>`pp.id = coalesce(i.process_id, k.process_id)`))
    .innerJoin('projects as p', (j) => j.on(sql<boolean>`p.id = coalesce(c.project_id, pp.project_id)`))
    .select([
      'c.id',
      'c.body',
      'c.text_language',
      'c.created_at',
      'c.hidden_at',
      'c.hidden_reason',
      'c.resident_id',
      'r.display_name',
      'r.blocked_at',
      'p.slug as project_slug',
      'p.title as project_title',
      'c.idea_id',
      'i.title as idea_title',
      'pp.slug as process_slug',
      'k.slug as consultation_slug',
      'ks.anchor as section_anchor',
    ])
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('project_municipalities as pm')
          .innerJoin('municipalities as m', 'm.id', 'pm.municipality_id')
          .whereRef('pm.project_id', '=', 'p.id')
          .select('m.slug'),
      ).as('municipalities'),
      jsonArrayFrom(
        eb
          .selectFrom('comment_reports as cr')
          .whereRef('cr.comment_id', '=', 'c.id')
          .where('cr.resolved_at', 'is', null)
          .select(['cr.reason', 'cr.created_at'])
          .orderBy('cr.created_at'),
      ).as('reports'),
    ]);
}

/** A comment as the moderation reads it: with its author, its place (a Vorhaben's or an idea's thread) and its open reports. */
export type ModeratedCommentRecord = Awaited<ReturnType<ReturnType<typeof commentsWithPlace>['execute']>>[number];

/** `scope` (the actor's municipalities) narrows the list in SQL, before its limit; null: every Vorhaben. */
function scoped(db: Db, scope: string[] | null) {
  const q = commentsWithPlace(db);
  return scope === null
    ? q
    : q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('project_municipalities as spm')
            .innerJoin('municipalities as sm', 'sm.id', 'spm.municipality_id')
            .whereRef('spm.project_id', '=', 'p.id')
            .where('sm.slug', 'in', scope.length ? scope : ['']),
        ),
      );
}

/** Comments with open reports, oldest first. */
export const reportedComments = (db: Db, scope: string[] | null): Promise<ModeratedCommentRecord[]> =>
  scoped(db, scope)
    .where((eb) =>
      eb.exists(eb.selectFrom('comment_reports as cr').whereRef('cr.comment_id', '=', 'c.id').where('cr.resolved_at', 'is', null)),
    )
    .orderBy('c.created_at')
    .limit(500)
    .execute();

export const recentlyHiddenComments = (db: Db, scope: string[] | null): Promise<ModeratedCommentRecord[]> =>
  scoped(db, scope).where('c.hidden_at', 'is not', null).orderBy('c.hidden_at', 'desc').limit(50).execute();

export const blockedResidents = (db: Db) =>
  db
    .selectFrom('residents')
    .select(['id', 'display_name', 'blocked_at', 'blocked_reason'])
    .where('blocked_at', 'is not', null)
    .orderBy('blocked_at', 'desc')
    .limit(200)
    .execute();

/** The comment with its Vorhaben, whatever the Vorhaben's or process's publication state. */
export const commentWithProject = (db: Db, commentId: number) =>
  db
    .selectFrom('comments as c')
    .leftJoin('ideas as i', 'i.id', 'c.idea_id')
    .leftJoin('participation_processes as pp', 'pp.id', 'i.process_id')
    .select(['c.id', 'c.hidden_at', sql<number>`coalesce(c.project_id, pp.project_id)`.as('project_id')])
    .where('c.id', '=', commentId)
    .executeTakeFirst();

export async function hide(db: Db, commentId: number, reason: string, by: number | null): Promise<void> {
  await db
    .updateTable('comments')
    .set({ hidden_at: sql`now()`, hidden_reason: reason, hidden_by: by })
    .where('id', '=', commentId)
    .execute();
}

/** Unsent notification items that link to the comment (and so quote it). */
export async function deletePendingNotifications(db: Db, commentId: number): Promise<void> {
  await db.deleteFrom('notification_items').where('sent_at', 'is', null).where('link', 'like', `%#kommentar-${commentId}`).execute();
}

/** Resolves the comment's open reports; the number resolved. */
export async function resolveReports(db: Db, commentId: number, by: number | null, resolution: 'hidden' | 'dismissed'): Promise<number> {
  const done = await db
    .updateTable('comment_reports')
    .set({ resolved_at: sql`now()`, resolved_by: by, resolution })
    .where('comment_id', '=', commentId)
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
  return Number(done.numUpdatedRows);
}

export async function restore(db: Db, commentId: number): Promise<void> {
  await db.updateTable('comments').set({ hidden_at: null, hidden_reason: null, hidden_by: null }).where('id', '=', commentId).execute();
}

export const residentForUpdate = (trx: Db, residentId: number) =>
  trx.selectFrom('residents').select(['id', 'blocked_at']).where('id', '=', residentId).forUpdate().executeTakeFirst();

/** Blocks the account (reason set) or unblocks it (reason null). */
export async function setBlock(db: Db, residentId: number, reason: string | null): Promise<void> {
  await db
    .updateTable('residents')
    .set({ blocked_at: reason ? sql`now()` : null, blocked_reason: reason })
    .where('id', '=', residentId)
    .execute();
}
