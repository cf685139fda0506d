// SQL for participation processes and their phases. A process is read together with its phases and the
// slugs of its Vorhaben's municipalities (who may moderate it), in one query.
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db } from '../../db/database.js';
import type { PhaseKind } from '../../db/schema.js';

function processes(db: Db) {
  return db
    .selectFrom('participation_processes as pp')
    .innerJoin('projects as p', 'p.id', 'pp.project_id')
    .selectAll('pp')
    .select(['p.slug as project_slug', 'p.title as project_title'])
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('process_phases as ph')
          .whereRef('ph.process_id', '=', 'pp.id')
          .select(['ph.kind', 'ph.starts_on as startsOn', 'ph.ends_on as endsOn'])
          .orderBy('ph.position'),
      ).as('phases'),
      jsonArrayFrom(
        eb
          .selectFrom('project_municipalities as pm')
          .innerJoin('municipalities as m', 'm.id', 'pm.municipality_id')
          .whereRef('pm.project_id', '=', 'pp.project_id')
          .select('m.slug'),
      ).as('municipalities'),
    ]);
}

/** A process as its query returns it: the row with its Vorhaben's slug and title, its phases and municipalities. */
export type ProcessRecord = Awaited<ReturnType<ReturnType<typeof processes>['executeTakeFirstOrThrow']>>;

/** Published processes of published Vorhaben (of one Vorhaben, given its id), newest first. */
export async function publishedProcesses(db: Db, projectId?: number): Promise<ProcessRecord[]> {
  let q = processes(db).where('pp.state', '=', 'published').where('p.publication_state', '=', 'published');
  if (projectId !== undefined) q = q.where('pp.project_id', '=', projectId);
  return q.orderBy('pp.created_at', 'desc').limit(500).execute();
}

export async function findPublishedProcess(db: Db, slug: string): Promise<ProcessRecord | undefined> {
  return processes(db)
    .where('pp.slug', '=', slug)
    .where('pp.state', '=', 'published')
    .where('p.publication_state', '=', 'published')
    .executeTakeFirst();
}

/** Every process, drafts too, most recently changed first. */
export async function allProcesses(db: Db): Promise<ProcessRecord[]> {
  return processes(db).orderBy('pp.updated_at', 'desc').limit(500).execute();
}

export async function findProcess(db: Db, slug: string): Promise<ProcessRecord | undefined> {
  return processes(db).where('pp.slug', '=', slug).executeTakeFirst();
}

/** The process's events that are not drafts, in time order. */
export async function eventsOfProcess(db: Db, processId: number) {
  return db
    .selectFrom('events')
    .select(['slug', 'title', 'starts_at', 'state'])
    .where('process_id', '=', processId)
    .where('state', '<>', 'draft')
    .orderBy('starts_at')
    .execute();
}

export async function findPublishedProject(db: Db, slug: string) {
  return db
    .selectFrom('projects')
    .select(['id', 'slug'])
    .where('slug', '=', slug)
    .where('publication_state', '=', 'published')
    .executeTakeFirst();
}

/** The columns of a process the editor writes; texts as JSON. */
export interface ProcessRow {
  project_id: number;
  title: string;
  description: string;
  results: string;
  state: 'draft' | 'published';
}

export async function updateProcess(db: Db, id: number, row: ProcessRow): Promise<void> {
  await db
    .updateTable('participation_processes')
    .set({ ...row, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** Serialises the creation of processes until the transaction ends, so that two cannot take one slug. */
export async function lockProcessSlugs(db: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('lotse.processes.slug'))`.execute(db);
}

/** The slugs in use that start with `base`. */
export async function slugsStartingWith(db: Db, base: string): Promise<string[]> {
  return (await db.selectFrom('participation_processes').select('slug').where('slug', 'like', `${base}%`).execute()).map((r) => r.slug);
}

export async function insertProcess(db: Db, row: ProcessRow & { slug: string }): Promise<number> {
  return (await db.insertInto('participation_processes').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Replaces the process's phases with `phases`, in this order. */
export async function replacePhases(
  db: Db,
  processId: number,
  phases: { kind: PhaseKind; startsOn: string; endsOn: string }[],
): Promise<void> {
  await db.deleteFrom('process_phases').where('process_id', '=', processId).execute();
  if (phases.length)
    await db
      .insertInto('process_phases')
      .values(phases.map((ph, i) => ({ process_id: processId, kind: ph.kind, starts_on: ph.startsOn, ends_on: ph.endsOn, position: i })))
      .execute();
}
