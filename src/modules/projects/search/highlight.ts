// Marks the words of a text that a search matched, in the markers the views turn into <mark> (the same
// as PostgreSQL's ts_headline gives the database search), and cuts a description down to the passages
// around the matches.
import { MATCH_END, MATCH_START, PASSAGE_GAP } from '../../../lib/search-highlight.js';
import { memoized } from '../../../lib/memoized.js';
import { fold, wordsOf } from './text.js';

/** A text's words: where each starts and ends (pairs), and its folded spelling. */
interface Words {
  bounds: Int32Array;
  folded: string[];
}

// Every result page splits and folds the words of twenty titles and descriptions, mostly the same ones
// again: kept for as many texts as a register of 10,000 Vorhaben shows (about 13 MB).
const wordsIn = memoized((text: string): Words => {
  const found = wordsOf(text);
  const bounds = new Int32Array(found.length * 2);
  const folded = found.map(({ word, start }, i) => {
    bounds[2 * i] = start;
    bounds[2 * i + 1] = start + word.length;
    return fold(word);
  });
  return { bounds, folded };
}, 20_000);

/** `text` from `start` to `end` with the matched words among words `from` to `to` marked. */
function marked(text: string, words: Words, matched: ReadonlySet<string>, [from, to]: [number, number], [start, end]: [number, number]) {
  let out = '';
  let last = start;
  for (let i = from; i < to; i++) {
    if (!matched.has(words.folded[i]!)) continue;
    const wordStart = words.bounds[2 * i]!;
    const wordEnd = words.bounds[2 * i + 1]!;
    out += `${text.slice(last, wordStart)}${MATCH_START}${text.slice(wordStart, wordEnd)}${MATCH_END}`;
    last = wordEnd;
  }
  return out + text.slice(last, end);
}

/** The whole text with every matched word marked. */
export function markAll(text: string, matched: ReadonlySet<string>): string {
  const words = wordsIn(text);
  return marked(text, words, matched, [0, words.folded.length], [0, text.length]);
}

const MAX_WORDS = 35;
const FRAGMENTS = 2;

/**
 * Up to two passages of the text around its first matches, together at most 35 words, joined by the
 * marker the views show as " … "; without a match the text's first 35 words.
 */
export function passages(text: string, matched: ReadonlySet<string>): string {
  const words = wordsIn(text);
  const n = words.folded.length;
  if (n <= MAX_WORDS) return markAll(text, matched);
  const hits: number[] = [];
  for (let i = 0; i < n && hits.length < FRAGMENTS; i++)
    if (matched.has(words.folded[i]!) && (hits.length === 0 || i - hits[hits.length - 1]! > MAX_WORDS / FRAGMENTS)) hits.push(i);
  const per = Math.floor(MAX_WORDS / Math.max(1, hits.length));
  return (hits.length ? hits : [0])
    .map((i) => {
      const from = Math.max(0, Math.min(i - 3, n - per));
      const to = Math.min(n, from + per);
      const end = to < n ? words.bounds[2 * to]! : text.length;
      return marked(text, words, matched, [from, to], [words.bounds[2 * from]!, end]).trimEnd();
    })
    .join(` ${PASSAGE_GAP} `);
}
