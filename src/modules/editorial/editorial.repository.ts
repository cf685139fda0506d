// SQL for the back office's view of Vorhaben: the work list, working copies, published snapshots and
// internal notes. The public tables themselves are written through the projects repository.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DraftState } from '../../db/schema.js';
import type { ProjectInput } from '../projects/index.js';
import { type WorkState, workStates } from './editorial.types.js';

export interface WorkListQuery {
  /** Municipality slugs the list is limited to; null for all. */
  scope: string[] | null;
  q?: string | undefined;
  state?: WorkState | undefined;
  municipality?: string | undefined;
  limit: number;
  offset: number;
}

const workState = sql<WorkState>`case
  when p.publication_state = 'archived' then 'archived'
  when d.state = 'review' then 'review'
  when p.publication_state = 'draft' then 'draft'
  when d.project_id is not null then 'changes'
  else 'published' end`;

export async function listWorkItems(db: Db, query: WorkListQuery) {
  let select = db
    .selectFrom('projects as p')
    .leftJoin('project_drafts as d', 'd.project_id', 'p.id')
    .select([
      'p.id',
      'p.slug',
      'p.title',
      'p.version',
      'p.updated_at',
      'd.updated_at as draft_updated_at',
      workState.as('work_state'),
      sql<string>`coalesce((select string_agg(m.name, ', ' order by pm.position) from project_municipalities pm
        join municipalities m on m.id = pm.municipality_id where pm.project_id = p.id), '')`.as('municipality_names'),
      sql<string>`count(*) over ()`.as('total'),
    ]);
  const inMunicipalities = (slugs: string[]) =>
    sql<boolean>`exists (select 1 from project_municipalities pm join municipalities m on m.id = pm.municipality_id
      where pm.project_id = p.id and m.slug = any(${slugs}::text[]))`;
  if (query.scope) select = select.where(inMunicipalities(query.scope));
  if (query.municipality) select = select.where(inMunicipalities([query.municipality]));
  if (query.state) select = select.where(sql<boolean>`${workState} = ${query.state}`);
  if (query.q) {
    const like = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    select = select.where((eb) => eb.or([eb('p.search_text', 'like', like), eb('p.slug', 'like', like)]));
  }
  const rows = await select
    .orderBy(sql`coalesce(d.updated_at, p.updated_at)`, 'desc')
    .orderBy('p.id', 'desc')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return { total: rows[0] ? Number(rows[0].total) : 0, rows };
}

export async function countByWorkState(db: Db, scope: string[] | null): Promise<Record<WorkState, number>> {
  const rows = await db
    .selectFrom('projects as p')
    .leftJoin('project_drafts as d', 'd.project_id', 'p.id')
    .$if(!!scope, (qb) =>
      qb.where(sql<boolean>`exists (select 1 from project_municipalities pm join municipalities m on m.id = pm.municipality_id
        where pm.project_id = p.id and m.slug = any(${scope}::text[]))`),
    )
    .select([workState.as('s'), sql<string>`count(*)`.as('n')])
    .groupBy(sql`1`)
    .execute();
  const counts = Object.fromEntries(workStates.map((s) => [s, 0])) as Record<WorkState, number>;
  for (const r of rows) counts[r.s] = Number(r.n);
  return counts;
}

/** Locks the Vorhaben's row until the transaction ends, so that two publications cannot interleave. */
export async function lockProject(trx: Db, slug: string): Promise<number | undefined> {
  const row = await trx.selectFrom('projects').select('id').where('slug', '=', slug).forUpdate().executeTakeFirst();
  return row?.id;
}

export interface DraftRecord {
  input: ProjectInput;
  state: DraftState;
  baseVersion: number | null;
  updatedAt: Date;
  updatedBy: string | null;
}

export async function findDraft(db: Db, projectId: number): Promise<DraftRecord | undefined> {
  const row = await db
    .selectFrom('project_drafts as d')
    .leftJoin('users as u', 'u.id', 'd.updated_by')
    .where('d.project_id', '=', projectId)
    .select(['d.document', 'd.state', 'd.base_version', 'd.updated_at', 'u.email'])
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    input: row.document as ProjectInput,
    state: row.state,
    baseVersion: row.base_version,
    updatedAt: row.updated_at,
    updatedBy: row.email,
  };
}

export async function upsertDraft(
  db: Db,
  projectId: number,
  input: ProjectInput,
  baseVersion: number | null,
  userId: number | null,
): Promise<void> {
  await db
    .insertInto('project_drafts')
    .values({ project_id: projectId, document: JSON.stringify(input), base_version: baseVersion, updated_by: userId })
    .onConflict((oc) =>
      oc.column('project_id').doUpdateSet({ document: JSON.stringify(input), updated_by: userId, updated_at: sql`now()` }),
    )
    .execute();
}

export async function setDraftState(db: Db, projectId: number, state: DraftState, userId: number | null): Promise<void> {
  await db
    .updateTable('project_drafts')
    .set({ state, updated_by: userId, updated_at: sql`now()` })
    .where('project_id', '=', projectId)
    .execute();
}

export async function deleteDraft(db: Db, projectId: number): Promise<void> {
  await db.deleteFrom('project_drafts').where('project_id', '=', projectId).execute();
}

export async function listVersions(db: Db, projectId: number) {
  return db
    .selectFrom('project_changes as c')
    .leftJoin('project_versions as v', (j) => j.onRef('v.project_id', '=', 'c.project_id').onRef('v.version', '=', 'c.version'))
    .leftJoin('users as u', 'u.id', 'v.published_by')
    .where('c.project_id', '=', projectId)
    .select([
      'c.version',
      'c.changed_at',
      'c.note',
      'c.fields',
      sql<boolean>`v.id is not null`.as('has_snapshot'),
      'u.email as published_by',
    ])
    .orderBy('c.version', 'desc')
    .execute();
}

export async function findVersion(db: Db, projectId: number, version: number): Promise<ProjectInput | undefined> {
  const row = await db
    .selectFrom('project_versions')
    .where('project_id', '=', projectId)
    .where('version', '=', version)
    .select('document')
    .executeTakeFirst();
  return row?.document as ProjectInput | undefined;
}

export async function insertNote(db: Db, projectId: number, authorId: number | null, body: string): Promise<number> {
  const row = await db
    .insertInto('project_notes')
    .values({ project_id: projectId, author_id: authorId, body })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listNotes(db: Db, projectId: number) {
  return db
    .selectFrom('project_notes as n')
    .leftJoin('users as u', 'u.id', 'n.author_id')
    .where('n.project_id', '=', projectId)
    .select(['n.id', 'n.body', 'n.created_at', 'u.email as author', 'u.display_name as author_name'])
    .orderBy('n.created_at', 'desc')
    .execute();
}
