// Marks the words of a text that a search matched, in the markers the views turn into <mark> (the same
// as PostgreSQL's ts_headline gives the database search), and cuts a description down to the passages
// around the matches.
import { MATCH_END, MATCH_START } from '../../../lib/search-highlight.js';
import { fold, wordsOf } from './text.js';

const mark = (word: string) => `${MATCH_START}${word}${MATCH_END}`;

/** The whole text with every matched word marked. */
export function markAll(text: string, matched: ReadonlySet<string>): string {
  let out = '';
  let last = 0;
  for (const { word, start } of wordsOf(text)) {
    if (!matched.has(fold(word))) continue;
    out += text.slice(last, start) + mark(word);
    last = start + word.length;
  }
  return out + text.slice(last);
}

const MAX_WORDS = 35;
const FRAGMENTS = 2;

/**
 * Up to two passages of the text around its first matches, together at most 35 words, joined by " … ";
 * without a match the text's first 35 words.
 */
export function passages(text: string, matched: ReadonlySet<string>): string {
  const words = wordsOf(text);
  if (words.length <= MAX_WORDS) return markAll(text, matched);
  const hits: number[] = [];
  words.forEach((w, i) => {
    if (matched.has(fold(w.word)) && (hits.length === 0 || i - hits[hits.length - 1]! > MAX_WORDS / FRAGMENTS)) hits.push(i);
  });
  const chosen = hits.slice(0, FRAGMENTS);
  const per = Math.floor(MAX_WORDS / Math.max(1, chosen.length));
  const spans = (chosen.length ? chosen : [0]).map((i) => {
    const from = Math.max(0, Math.min(i - 3, words.length - per));
    return [from, Math.min(words.length, from + per)] as const;
  });
  return spans
    .map(([from, to]) => {
      const end = to < words.length ? words[to]!.start : text.length;
      return markAll(text.slice(words[from]!.start, end).trimEnd(), matched);
    })
    .join(' … ');
}
