// Suggestions of related partners, ideas and Vorhaben for a partner, an idea or a Vorhaben, ranked by
// shared topics, the same municipality and text similarity (PostgreSQL full-text search over the
// German texts), each with the reasons it was suggested.
import type { Db } from '../../db/database.js';
import type { LocalizedText } from '../../lib/localized.js';
import { notFound } from '../../lib/errors.js';
import * as repo from './matchmaking.repository.js';
import type { MatchKind } from './matchmaking.repository.js';

export type { MatchKind } from './matchmaking.repository.js';
export interface MatchRef {
  kind: MatchKind;
  /** Slug of a partner or Vorhaben, id of an idea. */
  key: string;
}

export interface Suggestion {
  kind: MatchKind;
  key: string;
  label: string;
  /** Path without the language prefix. */
  path: string;
  score: number;
  reasons: { topics: LocalizedText[]; municipality: string | null; words: string[] };
}

interface Profile {
  topicIds: number[];
  municipalityIds: number[];
  text: string;
}

async function profileOf(db: Db, ref: MatchRef): Promise<Profile> {
  const found = await repo.candidate(db, ref.kind, ref.key);
  if (!found) throw notFound(ref.kind);
  return { text: found.text, topicIds: found.topic_ids, municipalityIds: found.municipality_ids };
}

const STOP = new Set([
  'diese',
  'dieser',
  'dieses',
  'einer',
  'eines',
  'einem',
  'einen',
  'werden',
  'wurde',
  'durch',
  'sowie',
  'damit',
  'dafür',
  'unter',
  'gegen',
  'zwischen',
  'können',
  'sollen',
  'sollte',
  'haben',
  'nicht',
  'mehr',
  'auch',
  'beispiel',
  'über',
  'ihren',
  'ihrer',
  'unsere',
  'unser',
  'wird',
  'sind',
  'alle',
  'allen',
]);

/** The telling words of a text: letters only, at least five long, no common words; the longest first. */
export function keywords(text: string, max = 15): string[] {
  const words = (text.toLowerCase().match(/[\p{L}]{5,}/gu) ?? []).filter((w) => !STOP.has(w));
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, max);
}

const stem = (w: string) => w.slice(0, Math.max(5, w.length - 3));

export async function suggestionsFor(
  db: Db,
  ref: MatchRef,
  kinds: MatchKind[] = ['partner', 'idea', 'project'],
  perKind = 5,
): Promise<Suggestion[]> {
  const profile = await profileOf(db, ref);
  const words = keywords(profile.text);
  const results: Suggestion[] = [];
  const topicNames = await repo.topicNames(db);
  const municipalityNames = await repo.municipalityNames(db);
  for (const kind of kinds) {
    const rows = await repo.rankedCandidates(
      db,
      kind,
      { kind: ref.kind, key: ref.key, words, topicIds: profile.topicIds, municipalityIds: profile.municipalityIds },
      perKind,
    );
    for (const r of rows) {
      const text = r.text.toLowerCase();
      const shared = words.filter((w) => text.includes(stem(w))).slice(0, 4);
      const score = 3 * r.shared_topics.length + 2 * (r.same_municipality.length > 0 ? 1 : 0) + 20 * Number(r.rank);
      if (score <= 0 && shared.length === 0) continue;
      results.push({
        kind: r.kind,
        key: r.key,
        label: r.label,
        path: r.path,
        score: Math.round(score * 100) / 100,
        reasons: {
          topics: r.shared_topics.map((id) => topicNames.get(id)!).filter(Boolean),
          municipality: r.same_municipality.length ? (municipalityNames.get(r.same_municipality[0]!) ?? null) : null,
          words: shared,
        },
      });
    }
  }
  return results;
}

/** The title of an idea or a Vorhaben staff look for partners for; undefined when there is none. */
export async function matchTargetTitle(db: Db, target: MatchRef): Promise<string | undefined> {
  return target.kind === 'idea'
    ? (await repo.ideaTitle(db, Number(target.key)))?.title
    : (await repo.projectTitle(db, target.key))?.title?.de;
}
