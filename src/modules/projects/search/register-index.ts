// The public register's search held in each process's memory: which published Vorhaben match a search
// and its filters, in which order, how many match per filter value, and what a mistyped word probably
// meant. PostgreSQL stays the source of truth; `register-search.ts` fills this index from it and keeps it
// current. Plain data structures, no I/O: see docs/PERFORMANCE.md for what a search costs.
import type { Locale } from '../../../lib/localized.js';
import type { ProjectFilters } from '../project.types.js';
import { parseQuery, type QueryWord } from './query.js';
import { type Expansion, MATCH_WEIGHT, Vocabulary } from './vocabulary.js';
import { type FacetCounts, FilterBits } from './filter-bits.js';
import { type Bits, andInto, andNotInto, clearBit, count, grown, hasBit, ordinalsOf, orInto, Scratch, setBit, wordsFor } from './bitset.js';
import { Ranking } from './ranking.js';
import { beginsWith, fold, isStopWord, wordsOf } from './text.js';

/** What the index needs of a published Vorhaben. */
export interface IndexDoc {
  id: number;
  addedOn: string;
  status: string;
  formal: boolean;
  informal: boolean;
  /** Has a summary in Leichte Sprache. */
  plain?: boolean;
  municipalities: string[];
  topics: string[];
  /** Slugs of the places below the partners it concerns, with the Ämter of those municipalities. */
  places: string[];
  /** Searchable texts with their language and weight: title 3, description 2, everything else 1. */
  texts: { text: string; lang: Locale; weight: 1 | 2 | 3 }[];
}

export type { FacetCounts } from './filter-bits.js';

export interface IndexResult {
  total: number;
  ids: number[];
  /** Null for a page by id (the API shows no counts). */
  facets: FacetCounts | null;
  /** A mistyped word replaced by the word the register knows: "Glasfasr" → "Glasfaser". */
  corrections: { from: string; to: string }[];
  /** Folded words that matched, to mark them in titles and descriptions. */
  matched: ReadonlySet<string>;
}

/** Up to this many hits a page in a kept order is found by sorting them, not by walking the order. */
const FEW_HITS = 2000;

/** Words from this length may be typos of a known word (one letter wrong, missing, extra or swapped). */
const MIN_TYPO = 5;

export class RegisterIndex {
  // Per document ordinal. An update retires the old ordinal and adds a new one.
  private ids: number[] = [];
  private added: string[] = [];
  private filters = new FilterBits();
  private alive: Bits = new Uint32Array(0);
  /** The German title, for search as you type: what a suggestion shows and ranks by. */
  private titles: string[] = [];
  private ordOf = new Map<number, number>();
  private live = 0;
  private words = new Vocabulary();
  /** The documents of words that occur in many, as sets: OR-ing a set beats walking a long list. */
  private termSets = new Map<number, Bits>();
  private expansions = new Map<string, { expansion: Expansion; correction?: string }>();
  private orderByDate: number[] | null = null;
  private dateRank = new Int32Array(0);
  private orderById: Int32Array | null = null;
  private ranking: Ranking;
  private scratch = new Scratch();

  /** `scoreEveryHit`: rank without shortcuts (the tests' reference). */
  constructor(options: { scoreEveryHit?: boolean } = {}) {
    this.ranking = new Ranking(this.words, options.scoreEveryHit);
  }

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
    const words = wordsFor(ord + 1);
    if (words > this.alive.length) {
      this.alive = grown(this.alive, words);
      this.filters.grow(this.alive.length);
      this.termSets.clear();
      this.ranking.fieldSets.resize(this.alive.length);
    }
    this.filters.add(ord, doc);
    setBit(this.alive, ord);
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
    for (const [term, weight] of weights) {
      this.words.post(term, ord, weight);
      const set = this.termSets.get(term);
      if (set) setBit(set, ord);
      this.ranking.fieldSets.posted(term, ord, weight);
    }
    this.changed();
  }

  /** Packs the postings after a build, when they no longer grow. */
  compact(): void {
    this.words.compact();
  }

  remove(id: number): void {
    const ord = this.ordOf.get(id);
    if (ord === undefined) return;
    clearBit(this.alive, ord);
    this.ordOf.delete(id);
    this.live--;
    this.changed();
  }

  private changed(): void {
    this.orderByDate = null;
    this.orderById = null;
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
    try {
      return this.searchWith(filters, page, locale);
    } finally {
      this.scratch.release();
    }
  }

  private searchWith(
    filters: ProjectFilters,
    page: { offset: number; limit: number; order?: 'relevance' | 'id'; afterId?: number },
    locale: Locale,
  ): IndexResult {
    const scratch = this.scratch;
    const query = parseQuery(filters.q ?? '', (w) => isStopWord(w, locale));
    const corrections: { from: string; to: string }[] = [];
    const matched = new Set<string>();
    const groups = query.groups.map((group) =>
      group.flatMap((word) => {
        const { expansion, correction } = this.expand(word, locale);
        if (correction) corrections.push({ from: word.text, to: correction });
        for (const e of expansion) matched.add(this.words.text[e.term]!);
        return expansion;
      }),
    );
    // Only words the search ignores, or only exclusions: nothing to look for.
    const matching = groups.length > 0 || query.empty ? scratch.copy(this.alive) : scratch.empty(this.alive.length);
    for (const expansion of groups) andInto(matching, this.documentsWith(expansion.map((e) => e.term)));
    if (groups.length > 0 && query.excluded.length > 0)
      andNotInto(matching, this.documentsWith(query.excluded.flatMap((word) => this.words.lookUp(word.text, locale).map((e) => e.term))));
    const chosen = this.filters.chosen(filters, scratch);
    const hits = this.filters.narrowed(matching, chosen, scratch);
    const facets = page.order === 'id' ? null : this.filters.facets(matching, chosen, hits, scratch);
    const total = count(hits);
    const pageOrds = this.pageOf(hits, total, groups.length > 0 ? groups : null, page);
    return { total, ids: pageOrds.map((ord) => this.ids[ord]!), facets, corrections, matched };
  }

  /** The documents (live or retired) holding any of the terms; not to be changed by the caller, nor kept past the search. */
  private documentsWith(terms: number[]): Bits {
    if (terms.length === 1) {
      const set = this.termSet(terms[0]!);
      if (set) return set;
    }
    const out = this.scratch.empty(this.alive.length);
    for (const term of terms) {
      const set = this.termSet(term);
      if (set) orInto(out, set);
      else for (const p of this.words.postings[term]!) setBit(out, p >>> 2);
    }
    return out;
  }

  /** A frequent term's documents as a set, kept once a search needed it and updated as documents come. */
  private termSet(term: number): Bits | undefined {
    let set = this.termSets.get(term);
    if (set) return set;
    const postings = this.words.postings[term]!;
    // Rarer words: walking their list is cheaper than a set (and costs no memory).
    if (postings.length < this.alive.length * 4) return undefined;
    set = new Uint32Array(this.alive.length);
    for (const p of postings) setBit(set, p >>> 2);
    this.termSets.set(term, set);
    return set;
  }

  /** Newest first (date added, then id), as the register lists without a search. */
  private byDate(): number[] {
    if (!this.orderByDate) {
      const ords: number[] = [];
      for (let ord = 0; ord < this.ids.length; ord++) if (hasBit(this.alive, ord)) ords.push(ord);
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

  /** Live ordinals by id, ascending: the API pages by id. */
  private byId(): Int32Array {
    if (!this.orderById) {
      const ords: number[] = [];
      for (let ord = 0; ord < this.ids.length; ord++) if (hasBit(this.alive, ord)) ords.push(ord);
      this.orderById = Int32Array.from(ords.sort((a, b) => this.ids[a]! - this.ids[b]!));
    }
    return this.orderById;
  }

  private pageOf(
    hits: Bits,
    total: number,
    groups: Expansion[] | null,
    page: { offset: number; limit: number; order?: 'relevance' | 'id'; afterId?: number },
  ) {
    const k = page.offset + page.limit;
    const first: number[] = [];
    // Few hits in a kept order (by id, or newest first): sorting them beats walking the order to its end.
    if (total <= FEW_HITS && (page.order === 'id' || !groups)) {
      const ords = Array.from(ordinalsOf(hits));
      if (page.order === 'id') {
        const after = page.afterId ?? 0;
        return ords
          .filter((ord) => this.ids[ord]! > after)
          .sort((a, b) => this.ids[a]! - this.ids[b]!)
          .slice(page.offset, k);
      }
      this.byDate(); // brings dateRank up to date
      return ords.sort((a, b) => this.dateRank[a]! - this.dateRank[b]!).slice(page.offset, k);
    }
    if (page.order === 'id') {
      const byId = this.byId();
      const after = page.afterId ?? 0;
      let lo = 0;
      let hi = byId.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.ids[byId[mid]!]! <= after) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < byId.length && first.length < k; i++) if (hasBit(hits, byId[i]!)) first.push(byId[i]!);
      return first.slice(page.offset);
    }
    if (!groups) {
      // Without a search newest first: the date order is kept, so walk it until the page is full.
      for (const ord of this.byDate()) if (hasBit(hits, ord) && first.push(ord) === k) break;
      return first.slice(page.offset);
    }
    const byDate = this.byDate(); // brings dateRank up to date too
    return this.ranking.top(hits, groups, k, this.ids.length, this.live || 1, byDate, this.dateRank, this.scratch).slice(page.offset);
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
          if ((p & 3) !== 3 || matched[ord] !== gi || !hasBit(this.alive, ord)) continue;
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
