// SQL of the matchmaking: partners, ideas and Vorhaben read as candidates of one shape, and the ranking
// of the candidates of one kind against a profile (shared topics, the same municipality, full-text rank).
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { LocalizedText } from '../../lib/localized.js';

export type MatchKind = 'partner' | 'idea' | 'project';

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

/** The text, topics and municipalities of one candidate; undefined when it is not (or no longer) public. */
export async function candidate(db: Db, kind: MatchKind, key: string) {
  const row = await sql<{
    text: string;
    topic_ids: number[];
    municipality_ids: number[];
  }>`select text, topic_ids, municipality_ids from (${sources[kind]}) c where c.key = ${key}`.execute(db);
  return row.rows[0];
}

export interface RankedCandidate {
  kind: MatchKind;
  key: string;
  label: string;
  path: string;
  text: string;
  shared_topics: number[];
  same_municipality: number[];
  rank: number;
}

/**
 * The best `limit` candidates of one kind for a profile, the profile's own entry left out: three points
 * per shared topic, two for a shared municipality, twenty times the full-text rank against any of `words`.
 */
export async function rankedCandidates(
  db: Db,
  kind: MatchKind,
  profile: { kind: MatchKind; key: string; words: string[]; topicIds: number[]; municipalityIds: number[] },
  limit: number,
): Promise<RankedCandidate[]> {
  const query = profile.words.join(' | ');
  const topicIds = `{${profile.topicIds.join(',')}}`;
  const municipalityIds = `{${profile.municipalityIds.join(',')}}`;
  const rows = await sql<RankedCandidate>`
      with c as (${sources[kind]}), q as (select case when ${query} = '' then null else to_tsquery('german', ${query}) end as q)
      select c.kind, c.key, c.label, c.path, c.text,
        array(select unnest(c.topic_ids) intersect select unnest(${topicIds}::int[])) as shared_topics,
        array(select unnest(c.municipality_ids) intersect select unnest(${municipalityIds}::int[])) as same_municipality,
        coalesce(ts_rank(c.tsv, q.q), 0) as rank
      from c, q
      where not (c.kind = ${profile.kind} and c.key = ${profile.key})
      order by 3 * cardinality(array(select unnest(c.topic_ids) intersect select unnest(${topicIds}::int[])))
        + 2 * (case when c.municipality_ids && ${municipalityIds}::int[] then 1 else 0 end)
        + 20 * coalesce(ts_rank(c.tsv, q.q), 0) desc, c.label
      limit ${limit}`.execute(db);
  return rows.rows;
}

export async function topicNames(db: Db): Promise<Map<number, LocalizedText>> {
  return new Map((await db.selectFrom('topics').select(['id', 'name']).execute()).map((t) => [t.id, t.name]));
}

export async function municipalityNames(db: Db): Promise<Map<number, string>> {
  return new Map((await db.selectFrom('municipalities').select(['id', 'name']).execute()).map((m) => [m.id, m.name]));
}

/** Any idea's title, hidden or not: staff look for partners for it. */
export const ideaTitle = (db: Db, id: number) => db.selectFrom('ideas').select('title').where('id', '=', id).executeTakeFirst();

/** Any Vorhaben's title, whatever its publication state. */
export const projectTitle = (db: Db, slug: string) => db.selectFrom('projects').select('title').where('slug', '=', slug).executeTakeFirst();
