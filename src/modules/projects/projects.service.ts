// Use cases of the public register: a page of the register, one Vorhaben, the newest entries, the
// API list with cursors, and everything for export. Other modules call these, never the repository.
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { allMunicipalities } from '../municipalities/index.js';
import { allTopics } from '../topics/index.js';
import { AppError, forbidden, notFound } from '../../lib/errors.js';
import type { Locale } from '../../lib/localized.js';
import type { Project, ProjectFilters } from './project.types.js';
import { decisionCouncil, type DecisionCouncil } from '../council/index.js';
import { presentProject, presentSuggestion } from './projects.presenter.js';
import * as repo from './projects.repository.js';
import { allLocalities, localityCounts } from './localities.repository.js';
import { matchingIds, placesOfProjects } from './project-map.repository.js';
import { presentFeatureCollection } from './projects.geojson.js';
import { decodeCursor, nextPageUrl } from '../../platform/api-cursor.js';
import { markAll, passages } from './search/highlight.js';
import type { FacetCounts } from './search/register-index.js';
import type { RegisterSearch } from './search/register-search.js';
import { suggestByTitle } from './search/suggestions.repository.js';
import {
  type ApiFeatureCollection,
  type ApiLocalityList,
  type ApiProject,
  type ApiSuggestions,
  SUGGESTION_LIMIT,
} from './projects.schemas.js';
import { lenientFilters } from './register-query.js';

export const REGISTER_PAGE_SIZE = 20;

export interface UnknownFilterValue {
  field: 'municipality' | 'topic' | 'place';
  value: string;
  allowed: string[];
}

/** The municipalities and topics one can filter by: the register's select boxes and the filter check. */
export async function filterOptions(db: Db, search: RegisterSearch | null = null) {
  const load = async () => {
    const [municipalities, topics, places] = await Promise.all([allMunicipalities(db), allTopics(db), allLocalities(db)]);
    return { municipalities, topics, places };
  };
  return search ? search.remember('filterOptions', load) : load();
}

/** Municipality, topic and place filters that name nothing that exists. */
export function unknownFilterValues(filters: ProjectFilters, options: Awaited<ReturnType<typeof filterOptions>>): UnknownFilterValue[] {
  const unknown: UnknownFilterValue[] = [];
  const municipalities = options.municipalities.map((m) => m.slug);
  const topics = options.topics.map((t) => t.slug);
  if (filters.municipality && !municipalities.includes(filters.municipality))
    unknown.push({ field: 'municipality', value: filters.municipality, allowed: municipalities });
  if (filters.topic && !topics.includes(filters.topic)) unknown.push({ field: 'topic', value: filters.topic, allowed: topics });
  // Too many to list in full: the error names where to find them.
  if (filters.place && !options.places.some((p) => p.slug === filters.place))
    unknown.push({ field: 'place', value: filters.place, allowed: ['/api/v1/places'] });
  return unknown;
}

export type RegisterItem = repo.RegisterHit;

export interface RegisterResult {
  total: number;
  page: number;
  pages: number;
  items: RegisterItem[];
  /** How many Vorhaben each filter value would give with the other filters kept (null: not known, PostgreSQL answered). */
  facets: FacetCounts | null;
  corrections: { from: string; to: string }[];
}

/** A page of the register: from the search index when it can answer, else from PostgreSQL. */
export async function registerPage(
  db: Db,
  search: RegisterSearch | null,
  filters: ProjectFilters,
  page: number,
  locale: Locale,
): Promise<RegisterResult> {
  const window = { limit: REGISTER_PAGE_SIZE, offset: (page - 1) * REGISTER_PAGE_SIZE };
  const pages = (total: number) => Math.max(1, Math.ceil(total / REGISTER_PAGE_SIZE));
  const found = await search?.search(filters, window, locale);
  if (!search || !found) {
    const { total, hits } = await repo.searchRegister(db, filters, window);
    return { total, page, pages: pages(total), items: hits, facets: null, corrections: [] };
  }
  const projects = await search.projects(found.ids);
  const items = projects.map((project) => ({
    project,
    titleHeadline: filters.q ? markAll(project.title.de, found.matched) : null,
    descriptionHeadline: filters.q && project.description?.de ? passages(project.description.de, found.matched) : null,
  }));
  return { total: found.total, page, pages: pages(found.total), items, facets: found.facets, corrections: found.corrections };
}

/** The council data (paper, deliberations, files) of these Vorhaben's decisions, by decision id, in one query. */
export function councilOfProjects(db: Db, projects: Project[]): Promise<Map<number, DecisionCouncil>> {
  return decisionCouncil(
    db,
    projects.flatMap((p) => p.decisionIds),
  );
}

/** Vorhaben as public JSON, with their decisions' council data (the JSON export). */
export async function presentProjects(db: Db, projects: Project[], baseUrl: string, locale: Locale): Promise<ApiProject[]> {
  const council = await councilOfProjects(db, projects);
  return projects.map((p) => presentProject(p, baseUrl, locale, council));
}

/** A Vorhaben's public page: the Vorhaben with its decisions' council data. */
export async function publicProjectPage(db: Db, slug: string): Promise<{ project: Project; council: Map<number, DecisionCouncil> }> {
  const project = await publicProject(db, slug);
  return { project, council: await councilOfProjects(db, [project]) };
}

/** A Vorhaben as the public may see it: published, or archived (shown as such); drafts do not exist. */
export async function publicProject(db: Db, slug: string): Promise<Project> {
  const project = await repo.findBySlug(db, slug);
  if (!project || project.publicationState === 'draft') throw notFound('project');
  return project;
}

/**
 * A published Vorhaben that another row (an event, an accepted idea) is about to reference: unknown
 * slugs are a 400, and the caller's policy must allow the link for the Vorhaben's municipalities, so
 * that nobody ties their work to another municipality's Vorhaben (its page, calendar filter and
 * followers would show it).
 */
export async function linkableProject(
  db: Db,
  slug: string,
  mayLink: (project: Project, municipalities: string[]) => boolean,
): Promise<Project> {
  const project = await repo.findBySlug(db, slug);
  if (!project || project.publicationState !== 'published') throw new AppError(400, 'unknown_project', 'events.error.project');
  if (
    !mayLink(
      project,
      project.municipalities.map((m) => m.slug),
    )
  )
    throw forbidden();
  return project;
}

export async function newestProjects(db: Db, limit: number): Promise<Project[]> {
  return repo.newestPublished(db, limit);
}

export const countPublishedProjects = repo.countPublished;
/** Of these Vorhaben, the published ones the register's filters (words, municipality, topic, status, participation) find. */
export const publishedMatchingFilters = repo.publishedMatching;

/** Every Vorhaben (without drafts unless asked), a page at a time, for exports. */
export function projectPages(db: Db, { includeDrafts }: { includeDrafts: boolean }): AsyncGenerator<Project[]> {
  return repo.projectsInPages(db, includeDrafts ? ['draft', 'published', 'archived'] : ['published', 'archived']);
}

/** The published Vorhaben (neither drafts nor archived), a page at a time: an edition of the list. */
export function publishedProjectPages(db: Db): AsyncGenerator<Project[]> {
  return repo.projectsInPages(db, ['published']);
}

export async function allProjects(db: Db, { includeDrafts }: { includeDrafts: boolean }): Promise<Project[]> {
  return (await repo.allProjects(db)).filter((p) => includeDrafts || p.publicationState !== 'draft');
}

/**
 * The feed of the register's current search: its query string read as the register reads it (unknown
 * values left out), and the Vorhaben among its results that changed last.
 */
export async function registerFeed(db: Db, query: unknown, limit: number) {
  const { filters } = lenientFilters(query);
  const options = await filterOptions(db);
  for (const unknown of unknownFilterValues(filters, options)) delete filters[unknown.field];
  return { filters, options, projects: await repo.recentlyChanged(db, filters, limit) };
}

/** Where the next page of the API list starts: after project id `i` (and, syncing by change time, `u`). */
const cursorSchema = z.object({
  i: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
  u: z.iso.datetime().optional(),
});

export interface ApiListRequest {
  filters: ProjectFilters;
  changedSince: Date | undefined;
  cursor: string | undefined;
  limit: number;
  locale: Locale;
  baseUrl: string;
  /** The request URL, to build the `next` link with the same parameters. */
  selfUrl: URL;
}

const ITEMS_START = Buffer.from('{"items":[');
const COMMA = Buffer.from(',');

/** A page of the API list as JSON (`ProjectPage`): assembled from each Vorhaben's JSON, kept by the index. */
export async function apiProjectPage(db: Db, search: RegisterSearch | null, req: ApiListRequest): Promise<Buffer> {
  const after = decodeCursor(req.cursor, cursorSchema);
  // The index pages by id like the database; syncing by change time (changed_since) stays with the database.
  const found = req.changedSince
    ? null
    : await search?.search(req.filters, { offset: 0, limit: req.limit + 1, order: 'id', afterId: after?.i ?? 0 }, req.locale);
  let items: { id: number; json: Buffer }[];
  if (found) {
    // Kept JSON where the index has it; the others from the index's cache of Vorhaben with their decisions'
    // council data in one query. A change of council data sends a change notice, which empties the kept JSON.
    items = await search!.presented(found.ids, req.locale, (projects) => presentProjects(db, projects, req.baseUrl, req.locale));
  } else {
    const projects = await repo.listApiPage(db, {
      filters: req.filters,
      changedSince: req.changedSince,
      after: after ? { id: after.i, ...(after.u ? { updatedAt: after.u } : {}) } : undefined,
      limit: req.limit + 1,
    });
    const council = await councilOfProjects(db, projects);
    items = projects.map((p) => ({ id: p.id, json: Buffer.from(JSON.stringify(presentProject(p, req.baseUrl, req.locale, council))) }));
  }
  const page = items.slice(0, req.limit);
  let next: string | null = null;
  if (items.length > req.limit) {
    const last = page[page.length - 1]!;
    const cursor = req.changedSince ? { i: last.id, u: await repo.updatedAtText(db, last.id) } : { i: last.id };
    next = nextPageUrl(req.selfUrl, cursor);
  }
  // Joined as bytes: the kept JSON is UTF-8 already, and the answer goes out as it is.
  const parts: Buffer[] = [ITEMS_START];
  for (const [i, item] of page.entries()) parts.push(...(i ? [COMMA] : []), item.json);
  parts.push(Buffer.from(`],"next":${JSON.stringify(next)}}`));
  return Buffer.concat(parts);
}

export async function apiProject(db: Db, slug: string, baseUrl: string, locale: Locale): Promise<ApiProject> {
  const { project, council } = await publicProjectPage(db, slug);
  return presentProject(project, baseUrl, locale, council);
}

/** The places below the partners with how many published Vorhaben each has (`/api/v1/places`). */
export async function apiLocalities(db: Db): Promise<ApiLocalityList> {
  const [places, counts] = await Promise.all([allLocalities(db), localityCounts(db)]);
  return {
    items: places.map((p) => ({
      slug: p.slug,
      name: p.name,
      kind: p.kind,
      ars: p.ars,
      municipality: p.municipality,
      parent: p.parent,
      projectCount: counts.get(p.slug) ?? 0,
    })),
  };
}

/** More than any register holds: the map shows every result. */
const MAP_LIMIT = 1_000_000;

/** Every published Vorhaben matching the filters that has a place, as GeoJSON (the map and `/api/v1/projects.geojson`). */
export async function projectFeatures(
  db: Db,
  search: RegisterSearch | null,
  req: { filters: ProjectFilters; locale: Locale; baseUrl: string },
): Promise<ApiFeatureCollection> {
  const found = await search?.search(req.filters, { offset: 0, limit: MAP_LIMIT, order: 'id', afterId: 0 }, req.locale);
  const ids = found ? found.ids : await matchingIds(db, req.filters);
  return presentFeatureCollection(await placesOfProjects(db, ids), req.baseUrl, req.locale);
}

/** Titles for search as you type: from the search index when it can answer, else from PostgreSQL. */
export async function projectSuggestions(
  db: Db,
  search: RegisterSearch | null,
  req: { q: string; locale: Locale; baseUrl: string },
): Promise<ApiSuggestions> {
  const found = await search?.suggest(req.q, SUGGESTION_LIMIT);
  const projects = found ? await search!.projects(found.map((f) => f.id)) : await suggestByTitle(db, req.q, SUGGESTION_LIMIT);
  return { items: projects.map((p) => presentSuggestion(p, req.baseUrl, req.locale)) };
}
