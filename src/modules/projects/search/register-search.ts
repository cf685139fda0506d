// The register's search index of one process, filled from PostgreSQL and kept current. At start it is
// built in the background (the register answers from PostgreSQL meanwhile); every change notice makes it
// read what changed since the newest change it knows, and a search that arrives meanwhile waits for
// that (milliseconds) rather than answer from before the change. Vorhaben shown on a page come from a
// bounded cache of whole Vorhaben, read from PostgreSQL by id when missing.
import type { Db } from '../../../db/database.js';
import { collectGarbage } from '../../../lib/collect-garbage.js';
import { type Locale, locales } from '../../../lib/localized.js';
import type { Project, ProjectFilters } from '../project.types.js';
import { countPublished, projectsByIds } from '../projects.repository.js';
import { type IndexDoc, type IndexResult, RegisterIndex } from './register-index.js';
import {
  changesSince,
  lastProjectChange,
  publishedSearchDocs,
  publishedSearchDocsByIds,
  type SearchDocRow,
} from './search-docs.repository.js';

const BUILD_PAGE = 2000;
/** How long a writing transaction may run and still be seen: `updated_at` is its start, not its commit. */
const MARGIN_SECONDS = 600;

export interface SearchOptions {
  /** Whole Vorhaben kept for result pages; beyond this the least recently shown are read again. */
  cachedProjects: number;
  log: (msg: string) => void;
}

export class RegisterSearch {
  private index = new RegisterIndex();
  /**
   * The change time of each indexed Vorhaben: a refresh reads the changes of the last minutes again (see
   * MARGIN_SECONDS) and must not index a version it holds once more. After an import of 100,000 rows that
   * would re-index all of them on every change notice for ten minutes, and leave half the index retired.
   */
  private versions = new Map<number, string>();
  private ready = false;
  private builtOnce!: () => void;
  /** Settles when the index first answers searches (tests wait for it; requests meanwhile ask PostgreSQL). */
  readonly built = new Promise<void>((resolve) => (this.builtOnce = resolve));
  private closed = false;
  private watermark: string | null = null;
  private pending: Promise<void> | null = null;
  private again = false;
  private cache = new Map<number, Project>();
  /**
   * The API's JSON of cached Vorhaben, per language ("de:12"), encoded as UTF-8: serialising was most of
   * an API answer's work, and joining, measuring and encoding 40 KB of string per answer most of the rest.
   */
  private json = new Map<string, Buffer>();
  /** Raised by every refresh: a Vorhaben read before a change must not be cached after it. */
  private cacheGeneration = 0;

  constructor(
    private readonly db: Db,
    private readonly options: SearchOptions,
    /** False while change notices may be missed: then the index cannot be trusted. */
    private readonly connected: () => boolean,
  ) {}

  /** Fills a new index from PostgreSQL and swaps it in; the old one answers meanwhile. */
  async build(): Promise<void> {
    this.building = true;
    try {
      await this.fill();
    } finally {
      this.building = false;
    }
  }

  private building = false;

  private async fill(): Promise<void> {
    const started = Date.now();
    const since = await lastProjectChange(this.db);
    const index = new RegisterIndex();
    const versions = new Map<number, string>();
    for (let after = 0; !this.closed;) {
      const rows = await publishedSearchDocs(this.db, after, BUILD_PAGE);
      for (const row of rows) {
        index.put(toDoc(row));
        versions.set(row.id, row.updated);
      }
      if (rows.length < BUILD_PAGE) break;
      after = rows[rows.length - 1]!.id;
      // Let requests through between pages: the build must not hold the process.
      await new Promise((resolve) => setImmediate(resolve));
    }
    index.compact();
    this.index = index;
    this.versions = versions;
    this.cache.clear();
    this.json.clear();
    this.cacheGeneration++;
    this.watermark = since ?? '1970-01-01T00:00:00Z';
    this.ready = true;
    this.builtOnce();
    this.options.log(`register search index: ${index.size} Vorhaben in ${Date.now() - started} ms`);
    // The build's garbage (and a replaced index) would otherwise stay in memory for good (see collect-garbage.ts).
    setImmediate(collectGarbage);
    // What changed while building: now, or after the refresh that is running.
    if (this.pending) this.again = true;
    else this.changed();
  }

  private remembered = new Map<string, Promise<unknown>>();

  /** Something small derived from public data (the filter options), kept until the next change. */
  remember<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.connected()) return load();
    let value = this.remembered.get(key) as Promise<T> | undefined;
    if (!value) {
      value = load();
      this.remembered.set(key, value);
      value.catch(() => this.remembered.delete(key));
    }
    return value;
  }

  /** Index entries of versions replaced since the last build: memory the next rebuild frees. */
  get retired(): number {
    return this.index.retired;
  }

  /** A change notice: read what changed (once more if another notice comes while reading). */
  changed(): void {
    this.remembered.clear();
    if (!this.ready) return;
    if (this.pending) {
      this.again = true;
      return;
    }
    this.pending = this.refresh()
      .catch((err: unknown) => {
        // Unknown state: answer from PostgreSQL until a rebuild succeeded.
        this.ready = false;
        this.options.log(`register search index refresh failed: ${(err as Error).message}; rebuilding`);
        setTimeout(() => void this.build().catch(() => {}), 1000).unref();
      })
      .finally(() => {
        this.pending = null;
        if (this.again) {
          this.again = false;
          this.changed();
        }
      });
  }

  private async refresh(): Promise<void> {
    const changes = await changesSince(this.db, this.watermark!, MARGIN_SECONDS);
    const index = this.index;
    const versions = this.versions;
    const stale: number[] = [];
    for (const row of changes) {
      if (row.publication_state === 'published') {
        if (versions.get(row.id) !== row.updated) stale.push(row.id);
      } else if (versions.delete(row.id)) index.remove(row.id);
    }
    const docs = await publishedSearchDocsByIds(this.db, stale);
    this.cacheGeneration++;
    // A cached Vorhaben carries more than its own row (municipality names, decisions with their council
    // papers), and any change notice may concern those: start afresh, as the response cache does.
    this.cache.clear();
    this.json.clear();
    // A rebuild swapped in meanwhile: the refresh it asks for when done reads these changes into it.
    if (index !== this.index) return;
    const found = new Set<number>();
    for (const row of docs) {
      index.put(toDoc(row));
      versions.set(row.id, row.updated);
      found.add(row.id);
    }
    // Changed again between the two reads, and no longer published: the next notice tells the rest.
    for (const id of stale) if (!found.has(id) && versions.delete(id)) index.remove(id);
    for (const row of changes) if (row.updated > this.watermark!) this.watermark = row.updated;
    // A Vorhaben removed from the database leaves no change time behind: the count tells. Retired entries
    // cost memory and time: rebuild once they outnumber the live ones.
    const outdated = (await countPublished(this.db)) !== this.index.size || this.index.retired > Math.max(1000, this.index.size);
    if (outdated && !this.building)
      void this.build().catch((err: unknown) => this.options.log(`register search index rebuild failed: ${(err as Error).message}`));
  }

  /** The index's answer, or null when it cannot answer (not built yet, or deaf to changes). */
  async search(filters: ProjectFilters, page: Parameters<RegisterIndex['search']>[1], locale: Locale): Promise<IndexResult | null> {
    if (this.pending) await this.pending;
    if (!this.ready || !this.connected()) return null;
    return this.index.search(filters, page, locale);
  }

  /** Whole Vorhaben in the order of `ids`. */
  async projects(ids: number[]): Promise<Project[]> {
    const read = new Map<number, Project>();
    const missing = ids.filter((id) => !this.cache.has(id));
    if (missing.length) {
      const generation = this.cacheGeneration;
      for (const p of await projectsByIds(this.db, missing)) read.set(p.id, p);
      if (generation === this.cacheGeneration) for (const [id, p] of read) this.cache.set(id, p);
    }
    const found: Project[] = [];
    for (const id of ids) {
      const cached = this.cache.get(id);
      if (cached) {
        this.cache.delete(id); // most recently used goes last
        this.cache.set(id, cached);
      }
      const p = cached ?? read.get(id);
      if (p) found.push(p);
    }
    for (const [oldest] of this.cache) {
      if (this.cache.size <= this.options.cachedProjects) break;
      this.cache.delete(oldest);
    }
    return found;
  }

  /** The API's JSON (UTF-8) of each Vorhaben in the order of `ids` (missing ones left out), kept until any change notice. */
  async presented(
    ids: number[],
    locale: Locale,
    present: (projects: Project[]) => Promise<unknown[]>,
  ): Promise<{ id: number; json: Buffer }[]> {
    const generation = this.cacheGeneration;
    const known = new Map<number, Buffer>();
    for (const id of ids) {
      const json = this.json.get(`${locale}:${id}`);
      if (json !== undefined) known.set(id, json);
    }
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length) {
      const projects = await this.projects(missing);
      // Presented together: what they need besides themselves (their council data) is read once for all.
      const made = (await present(projects)).map((view, i) => [projects[i]!.id, Buffer.from(JSON.stringify(view))] as const);
      if (generation === this.cacheGeneration && this.json.size + made.length > this.options.cachedProjects) this.json.clear();
      for (const [id, json] of made) {
        known.set(id, json);
        if (generation === this.cacheGeneration) this.json.set(`${locale}:${id}`, json);
      }
    }
    return ids.flatMap((id) => (known.has(id) ? [{ id, json: known.get(id)! }] : []));
  }

  close(): void {
    this.closed = true;
  }

  /** Titles for search as you type (see RegisterIndex.suggest), or null when the index cannot answer. */
  async suggest(q: string, limit: number): Promise<{ id: number; title: string }[] | null> {
    if (this.pending) await this.pending;
    if (!this.ready || !this.connected()) return null;
    return this.index.suggest(q, limit);
  }
}

function toDoc(row: SearchDocRow): IndexDoc {
  const texts: IndexDoc['texts'] = [];
  const add = (value: Partial<Record<Locale, string>> | null, weight: 1 | 2 | 3) => {
    for (const lang of locales) {
      const text = value?.[lang];
      if (text) texts.push({ text, lang, weight });
    }
  };
  add(row.title, 3);
  add(row.description, 2);
  for (const v of [row.goals, row.status_text, row.next_steps, row.participation_text]) add(v, 1);
  for (const v of [row.location_address, row.decisions_text]) if (v) texts.push({ text: v, lang: 'de', weight: 1 });
  return {
    id: row.id,
    addedOn: String(row.added_on),
    status: row.status,
    formal: row.participation_formal,
    informal: row.participation_informal,
    plain: row.has_plain,
    municipalities: row.municipalities,
    topics: row.topics,
    places: row.places,
    texts,
  };
}
