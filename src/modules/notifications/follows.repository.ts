// SQL for residents' follows (of a Vorhaben, a topic, a municipality or a place; one column each,
// exactly one set) and what the follows page and the data export read with them.
import type { Db } from '../../db/database.js';

export type FollowColumn = 'project_id' | 'topic_id' | 'municipality_id' | 'locality_id';

export async function findPublishedProject(db: Db, slug: string) {
  return db
    .selectFrom('projects')
    .select(['id', 'title'])
    .where('slug', '=', slug)
    .where('publication_state', '=', 'published')
    .executeTakeFirst();
}

export async function findTopic(db: Db, slug: string) {
  return db.selectFrom('topics').select(['id', 'name']).where('slug', '=', slug).executeTakeFirst();
}

export async function findMunicipality(db: Db, slug: string) {
  return db.selectFrom('municipalities').select(['id', 'name']).where('slug', '=', slug).executeTakeFirst();
}

export async function findLocality(db: Db, slug: string) {
  return db.selectFrom('localities').select(['id', 'name']).where('slug', '=', slug).executeTakeFirst();
}

export async function findFollowId(db: Db, residentId: number, column: FollowColumn, targetId: number): Promise<number | null> {
  const row = await db
    .selectFrom('follows')
    .select('id')
    .where('resident_id', '=', residentId)
    .where(column, '=', targetId)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Adds the follow unless it exists; true when it is new. */
export async function insertFollow(db: Db, residentId: number, column: FollowColumn, targetId: number): Promise<boolean> {
  const inserted = await db
    .insertInto('follows')
    .values({ resident_id: residentId, [column]: targetId })
    .onConflict((oc) => oc.columns(['resident_id', column]).where(column, 'is not', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Deletes one of the resident's own follows; what it followed, or undefined if there was none. */
export async function deleteFollow(db: Db, residentId: number, followId: number) {
  return db
    .deleteFrom('follows as f')
    .where('f.id', '=', followId)
    .where('f.resident_id', '=', residentId)
    .returning(['f.project_id', 'f.topic_id', 'f.municipality_id', 'f.locality_id'])
    .executeTakeFirst();
}

export async function slugOf(
  db: Db,
  table: 'projects' | 'topics' | 'municipalities' | 'localities',
  id: number,
): Promise<string | undefined> {
  return (await db.selectFrom(table).select('slug').where('id', '=', id).executeTakeFirst())?.slug;
}

/** The resident's follows with what they follow, oldest first. */
export async function followRows(db: Db, residentId: number) {
  return db
    .selectFrom('follows as f')
    .leftJoin('projects as p', 'p.id', 'f.project_id')
    .leftJoin('topics as tp', 'tp.id', 'f.topic_id')
    .leftJoin('municipalities as m', 'm.id', 'f.municipality_id')
    .leftJoin('localities as l', 'l.id', 'f.locality_id')
    .where('f.resident_id', '=', residentId)
    .select([
      'f.id',
      'f.created_at',
      'f.project_id',
      'f.topic_id',
      'f.locality_id',
      'p.slug as project_slug',
      'p.title as project_title',
      'tp.slug as topic_slug',
      'tp.name as topic_name',
      'm.slug as municipality_slug',
      'm.name as municipality_name',
      'l.slug as locality_slug',
      'l.name as locality_name',
    ])
    .orderBy('f.created_at')
    .orderBy('f.id')
    .execute();
}

export async function notifyModeOf(db: Db, residentId: number) {
  return (await db.selectFrom('residents').select('notify_mode').where('id', '=', residentId).executeTakeFirst())?.notify_mode;
}

export async function allTopics(db: Db) {
  return db.selectFrom('topics').select(['slug', 'name']).orderBy('slug').execute();
}

export async function allMunicipalities(db: Db) {
  return db.selectFrom('municipalities').select(['slug', 'name']).orderBy('name').execute();
}

/** The resident's notification items with their Vorhaben, oldest first. */
export async function notificationItemsOf(db: Db, residentId: number) {
  return db
    .selectFrom('notification_items as ni')
    .innerJoin('projects as p', 'p.id', 'ni.project_id')
    .where('ni.resident_id', '=', residentId)
    .select(['ni.kind', 'ni.link', 'ni.text', 'ni.created_at', 'ni.sent_at', 'p.slug'])
    .orderBy('ni.created_at')
    .orderBy('ni.id')
    .execute();
}
