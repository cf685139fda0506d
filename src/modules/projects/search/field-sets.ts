// Each word's documents per field (title, description, other texts): the ranking by score classes
// (score-classes.ts) needs, for every word of a search, which hits have it in which field. A frequent
// word's are kept as sets of bits once a search needed them and follow new documents; a rarer word's are
// lists of ordinals made from its postings for the one search (cheaper than a set kept for every word).
import { type Bits, setBit } from './bitset.js';
import type { Vocabulary } from './vocabulary.js';

/** A word's documents in one field: a set (frequent words) or a list of ordinals; `size` counts retired ones too. */
export type InField = { set: Bits; list?: undefined; size: number } | { set?: undefined; list: number[]; size: number };

/** Index by field weight: 1 other texts, 2 description, 3 title (index 0 unused). */
export type ByField = readonly [null, InField, InField, InField];

export class FieldSets {
  private kept = new Map<number, ByField>();
  private words = 0;

  constructor(private readonly vocabulary: Vocabulary) {}

  /** Room for `words` × 32 ordinals: sets made before are dropped (they are made again when asked for). */
  resize(words: number): void {
    this.words = words;
    this.kept.clear();
  }

  /** A document filed under a word: its kept sets follow. */
  posted(term: number, ord: number, weight: number): void {
    const kept = this.kept.get(term)?.[weight];
    if (kept?.set) {
      setBit(kept.set, ord);
      kept.size++;
    }
  }

  /** The word's documents (live or retired) per field; not to be changed by the caller. */
  of(term: number): ByField {
    const kept = this.kept.get(term);
    if (kept) return kept;
    const postings = this.vocabulary.postings[term]!;
    // Words in more than one in eight documents: sets, kept, as the index keeps their sets of documents.
    if (postings.length >= this.words * 4) {
      const inField = (): InField => ({ set: new Uint32Array(this.words), size: 0 });
      const fields: ByField = [null, inField(), inField(), inField()];
      for (let i = 0; i < postings.length; i++) {
        const p = postings[i]!;
        const field = fields[p & 3]!;
        setBit(field.set!, p >>> 2);
        field.size++;
      }
      this.kept.set(term, fields);
      return fields;
    }
    const lists: number[][] = [[], [], [], []];
    for (let i = 0; i < postings.length; i++) lists[postings[i]! & 3]!.push(postings[i]! >>> 2);
    const inField = (list: number[]): InField => ({ list, size: list.length });
    return [null, inField(lists[1]!), inField(lists[2]!), inField(lists[3]!)];
  }
}
