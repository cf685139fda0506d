// What a resident typed, read the way web search engines read it (and PostgreSQL's websearch_to_tsquery):
// every word must occur; "or" between two words lets either do; "-word" excludes; quoted words are taken
// as written (no typo correction). Words the search ignores (und, der, og, the …) are dropped.
import { wordsOf } from './text.js';

export interface QueryWord {
  text: string;
  /** Quoted: look for this word, not for what it might be a typo of. */
  exact: boolean;
}

export interface ParsedQuery {
  /** Each group must match; a group of several words matches when one of them does. */
  groups: QueryWord[][];
  excluded: QueryWord[];
  /** Nothing typed at all (not even ignored words): list everything. */
  empty: boolean;
}

export function parseQuery(q: string, isStopWord: (word: string) => boolean): ParsedQuery {
  const groups: QueryWord[][] = [];
  const excluded: QueryWord[] = [];
  let orNext = false;
  for (const m of q.matchAll(/(-?)"([^"]*)"?|(\S+)/g)) {
    const negated = m[1] === '-' || (m[3]?.startsWith('-') ?? false);
    const quoted = m[2] !== undefined;
    const raw = quoted ? m[2]! : m[3]!.replace(/^-/, '');
    if (!quoted && !negated && raw.toLowerCase() === 'or' && groups.length > 0) {
      orNext = true;
      continue;
    }
    const words = wordsOf(raw)
      .map((w) => ({ text: w.word, exact: quoted }))
      .filter((w) => !isStopWord(w.text));
    if (negated) excluded.push(...words);
    else if (words.length > 0) {
      if (orNext && words.length === 1) groups[groups.length - 1]!.push(words[0]!);
      else {
        if (orNext) groups[groups.length - 1]!.push(words.shift()!);
        for (const w of words) groups.push([w]);
      }
    }
    orNext = false;
  }
  return { groups, excluded, empty: q.trim() === '' };
}
