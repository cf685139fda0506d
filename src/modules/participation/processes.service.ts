// Participation processes: attached to a Vorhaben, with dated phases (information, ideas, comments,
// prioritising, results) and a published results text. The public sees published processes; staff who
// may moderate the Vorhaben's participation create and edit them.
import { notifyChange } from '../../db/change-notifier.js';
import type { Db } from '../../db/database.js';
import type { PhaseKind } from '../../db/schema.js';
import { AppError, forbidden, notFound } from '../../lib/errors.js';
import type { LocalizedText } from '../../lib/localized.js';
import { slugify } from '../../lib/slug.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../audit/index.js';
import { mayModerate } from '../../platform/contribution-roles.js';
import { notifyFollowers } from '../notifications/index.js';
import { projectMunicipalitySlugs } from './participation.repository.js';
import * as repo from './processes.repository.js';
import type { ProcessView } from './processes.repository.js';

export type { ProcessView } from './processes.repository.js';

export interface Phase {
  kind: PhaseKind;
  startsOn: string;
  endsOn: string;
}

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
  return (p.phases as Phase[]).find((ph) => ph.startsOn <= today && today <= ph.endsOn) ?? null;
}

export async function publicProcesses(db: Db, projectId?: number): Promise<ProcessView[]> {
  return repo.publishedProcesses(db, projectId);
}

export async function publicProcess(db: Db, slug: string): Promise<ProcessView> {
  const p = await repo.findPublishedProcess(db, slug);
  if (!p) throw notFound('process');
  return p;
}

export async function processEvents(db: Db, processId: number) {
  return repo.eventsOfProcess(db, processId);
}

export async function staffProcesses(db: Db, actor: Actor): Promise<ProcessView[]> {
  const all = await repo.allProcesses(db);
  return all.filter((p) =>
    mayModerate(
      actor,
      (p.municipalities as { slug: string }[]).map((m) => m.slug),
    ),
  );
}

export async function staffProcess(db: Db, actor: Actor, slug: string): Promise<ProcessView> {
  const p = await repo.findProcess(db, slug);
  if (!p) throw notFound('process');
  if (
    !mayModerate(
      actor,
      (p.municipalities as { slug: string }[]).map((m) => m.slug),
    )
  )
    throw forbidden();
  return p;
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
