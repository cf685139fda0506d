// SQL for setting up the first administrator: whether one exists, and the one-time setup token kept in
// app_meta under one key.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

export async function adminExists(db: Db): Promise<boolean> {
  return !!(await db.selectFrom('user_roles').select('id').where('role', '=', 'admin').limit(1).executeTakeFirst());
}

/** Stores `value` (JSON) under `key`, replacing what was there. */
export async function saveMeta(db: Db, key: string, value: string): Promise<void> {
  await db
    .insertInto('app_meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

export async function findMeta(db: Db, key: string): Promise<unknown> {
  return (await db.selectFrom('app_meta').select('value').where('key', '=', key).executeTakeFirst())?.value;
}

export async function deleteMeta(db: Db, key: string): Promise<void> {
  await db.deleteFrom('app_meta').where('key', '=', key).execute();
}

/** Serialises concurrent submissions of the setup link until the transaction ends. */
export async function lockAdminSetup(db: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('lotse.admin_setup'))`.execute(db);
}
