// Threaded comments (three levels) on Vorhaben and ideas by signed-in residents. Authors may edit for a
// short window; anyone signed in may report a comment with a reason, which mails the moderators. A hidden
// comment stays in the thread as a placeholder with the moderation's reason, so replies keep their sense.
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { t } from '../../i18n/index.js';
import { enqueue } from '../../jobs/queue.js';
import { AppError, notFound } from '../../lib/errors.js';
import { berlinParts } from '../../lib/berlin-time.js';
import { notifyFollowers } from '../notifications/index.js';
import type { Resident } from '../../platform/resident-session.js';
import { checkResidentWrite } from '../../platform/write-limits.js';

export const COMMENT_EDIT_MINUTES = 15;
export const MAX_DEPTH = 3;
export const commentBody = z.object({ body: z.string().trim().min(1).max(3000) });
export const reportBody = z.object({ reason: z.string().trim().min(1).max(1000) });

export type CommentTarget = { kind: 'project'; slug: string } | { kind: 'idea'; ideaId: number };

/** Where a thread lives: its Vorhaben (for policies and notifications), its page, and whether it takes new comments. */
export interface ThreadPlace {
  projectId: number;
  projectTitle: string;
  municipalities: string[];
  path: string;
  open: boolean;
  projectColumn: number | null;
  ideaColumn: number | null;
}

const PHASES_WITH_COMMENTS = ['ideas', 'comments', 'prioritising'];

export async function placeOf(db: Db, target: CommentTarget): Promise<ThreadPlace> {
  const municipalitiesOf = async (projectId: number) =>
    (await db.selectFrom('project_municipalities as pm').innerJoin('municipalities as m', 'm.id', 'pm.municipality_id').where('pm.project_id', '=', projectId).select('m.slug').execute()).map((m) => m.slug);
  if (target.kind === 'project') {
    const p = await db.selectFrom('projects').select(['id', 'slug', 'title', 'publication_state']).where('slug', '=', target.slug).where('publication_state', 'in', ['published', 'archived']).executeTakeFirst();
    if (!p) throw notFound('project');
    return { projectId: p.id, projectTitle: (p.title as { de: string }).de, municipalities: await municipalitiesOf(p.id), path: `/vorhaben/${p.slug}/diskussion`, open: p.publication_state === 'published', projectColumn: p.id, ideaColumn: null };
  }
  const today = berlinParts(new Date()).date;
  const idea = await db
    .selectFrom('ideas as i')
    .innerJoin('participation_processes as pp', 'pp.id', 'i.process_id')
    .innerJoin('projects as p', 'p.id', 'pp.project_id')
    .where('i.id', '=', target.ideaId)
    .where('pp.state', '=', 'published')
    .where('p.publication_state', '=', 'published')
    .select(['i.id', 'i.hidden_at', 'pp.slug as process_slug', 'p.id as project_id', 'p.title as project_title'])
    .select((eb) =>
      eb
        .exists(eb.selectFrom('process_phases as ph').whereRef('ph.process_id', '=', 'pp.id').where('ph.kind', 'in', PHASES_WITH_COMMENTS as never[]).where('ph.starts_on', '<=', today).where('ph.ends_on', '>=', today))
        .as('open'),
    )
    .executeTakeFirst();
  if (!idea) throw notFound('idea');
  return {
    projectId: idea.project_id,
    projectTitle: (idea.project_title as { de: string }).de,
    municipalities: await municipalitiesOf(idea.project_id),
    path: `/beteiligung/${idea.process_slug}/ideen/${idea.id}`,
    open: Boolean(idea.open) && !idea.hidden_at,
    projectColumn: null,
    ideaColumn: idea.id,
  };
}

export interface CommentNode {
  id: number;
  depth: number;
  author: string | null;
  authorDeleted: boolean;
  body: string | null;
  hiddenReason: string | null;
  createdAt: Date;
  editedAt: Date | null;
  own: boolean;
  editable: boolean;
  children: CommentNode[];
}

/** The whole thread as a tree, oldest first; hidden comments carry no text. */
export async function threadOf(db: Db, place: ThreadPlace, resident: Resident | null): Promise<CommentNode[]> {
  let q = db
    .selectFrom('comments as c')
    .leftJoin('residents as r', 'r.id', 'c.resident_id')
    .select(['c.id', 'c.parent_id', 'c.depth', 'c.resident_id', 'c.body', 'c.created_at', 'c.edited_at', 'c.hidden_at', 'c.hidden_reason', 'r.display_name'])
    .select(sql<boolean>`c.created_at > now() - make_interval(mins => ${COMMENT_EDIT_MINUTES})`.as('in_window'));
  q = place.projectColumn !== null ? q.where('c.project_id', '=', place.projectColumn) : q.where('c.idea_id', '=', place.ideaColumn!);
  const rows = await q.orderBy('c.created_at').orderBy('c.id').limit(5000).execute();
  const nodes = new Map<number, CommentNode>();
  const roots: CommentNode[] = [];
  for (const r of rows) {
    const own = resident !== null && r.resident_id === resident.id;
    const node: CommentNode = {
      id: r.id,
      depth: r.depth,
      author: r.display_name,
      authorDeleted: r.resident_id === null,
      body: r.hidden_at ? null : r.body,
      hiddenReason: r.hidden_at ? r.hidden_reason : null,
      createdAt: r.created_at,
      editedAt: r.edited_at,
      own,
      editable: own && !r.hidden_at && Boolean(r.in_window) && !resident!.blocked,
      children: [],
    };
    nodes.set(r.id, node);
    const parent = r.parent_id === null ? undefined : nodes.get(r.parent_id);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export async function addComment(db: Db, resident: Resident, target: CommentTarget, parentId: number | null, body: string, client: string): Promise<{ id: number; path: string }> {
  const place = await placeOf(db, target);
  if (!place.open) throw new AppError(409, 'closed', 'comments.error.closed');
  await checkResidentWrite(db, resident, client);
  return db.transaction().execute(async (trx) => {
    let depth = 1;
    if (parentId !== null) {
      let pq = trx.selectFrom('comments').select(['depth']).where('id', '=', parentId);
      pq = place.projectColumn !== null ? pq.where('project_id', '=', place.projectColumn) : pq.where('idea_id', '=', place.ideaColumn!);
      const parent = await pq.executeTakeFirst();
      if (!parent) throw new AppError(400, 'unknown_parent', 'comments.error.parent');
      if (parent.depth >= MAX_DEPTH) throw new AppError(400, 'too_deep', 'comments.error.depth');
      depth = parent.depth + 1;
    }
    const { id } = await trx
      .insertInto('comments')
      .values({ project_id: place.projectColumn, idea_id: place.ideaColumn, parent_id: parentId, depth, resident_id: resident.id, body })
      .returning('id')
      .executeTakeFirstOrThrow();
    await notifyFollowers(trx, { projectId: place.projectId, kind: 'comment', link: `${place.path}#kommentar-${id}`, text: body.slice(0, 300), exceptResidentId: resident.id });
    return { id, path: place.path };
  });
}

/** Where a comment lives, for the routes that act on a single comment. */
export async function placeOfComment(db: Db, commentId: number): Promise<{ place: ThreadPlace; comment: { id: number; resident_id: number | null; hidden_at: Date | null; body: string } }> {
  const comment = await db.selectFrom('comments').select(['id', 'resident_id', 'hidden_at', 'body', 'project_id', 'idea_id']).where('id', '=', commentId).executeTakeFirst();
  if (!comment) throw notFound('comment');
  const target: CommentTarget = comment.project_id !== null ? { kind: 'project', slug: (await db.selectFrom('projects').select('slug').where('id', '=', comment.project_id).executeTakeFirstOrThrow()).slug } : { kind: 'idea', ideaId: comment.idea_id! };
  return { place: await placeOf(db, target), comment };
}

export async function editComment(db: Db, resident: Resident, commentId: number, body: string, client: string): Promise<string> {
  const { place } = await placeOfComment(db, commentId);
  if (!place.open) throw new AppError(409, 'closed', 'comments.error.closed');
  await checkResidentWrite(db, resident, client);
  const updated = await db
    .updateTable('comments')
    .set({ body, edited_at: sql`now()` })
    .where('id', '=', commentId)
    .where('resident_id', '=', resident.id)
    .where('hidden_at', 'is', null)
    .where(sql<boolean>`created_at > now() - make_interval(mins => ${COMMENT_EDIT_MINUTES})`)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) throw new AppError(409, 'edit_window', 'comments.error.editWindow', { count: COMMENT_EDIT_MINUTES });
  return `${place.path}#kommentar-${commentId}`;
}

/** Reports a comment (once per resident); the first open report mails the moderators and the Vorhaben's coordinators. */
export async function reportComment(db: Db, resident: Resident, commentId: number, reason: string, client: string, baseUrl: string): Promise<string> {
  const { place, comment } = await placeOfComment(db, commentId);
  if (comment.resident_id === resident.id) throw new AppError(400, 'own_comment', 'comments.error.ownReport');
  await checkResidentWrite(db, resident, client);
  await db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('comment_reports')
      .values({ comment_id: commentId, resident_id: resident.id, reason })
      .onConflict((oc) => oc.columns(['comment_id', 'resident_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return;
    // One mail per comment while its reports are open: further reports join the queue without mailing again.
    const open = await trx.selectFrom('comment_reports').select('id').where('comment_id', '=', commentId).where('resolved_at', 'is', null).limit(2).execute();
    if (open.length > 1) return;
    const recipients = await trx
      .selectFrom('users as u')
      .innerJoin('user_roles as r', 'r.user_id', 'u.id')
      .leftJoin('municipalities as m', 'm.id', 'r.municipality_id')
      .where('u.disabled_at', 'is', null)
      .where((eb) => eb.or([eb('r.role', '=', 'moderator'), eb.and([eb('r.role', '=', 'coordinator'), eb('m.slug', 'in', place.municipalities.length ? place.municipalities : [''])])]))
      .select('u.email')
      .distinct()
      .execute();
    for (const { email } of recipients)
      await enqueue(trx, 'send_mail', {
        to: email,
        subject: t('de', 'comments.mail.report.subject', { title: place.projectTitle }),
        text: t('de', 'comments.mail.report.text', { title: place.projectTitle, reason, link: `${baseUrl}/de/verwaltung/moderation` }),
      });
  });
  return `${place.path}#kommentar-${commentId}`;
}
