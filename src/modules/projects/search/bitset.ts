// Sets of document ordinals as bits in 32-bit words. Matching, filtering and counting facets become
// word-wise AND and population counts: at 100,000 Vorhaben a set is 3,125 words, whatever it holds, so a
// search that matches every Vorhaben costs no more than one that matches ten.

export type Bits = Uint32Array;

export const wordsFor = (ordinals: number): number => (ordinals + 31) >>> 5;

export function setBit(bits: Bits, ord: number): void {
  bits[ord >>> 5]! |= 1 << (ord & 31);
}

export function clearBit(bits: Bits, ord: number): void {
  bits[ord >>> 5]! &= ~(1 << (ord & 31));
}

export function hasBit(bits: Bits, ord: number): boolean {
  return (bits[ord >>> 5]! & (1 << (ord & 31))) !== 0;
}

/**
 * The sets of one search, handed back when it ends and reused by the next. A new set is a buffer outside
 * V8's heap, and V8 counts those towards collecting the whole heap: at 100,000 Vorhaben (16 KB a set)
 * a few new sets per search made it do so every fifth of a second, 30–60 ms each time.
 */
export class Scratch {
  private free: Bits[] = [];
  private taken: Bits[] = [];
  private words = 0;

  /** A set of no ordinals, `words` long. */
  empty(words: number): Bits {
    const bits = this.take(words);
    bits.fill(0);
    return bits;
  }

  /** A copy of `of` to change. */
  copy(of: Bits): Bits {
    const bits = this.take(of.length);
    bits.set(of);
    return bits;
  }

  /** Every set taken since the last call is free again: nothing may use them afterwards. */
  release(): void {
    for (const bits of this.taken) if (bits.length === this.words) this.free.push(bits);
    this.taken.length = 0;
  }

  private take(words: number): Bits {
    if (words !== this.words) {
      this.words = words;
      this.free = [];
    }
    const bits = this.free.pop() ?? new Uint32Array(words);
    this.taken.push(bits);
    return bits;
  }
}

/** `bits` with room for `words` words (a copy when it has to grow; doubled, so that growing is rare). */
export function grown(bits: Bits, words: number): Bits {
  if (bits.length >= words) return bits;
  const larger = new Uint32Array(Math.max(words, bits.length * 2, 32));
  larger.set(bits);
  return larger;
}

export function andInto(target: Bits, other: Bits): void {
  for (let i = 0; i < target.length; i++) target[i]! &= other[i] ?? 0;
}

export function andNotInto(target: Bits, other: Bits): void {
  const n = Math.min(target.length, other.length);
  for (let i = 0; i < n; i++) target[i]! &= ~other[i]!;
}

export function orInto(target: Bits, other: Bits): void {
  const n = Math.min(target.length, other.length);
  for (let i = 0; i < n; i++) target[i]! |= other[i]!;
}

// JavaScript has no population count instruction; two lookups in a 64 KB table beat bit arithmetic.
const BITS_IN_HALF = new Uint8Array(1 << 16);
for (let i = 1; i < BITS_IN_HALF.length; i++) BITS_IN_HALF[i] = (i & 1) + BITS_IN_HALF[i >>> 1]!;

function bitsIn(word: number): number {
  return BITS_IN_HALF[word & 0xffff]! + BITS_IN_HALF[word >>> 16]!;
}

export function count(bits: Bits): number {
  let n = 0;
  for (let i = 0; i < bits.length; i++) if (bits[i] !== 0) n += bitsIn(bits[i]!);
  return n;
}

/** How many ordinals are in both sets, without building their intersection. */
export function countBoth(a: Bits, b: Bits): number {
  const len = Math.min(a.length, b.length);
  let n = 0;
  for (let i = 0; i < len; i++) {
    const w = a[i]! & b[i]!;
    if (w !== 0) n += bitsIn(w);
  }
  return n;
}

/**
 * How many ordinals of `base` are in each of `sets`, in one pass over `base`: each word of it is read once
 * and skipped for all sets where it is empty (the facet counts of a search, about 25 sets).
 */
export function countEach(base: Bits, sets: readonly Bits[]): Int32Array {
  const counts = new Int32Array(sets.length);
  let len = base.length;
  for (const set of sets) len = Math.min(len, set.length);
  for (let i = 0; i < len; i++) {
    const b = base[i]!;
    if (b === 0) continue;
    for (let s = 0; s < sets.length; s++) {
      const w = b & sets[s]![i]!;
      if (w !== 0) counts[s]! += bitsIn(w);
    }
  }
  return counts;
}

/** The ordinals in the set, ascending; written into `into` when it has room (a search's scratch space). */
export function ordinalsOf(bits: Bits, into?: Int32Array): Int32Array {
  const size = count(bits);
  const out = into && into.length >= size ? into.subarray(0, size) : new Int32Array(size);
  let at = 0;
  for (let i = 0; i < bits.length; i++) {
    let w = bits[i]!;
    while (w !== 0) {
      const low = w & -w;
      out[at++] = (i << 5) + 31 - Math.clz32(low);
      w ^= low;
    }
  }
  return out;
}
