// The first page of a search by score classes instead of scoring every hit. A hit's score is, for each
// group of the query, the best (word, field) it holds, summed over the groups (ranking.ts): so there are
// only a few different scores, each the sum of one level per group. The hits of each level are a set of
// bits; the classes are walked from the highest score down, and within a class the hits come newest first
// from the kept date order, reading only as far as the page needs. Exactly the order of scoring every hit
// (same arithmetic, same ties); when a search has too many combinations of levels, null, and the caller
// scores.
import { type Bits, andInto, count, hasBit, orInto, ordinalsOf, type Scratch, setBit } from './bitset.js';
import type { FieldSets, InField } from './field-sets.js';
import { topK } from './top-k.js';
import type { Expansion } from './vocabulary.js';

/** Beyond this many combinations of levels, scoring every hit is as cheap. */
const MAX_COMBINATIONS = 64;

interface Level {
  value: number;
  /** The hits whose best (word, field) in this group scores `value`. */
  hits: Bits;
  size: number;
}

export interface ClassContext {
  fieldSets: FieldSets;
  fieldWeight: readonly number[];
  idf: (term: number) => number;
  /** Live ordinals, newest first, and each ordinal's place in that order. */
  byDate: ArrayLike<number>;
  dateRank: Int32Array;
  /** Where the search's sets come from (see Scratch). */
  scratch: Scratch;
}

export function topByClasses(hits: Bits, groups: Expansion[], k: number, ctx: ClassContext): number[] | null {
  const pairs = groups.map((expansion) => pairsOf(expansion, ctx));
  let combinations = 1;
  for (const group of pairs) combinations *= distinctValues(group);
  if (combinations > MAX_COMBINATIONS) return null;
  const out: number[] = [];
  if (groups.length === 1) {
    // One group: its levels are the classes, best first; made only as far as the page reaches.
    levelsOf(hits, pairs[0]!, (level) => {
      out.push(...newest(level.hits, level.size, k - out.length, ctx));
      return out.length < k;
    });
    return out;
  }
  const levels = pairs.map((group) => {
    const made: Level[] = [];
    levelsOf(hits, group, (level) => made.push({ ...level, hits: ctx.scratch.copy(level.hits) }) > 0);
    return made;
  });
  if (levels.some((group) => group.length === 0)) return out;
  // Every combination of one level per group with its score, summed as scoring sums: group by group.
  const combos: { score: number; pick: number[] }[] = [];
  const pick = new Array<number>(groups.length).fill(0);
  for (;;) {
    let score = levels[0]![pick[0]!]!.value;
    for (let g = 1; g < groups.length; g++) score += levels[g]![pick[g]!]!.value;
    combos.push({ score, pick: pick.slice() });
    // The next combination, as an odometer counts.
    let g = 0;
    for (; g < groups.length; g++) {
      pick[g] = pick[g]! + 1;
      if (pick[g]! < levels[g]!.length) break;
      pick[g] = 0;
    }
    if (g === groups.length) break;
  }
  combos.sort((a, b) => b.score - a.score);
  for (let i = 0; i < combos.length && out.length < k;) {
    // One class: every combination with exactly this score.
    let members: Bits | null = null;
    let j = i;
    for (; j < combos.length && combos[j]!.score === combos[i]!.score; j++) {
      const set = ctx.scratch.copy(levels[0]![combos[j]!.pick[0]!]!.hits);
      for (let g = 1; g < groups.length; g++) andInto(set, levels[g]![combos[j]!.pick[g]!]!.hits);
      if (!members) members = set;
      else orInto(members, set);
    }
    i = j;
    const size = count(members!);
    if (size > 0) out.push(...newest(members!, size, k - out.length, ctx));
  }
  return out;
}

interface Pair {
  value: number;
  docs: InField;
}

/** Every (word, field) of a group that holds documents, with its score, best first. */
function pairsOf(expansion: Expansion, ctx: ClassContext): Pair[] {
  const pairs: Pair[] = [];
  for (const { term, weight } of expansion) {
    const idf = ctx.idf(term);
    const fields = ctx.fieldSets.of(term);
    for (let field = 3; field >= 1; field--)
      if (fields[field]!.size > 0) pairs.push({ value: weight * ctx.fieldWeight[field]! * idf, docs: fields[field]! });
  }
  return pairs.sort((a, b) => b.value - a.value);
}

function distinctValues(pairs: Pair[]): number {
  let n = 0;
  for (let i = 0; i < pairs.length; i++) if (i === 0 || pairs[i]!.value !== pairs[i - 1]!.value) n++;
  return n;
}

// Scratch sets of one search, reused: the level being made and the hits of the levels above it.
let level = new Uint32Array(0);
let covered = new Uint32Array(0);

/**
 * A group's levels, best first, empty ones left out: the hits whose best (word, field) scores each value.
 * `take` gets each (its set is reused afterwards) and says whether to go on.
 */
function levelsOf(hits: Bits, pairs: Pair[], take: (level: Level) => boolean): void {
  const n = hits.length;
  if (level.length !== n) {
    level = new Uint32Array(n);
    covered = new Uint32Array(n);
  } else covered.fill(0);
  for (let i = 0; i < pairs.length;) {
    level.fill(0);
    let j = i;
    for (; j < pairs.length && pairs[j]!.value === pairs[i]!.value; j++) {
      const { set, list } = pairs[j]!.docs;
      if (set) orInto(level, set);
      else for (let x = 0; x < list.length; x++) setBit(level, list[x]!);
    }
    // The hits of this value not already at a better one.
    let size = 0;
    for (let w = 0; w < n; w++) {
      const bits = level[w]! & hits[w]! & ~covered[w]!;
      level[w] = bits;
      if (bits !== 0) {
        covered[w]! |= bits;
        size += bitsIn(bits);
      }
    }
    if (size > 0 && !take({ value: pairs[i]!.value, hits: level, size })) return;
    i = j;
  }
}

function bitsIn(word: number): number {
  word -= (word >>> 1) & 0x55555555;
  word = (word & 0x33333333) + ((word >>> 2) & 0x33333333);
  return (Math.imul((word + (word >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) | 0;
}

/** The `need` newest members of a set of `size`: along the date order when they come soon, else sorted. */
function newest(members: Bits, size: number, need: number, ctx: ClassContext): number[] {
  const { byDate, dateRank } = ctx;
  const out: number[] = [];
  if (size > need && (need * byDate.length) / size < members.length + size) {
    for (let i = 0; i < byDate.length; i++) {
      const ord = byDate[i]!;
      if (hasBit(members, ord) && out.push(ord) === need) break;
    }
    return out;
  }
  return topK(ordinalsOf(members), need, (a, b) => dateRank[a]! - dateRank[b]!);
}
