// The writes of Vorhaben: inserting and updating rows, relinking municipalities, topics and decisions, the
// change log and version snapshots — for the import and the back office. Lists of any length bind one
// array parameter or go in chunks (PostgreSQL binds at most 65,535 parameters per statement).
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { NewProject } from '../../db/schema.js';
import type { Decision, ProjectInput } from './project.types.js';

/** `= any(array)`: one parameter however many ids, where `in (…)` would hit the parameter limit. */
export const anyId = (ids: number[]) => sql<number>`any(${ids}::int[])`;

export async function insertProjects(db: Db, rows: NewProject[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const inserted = await db.insertInto('projects').values(rows).returning('id').execute();
  return inserted.map((r) => r.id);
}

export async function updateProject(db: Db, id: number, row: Omit<NewProject, 'slug'>): Promise<void> {
  await db
    .updateTable('projects')
    .set({ ...row, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function updateProjectKeepingVersion(db: Db, id: number, row: Omit<NewProject, 'slug'>): Promise<void> {
  await db
    .updateTable('projects')
    .set({ ...row, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export interface ProjectLinks {
  projectId: number;
  municipalityIds: number[];
  topicIds: number[];
  decisions: Decision[];
}

/** Replaces the municipalities, topics and decisions of the given projects, in a few bulk statements. */
export async function replaceLinks(db: Db, links: ProjectLinks[]): Promise<void> {
  if (links.length === 0) return;
  const ids = links.map((l) => l.projectId);
  // One array parameter, however many Vorhaben the file holds (PostgreSQL binds at most 65,535 parameters).
  await db.deleteFrom('project_municipalities').where('project_id', '=', anyId(ids)).execute();
  await db.deleteFrom('project_topics').where('project_id', '=', anyId(ids)).execute();
  // A decision's council paper and hand-typed council address stay with it while its reference (or, without
  // one, its text) and its supplement stay the same: the rows are written afresh, the links are not the
  // editors' to retype. "FA-10/2023" and "FA-10/2023 1. Ergänzung" share a reference but not a paper.
  const councilLinks = await db
    .deleteFrom('decisions')
    .where('project_id', '=', anyId(ids))
    .returning(['project_id', 'reference', 'raw', 'supplement', 'council_paper_id', 'council_web_url'])
    .execute();
  const councilKey = (projectId: number, d: { reference: string | null; raw: string; supplement: string | null }) =>
    `${projectId}|${d.reference ?? d.raw}|${d.supplement ?? ''}`;
  const kept = new Map(
    councilLinks.filter((c) => c.council_paper_id !== null || c.council_web_url !== null).map((c) => [councilKey(c.project_id, c), c]),
  );
  const munis = links.flatMap((l) => l.municipalityIds.map((m, i) => ({ project_id: l.projectId, municipality_id: m, position: i })));
  const topics = links.flatMap((l) => l.topicIds.map((t, i) => ({ project_id: l.projectId, topic_id: t, position: i })));
  const decisions = links.flatMap((l) =>
    l.decisions.map((d, i) => ({
      project_id: l.projectId,
      position: i,
      raw: d.raw,
      reference: d.reference,
      body: d.body,
      body_name: d.bodyName,
      number: d.number,
      year: d.year,
      supplement: d.supplement,
      date: d.date,
      council_paper_id: kept.get(councilKey(l.projectId, d))?.council_paper_id ?? null,
      council_web_url: kept.get(councilKey(l.projectId, d))?.council_web_url ?? null,
    })),
  );
  for (const chunk of chunks(munis, 5000)) await db.insertInto('project_municipalities').values(chunk).execute();
  for (const chunk of chunks(topics, 5000)) await db.insertInto('project_topics').values(chunk).execute();
  for (const chunk of chunks(decisions, 3000)) await db.insertInto('decisions').values(chunk).execute();
}

export async function insertChanges(
  db: Db,
  changes: { project_id: number; version: number; note: string; fields: string[] }[],
): Promise<void> {
  for (const chunk of chunks(changes, 5000)) await db.insertInto('project_changes').values(chunk).execute();
}

export async function insertVersions(
  db: Db,
  versions: { projectId: number; version: number; input: ProjectInput; userId: number | null }[],
): Promise<void> {
  for (let i = 0; i < versions.length; i += 1000) {
    await db
      .insertInto('project_versions')
      .values(
        versions
          .slice(i, i + 1000)
          .map((v) => ({ project_id: v.projectId, version: v.version, document: JSON.stringify(v.input), published_by: v.userId })),
      )
      .onConflict((oc) => oc.columns(['project_id', 'version']).doNothing())
      .execute();
  }
}

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
