// The public register's search held in each process's memory: which published Vorhaben match a search
// and its filters, in which order, how many match per filter value, and what a mistyped word probably
// meant. PostgreSQL stays the source of truth; `register-search.ts` fills this index from it and keeps it
// current. Plain data structures, no I/O: see docs/PERFORMANCE.md for what a search costs.
import type { Locale } from '../../../lib/localized.js';
import type { ParticipationFilter, ProjectFilters } from '../project.types.js';
import { parseQuery, type QueryWord } from './query.js';
import { type Expansion, MATCH_WEIGHT, Vocabulary } from './vocabulary.js';
import { Codes, FORMAL, INFORMAL, NONE, PARTICIPATION_BIT } from './filter-codes.js';
import { topK } from './top-k.js';
import { beginsWith, fold, isStopWord, wordsOf } from './text.js';

/** What the index needs of a published Vorhaben. */
export interface IndexDoc {
  id: number;
  addedOn: string;
  status: string;
  formal: boolean;
  informal: boolean;
  municipalities: string[];
  topics: string[];
  /** Searchable texts with their language and weight: title 3, description 2, everything else 1. */
  texts: { text: string; lang: Locale; weight: 1 | 2 | 3 }[];
}

export interface FacetCounts {
  municipality: Map<string, number>;
  topic: Map<string, number>;
  status: Map<string, number>;
  participation: Map<ParticipationFilter, number>;
}

export interface IndexResult {
  total: number;
  ids: number[];
  facets: FacetCounts;
  /** A mistyped word replaced by the word the register knows: "Glasfasr" → "Glasfaser". */
  corrections: { from: string; to: string }[];
  /** Folded words that matched, to mark them in titles and descriptions. */
  matched: ReadonlySet<string>;
}

// Field weights as PostgreSQL's ts_rank uses them for the weights A, B and C.
const FIELD_WEIGHT = [0, 0.2, 0.4, 1];
/** Words from this length may be typos of a known word (one letter wrong, missing, extra or swapped). */
const MIN_TYPO = 5;

export class RegisterIndex {
  // Per document ordinal. An update retires the old ordinal and adds a new one.
  private ids: number[] = [];
  private added: string[] = [];
  // Filter values as small integer codes: comparing and counting numbers is what makes facets cheap.
  private status: number[] = [];
  private flags: number[] = [];
  private munis: number[][] = [];
  private topics: number[][] = [];
  private codes = { municipality: new Codes(), topic: new Codes(), status: new Codes() };
  private alive: boolean[] = [];
  /** The German title, for search as you type: what a suggestion shows and ranks by. */
  private titles: string[] = [];
  private ordOf = new Map<number, number>();
  private live = 0;
  private words = new Vocabulary();
  private expansions = new Map<string, { expansion: Expansion; correction?: string }>();
  private orderByDate: number[] | null = null;
  private dateRank = new Int32Array(0);
  // Scratch space of one search, reused: a stamp marks the documents a search has seen.
  private stamp = new Uint32Array(0);
  private score = new Float64Array(0);
  private best = new Float64Array(0);
  private generation = 0;

  get size(): number {
    return this.live;
  }

  /** Ordinals no longer in use; a rebuild is due when they outnumber the live ones. */
  get retired(): number {
    return this.ids.length - this.live;
  }

  /** Adds a Vorhaben or replaces the indexed version of it. */
  put(doc: IndexDoc): void {
    this.remove(doc.id);
    const ord = this.ids.length;
    this.ids.push(doc.id);
    this.added.push(doc.addedOn);
    this.status.push(this.codes.status.of(doc.status));
    this.flags.push(doc.formal || doc.informal ? (doc.formal ? FORMAL : 0) | (doc.informal ? INFORMAL : 0) : NONE);
    this.munis.push(doc.municipalities.map((m) => this.codes.municipality.of(m)));
    this.topics.push(doc.topics.map((t) => this.codes.topic.of(t)));
    this.alive.push(true);
    this.titles.push(doc.texts.find((t) => t.weight === 3 && t.lang === 'de')?.text ?? '');
    this.ordOf.set(doc.id, ord);
    this.live++;
    const weights = new Map<number, number>();
    for (const { text, lang, weight } of doc.texts) {
      for (const { word } of wordsOf(text)) {
        if (isStopWord(word, lang)) continue;
        const term = this.words.termFor(word, lang);
        if ((weights.get(term) ?? 0) < weight) weights.set(term, weight);
      }
    }
    for (const [term, weight] of weights) this.words.post(term, ord * 4 + weight);
    this.changed();
  }

  /** Packs the postings after a build, when they no longer grow. */
  compact(): void {
    this.words.compact();
  }

  remove(id: number): void {
    const ord = this.ordOf.get(id);
    if (ord === undefined) return;
    this.alive[ord] = false;
    this.ordOf.delete(id);
    this.live--;
    this.changed();
  }

  private changed(): void {
    this.orderByDate = null;
    if (this.expansions.size) this.expansions.clear();
  }

  /** The known words a query word stands for, with how well each matches. */
  private expand(word: QueryWord, locale: Locale): { expansion: Expansion; correction?: string } {
    const key = `${locale}:${word.exact ? '=' : ''}${word.text}`;
    const cached = this.expansions.get(key);
    if (cached) return cached;
    const found = this.words.lookUp(word.text, locale);
    let result: { expansion: Expansion; correction?: string } = { expansion: found };
    if (found.length === 0 && fold(word.text).length >= MIN_TYPO && !word.exact) {
      const typo = this.words.likelyMeant(fold(word.text));
      if (typo !== undefined) {
        const shown = this.words.shown[typo]!;
        const expansion = this.words.lookUp(shown, locale).map((e) => ({ term: e.term, weight: e.weight * MATCH_WEIGHT.typo }));
        result = { expansion, correction: shown };
      }
    }
    if (this.expansions.size > 20_000) this.expansions.clear();
    this.expansions.set(key, result);
    return result;
  }

  /**
   * One page of a search: matches ranked by relevance (title above text), without a search newest first;
   * facet counts for each filter computed with the other filters applied, as a person choosing that
   * filter next would get. `order: 'id'` with `afterId` pages by id, as the API does.
   */
  search(
    filters: ProjectFilters,
    page: { offset: number; limit: number; order?: 'relevance' | 'id'; afterId?: number },
    locale: Locale = 'de',
  ): IndexResult {
    const query = parseQuery(filters.q ?? '', (w) => isStopWord(w, locale));
    const corrections: { from: string; to: string }[] = [];
    const matched = new Set<string>();
    let candidates: number[];
    const scored = query.groups.length > 0;
    if (scored) {
      const groups = query.groups.map((group) =>
        group.flatMap((word) => {
          const { expansion, correction } = this.expand(word, locale);
          if (correction) corrections.push({ from: word.text, to: correction });
          for (const e of expansion) matched.add(this.words.text[e.term]!);
          return expansion;
        }),
      );
      candidates = this.matchAll(groups);
      if (query.excluded.length) {
        const out = new Set<number>();
        for (const word of query.excluded)
          for (const { term } of this.words.lookUp(word.text, locale)) for (const p of this.words.postings[term]!) out.add(p >>> 2);
        candidates = candidates.filter((ord) => !out.has(ord));
      }
    } else if (query.empty) {
      candidates = this.byDate();
    } else {
      candidates = []; // only stop words or exclusions: nothing to look for
    }
    const want = {
      municipality: filters.municipality ? (this.codes.municipality.find(filters.municipality) ?? -2) : -1,
      topic: filters.topic ? (this.codes.topic.find(filters.topic) ?? -2) : -1,
      status: filters.status ? (this.codes.status.find(filters.status) ?? -2) : -1,
      participation: filters.participation ? PARTICIPATION_BIT[filters.participation] : 0,
    };
    const counts = {
      municipality: new Int32Array(this.codes.municipality.size),
      topic: new Int32Array(this.codes.topic.size),
      status: new Int32Array(this.codes.status.size),
      participation: new Int32Array(8),
    };
    const hits: number[] = [];
    for (const ord of candidates) {
      const fails = this.failing(ord, want);
      if (fails === 0) hits.push(ord);
      if (fails !== -1) this.countFacets(ord, counts, fails);
    }
    const facets: FacetCounts = {
      municipality: this.codes.municipality.counted(counts.municipality),
      topic: this.codes.topic.counted(counts.topic),
      status: this.codes.status.counted(counts.status),
      participation: new Map(
        (Object.entries(PARTICIPATION_BIT) as [ParticipationFilter, number][]).map(([name, bit]) => [name, counts.participation[bit]!]),
      ),
    };
    const pageOrds = this.pageOf(hits, scored, page);
    return { total: hits.length, ids: pageOrds.map((ord) => this.ids[ord]!), facets, corrections, matched };
  }

  /** Ordinals matching every group (a group is one word, or words joined by "or"), scores summed. */
  private matchAll(groups: Expansion[]): number[] {
    const n = this.ids.length;
    if (this.stamp.length < n) {
      const size = Math.max(n, this.stamp.length * 2, 1024);
      this.stamp = new Uint32Array(size);
      this.score = new Float64Array(size);
      this.best = new Float64Array(size);
      this.generation = 0;
    }
    if (this.generation > 0xffff_0000) {
      this.stamp.fill(0);
      this.generation = 0;
    }
    const docs = this.live || 1;
    let list: number[] = [];
    groups.forEach((expansion, gi) => {
      const before = this.generation;
      const now = ++this.generation;
      for (const { term, weight } of expansion) {
        const postings = this.words.postings[term]!;
        const idf = Math.log(1 + docs / postings.length);
        for (const p of postings) {
          const ord = p >>> 2;
          if (!this.alive[ord]) continue;
          const seen = this.stamp[ord]!;
          if (gi > 0 && seen !== before && seen !== now) continue;
          const s = weight * FIELD_WEIGHT[p & 3]! * idf;
          if (seen !== now) {
            this.stamp[ord] = now;
            this.best[ord] = s;
            if (gi === 0) {
              this.score[ord] = 0;
              list.push(ord);
            }
          } else if (s > this.best[ord]!) this.best[ord] = s;
        }
      }
      list = list.filter((ord) => this.stamp[ord] === now);
      for (const ord of list) this.score[ord]! += this.best[ord]!;
    });
    return list;
  }

  /** 0: passes every filter; -1: fails two or more; else the one filter it fails (for facet counts). */
  private failing(ord: number, want: { municipality: number; topic: number; status: number; participation: number }): number {
    let fails = 0;
    let which = 0;
    const fail = (filter: number) => {
      fails++;
      which = filter;
    };
    if (want.municipality !== -1 && !this.munis[ord]!.includes(want.municipality)) fail(1);
    if (want.topic !== -1 && !this.topics[ord]!.includes(want.topic)) fail(2);
    if (want.status !== -1 && this.status[ord] !== want.status) fail(3);
    if (want.participation !== 0 && (this.flags[ord]! & want.participation) === 0) fail(4);
    return fails === 0 ? 0 : fails === 1 ? which : -1;
  }

  /** Counts a document for every facet (it passes all filters) or for the one facet whose filter it fails. */
  private countFacets(
    ord: number,
    counts: { municipality: Int32Array; topic: Int32Array; status: Int32Array; participation: Int32Array },
    only: number,
  ): void {
    if (only === 0 || only === 1) for (const m of this.munis[ord]!) counts.municipality[m]!++;
    if (only === 0 || only === 2) for (const t of this.topics[ord]!) counts.topic[t]!++;
    if (only === 0 || only === 3) counts.status[this.status[ord]!]!++;
    if (only === 0 || only === 4) {
      const flags = this.flags[ord]!;
      for (const bit of [FORMAL, INFORMAL, NONE]) if (flags & bit) counts.participation[bit]!++;
    }
  }

  /** Newest first (date added, then id), as the register lists without a search. */
  private byDate(): number[] {
    if (!this.orderByDate) {
      const ords: number[] = [];
      for (let ord = 0; ord < this.ids.length; ord++) if (this.alive[ord]) ords.push(ord);
      this.orderByDate = ords.sort((a, b) => this.newerFirst(a, b));
      // Each live document's place in that order: ties of relevance compare two integers, not dates.
      if (this.dateRank.length < this.ids.length) this.dateRank = new Int32Array(Math.max(this.ids.length, this.dateRank.length * 2));
      this.orderByDate.forEach((ord, rank) => (this.dateRank[ord] = rank));
    }
    return this.orderByDate;
  }

  private newerFirst(a: number, b: number): number {
    const da = this.added[a]!;
    const db = this.added[b]!;
    return da < db ? 1 : da > db ? -1 : this.ids[b]! - this.ids[a]!;
  }

  private pageOf(hits: number[], scored: boolean, page: { offset: number; limit: number; order?: 'relevance' | 'id'; afterId?: number }) {
    const k = page.offset + page.limit;
    if (page.order === 'id') {
      const after = page.afterId ?? 0;
      return topK(
        hits.filter((ord) => this.ids[ord]! > after),
        k,
        (a, b) => this.ids[a]! - this.ids[b]!,
      ).slice(page.offset);
    }
    if (!scored) return hits.slice(page.offset, k); // already newest first
    this.byDate(); // brings dateRank up to date
    const rank = this.dateRank;
    return topK(hits, k, (a, b) => this.score[b]! - this.score[a]! || rank[a]! - rank[b]!).slice(page.offset);
  }

  /**
   * Search as you type: published Vorhaben whose title holds every typed word, the last one perhaps
   * unfinished (the start of a known word), the others as the search reads them (stems, compound parts).
   * Titles only, so that every suggestion shows why it was made. Titles that begin with what was typed
   * come first, then the newest.
   */
  suggest(prefix: string, limit: number): { id: number; title: string }[] {
    const words = wordsOf(prefix).map((w) => w.word);
    const last = words.pop();
    if (last === undefined || limit <= 0) return [];
    const groups: number[][] = [];
    for (const word of words)
      if (!isStopWord(word, 'de')) groups.push(this.expand({ text: word, exact: false }, 'de').expansion.map((e) => e.term));
    // "Neubau der": a word the search ignores starts no word of its own yet, once others were typed.
    if (!isStopWord(last, 'de') || groups.length === 0) groups.push(this.words.startingWith(fold(last)));
    const typed = [...words, last].map(fold).join(' ');
    const beginning: number[] = [];
    const rest: number[] = [];
    for (const ord of this.inEveryTitle(groups)) {
      if (beginsWith(this.titles[ord]!, typed)) {
        beginning.push(ord);
        if (beginning.length === limit) break;
      } else if (rest.length < limit) rest.push(ord);
    }
    return [...beginning, ...rest].slice(0, limit).map((ord) => ({ id: this.ids[ord]!, title: this.titles[ord]! }));
  }

  /** Live ordinals with a word of every group in their title, newest first. */
  private inEveryTitle(groups: number[][]): number[] {
    // How many groups each ordinal matched so far (a query of 100 characters has at most 50 words).
    const matched = new Uint8Array(this.ids.length);
    const hits: number[] = [];
    groups.forEach((terms, gi) => {
      for (const term of terms) {
        for (const p of this.words.postings[term]!) {
          const ord = p >>> 2;
          if ((p & 3) !== 3 || matched[ord] !== gi || !this.alive[ord]) continue;
          matched[ord] = gi + 1;
          if (gi === groups.length - 1) hits.push(ord);
        }
      }
    });
    // Many hits (a short start such as "st"): the register's date order, already kept, is cheaper than sorting.
    if (hits.length <= 1000) return hits.sort((a, b) => this.newerFirst(a, b));
    return this.byDate().filter((ord) => matched[ord] === groups.length);
  }
}
