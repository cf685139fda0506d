// The editorial workflow of a Vorhaben: draft → in review → published → archived. Staff edit a working
// copy that the public does not see; publishing it raises the version, needs a public change note and
// keeps a snapshot, so that every published state can be compared and nothing is lost. Every step is
// checked by the projects policy and written to the audit log in the same transaction.
import { notifyChange } from '../../db/change-notifier.js';
import type { Db } from '../../db/database.js';
import { AppError, forbidden, notFound } from '../../lib/errors.js';
import type { LocalizedText } from '../../lib/localized.js';
import { type Actor, actorId } from '../../platform/actor.js';
import { recordAudit } from '../audit/index.js';
import {
  differingFields,
  projectToInput,
  type ProjectAction,
  editorialScope,
  mayAssignMunicipalities,
  mayOnProject,
  mayUseEditorial,
  findBySlug,
  insertChanges,
  insertVersions,
  insertDraftProject,
  writeProject,
} from '../projects/index.js';
import type { Project, ProjectInput } from '../projects/index.js';
import { notifyFollowers } from '../notifications/index.js';
import { type LeadTimeShortfall, projectLeadTimeShortfalls } from '../council/index.js';
import * as repo from './editorial.repository.js';
import type { WorkState } from './editorial.types.js';
import { type NoteView, toNoteView, toVersionView, toWorkItem, type VersionView, type WorkListView } from './editorial.view-model.js';

export type { WorkState };
export type { NoteView, VersionView, WorkItemView, WorkListView } from './editorial.view-model.js';
export const WORK_PAGE_SIZE = 50;

const slugsOf = (p: Project) => p.municipalities.map((m) => m.slug);

function assertMay(actor: Actor, action: ProjectAction, municipalities: readonly string[]): void {
  if (!mayOnProject(actor, action, municipalities)) throw forbidden();
}

export async function workList(
  db: Db,
  actor: Actor,
  query: { q?: string | undefined; state?: WorkState | undefined; municipality?: string | undefined },
  page: number,
): Promise<WorkListView> {
  if (!mayUseEditorial(actor)) throw forbidden();
  const scope = editorialScope(actor);
  const [list, counts] = await Promise.all([
    repo.listWorkItems(db, { ...query, scope, limit: WORK_PAGE_SIZE, offset: (page - 1) * WORK_PAGE_SIZE }),
    repo.countByWorkState(db, scope),
  ]);
  return {
    total: list.total,
    rows: list.rows.map(toWorkItem),
    counts,
    page,
    pages: Math.max(1, Math.ceil(list.total / WORK_PAGE_SIZE)),
  };
}

export interface EditorialProject {
  project: Project;
  /** The working copy, else the published state: what the edit form starts from. */
  current: ProjectInput;
  draft: repo.DraftRecord | null;
  workState: WorkState;
  /** The copy started from an older version than the one now published (e.g. an import came between). */
  stale: boolean;
  versions: VersionView[];
  notes: NoteView[];
  /** Municipalities whose participation guidelines' lead time the Vorhaben misses (warned of on its page). */
  leadTime: LeadTimeShortfall[];
}

function workStateOf(project: Project, draft: repo.DraftRecord | undefined): WorkState {
  if (project.publicationState === 'archived') return 'archived';
  if (draft?.state === 'review') return 'review';
  if (project.publicationState === 'draft') return 'draft';
  return draft ? 'changes' : 'published';
}

/** The copy started from an older published version than the one now public (an import or a colleague came between). */
function isStale(project: Project, draft: repo.DraftRecord | undefined | null): boolean {
  return !!draft && project.publicationState !== 'draft' && (draft.baseVersion === null || draft.baseVersion < project.version);
}

async function load(db: Db, slug: string): Promise<Project> {
  const project = await findBySlug(db, slug);
  if (!project) throw notFound('project');
  return project;
}

export async function editorialProject(db: Db, actor: Actor, slug: string): Promise<EditorialProject> {
  const project = await load(db, slug);
  assertMay(actor, 'view', slugsOf(project));
  const [draft, versions, notes, leadTime] = await Promise.all([
    repo.findDraft(db, project.id),
    repo.listVersions(db, project.id),
    repo.listNotes(db, project.id),
    projectLeadTimeShortfalls(db, project.id),
  ]);
  return {
    project,
    current: draft?.input ?? projectToInput(project),
    draft: draft ?? null,
    workState: workStateOf(project, draft),
    stale: isStale(project, draft),
    versions: versions.map(toVersionView),
    notes: notes.map(toNoteView),
    leadTime,
  };
}

export async function createProject(db: Db, actor: Actor, input: ProjectInput): Promise<string> {
  return db.transaction().execute((trx) => createProjectIn(trx, actor, input));
}

/** The same inside a transaction the caller owns (e.g. an advisory case that becomes a Vorhaben). */
export async function createProjectIn(trx: Db, actor: Actor, input: ProjectInput): Promise<string> {
  if (input.municipalities.length === 0 || !mayAssignMunicipalities(actor, 'create', [], input.municipalities)) throw forbidden();
  const { id, slug } = await insertDraftProject(trx, input);
  await repo.upsertDraft(trx, id, input, null, actorId(actor));
  await recordAudit(trx, actor, { action: 'project.create', entityType: 'project', entityId: slug, summary: input.title.de, after: input });
  return slug;
}

/** Locks the Vorhaben for the transaction and checks the actor may do `action` with it. */
async function lockFor(trx: Db, actor: Actor, slug: string, action: ProjectAction) {
  const id = await repo.lockProject(trx, slug);
  if (id === undefined) throw notFound('project');
  const project = await load(trx, slug);
  assertMay(actor, action, slugsOf(project));
  return { project, draft: await repo.findDraft(trx, project.id) };
}

export async function saveDraft(db: Db, actor: Actor, slug: string, input: ProjectInput): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { project, draft } = await lockFor(trx, actor, slug, 'edit');
    if (!mayAssignMunicipalities(actor, 'edit', slugsOf(project), input.municipalities)) throw forbidden();
    if (project.publicationState === 'archived') throw new AppError(409, 'archived', 'editorial.error.archived');
    const before = draft?.input ?? projectToInput(project);
    await repo.upsertDraft(trx, project.id, input, project.publicationState === 'draft' ? null : project.version, actorId(actor));
    // An unpublished Vorhaben has no public state to protect: its row follows the copy.
    if (project.publicationState === 'draft')
      await writeProject(trx, project.id, { ...input, publicationState: 'draft' }, { bumpVersion: false });
    await recordAudit(trx, actor, {
      action: 'project.draft.save',
      entityType: 'project',
      entityId: slug,
      summary: input.title.de,
      before,
      after: input,
    });
  });
}

export async function setReview(db: Db, actor: Actor, slug: string, inReview: boolean): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { project, draft } = await lockFor(trx, actor, slug, 'submit');
    if (!draft && !(inReview && project.publicationState === 'draft'))
      throw new AppError(409, 'no_working_copy', 'editorial.error.noWorkingCopy');
    if (!draft) await repo.upsertDraft(trx, project.id, projectToInput(project), null, actorId(actor));
    await repo.setDraftState(trx, project.id, inReview ? 'review' : 'editing', actorId(actor));
    await recordAudit(trx, actor, {
      action: inReview ? 'project.review.request' : 'project.review.withdraw',
      entityType: 'project',
      entityId: slug,
      summary: project.title.de,
      before: { state: draft?.state ?? null },
      after: { state: inReview ? 'review' : 'editing' },
    });
  });
}

export async function discardDraft(db: Db, actor: Actor, slug: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { project, draft } = await lockFor(trx, actor, slug, 'edit');
    if (!draft || project.publicationState === 'draft') throw new AppError(409, 'no_working_copy', 'editorial.error.noWorkingCopy');
    await repo.deleteDraft(trx, project.id);
    await recordAudit(trx, actor, {
      action: 'project.draft.discard',
      entityType: 'project',
      entityId: slug,
      summary: project.title.de,
      before: draft.input,
    });
  });
}

/** Publishes the working copy (or an unpublished Vorhaben as it is) as the next version. */
export async function publish(
  db: Db,
  actor: Actor,
  slug: string,
  note: LocalizedText,
  { overwriteNewer = false }: { overwriteNewer?: boolean } = {},
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { project, draft } = await lockFor(trx, actor, slug, 'publish');
    if (project.publicationState === 'archived') throw new AppError(409, 'archived', 'editorial.error.archived');
    // Publishing an outdated copy would silently undo the newer version: only when asked to.
    if (isStale(project, draft) && !overwriteNewer) throw new AppError(409, 'stale_copy', 'editorial.error.stale');
    if (!draft && project.publicationState === 'published') throw new AppError(409, 'no_working_copy', 'editorial.error.noWorkingCopy');
    const before = projectToInput(project);
    const next: ProjectInput = { ...(draft?.input ?? before), publicationState: 'published' };
    if (!mayAssignMunicipalities(actor, 'publish', slugsOf(project), next.municipalities)) throw forbidden();
    const fields = project.publicationState === 'draft' ? [] : differingFields(before, next);
    const version = project.version + 1;
    await writeProject(trx, project.id, next, { bumpVersion: true });
    await insertChanges(trx, [{ project_id: project.id, version, note: JSON.stringify(note), fields }]);
    await insertVersions(trx, [{ projectId: project.id, version, input: next, userId: actorId(actor) }]);
    await repo.deleteDraft(trx, project.id);
    // Followers of the Vorhaben, its topics or municipalities (as published now) hear of the new version.
    await notifyFollowers(trx, { projectId: project.id, kind: 'published', link: `/vorhaben/${project.slug}#changelog`, text: note.de });
    await recordAudit(trx, actor, {
      action: 'project.publish',
      entityType: 'project',
      entityId: slug,
      summary: `${next.title.de} (v${version}): ${note.de}`,
      before: project.publicationState === 'draft' ? null : before,
      after: next,
    });
    await notifyChange(trx);
    return version;
  });
}

/** Archives (hides from the register, keeps the page marked as archived) or restores, with a public note. */
export async function setArchived(db: Db, actor: Actor, slug: string, archived: boolean, note: LocalizedText): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { project } = await lockFor(trx, actor, slug, archived ? 'archive' : 'restore');
    const expected = archived ? 'published' : 'archived';
    if (project.publicationState !== expected)
      throw new AppError(
        409,
        archived ? 'not_published' : 'not_archived',
        archived ? 'editorial.error.notPublished' : 'editorial.error.notArchived',
      );
    const before = projectToInput(project);
    const next: ProjectInput = { ...before, publicationState: archived ? 'archived' : 'published' };
    const version = project.version + 1;
    await writeProject(trx, project.id, next, { bumpVersion: true });
    await insertChanges(trx, [{ project_id: project.id, version, note: JSON.stringify(note), fields: ['publicationState'] }]);
    await insertVersions(trx, [{ projectId: project.id, version, input: next, userId: actorId(actor) }]);
    await recordAudit(trx, actor, {
      action: archived ? 'project.archive' : 'project.restore',
      entityType: 'project',
      entityId: slug,
      summary: `${project.title.de}: ${note.de}`,
      before: { publicationState: before.publicationState },
      after: { publicationState: next.publicationState },
    });
    await notifyChange(trx);
  });
}

export async function addNote(db: Db, actor: Actor, slug: string, body: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const project = await load(trx, slug);
    assertMay(actor, 'note', slugsOf(project));
    const id = await repo.insertNote(trx, project.id, actorId(actor), body);
    await recordAudit(trx, actor, {
      action: 'project.note.add',
      entityType: 'project',
      entityId: slug,
      summary: `${project.title.de} – #${id}`,
      after: { body },
    });
  });
}

/** Two states of a Vorhaben to compare: a published version by number, or 'draft' for the working copy. */
export async function compareVersions(db: Db, actor: Actor, slug: string, from: number | 'draft', to: number | 'draft') {
  const view = await editorialProject(db, actor, slug);
  const read = async (v: number | 'draft') => {
    if (v === 'draft') return view.draft?.input;
    if (v === view.project.version && view.project.publicationState !== 'draft') return projectToInput(view.project);
    return repo.findVersion(db, view.project.id, v);
  };
  const [a, b] = await Promise.all([read(from), read(to)]);
  if (!a || !b) throw new AppError(404, 'version_not_found', 'editorial.error.versionNotFound');
  return { view, a, b };
}
