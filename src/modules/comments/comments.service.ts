// Threaded comments (three levels) on Vorhaben and ideas by signed-in residents. Authors may edit for a
// short window; anyone signed in may report a comment with a reason, which mails the moderators. A hidden
// comment stays in the thread as a placeholder with the moderation's reason, so replies keep their sense.
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import type { PhaseKind } from '../../db/schema.js';
import { t } from '../../i18n/index.js';
import { enqueue } from '../../jobs/queue.js';
import { AppError, notFound } from '../../lib/errors.js';
import { type Locale, localeOr } from '../../lib/localized.js';
import { resolveTextLanguage, type TextLanguageChoice, textLanguageChoice } from '../../lib/text-language.js';
import { berlinParts } from '../../lib/berlin-time.js';
import { notifyFollowers } from '../notifications/index.js';
import type { Resident } from '../../platform/resident-session.js';
import { checkResidentWrite } from '../../platform/write-limits.js';
import * as repo from './comments.repository.js';
import { type ContributionSource, sourceOf } from '../../views/contribution-source.js';

export const COMMENT_EDIT_MINUTES = 15;
export const MAX_DEPTH = 3;
export const commentBody = z.object({ body: z.string().trim().min(1).max(3000), sprache: textLanguageChoice });

/** A comment's text with the language its writer chose (or left to be suggested) on the page they wrote it on. */
export interface CommentText {
  body: string;
  choice: TextLanguageChoice;
  pageLocale: Locale;
}
const languageOf = (c: CommentText) => resolveTextLanguage(c.choice, c.body, c.pageLocale);
export const reportBody = z.object({ reason: z.string().trim().min(1).max(1000) });
/** The passage of a consultation's section a comment is about (optional). */
export const quoteBody = z.object({ quote: z.string().trim().max(1000).optional() });

export type CommentTarget = { kind: 'project'; slug: string } | { kind: 'idea'; ideaId: number } | { kind: 'section'; sectionId: number };

/** Where a thread lives: its Vorhaben (for policies and notifications), its page, and whether it takes new comments. */
export interface ThreadPlace {
  projectId: number;
  projectTitle: string;
  municipalities: string[];
  path: string;
  open: boolean;
  projectColumn: number | null;
  ideaColumn: number | null;
  sectionColumn: number | null;
  /** A consultation section's text, against which a quoted passage is checked; null for other threads. */
  sectionText: string | null;
}

const PHASES_WITH_COMMENTS: PhaseKind[] = ['ideas', 'comments', 'prioritising'];

export async function placeOf(db: Db, target: CommentTarget): Promise<ThreadPlace> {
  const municipalitiesOf = async (projectId: number) => (await repo.municipalitySlugsOfProject(db, projectId)).map((m) => m.slug);
  if (target.kind === 'project') {
    const p = await repo.readableProject(db, target.slug);
    if (!p) throw notFound('project');
    return {
      projectId: p.id,
      projectTitle: (p.title as { de: string }).de,
      municipalities: await municipalitiesOf(p.id),
      path: `/vorhaben/${p.slug}/diskussion`,
      open: p.publication_state === 'published',
      projectColumn: p.id,
      ideaColumn: null,
      sectionColumn: null,
      sectionText: null,
    };
  }
  const today = berlinParts(new Date()).date;
  if (target.kind === 'section') {
    const section = await repo.consultationSection(db, target.sectionId, today);
    if (!section) throw notFound('section');
    return {
      projectId: section.project_id,
      projectTitle: (section.project_title as { de: string }).de,
      municipalities: await municipalitiesOf(section.project_id),
      path: `/konsultationen/${section.consultation_slug}/abschnitte/${section.anchor}`,
      open: Boolean(section.open),
      projectColumn: null,
      ideaColumn: null,
      sectionColumn: section.id,
      sectionText: section.body,
    };
  }
  const idea = await repo.ideaInPublishedProcess(db, target.ideaId, PHASES_WITH_COMMENTS, today);
  if (!idea) throw notFound('idea');
  return {
    projectId: idea.project_id,
    projectTitle: (idea.project_title as { de: string }).de,
    municipalities: await municipalitiesOf(idea.project_id),
    path: `/beteiligung/${idea.process_slug}/ideen/${idea.id}`,
    open: Boolean(idea.open) && !idea.hidden_at,
    projectColumn: null,
    ideaColumn: idea.id,
    sectionColumn: null,
    sectionText: null,
  };
}

/**
 * Whether `quote` is a passage of `text`, ignoring differences of white space and of Markdown (emphasis,
 * headings, quotes, list markers, links): a passage marked on the rendered page is found in the source.
 */
export function quotedFrom(text: string, quote: string): boolean {
  const plain = (s: string) =>
    s
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^[ \t]*(?:[-+*]|\d+[.)])[ \t]+/gm, '')
      .replace(/[*_`>#]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  const q = plain(quote);
  return q.length > 0 && plain(text).includes(q);
}

export interface CommentNode {
  id: number;
  depth: number;
  author: string | null;
  authorDeleted: boolean;
  /** Where a comment typed in by staff came from (it has no author); null online. */
  source: ContributionSource | null;
  body: string | null;
  /** The language the text is written in, for its `lang` attribute. */
  textLanguage: Locale;
  /** The passage of a consultation's section the comment is about. */
  quote: string | null;
  hiddenReason: string | null;
  createdAt: Date;
  editedAt: Date | null;
  own: boolean;
  editable: boolean;
  children: CommentNode[];
}

/** The whole thread as a tree, oldest first; hidden comments carry no text. */
export async function threadOf(db: Db, place: ThreadPlace, resident: Resident | null): Promise<CommentNode[]> {
  const rows = await repo.threadComments(db, place, COMMENT_EDIT_MINUTES);
  const nodes = new Map<number, CommentNode>();
  const roots: CommentNode[] = [];
  for (const r of rows) {
    const own = resident !== null && r.resident_id === resident.id;
    const node: CommentNode = {
      id: r.id,
      depth: r.depth,
      author: r.display_name,
      authorDeleted: r.resident_id === null,
      source: sourceOf(r),
      body: r.hidden_at ? null : r.body,
      textLanguage: localeOr(r.text_language),
      quote: r.hidden_at ? null : r.quote,
      hiddenReason: r.hidden_at ? r.hidden_reason : null,
      createdAt: r.created_at,
      editedAt: r.edited_at,
      own,
      editable: own && !r.hidden_at && Boolean(r.in_window) && !resident.blocked,
      children: [],
    };
    nodes.set(r.id, node);
    const parent = r.parent_id === null ? undefined : nodes.get(r.parent_id);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export async function addComment(
  db: Db,
  resident: Resident,
  target: CommentTarget,
  parentId: number | null,
  text: CommentText,
  client: string,
  quote: string | null = null,
): Promise<{ id: number; path: string }> {
  const { body } = text;
  const place = await placeOf(db, target);
  if (!place.open) throw new AppError(409, 'closed', 'comments.error.closed');
  if (quote && (place.sectionText === null || !quotedFrom(place.sectionText, quote)))
    throw new AppError(400, 'unknown_quote', 'comments.error.quote');
  await checkResidentWrite(db, resident, client);
  return db.transaction().execute(async (trx) => {
    let depth = 1;
    if (parentId !== null) {
      const parent = await repo.parentDepth(trx, parentId, place);
      if (!parent) throw new AppError(400, 'unknown_parent', 'comments.error.parent');
      if (parent.depth >= MAX_DEPTH) throw new AppError(400, 'too_deep', 'comments.error.depth');
      depth = parent.depth + 1;
    }
    const id = await repo.insertComment(trx, {
      project_id: place.projectColumn,
      idea_id: place.ideaColumn,
      consultation_section_id: place.sectionColumn,
      quote: quote || null,
      parent_id: parentId,
      depth,
      resident_id: resident.id,
      body,
      text_language: languageOf(text),
    });
    await notifyFollowers(trx, {
      projectId: place.projectId,
      kind: 'comment',
      link: `${place.path}#kommentar-${id}`,
      text: body.slice(0, 300),
      exceptResidentId: resident.id,
    });
    return { id, path: place.path };
  });
}

/** Where a comment lives, for the routes that act on a single comment. */
export async function placeOfComment(
  db: Db,
  commentId: number,
): Promise<{ place: ThreadPlace; comment: { id: number; resident_id: number | null; hidden_at: Date | null; body: string } }> {
  const comment = await repo.commentById(db, commentId);
  if (!comment) throw notFound('comment');
  const target: CommentTarget =
    comment.project_id !== null
      ? { kind: 'project', slug: (await repo.projectSlug(db, comment.project_id)).slug }
      : comment.idea_id !== null
        ? { kind: 'idea', ideaId: comment.idea_id }
        : { kind: 'section', sectionId: comment.consultation_section_id! };
  return { place: await placeOf(db, target), comment };
}

export async function editComment(db: Db, resident: Resident, commentId: number, text: CommentText, client: string): Promise<string> {
  const { place } = await placeOfComment(db, commentId);
  if (!place.open) throw new AppError(409, 'closed', 'comments.error.closed');
  await checkResidentWrite(db, resident, client);
  const updated = await repo.updateOwnComment(db, commentId, resident.id, text.body, languageOf(text), COMMENT_EDIT_MINUTES);
  if (!updated) throw new AppError(409, 'edit_window', 'comments.error.editWindow', { count: COMMENT_EDIT_MINUTES });
  return `${place.path}#kommentar-${commentId}`;
}

/** Reports a comment (once per resident); the first open report mails the moderators and the Vorhaben's coordinators. */
export async function reportComment(
  db: Db,
  resident: Resident,
  commentId: number,
  reason: string,
  client: string,
  baseUrl: string,
): Promise<string> {
  const { place, comment } = await placeOfComment(db, commentId);
  if (comment.resident_id === resident.id) throw new AppError(400, 'own_comment', 'comments.error.ownReport');
  await checkResidentWrite(db, resident, client);
  await db.transaction().execute(async (trx) => {
    const inserted = await repo.insertReport(trx, commentId, resident.id, reason);
    if (!inserted) return;
    // One mail per comment while its reports are open: further reports join the queue without mailing again.
    const open = await repo.openReports(trx, commentId);
    if (open.length > 1) return;
    const recipients = await repo.reportRecipients(trx, place.municipalities);
    for (const { email, locale: stored } of recipients) {
      const locale = localeOr(stored);
      await enqueue(trx, 'send_mail', {
        to: email,
        subject: t(locale, 'comments.mail.report.subject', { title: place.projectTitle }),
        text: t(locale, 'comments.mail.report.text', {
          title: place.projectTitle,
          reason,
          link: `${baseUrl}/${locale}/verwaltung/moderation`,
        }),
      });
    }
  });
  return `${place.path}#kommentar-${commentId}`;
}

/** What staff type in from a paper form or an event on behalf of a participant: no account, no name. */
export interface OfflineComment {
  target: { projectId: number } | { ideaId: number } | { sectionId: number };
  body: string;
  channel: 'event' | 'paper';
  eventId: number | null;
  municipalityId: number | null;
  day: string;
  enteredBy: number | null;
}

/** Adds a comment typed in by staff, at the top of its thread, in the caller's transaction (which audits it). */
export async function addOfflineComment(trx: Db, c: OfflineComment): Promise<number> {
  return repo.insertComment(trx, {
    project_id: 'projectId' in c.target ? c.target.projectId : null,
    idea_id: 'ideaId' in c.target ? c.target.ideaId : null,
    consultation_section_id: 'sectionId' in c.target ? c.target.sectionId : null,
    parent_id: null,
    depth: 1,
    resident_id: null,
    body: c.body,
    channel: c.channel,
    source_event_id: c.eventId,
    municipality_id: c.municipalityId,
    contributed_on: c.day,
    entered_by: c.enteredBy,
  });
}
