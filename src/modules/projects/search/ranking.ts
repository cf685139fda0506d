// The order of a search's hits: by relevance (for every group of the query its best word in its best
// field: match weight × field weight × rarity, summed over the groups), ties newest first. Scoring every
// hit is linear in the hits, which at 100,000 Vorhaben are often tens of thousands; usually enough hits have
// a word of the search in their title that only they need scoring (a title outweighs any text).
import { type Bits, hasBit, ordinalsOf, type Scratch, setBit, wordsFor } from './bitset.js';
import type { Expansion, Vocabulary } from './vocabulary.js';
import { FieldSets } from './field-sets.js';
import { topByClasses } from './score-classes.js';

// Field weights as PostgreSQL's ts_rank uses them for the weights A, B and C.
const FIELD_WEIGHT = [0, 0.2, 0.4, 1];
const DESCRIPTION = 2;

export class Ranking {
  // Scratch space of one search, reused.
  private score = new Float64Array(0);
  private best = new Float64Array(0);
  private ordinals = new Int32Array(0);
  private titled = new Uint32Array(0);
  /** Live documents, for the rarity of words. */
  private docs = 1;

  /** Each word's documents per field, for ranking by score classes. */
  readonly fieldSets: FieldSets;

  constructor(
    private readonly words: Vocabulary,
    /** No shortcuts: score every hit (what the tests compare the shortcuts with). */
    private readonly scoreEveryHit = false,
  ) {
    this.fieldSets = new FieldSets(words);
  }

  /**
   * The first `k` hits by relevance. `ordinals`: how many ordinals exist; `docs`: how many are live;
   * `byDate`: the live ordinals newest first; `dateRank`: each ordinal's place in that order.
   */
  top(
    hits: Bits,
    groups: Expansion[],
    k: number,
    ordinals: number,
    docs: number,
    byDate: ArrayLike<number>,
    dateRank: Int32Array,
    scratch: Scratch,
  ): number[] {
    this.docs = docs;
    const idf = (term: number) => this.idf(term);
    const byClasses = this.scoreEveryHit
      ? null
      : topByClasses(hits, groups, k, { fieldSets: this.fieldSets, fieldWeight: FIELD_WEIGHT, idf, byDate, dateRank, scratch });
    if (byClasses) return byClasses;
    if (this.score.length < ordinals) {
      this.score = new Float64Array(Math.max(ordinals, this.score.length * 2, 1024));
      this.best = new Float64Array(this.score.length);
      this.ordinals = new Int32Array(this.score.length);
      this.titled = new Uint32Array(wordsFor(this.score.length));
    }
    const order = (list: ArrayLike<number>) => topByScore(list, k, this.score, dateRank);
    const likely = this.scoreEveryHit ? null : this.titledFirst(hits, groups, k, ordinals, order);
    if (likely) return likely;
    const list = ordinalsOf(hits, this.ordinals);
    this.scoreAll(list, hits, groups);
    return order(list);
  }

  /**
   * The hits with a word of the query in their title, scored exactly (every field counts). Enough when
   * at least `k` of them score above the most a hit without any in its title can score (every group's
   * best word in its description); else null, and every hit is scored.
   */
  private titledFirst(hits: Bits, groups: Expansion[], k: number, ordinals: number, order: (list: ArrayLike<number>) => number[]) {
    const titled = this.titled.subarray(0, wordsFor(ordinals));
    titled.fill(0);
    let withoutTitle = 0;
    for (const expansion of groups) {
      let best = 0;
      for (const { term, weight } of expansion) {
        best = Math.max(best, weight * FIELD_WEIGHT[DESCRIPTION]! * this.idf(term));
        for (const ord of this.words.titles[term]!) if (hasBit(hits, ord)) setBit(titled, ord);
      }
      withoutTitle += best;
    }
    const list = ordinalsOf(titled, this.ordinals);
    if (list.length < k) return null;
    this.scoreAll(list, titled, groups);
    const top = order(list);
    return this.score[top[k - 1]!]! > withoutTitle ? top : null;
  }

  private idf(term: number): number {
    return Math.log(1 + this.docs / this.words.postings[term]!.length);
  }

  /** Exact scores of the ordinals in `list` (the members of `among`). */
  private scoreAll(list: Int32Array, among: Bits, groups: Expansion[]): void {
    const { score, best } = this;
    groups.forEach((expansion, g) => {
      // The first group's best words are the score so far; later groups' are added to it.
      const into = g === 0 ? score : best;
      for (const ord of list) into[ord] = 0;
      for (const { term, weight } of expansion) {
        const idf = this.idf(term);
        const byField = FIELD_WEIGHT.map((field) => weight * field * idf);
        for (const p of this.words.postings[term]!) {
          const ord = p >>> 2;
          if (!hasBit(among, ord)) continue;
          const s = byField[p & 3]!;
          if (s > into[ord]!) into[ord] = s;
        }
      }
      if (g > 0) for (const ord of list) score[ord]! += best[ord]!;
    });
  }
}

/** The first `k` of `list` by score (highest first), then by date rank (newest first). */
function topByScore(list: ArrayLike<number>, k: number, score: Float64Array, rank: Int32Array): number[] {
  const out: number[] = [];
  let lastScore = -Infinity;
  let lastRank = 0;
  for (let i = 0; i < list.length; i++) {
    const ord = list[i]!;
    const s = score[ord]!;
    // Most hits rank below the page: one comparison with its last entry, no call.
    if (out.length === k && (s < lastScore || (s === lastScore && rank[ord]! > lastRank))) continue;
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = out[mid]!;
      if (score[m]! > s || (score[m] === s && rank[m]! < rank[ord]!)) lo = mid + 1;
      else hi = mid;
    }
    out.splice(lo, 0, ord);
    if (out.length > k) out.pop();
    if (out.length === k) {
      lastScore = score[out[k - 1]!]!;
      lastRank = rank[out[k - 1]!]!;
    }
  }
  return out;
}
