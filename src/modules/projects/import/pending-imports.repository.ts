// Uploaded files between the dry run and the confirmation: kept in PostgreSQL so that any app process
// can confirm what another one checked. Old uploads are removed when new ones arrive.
import { sql } from 'kysely';
import type { Db } from '../../../db/database.js';

export async function insertPendingImport(db: Db, row: { id: string; userId: number; fileName: string; content: string }): Promise<void> {
  await db
    .deleteFrom('pending_imports')
    .where('created_at', '<', sql<Date>`now() - interval '1 day'`)
    .execute();
  await db
    .insertInto('pending_imports')
    .values({ id: row.id, user_id: row.userId, file_name: row.fileName, content: row.content })
    .execute();
}

/** The upload of this person, if it is younger than `maxAgeMinutes`. */
export async function takePendingImport(db: Db, id: string, userId: number, maxAgeMinutes: number) {
  return db
    .deleteFrom('pending_imports')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('created_at', '>', sql<Date>`now() - make_interval(mins => ${maxAgeMinutes})`)
    .returning(['file_name', 'content'])
    .executeTakeFirst();
}

export async function findPendingImport(db: Db, id: string, userId: number) {
  return db
    .selectFrom('pending_imports')
    .select(['file_name', 'content'])
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}
