// All SQL about Vorhaben: reading pages of the register, single projects, API pages, and the writes of
// the import. Functions take `db` (or a transaction) so that the service decides the transaction.
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db } from '../../db/database.js';
import type { Database, ProjectRow, PublicationState } from '../../db/schema.js';
import { rowToProject } from './project.mapper.js';
import { infixStems, MATCH_END, MATCH_START, markInfixMatches } from '../../lib/search-highlight.js';
import type { Project, ProjectFilters } from './project.types.js';
import { anyId } from './projects.writes.repository.js';

// The writes live in projects.writes.repository.ts; callers reach both through this file.
export * from './projects.writes.repository.js';

type Eb = ExpressionBuilder<Database, 'projects'>;

export { MATCH_END, MATCH_START } from '../../lib/search-highlight.js';

const tsQuery = (q: string) => sql`websearch_to_tsquery('german', ${q})`;

/** The query's German word stems (stop words dropped), as the full-text search sees them. */
export async function queryStems(db: Db, q: string): Promise<string[]> {
  // Search syntax (quotes, "-" for not, "or") makes the words mean something else: no infix search then.
  if (/"|(^|\s)-|\bor\b/i.test(q)) return [];
  const row = await sql<{ stems: string[] }>`select tsvector_to_array(to_tsvector('german', ${q})) as stems`.execute(db);
  return infixStems(row.rows[0]?.stems ?? []);
}

export type Filters = ProjectFilters & { states: readonly PublicationState[]; stems?: string[] | undefined };

export function filterConditions(eb: Eb, f: Filters): Expression<SqlBool> {
  const conds: Expression<SqlBool>[] = [eb('projects.publication_state', 'in', f.states)];
  if (f.q) {
    const fullText = sql<SqlBool>`projects.search @@ ${tsQuery(f.q)}`;
    // Every stem inside some word of title or description: finds compounds ("Bodensensoren" for "Sensoren").
    const infix = (f.stems ?? []).map((stem) => eb('projects.search_text', 'like', `%${stem}%`));
    conds.push(infix.length ? eb.or([fullText, eb.and(infix)]) : fullText);
  }
  if (f.status) conds.push(eb('projects.status', '=', f.status));
  if (f.plainLanguage) conds.push(eb('projects.summary_plain', 'is not', null));
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
  if (f.place) conds.push(eb.exists(inPlace(eb, f.place)));
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

/** Vorhaben linked to the place, or to a municipality of the Amt the place is. */
function inPlace(eb: Eb, place: string) {
  return eb
    .selectFrom('project_localities as plo')
    .innerJoin('localities as l', 'l.id', 'plo.locality_id')
    .leftJoin('localities as amt', 'amt.id', 'l.parent_id')
    .whereRef('plo.project_id', '=', 'projects.id')
    .where((w) => w.or([w('l.slug', '=', place), w('amt.slug', '=', place)]))
    .select(sql`1`.as('one'));
}

export interface RegisterHit {
  project: Project;
  titleHeadline: string | null;
  descriptionHeadline: string | null;
}

/**
 * One page of the public register, ranked by relevance when searching, else newest first: one query
 * for the page's ids and the total (a window count), one for those projects with their relations.
 */
export async function searchRegister(
  db: Db,
  filters: ProjectFilters,
  page: { limit: number; offset: number },
): Promise<{ total: number; hits: RegisterHit[] }> {
  const stems = filters.q ? await queryStems(db, filters.q) : [];
  const where = (eb: Eb) => filterConditions(eb, { ...filters, states: ['published'], stems });
  const idRows = await db
    .selectFrom('projects')
    .where(where)
    .select(['projects.id', sql<string>`count(*) over ()`.as('total')])
    .$if(!!filters.q, (qb) => qb.orderBy(sql`ts_rank_cd(projects.search, ${tsQuery(filters.q ?? '')})`, 'desc'))
    .orderBy('projects.added_on', 'desc')
    .orderBy('projects.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  if (idRows.length === 0) {
    // Past the last page the window count has no row to ride on.
    const count =
      page.offset > 0
        ? await db
            .selectFrom('projects')
            .where(where)
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        : { n: '0' };
    return { total: Number(count.n), hits: [] };
  }
  const ids = idRows.map((r) => r.id);
  const total = Number(idRows[0]!.total);
  // Headlines only for the rows on this page: ts_headline reads the whole document and is costly.
  const opts = `StartSel=${MATCH_START}, StopSel=${MATCH_END}`;
  const q = filters.q ?? '';
  const rows = await projectsWithRelations(db)
    .where('projects.id', '=', anyId(ids))
    .select([
      filters.q
        ? sql<string>`ts_headline('german', title->>'de', ${tsQuery(q)}, ${`${opts}, HighlightAll=true`})`.as('th')
        : sql<null>`null`.as('th'),
      filters.q
        ? sql<string>`ts_headline('german', coalesce(description->>'de', ''), ${tsQuery(q)}, ${`${opts}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`})`.as(
            'dh',
          )
        : sql<null>`null`.as('dh'),
    ])
    .execute();
  const mark = (text: string | null) => text && markInfixMatches(text, stems);
  const byId = new Map(
    rows.map(({ th, dh, ...row }) => [row.id, { project: toProject(row), titleHeadline: mark(th), descriptionHeadline: mark(dh) }]),
  );
  return { total, hits: ids.map((id) => byId.get(id)!).filter(Boolean) };
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
export async function listApiPage(db: Db, req: ApiPageRequest): Promise<Project[]> {
  const states: PublicationState[] = req.changedSince ? ['published', 'archived'] : ['published'];
  const stems = req.filters.q ? await queryStems(db, req.filters.q) : [];
  let query = projectsWithRelations(db).where((eb) => filterConditions(eb, { ...req.filters, states, stems }));
  if (req.changedSince) {
    query = query.where('projects.updated_at', '>=', req.changedSince);
    if (req.after?.updatedAt) {
      const at = req.after.updatedAt;
      const id = req.after.id;
      query = query.where((eb) =>
        eb.or([
          eb('projects.updated_at', '>', sql<Date>`${at}::timestamptz`),
          eb.and([eb('projects.updated_at', '=', sql<Date>`${at}::timestamptz`), eb('projects.id', '>', id)]),
        ]),
      );
    }
    query = query.orderBy('projects.updated_at').orderBy('projects.id');
  } else {
    if (req.after) query = query.where('projects.id', '>', req.after.id);
    query = query.orderBy('projects.id');
  }
  return (await query.limit(req.limit).execute()).map(toProject);
}

/** The published Vorhaben matching the register's filters that changed last, newest change first (the feeds). */
export async function recentlyChanged(db: Db, filters: ProjectFilters, limit: number): Promise<Project[]> {
  const stems = filters.q ? await queryStems(db, filters.q) : [];
  return (
    await projectsWithRelations(db)
      .where((eb) => filterConditions(eb, { ...filters, states: ['published'], stems }))
      .orderBy('projects.updated_at', 'desc')
      .orderBy('projects.id', 'desc')
      .limit(limit)
      .execute()
  ).map(toProject);
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

/**
 * Projects with their municipalities, topics, decisions and change log, in one query: related rows come
 * as JSON arrays from correlated subqueries, so a page costs one round trip however many projects it shows.
 */
// Named columns, not `projects.*`: the search columns are large and only ever read inside PostgreSQL.
const projectColumns = [
  'id',
  'slug',
  'title',
  'description',
  'goals',
  'status',
  'status_text',
  'next_steps',
  'expected_duration',
  'decisions_text',
  'costs_text',
  'costs_amount_cents',
  'costs_currency',
  'costs_approximate',
  'participation_formal',
  'participation_informal',
  'participation_text',
  'location_lat',
  'location_lng',
  'location_address',
  'contact',
  'links',
  'further_info',
  'summary_plain',
  'start_date',
  'end_date',
  'added_on',
  'publication_state',
  'version',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof ProjectRow)[];

function projectsWithRelations(db: Db) {
  return db
    .selectFrom('projects')
    .select(projectColumns.map((c) => `projects.${c}` as const))
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('project_municipalities as pm')
          .innerJoin('municipalities as m', 'm.id', 'pm.municipality_id')
          .whereRef('pm.project_id', '=', 'projects.id')
          .select(['m.slug', 'm.name'])
          .orderBy('pm.position'),
      ).as('rel_municipalities'),
      jsonArrayFrom(
        eb
          .selectFrom('project_topics as pt')
          .innerJoin('topics as t', 't.id', 'pt.topic_id')
          .whereRef('pt.project_id', '=', 'projects.id')
          .select(['t.slug', 't.name'])
          .orderBy('pt.position'),
      ).as('rel_topics'),
      jsonArrayFrom(
        eb
          .selectFrom('decisions as d')
          .whereRef('d.project_id', '=', 'projects.id')
          .select(['d.id', 'd.raw', 'd.reference', 'd.body', 'd.body_name as bodyName', 'd.number', 'd.year', 'd.supplement', 'd.date'])
          .orderBy('d.position'),
      ).as('rel_decisions'),
      jsonArrayFrom(
        eb
          .selectFrom('project_places as pl')
          .whereRef('pl.project_id', '=', 'projects.id')
          .select(['pl.id', 'pl.label', 'pl.geometry'])
          .orderBy('pl.position'),
      ).as('rel_places'),
      jsonArrayFrom(
        eb
          .selectFrom('project_localities as plo')
          .innerJoin('localities as l', 'l.id', 'plo.locality_id')
          .whereRef('plo.project_id', '=', 'projects.id')
          .select(['l.slug', 'l.name', 'l.kind', 'l.ars', 'l.municipality_slug as municipality'])
          .orderBy('l.name'),
      ).as('rel_localities'),
      jsonArrayFrom(
        eb
          .selectFrom('project_changes as c')
          .whereRef('c.project_id', '=', 'projects.id')
          .select(['c.version', 'c.changed_at', 'c.note', 'c.fields'])
          .orderBy('c.version', 'desc'),
      ).as('rel_changes'),
    ]);
}

type HydratedRow = Awaited<ReturnType<ReturnType<typeof projectsWithRelations>['executeTakeFirstOrThrow']>>;

function toProject(row: HydratedRow): Project {
  const { rel_municipalities, rel_topics, rel_decisions, rel_changes, rel_places, rel_localities, ...columns } = row;
  return rowToProject(columns, {
    municipalities: rel_municipalities,
    topics: rel_topics,
    decisions: rel_decisions,
    places: rel_places,
    localities: rel_localities,
    changes: rel_changes.map((c) => ({ version: c.version, changedAt: new Date(c.changed_at), note: c.note, fields: c.fields })),
  });
}

export async function findBySlug(db: Db, slug: string): Promise<Project | undefined> {
  const row = await projectsWithRelations(db).where('projects.slug', '=', slug).executeTakeFirst();
  return row && toProject(row);
}

/** Vorhaben by id, in no particular order (the caller orders them). */
export async function projectsByIds(db: Db, ids: number[]): Promise<Project[]> {
  if (ids.length === 0) return [];
  return (await projectsWithRelations(db).where('projects.id', '=', anyId(ids)).execute()).map(toProject);
}

export async function newestPublished(db: Db, limit: number): Promise<Project[]> {
  const rows = await projectsWithRelations(db)
    .where('publication_state', '=', 'published')
    .orderBy('added_on', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toProject);
}

export async function countPublished(db: Db): Promise<number> {
  const row = await db
    .selectFrom('projects')
    .where('publication_state', '=', 'published')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function allProjects(db: Db): Promise<Project[]> {
  return (await projectsWithRelations(db).orderBy('projects.id').execute()).map(toProject);
}

/** Every Vorhaben in id order, a page at a time: an export of any size holds one page in memory. */
export async function* projectsInPages(db: Db, states: readonly PublicationState[], size = 500): AsyncGenerator<Project[]> {
  for (let after = 0; ;) {
    const rows = await projectsWithRelations(db)
      .where('projects.publication_state', 'in', states)
      .where('projects.id', '>', after)
      .orderBy('projects.id')
      .limit(size)
      .execute();
    if (rows.length) yield rows.map(toProject);
    if (rows.length < size) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** Of these Vorhaben, the published ones the register's filters find (alerts match changes with it). */
export async function publishedMatching(db: Db, filters: ProjectFilters, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const stems = filters.q ? await queryStems(db, filters.q) : [];
  const rows = await db
    .selectFrom('projects')
    .where('projects.id', '=', anyId(ids))
    .where((eb) => filterConditions(eb, { ...filters, states: ['published'], stems }))
    .select('projects.id')
    .execute();
  return rows.map((r) => r.id);
}
