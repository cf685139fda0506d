// Searches as residents make them, never the same twice: words from the generated titles and texts (one
// or two, some mistyped), random municipality, topic, status and participation filters, some on page 2–4.
// Seeded, so that a run can be repeated; every run prints its seed and uses a new one by default.
import { generateRows } from './generate.js';

/** mulberry32: small, fast, good enough to pick test inputs. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const municipalities = ['flensburg', 'schleswig-flensburg', 'nordfriesland'];
const statuses = ['planned', 'in_progress', 'in_operation', 'completed', 'unspecified'];
const participations = ['formal', 'informal', 'none'];
const topics = [
  'mobilitaet',
  'bildung',
  'klima',
  'daten',
  'tourismus',
  'teilhabe',
  'verwaltung',
  'gesundheit',
  'energie',
  'sicherheit',
  'kultur',
  'wirtschaft',
];

/** The words a resident might type: those of the generated titles and descriptions (four letters or more). */
export function vocabulary(rows: number): string[] {
  const words = new Set<string>();
  for (const row of generateRows(Math.min(rows, 2000)))
    for (const text of [row.Titel, row['Inhaltliche Beschreibung']]) for (const w of String(text).match(/\p{L}{4,}/gu) ?? []) words.add(w);
  return [...words];
}

/**
 * `count` different query strings (without `?`) for the register or the API: one or two words in four of
 * five, a filter or two in most, a later page in one of eight (the API pages by cursor, so no page there).
 */
export function variedQueries(seed: number, count: number, words: string[], api: boolean): string[] {
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const out = new Set<string>();
  for (let attempts = 0; out.size < count && attempts < count * 20; attempts++) {
    const params = new URLSearchParams();
    const r = next();
    if (r < 0.8) {
      let q = pick(words);
      if (next() < 0.4) q += ` ${pick(words)}`;
      // One in ten mistyped: a letter dropped.
      if (next() < 0.1 && q.length > 5) {
        const at = 1 + Math.floor(next() * (q.length - 2));
        q = q.slice(0, at) + q.slice(at + 1);
      }
      params.set('q', q);
    }
    if (next() < 0.5) params.set('municipality', pick(municipalities));
    if (next() < 0.3) params.set('topic', pick(topics));
    if (next() < 0.25) params.set('status', pick(statuses));
    if (next() < 0.2) params.set('participation', pick(participations));
    // A later page only where there are surely that many results (past the last page the register redirects).
    if (!api && !params.has('q') && [...params.keys()].length <= 1 && next() < 0.5) params.set('page', String(2 + Math.floor(next() * 3)));
    out.add(params.toString());
  }
  return [...out];
}
