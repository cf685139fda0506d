// Participation processes: attached to a Vorhaben, with dated phases (information, ideas, comments,
// prioritising, results) and a published results text. The public sees published processes; staff who
// may moderate the Vorhaben's participation create and edit them.
import { notifyChange } from '../../db/change-notifier.js';
import type { Db } from '../../db/database.js';
import { AppError, forbidden, notFound } from '../../lib/errors.js';
import type { LocalizedText } from '../../lib/localized.js';
import { slugify } from '../../lib/slug.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../audit/index.js';
import { mayModerate } from '../../platform/contribution-roles.js';
import { notifyFollowers } from '../notifications/index.js';
import { projectMunicipalitySlugs } from './participation.repository.js';
import * as repo from './processes.repository.js';
import type { ProcessRecord } from './processes.repository.js';
import { type Phase, type ProcessEventView, type ProcessView, toProcessEventView, toProcessView } from './processes.view-model.js';

export type { ProcessRecord } from './processes.repository.js';
export type { Phase, ProcessView } from './processes.view-model.js';

export interface ProcessInput {
  projectSlug: string;
  title: LocalizedText;
  description: LocalizedText | null;
  results: LocalizedText | null;
  phases: Phase[];
  published: boolean;
}

/** The phase running today (Berlin calendar day), if any. */
export function currentPhase(p: Pick<ProcessView, 'phases'>, today: string): Phase | null {
  return p.phases.find((ph) => ph.startsOn <= today && today <= ph.endsOn) ?? null;
}

/** Published processes (of one Vorhaben, given its id) as records, for the API of the network module. */
export async function publicProcesses(db: Db, projectId?: number): Promise<ProcessRecord[]> {
  return repo.publishedProcesses(db, projectId);
}

export async function publicProcess(db: Db, slug: string): Promise<ProcessRecord> {
  const p = await repo.findPublishedProcess(db, slug);
  if (!p) throw notFound('process');
  return p;
}

/** Published processes (of one Vorhaben, given its id), newest first, as the pages show them. */
export async function processViews(db: Db, projectId?: number): Promise<ProcessView[]> {
  return (await publicProcesses(db, projectId)).map(toProcessView);
}

/** A published process as its pages show it. */
export async function processView(db: Db, slug: string): Promise<ProcessView> {
  return toProcessView(await publicProcess(db, slug));
}

export async function processEvents(db: Db, processId: number): Promise<ProcessEventView[]> {
  return (await repo.eventsOfProcess(db, processId)).map(toProcessEventView);
}

const mayEdit = (actor: Actor, p: ProcessRecord) =>
  mayModerate(
    actor,
    (p.municipalities as { slug: string }[]).map((m) => m.slug),
  );

/** The processes, drafts too, whose Vorhaben the actor may moderate. */
export async function staffProcesses(db: Db, actor: Actor): Promise<ProcessView[]> {
  return (await repo.allProcesses(db)).filter((p) => mayEdit(actor, p)).map(toProcessView);
}

/** A process, drafts too, that the actor may edit; 404 or 403 otherwise. */
export async function staffProcess(db: Db, actor: Actor, slug: string): Promise<ProcessRecord> {
  const p = await repo.findProcess(db, slug);
  if (!p) throw notFound('process');
  if (!mayEdit(actor, p)) throw forbidden();
  return p;
}

/** A process, drafts too, for its editor. */
export async function editableProcess(db: Db, actor: Actor, slug: string): Promise<ProcessView> {
  return toProcessView(await staffProcess(db, actor, slug));
}

async function projectFor(db: Db, actor: Actor, slug: string) {
  const project = await repo.findPublishedProject(db, slug);
  if (!project) throw new AppError(400, 'unknown_project', 'events.error.project');
  if (!mayModerate(actor, await projectMunicipalitySlugs(db, project.id))) throw forbidden();
  return project;
}

export async function saveProcess(db: Db, actor: Actor, slug: string | null, input: ProcessInput): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const project = await projectFor(trx, actor, input.projectSlug);
    const row = {
      project_id: project.id,
      title: JSON.stringify(input.title),
      description: JSON.stringify(input.description),
      results: JSON.stringify(input.results),
      state: input.published ? ('published' as const) : ('draft' as const),
    };
    let id: number;
    let finalSlug = slug;
    const before = slug ? await staffProcess(trx, actor, slug) : null;
    if (before) {
      id = before.id;
      await repo.updateProcess(trx, id, row);
    } else {
      await repo.lockProcessSlugs(trx);
      const base = slugify(input.title.de) || 'beteiligung';
      const taken = new Set(await repo.slugsStartingWith(trx, base));
      finalSlug = base;
      // Words the routes use themselves are not free.
      for (let n = 2; taken.has(finalSlug) || ['anregungen', 'bestaetigen', 'neu'].includes(finalSlug); n++) finalSlug = `${base}-${n}`;
      id = await repo.insertProcess(trx, { ...row, slug: finalSlug });
    }
    await repo.replacePhases(trx, id, input.phases);
    // Published now for the first time (new, or a draft until now): news for the Vorhaben's followers.
    if (input.published && before?.state !== 'published')
      await notifyFollowers(trx, { projectId: project.id, kind: 'process', link: `/beteiligung/${finalSlug}`, text: input.title.de });
    await recordAudit(trx, actor, {
      action: before ? 'process.update' : 'process.create',
      entityType: 'process',
      entityId: finalSlug!,
      summary: input.title.de,
      before: before && { title: before.title, state: before.state, phases: before.phases },
      after: input,
    });
    await notifyChange(trx);
    return finalSlug!;
  });
}
