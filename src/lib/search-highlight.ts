// Search matches found inside compound words ("Sensor" in "Bodensensoren") are not marked by
// PostgreSQL's ts_headline; this marks every word that contains one of the query's word stems.
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';
/** Between two passages of a description; shown as " … ". A marker, so that the text stays Latin-1 (see views/kept-html.ts). */
export const PASSAGE_GAP = '\u0004';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words worth an infix search: stems of at least four letters (shorter ones match too much). */
export function infixStems(lexemes: string[]): string[] {
  return [...new Set(lexemes.filter((l) => /^\p{L}{4,}$/u.test(l)))];
}

export function markInfixMatches(text: string, stems: string[]): string {
  if (stems.length === 0) return text;
  const stem = new RegExp(stems.map(escapeRegExp).join('|'), 'iu');
  // Split into already-marked matches and the rest; only the rest is searched.
  return text
    .split(new RegExp(`(${MATCH_START}[^${MATCH_END}]*${MATCH_END})`, 'u'))
    .map((part) =>
      part.startsWith(MATCH_START)
        ? part
        : part.replace(/\p{L}[\p{L}\p{N}-]*/gu, (word) => (stem.test(word) ? `${MATCH_START}${word}${MATCH_END}` : word)),
    )
    .join('');
}
