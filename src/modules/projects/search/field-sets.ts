// Each word's documents per field (title, description, other texts): the ranking by score classes
// (score-classes.ts) needs, for every word of a search, which hits have it in which field. A frequent
// word's are kept as sets of bits once a search needed them and follow new documents; a rarer word's are
// lists of ordinals made from its postings (cheaper than a set kept for every word), kept too once they
// are long enough to be worth it, until a document is filed under the word. At 100,000 Vorhaben making
// those lists again for every search was a fifth of a register page's time.
import { type Bits, setBit } from './bitset.js';
import type { Vocabulary } from './vocabulary.js';

/** A word's documents in one field: a set (frequent words) or a list of ordinals; `size` counts retired ones too. */
export type InField = { set: Bits; list?: undefined; size: number } | { set?: undefined; list: Int32Array; size: number };

/** Index by field weight: 1 other texts, 2 description, 3 title (index 0 unused). */
export type ByField = readonly [null, InField, InField, InField];

/** Lists shorter than this are made for each search; longer ones are kept. */
const KEPT_LIST = 256;
/** Ordinals kept in lists at most (4 bytes each); beyond, all lists are forgotten and made again as needed. */
const MAX_LISTED = 4_000_000;

export class FieldSets {
  private kept = new Map<number, ByField>();
  private listed = 0;
  private words = 0;

  constructor(private readonly vocabulary: Vocabulary) {}

  /** Room for `words` × 32 ordinals: sets made before are dropped (they are made again when asked for). */
  resize(words: number): void {
    this.words = words;
    this.kept.clear();
    this.listed = 0;
  }

  /** A document filed under a word: its kept sets follow. */
  posted(term: number, ord: number, weight: number): void {
    const fields = this.kept.get(term);
    const kept = fields?.[weight];
    if (kept?.set) {
      setBit(kept.set, ord);
      kept.size++;
    } else if (fields) {
      // Lists are not added to: made again from the postings when next asked for.
      this.kept.delete(term);
      this.listed -= fields[1].size + fields[2].size + fields[3].size;
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
    const sizes = [0, 0, 0, 0];
    for (let i = 0; i < postings.length; i++) sizes[postings[i]! & 3]!++;
    const lists = sizes.map((size) => new Int32Array(size));
    const at = [0, 0, 0, 0];
    for (let i = 0; i < postings.length; i++) {
      const field = postings[i]! & 3;
      lists[field]![at[field]!++] = postings[i]! >>> 2;
    }
    const inField = (list: Int32Array): InField => ({ list, size: list.length });
    const fields: ByField = [null, inField(lists[1]!), inField(lists[2]!), inField(lists[3]!)];
    if (postings.length >= KEPT_LIST) {
      if (this.listed + postings.length > MAX_LISTED) {
        for (const [term, kept] of this.kept) if (!kept[1].set) this.kept.delete(term);
        this.listed = 0;
      }
      this.kept.set(term, fields);
      this.listed += postings.length;
    }
    return fields;
  }
}
