// The words the register index knows: each word's folded form, a spelling to show, and the documents it
// occurs in (ordinal * 4 + field weight); its stems per language; its trigrams, to find the words a
// compound part occurs in; and the words one edit away from a mistyped one.
import { type Locale, locales } from '../../../lib/localized.js';
import { fold, stemOf } from './text.js';

/** How a query word matched a known word: as the same stem, inside a compound, or as a typo. */
export const MATCH_WEIGHT = { stem: 1, part: 0.6, typo: 0.8 } as const;
/** Compound parts shorter than this match too much ("weg" is in "Wegweiser" and "unterwegs"). */
const MIN_PART = 4;
const LANG_BIT = Object.fromEntries(locales.map((l, i) => [l, 1 << i])) as Record<Locale, number>;

/** Known words (by number) with how well each matches a query word. */
export type Expansion = { term: number; weight: number }[];

export class Vocabulary {
  private termId = new Map<string, number>();
  /** Folded forms. */
  readonly text: string[] = [];
  /** A spelling as found in a text, to show ("Meinten Sie „Glasfaser“?"). */
  readonly shown: string[] = [];
  // Typed arrays after a build (half the memory of a JS array of numbers), a plain array once changed.
  postings: (number[] | Int32Array)[] = [];
  /** The documents with the word in their title: what a one-word search ranks first (see ranking.ts). */
  titles: (number[] | Int32Array)[] = [];
  private langs: number[] = [];
  private byStem = new Map<string, number[]>();
  private byTrigram = new Map<string, number[]>();
  private byInitial = new Map<string, number[]>();
  private filed = 0;

  termFor(word: string, lang: Locale): number {
    const folded = fold(word);
    let term = this.termId.get(folded);
    if (term === undefined) {
      term = this.text.length;
      this.termId.set(folded, term);
      this.text.push(folded);
      this.shown.push(word);
      this.postings.push([]);
      this.titles.push([]);
      this.langs.push(0);
      if (folded.length >= MIN_PART) for (const tri of new Set(trigrams(folded))) push(this.byTrigram, tri, term);
    }
    // Stemmed once per word and language, not per occurrence: stemming is most of the build's time.
    const bit = LANG_BIT[lang];
    if ((this.langs[term]! & bit) === 0) {
      this.langs[term]! |= bit;
      const stem = stemOf(word, lang);
      const known = this.byStem.get(stem);
      if (!known) this.byStem.set(stem, [term]);
      else if (!known.includes(term)) known.push(term);
    }
    return term;
  }

  /** Files a document under a word: `ord` with the weight of the field it is in (3: the title). */
  post(term: number, ord: number, weight: number): void {
    append(this.postings, term, ord * 4 + weight);
    if (weight === 3) append(this.titles, term, ord);
  }

  compact(): void {
    const packed = (list: number[] | Int32Array) => (Array.isArray(list) ? Int32Array.from(list) : list);
    this.postings = this.postings.map(packed);
    this.titles = this.titles.map(packed);
  }

  /** The known words a query word stands for: the same word, the same stem, or a compound holding its German stem. */
  lookUp(word: string, locale: Locale): Expansion {
    const weights = new Map<number, number>();
    const add = (term: number, weight: number) => {
      if ((weights.get(term) ?? 0) < weight) weights.set(term, weight);
    };
    const exact = this.termId.get(fold(word));
    if (exact !== undefined) add(exact, MATCH_WEIGHT.stem);
    const langs: readonly Locale[] = locale === 'de' ? locales : [locale, 'de'];
    for (const lang of langs) for (const term of this.byStem.get(stemOf(word, lang)) ?? []) add(term, MATCH_WEIGHT.stem);
    // Compound parts: the German stem inside a longer word ("haltestell" in "bushaltestelle").
    const part = stemOf(word, 'de');
    if (part.length >= MIN_PART) for (const term of this.containing(part)) add(term, MATCH_WEIGHT.part);
    return [...weights].map(([term, weight]) => ({ term, weight }));
  }

  /** Known words that contain `part`: candidates from the rarest of its trigrams, then checked. */
  private containing(part: string): number[] {
    let rarest: number[] | undefined;
    for (const tri of trigrams(part)) {
      const terms = this.byTrigram.get(tri);
      if (!terms) return [];
      if (!rarest || terms.length < rarest.length) rarest = terms;
    }
    return (rarest ?? []).filter((term) => this.text[term]!.includes(part));
  }

  /** The most used known word one edit away (a letter wrong, missing, extra, or two swapped). */
  likelyMeant(word: string): number | undefined {
    let best: number | undefined;
    let bestCount = 0;
    for (const candidate of oneEditAway(word)) {
      const term = this.termId.get(candidate);
      if (term === undefined) continue;
      const count = this.postings[term]!.length;
      if (count > bestCount) {
        best = term;
        bestCount = count;
      }
    }
    return best;
  }

  /** Known words that start with `start` (folded); words are filed by their first letter as they come. */
  startingWith(start: string): number[] {
    for (; this.filed < this.text.length; this.filed++) push(this.byInitial, this.text[this.filed]![0]!, this.filed);
    return (this.byInitial.get(start[0]!) ?? []).filter((term) => this.text[term]!.startsWith(start));
  }
}

function append(lists: (number[] | Int32Array)[], term: number, value: number): void {
  let list = lists[term]!;
  if (!Array.isArray(list)) lists[term] = list = Array.from(list);
  list.push(value);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function trigrams(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= word.length; i++) out.push(word.slice(i, i + 3));
  return out;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every spelling one edit away from a folded word. */
export function* oneEditAway(word: string): Generator<string> {
  for (let i = 0; i < word.length; i++) yield word.slice(0, i) + word.slice(i + 1);
  for (let i = 0; i + 1 < word.length; i++) yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  for (let i = 0; i <= word.length; i++) {
    for (const c of LETTERS) {
      yield word.slice(0, i) + c + word.slice(i);
      if (i < word.length && c !== word[i]) yield word.slice(0, i) + c + word.slice(i + 1);
    }
  }
}
