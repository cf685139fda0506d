// Participation processes: attached to a Vorhaben, with dated phases (information, ideas, comments,
// prioritising, results) and a published results text. The public sees published processes; staff who
// may moderate the Vorhaben's participation create and edit them.
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
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

function processes(db: Db) {
  return db
    .selectFrom('participation_processes as pp')
    .innerJoin('projects as p', 'p.id', 'pp.project_id')
    .selectAll('pp')
    .select(['p.slug as project_slug', 'p.title as project_title'])
    .select((eb) => [
      jsonArrayFrom(eb.selectFrom('process_phases as ph').whereRef('ph.process_id', '=', 'pp.id').select(['ph.kind', 'ph.starts_on as startsOn', 'ph.ends_on as endsOn']).orderBy('ph.position')).as('phases'),
      jsonArrayFrom(
        eb.selectFrom('project_municipalities as pm').innerJoin('municipalities as m', 'm.id', 'pm.municipality_id').whereRef('pm.project_id', '=', 'pp.project_id').select('m.slug'),
      ).as('municipalities'),
    ]);
}

export type ProcessView = Awaited<ReturnType<ReturnType<typeof processes>['executeTakeFirstOrThrow']>>;

/** The phase running today (Berlin calendar day), if any. */
export function currentPhase(p: Pick<ProcessView, 'phases'>, today: string): Phase | null {
  return (p.phases as Phase[]).find((ph) => ph.startsOn <= today && today <= ph.endsOn) ?? null;
}

export async function publicProcesses(db: Db, projectId?: number): Promise<ProcessView[]> {
  let q = processes(db).where('pp.state', '=', 'published').where('p.publication_state', '=', 'published');
  if (projectId !== undefined) q = q.where('pp.project_id', '=', projectId);
  return q.orderBy('pp.created_at', 'desc').limit(500).execute();
}

export async function publicProcess(db: Db, slug: string): Promise<ProcessView> {
  const p = await processes(db).where('pp.slug', '=', slug).where('pp.state', '=', 'published').where('p.publication_state', '=', 'published').executeTakeFirst();
  if (!p) throw notFound('process');
  return p;
}

export async function processEvents(db: Db, processId: number) {
  return db.selectFrom('events').select(['slug', 'title', 'starts_at', 'state']).where('process_id', '=', processId).where('state', '<>', 'draft').orderBy('starts_at').execute();
}

export async function staffProcesses(db: Db, actor: Actor): Promise<ProcessView[]> {
  const all = await processes(db).orderBy('pp.updated_at', 'desc').limit(500).execute();
  return all.filter((p) => mayModerate(actor, (p.municipalities as { slug: string }[]).map((m) => m.slug)));
}

export async function staffProcess(db: Db, actor: Actor, slug: string): Promise<ProcessView> {
  const p = await processes(db).where('pp.slug', '=', slug).executeTakeFirst();
  if (!p) throw notFound('process');
  if (!mayModerate(actor, (p.municipalities as { slug: string }[]).map((m) => m.slug))) throw forbidden();
  return p;
}

async function projectFor(db: Db, actor: Actor, slug: string) {
  const project = await db.selectFrom('projects').select(['id', 'slug']).where('slug', '=', slug).where('publication_state', '=', 'published').executeTakeFirst();
  if (!project) throw new AppError(400, 'unknown_project', 'events.error.project');
  const municipalities = await db.selectFrom('project_municipalities as pm').innerJoin('municipalities as m', 'm.id', 'pm.municipality_id').where('pm.project_id', '=', project.id).select('m.slug').execute();
  if (!mayModerate(actor, municipalities.map((m) => m.slug))) throw forbidden();
  return project;
}

async function writePhases(trx: Db, processId: number, phases: Phase[]): Promise<void> {
  await trx.deleteFrom('process_phases').where('process_id', '=', processId).execute();
  if (phases.length)
    await trx.insertInto('process_phases').values(phases.map((ph, i) => ({ process_id: processId, kind: ph.kind, starts_on: ph.startsOn, ends_on: ph.endsOn, position: i }))).execute();
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
      await trx.updateTable('participation_processes').set({ ...row, updated_at: sql`now()` }).where('id', '=', id).execute();
    } else {
      await sql`select pg_advisory_xact_lock(hashtext('lotse.processes.slug'))`.execute(trx);
      const base = slugify(input.title.de) || 'beteiligung';
      const taken = new Set((await trx.selectFrom('participation_processes').select('slug').where('slug', 'like', `${base}%`).execute()).map((r) => r.slug));
      finalSlug = base;
      // Words the routes use themselves are not free.
      for (let n = 2; taken.has(finalSlug) || ['anregungen', 'bestaetigen', 'neu'].includes(finalSlug); n++) finalSlug = `${base}-${n}`;
      id = (await trx.insertInto('participation_processes').values({ ...row, slug: finalSlug }).returning('id').executeTakeFirstOrThrow()).id;
    }
    await writePhases(trx, id, input.phases);
    // Published now for the first time (new, or a draft until now): news for the Vorhaben's followers.
    if (input.published && before?.state !== 'published')
      await notifyFollowers(trx, { projectId: project.id, kind: 'process', link: `/beteiligung/${finalSlug}`, text: input.title.de });
    await recordAudit(trx, actor, { action: before ? 'process.update' : 'process.create', entityType: 'process', entityId: finalSlug!, summary: input.title.de, before: before && { title: before.title, state: before.state, phases: before.phases }, after: input });
    await notifyChange(trx);
    return finalSlug!;
  });
}
