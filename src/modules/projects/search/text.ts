// How the in-memory register index reads text: words, their folded spelling and their stems. Folding
// makes "Straße" and "Strasse", "Bürgerbüro" and "Buergerbuero" one word; stems make "Sensoren" find
// "Sensor". German, Danish and English texts each get their own Snowball stemmer (the same algorithms
// as PostgreSQL's full-text search).
import { stemmer as germanStem } from '@orama/stemmers/german';
import { stemmer as danishStem } from '@orama/stemmers/danish';
import { stemmer as englishStem } from '@orama/stemmers/english';
import type { Locale } from '../../../lib/localized.js';
import { STOP_WORDS } from './stop-words.js';
import { memoized } from '../../../lib/memoized.js';

// An interface language added later without a stemmer here is searched by its whole (folded) words.
const stemmers: Partial<Record<Locale, (word: string) => string>> = { de: germanStem, da: danishStem, en: englishStem };
const wholeWord = (word: string) => word;

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text with where each starts, in order (hyphens and punctuation separate words). */
export function wordsOf(text: string): { word: string; start: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index }));
}

/**
 * One spelling per word: lower case, accents and umlauts reduced to their base letter, ß as ss, and the
 * umlaut spellings ae/oe/ue read as a/o/u, so that both ways of writing a word meet.
 */
export const fold = memoized(
  (word: string): string =>
    word
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/([aou])e/g, '$1'),
  // Highlighting folds every word of twenty texts per page; the words repeat.
  50_000,
);

/** The folded stem of a word in a language. */
export const stemOf = (word: string, lang: Locale): string => fold((stemmers[lang] ?? wholeWord)(word.toLowerCase()));

/** Words a search ignores: German ones always, the language's own as well. */
export const isStopWord = (word: string, lang: Locale): boolean => {
  const lower = word.toLowerCase();
  return STOP_WORDS.de.has(lower) || (STOP_WORDS[lang]?.has(lower) ?? false);
};

/** Whether a text's words, folded, begin with `folded` (folded words joined by single spaces). */
export function beginsWith(text: string, folded: string): boolean {
  // Most texts differ in their first two letters, which plain letters keep when folded (unless a
  // vowel and an "e" become one): then no need to fold.
  const first = plainLetter(text, 0);
  if (first !== '') {
    if (first !== folded[0]) return false;
    const second = plainLetter(text, 1);
    if (second !== '' && !'aou'.includes(first) && folded.length > 1 && second !== folded[1]) return false;
  }
  // Folding at most halves a word ("ae" → "a"), so this much of the text holds the words to compare.
  const head = fold(text.slice(0, folded.length * 2 + 8)).replace(/[^\p{L}\p{N}]+/gu, ' ');
  return head.trimStart().startsWith(folded);
}

/** The letter at `i` in lower case when it is one of A–Z or a–z, else ''. */
function plainLetter(text: string, i: number): string {
  const code = text.charCodeAt(i) | 0x20;
  return code >= 97 && code <= 122 ? String.fromCharCode(code) : '';
}
