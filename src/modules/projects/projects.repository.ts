// All SQL about Vorhaben: reading pages of the register, single projects, API pages, and the writes of
// the import. Functions take `db` (or a transaction) so that the service decides the transaction.
import { type Expression, type SqlBool, sql, type ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Database, NewProject, ProjectRow, PublicationState } from '../../db/schema.js';
import { type ProjectRelations, rowToProject } from './project.mapper.js';
import type { Decision, Project, ProjectFilters } from './project.types.js';

type Eb = ExpressionBuilder<Database, 'projects'>;

/** Markers that ts_headline puts around matches; control characters cannot occur in our texts. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

const tsQuery = (q: string) => sql`websearch_to_tsquery('german', ${q})`;

function filterConditions(eb: Eb, f: ProjectFilters & { states: readonly PublicationState[] }): Expression<SqlBool> {
  const conds: Expression<SqlBool>[] = [eb('projects.publication_state', 'in', f.states)];
  if (f.q) conds.push(sql<SqlBool>`projects.search @@ ${tsQuery(f.q)}`);
  if (f.status) conds.push(eb('projects.status', '=', f.status));
  if (f.participation === 'formal') conds.push(eb('projects.participation_formal', '=', true));
  if (f.participation === 'informal') conds.push(eb('projects.participation_informal', '=', true));
  if (f.participation === 'none')
    conds.push(eb.and([eb('projects.participation_formal', '=', false), eb('projects.participation_informal', '=', false)]));
  if (f.municipality)
    conds.push(
      eb.exists(
        eb
          .selectFrom('project_municipalities as pm')
          .innerJoin('municipalities as m', 'm.id', 'pm.municipality_id')
          .whereRef('pm.project_id', '=', 'projects.id')
          .where('m.slug', '=', f.municipality)
          .select(sql`1`.as('one')),
      ),
    );
  if (f.topic)
    conds.push(
      eb.exists(
        eb
          .selectFrom('project_topics as pt')
          .innerJoin('topics as t', 't.id', 'pt.topic_id')
          .whereRef('pt.project_id', '=', 'projects.id')
          .where('t.slug', '=', f.topic)
          .select(sql`1`.as('one')),
      ),
    );
  return eb.and(conds);
}

export interface RegisterHit {
  id: number;
  titleHeadline: string | null;
  descriptionHeadline: string | null;
}

/** One page of the public register, ranked by relevance when searching, else newest first. */
export async function searchRegister(
  db: Db,
  filters: ProjectFilters,
  page: { limit: number; offset: number },
): Promise<{ total: number; hits: RegisterHit[] }> {
  const where = (eb: Eb) => filterConditions(eb, { ...filters, states: ['published'] });
  const [countRow, idRows] = await Promise.all([
    db.selectFrom('projects').where(where).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    db
      .selectFrom('projects')
      .where(where)
      .select('projects.id')
      .$if(!!filters.q, (qb) => qb.orderBy(sql`ts_rank_cd(projects.search, ${tsQuery(filters.q ?? '')})`, 'desc'))
      .orderBy('projects.added_on', 'desc')
      .orderBy('projects.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
  ]);
  const ids = idRows.map((r) => r.id);
  if (!filters.q || ids.length === 0) {
    return { total: Number(countRow.n), hits: ids.map((id) => ({ id, titleHeadline: null, descriptionHeadline: null })) };
  }
  // Headlines only for the rows on this page: ts_headline reads the whole document and is costly.
  const opts = `StartSel=${MATCH_START}, StopSel=${MATCH_END}`;
  const rows = await db
    .selectFrom('projects')
    .where('id', 'in', ids)
    .select([
      'id',
      sql<string>`ts_headline('german', title->>'de', ${tsQuery(filters.q)}, ${`${opts}, HighlightAll=true`})`.as('th'),
      sql<string>`ts_headline('german', coalesce(description->>'de', ''), ${tsQuery(filters.q)},
        ${`${opts}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`})`.as('dh'),
    ])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    total: Number(countRow.n),
    hits: ids.map((id) => ({ id, titleHeadline: byId.get(id)?.th ?? null, descriptionHeadline: byId.get(id)?.dh ?? null })),
  };
}

export interface ApiPageRequest {
  filters: ProjectFilters;
  changedSince: Date | undefined;
  after: { id: number; updatedAt?: string } | undefined;
  limit: number;
}

/**
 * A page of the API list with keyset pagination: by id, or by (updated_at, id) when syncing with
 * changed_since, so that a client that pages while data changes misses nothing. Search orders by id
 * as well; relevance ranking is for people, the API is for complete copies.
 */
export async function listApiPage(db: Db, req: ApiPageRequest): Promise<ProjectRow[]> {
  const states: PublicationState[] = req.changedSince ? ['published', 'archived'] : ['published'];
  let query = db
    .selectFrom('projects')
    .selectAll('projects')
    .where((eb) => filterConditions(eb, { ...req.filters, states }));
  if (req.changedSince) {
    query = query.where('projects.updated_at', '>=', req.changedSince);
    if (req.after?.updatedAt) {
      const at = req.after.updatedAt;
      const id = req.after.id;
      query = query.where((eb) =>
        eb.or([eb('projects.updated_at', '>', sql<Date>`${at}::timestamptz`), eb.and([eb('projects.updated_at', '=', sql<Date>`${at}::timestamptz`), eb('projects.id', '>', id)])]),
      );
    }
    query = query.orderBy('projects.updated_at').orderBy('projects.id');
  } else {
    if (req.after) query = query.where('projects.id', '>', req.after.id);
    query = query.orderBy('projects.id');
  }
  return query.limit(req.limit).execute();
}

/** The exact updated_at of rows as text with microseconds, for cursors (a JS Date keeps only ms). */
export async function updatedAtText(db: Db, id: number): Promise<string> {
  const row = await db
    .selectFrom('projects')
    .where('id', '=', id)
    .select(sql<string>`to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('u'))
    .executeTakeFirstOrThrow();
  return row.u;
}

export async function findRowsByIds(db: Db, ids: number[]): Promise<ProjectRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('projects').selectAll().where('id', 'in', ids).execute();
}

export async function findRowBySlug(db: Db, slug: string): Promise<ProjectRow | undefined> {
  return db.selectFrom('projects').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function newestPublished(db: Db, limit: number): Promise<ProjectRow[]> {
  return db
    .selectFrom('projects')
    .selectAll()
    .where('publication_state', '=', 'published')
    .orderBy('added_on', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function countPublished(db: Db): Promise<number> {
  const row = await db
    .selectFrom('projects')
    .where('publication_state', '=', 'published')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function allRows(db: Db): Promise<ProjectRow[]> {
  return db.selectFrom('projects').selectAll().orderBy('id').execute();
}

/** `= any(array)`: one parameter however many ids, where `in (…)` would hit the parameter limit. */
const anyId = (ids: number[]) => sql<number>`any(${ids}::int[])`;

/** Municipalities, topics, decisions and change log of many projects in four queries. */
export async function loadRelations(db: Db, ids: number[], withChanges = true): Promise<Map<number, ProjectRelations>> {
  const rel = new Map<number, ProjectRelations>(ids.map((id) => [id, { municipalities: [], topics: [], decisions: [], changes: [] }]));
  if (ids.length === 0) return rel;
  const [munis, topics, decisions, changes] = await Promise.all([
    db
      .selectFrom('project_municipalities as pm')
      .innerJoin('municipalities as m', 'm.id', 'pm.municipality_id')
      .where('pm.project_id', '=', anyId(ids))
      .select(['pm.project_id', 'm.slug', 'm.name'])
      .orderBy('pm.project_id')
      .orderBy('pm.position')
      .execute(),
    db
      .selectFrom('project_topics as pt')
      .innerJoin('topics as t', 't.id', 'pt.topic_id')
      .where('pt.project_id', '=', anyId(ids))
      .select(['pt.project_id', 't.slug', 't.name'])
      .orderBy('pt.project_id')
      .orderBy('pt.position')
      .execute(),
    db.selectFrom('decisions').selectAll().where('project_id', '=', anyId(ids)).orderBy('project_id').orderBy('position').execute(),
    withChanges
      ? db.selectFrom('project_changes').selectAll().where('project_id', '=', anyId(ids)).orderBy('project_id').orderBy('version', 'desc').execute()
      : Promise.resolve([]),
  ]);
  for (const m of munis) rel.get(m.project_id)!.municipalities.push({ slug: m.slug, name: m.name });
  for (const t of topics) rel.get(t.project_id)!.topics.push({ slug: t.slug, name: t.name });
  for (const d of decisions)
    rel.get(d.project_id)!.decisions.push({
      raw: d.raw,
      reference: d.reference,
      body: d.body,
      bodyName: d.body_name,
      number: d.number,
      year: d.year,
      supplement: d.supplement,
      date: d.date,
    });
  for (const c of changes)
    rel.get(c.project_id)!.changes.push({ version: c.version, changedAt: c.changed_at, note: c.note, fields: c.fields });
  return rel;
}

export async function hydrate(db: Db, rows: ProjectRow[], withChanges = true): Promise<Project[]> {
  const rel = await loadRelations(db, rows.map((r) => r.id), withChanges);
  return rows.map((r) => rowToProject(r, rel.get(r.id)!));
}

// ---- writes (the import) ----

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
  await db.deleteFrom('project_municipalities').where('project_id', 'in', ids).execute();
  await db.deleteFrom('project_topics').where('project_id', 'in', ids).execute();
  await db.deleteFrom('decisions').where('project_id', 'in', ids).execute();
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

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
