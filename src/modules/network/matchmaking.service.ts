// Suggestions of related partners, ideas and Vorhaben for a partner, an idea or a Vorhaben, ranked by
// shared topics, the same municipality and text similarity (PostgreSQL full-text search over the
// German texts), each with the reasons it was suggested.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { LocalizedText } from '../../lib/localized.js';
import { notFound } from '../../lib/errors.js';

export type MatchKind = 'partner' | 'idea' | 'project';
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

// Every candidate as the same shape: kind, key, label, path, text, topic ids, municipality ids and the text
// as a search vector (the Vorhaben's is stored and indexed, so ranking thousands of them stays cheap).
const sources = {
  partner: sql`select 'partner' as kind, pa.slug as key, pa.name as label, '/netzwerk/' || pa.slug as path,
      pa.name || ' ' || pa.description || ' ' || coalesce(pa.offers, '') || ' ' || coalesce(pa.seeks, '') || ' ' || coalesce(pa.competencies, '') as text,
      array(select topic_id from partner_topics where partner_id = pa.id) as topic_ids,
      array_remove(array[pa.municipality_id], null) as municipality_ids,
      to_tsvector('german', pa.name || ' ' || pa.description || ' ' || coalesce(pa.offers, '') || ' ' || coalesce(pa.seeks, '') || ' ' || coalesce(pa.competencies, '')) as tsv
    from partners pa where pa.verified_at is not null and pa.hidden_at is null`,
  idea: sql`select 'idea' as kind, i.id::text as key, i.title as label, '/beteiligung/' || pp.slug || '/ideen/' || i.id as path,
      i.title || ' ' || i.body as text,
      array_remove(array[i.topic_id], null) as topic_ids,
      array(select municipality_id from project_municipalities where project_id = pp.project_id) as municipality_ids,
      to_tsvector('german', i.title || ' ' || i.body) as tsv
    from ideas i join participation_processes pp on pp.id = i.process_id join projects p on p.id = pp.project_id
    where i.hidden_at is null and pp.state = 'published' and p.publication_state = 'published'`,
  project: sql`select 'project' as kind, p.slug as key, p.title->>'de' as label, '/vorhaben/' || p.slug as path,
      p.search_text as text,
      array(select topic_id from project_topics where project_id = p.id) as topic_ids,
      array(select municipality_id from project_municipalities where project_id = p.id) as municipality_ids,
      p.search as tsv
    from projects p where p.publication_state = 'published'`,
};

async function profileOf(db: Db, ref: MatchRef): Promise<Profile> {
  const row = await sql<{ text: string; topic_ids: number[]; municipality_ids: number[] }>`select text, topic_ids, municipality_ids from (${sources[ref.kind]}) c where c.key = ${ref.key}`.execute(db);
  const found = row.rows[0];
  if (!found) throw notFound(ref.kind);
  return { text: found.text, topicIds: found.topic_ids, municipalityIds: found.municipality_ids };
}

const STOP = new Set(['diese', 'dieser', 'dieses', 'einer', 'eines', 'einem', 'einen', 'werden', 'wurde', 'durch', 'sowie', 'damit', 'dafür', 'unter', 'gegen', 'zwischen', 'können', 'sollen', 'sollte', 'haben', 'nicht', 'mehr', 'auch', 'beispiel', 'über', 'ihren', 'ihrer', 'unsere', 'unser', 'wird', 'sind', 'alle', 'allen']);

/** The telling words of a text: letters only, at least five long, no common words; the longest first. */
export function keywords(text: string, max = 15): string[] {
  const words = (text.toLowerCase().match(/[\p{L}]{5,}/gu) ?? []).filter((w) => !STOP.has(w));
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, max);
}

const stem = (w: string) => w.slice(0, Math.max(5, w.length - 3));

export async function suggestionsFor(db: Db, ref: MatchRef, kinds: MatchKind[] = ['partner', 'idea', 'project'], perKind = 5): Promise<Suggestion[]> {
  const profile = await profileOf(db, ref);
  const words = keywords(profile.text);
  const query = words.join(' | ');
  const topicIds = `{${profile.topicIds.join(',')}}`;
  const municipalityIds = `{${profile.municipalityIds.join(',')}}`;
  const results: Suggestion[] = [];
  const topicNames = new Map((await db.selectFrom('topics').select(['id', 'name']).execute()).map((t) => [t.id, t.name as LocalizedText]));
  const municipalityNames = new Map((await db.selectFrom('municipalities').select(['id', 'name']).execute()).map((m) => [m.id, m.name]));
  for (const kind of kinds) {
    const rows = await sql<{ kind: MatchKind; key: string; label: string; path: string; text: string; shared_topics: number[]; same_municipality: number[]; rank: number }>`
      with c as (${sources[kind]}), q as (select case when ${query} = '' then null else to_tsquery('german', ${query}) end as q)
      select c.kind, c.key, c.label, c.path, c.text,
        array(select unnest(c.topic_ids) intersect select unnest(${topicIds}::int[])) as shared_topics,
        array(select unnest(c.municipality_ids) intersect select unnest(${municipalityIds}::int[])) as same_municipality,
        coalesce(ts_rank(c.tsv, q.q), 0) as rank
      from c, q
      where not (c.kind = ${ref.kind} and c.key = ${ref.key})
      order by 3 * cardinality(array(select unnest(c.topic_ids) intersect select unnest(${topicIds}::int[])))
        + 2 * (case when c.municipality_ids && ${municipalityIds}::int[] then 1 else 0 end)
        + 20 * coalesce(ts_rank(c.tsv, q.q), 0) desc, c.label
      limit ${perKind}`.execute(db);
    for (const r of rows.rows) {
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
        reasons: { topics: r.shared_topics.map((id) => topicNames.get(id)!).filter(Boolean), municipality: r.same_municipality.length ? municipalityNames.get(r.same_municipality[0]!) ?? null : null, words: shared },
      });
    }
  }
  return results;
}
