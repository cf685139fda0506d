// What the in-memory register index reads from PostgreSQL: published Vorhaben with their searchable texts
// and filter values, in pages by id (the build at start), and whatever changed since a moment (keeping
// it current).
import { sql } from 'kysely';
import type { Db } from '../../../db/database.js';
import { anyId } from '../projects.writes.repository.js';

const updatedText = sql<string>`to_char(projects.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function searchDocs(db: Db) {
  return db.selectFrom('projects').select([
    'projects.id',
    'projects.publication_state',
    'projects.added_on',
    'projects.status',
    'projects.participation_formal',
    'projects.participation_informal',
    'projects.title',
    'projects.description',
    'projects.goals',
    'projects.status_text',
    'projects.next_steps',
    'projects.participation_text',
    'projects.location_address',
    'projects.decisions_text',
    sql<boolean>`projects.summary_plain is not null`.as('has_plain'),
    updatedText.as('updated'),
    sql<string[]>`array(select m.slug from project_municipalities pm join municipalities m on m.id = pm.municipality_id
        where pm.project_id = projects.id order by pm.position)`.as('municipalities'),
    sql<string[]>`array(select t.slug from project_topics pt join topics t on t.id = pt.topic_id
        where pt.project_id = projects.id order by pt.position)`.as('topics'),
    // A municipality in an Amt counts for the Amt too: filtering by the Amt finds it.
    sql<string[]>`array(select distinct s from project_localities plo join localities l on l.id = plo.locality_id
        left join localities amt on amt.id = l.parent_id, unnest(array[l.slug, amt.slug]) s
        where plo.project_id = projects.id and s is not null)`.as('places'),
  ]);
}

export type SearchDocRow = Awaited<ReturnType<ReturnType<typeof searchDocs>['execute']>>[number];

/** Published Vorhaben with an id above `afterId`, in id order. */
export async function publishedSearchDocs(db: Db, afterId: number, limit: number): Promise<SearchDocRow[]> {
  return searchDocs(db)
    .where('projects.publication_state', '=', 'published')
    .where('projects.id', '>', afterId)
    .orderBy('projects.id')
    .limit(limit)
    .execute();
}

/**
 * Every Vorhaben (in any state) changed at or after `since`, less a safety margin: `updated_at` is the
 * start of the writing transaction, so a long write can commit after a shorter, later one. Only id, state
 * and change time: within the margin most rows are versions the index holds already.
 */
export async function changesSince(db: Db, since: string, marginSeconds: number) {
  return db
    .selectFrom('projects')
    .select(['projects.id', 'projects.publication_state', updatedText.as('updated')])
    .where('projects.updated_at', '>=', sql<Date>`${since}::timestamptz - make_interval(secs => ${marginSeconds})`)
    .execute();
}

/** The published ones of these Vorhaben, in id order. */
export async function publishedSearchDocsByIds(db: Db, ids: number[]): Promise<SearchDocRow[]> {
  if (ids.length === 0) return [];
  return searchDocs(db)
    .where('projects.publication_state', '=', 'published')
    .where('projects.id', '=', anyId(ids))
    .orderBy('projects.id')
    .execute();
}

/** The newest change time of any Vorhaben, as text with microseconds (null: none). */
export async function lastProjectChange(db: Db): Promise<string | null> {
  const row = await db
    .selectFrom('projects')
    .select(sql<string | null>`to_char(max(updated_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('last'))
    .executeTakeFirstOrThrow();
  return row.last;
}
