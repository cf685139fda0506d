// SQL of residents' sessions (table resident_sessions).
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

/** The resident of a live session and whether it began within `freshMinutes`; undefined if none. */
export async function liveSession(db: Db, tokenHash: string, freshMinutes: number) {
  return db
    .selectFrom('resident_sessions as s')
    .innerJoin('residents as r', 'r.id', 's.resident_id')
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .select(['r.id', 'r.email', 'r.display_name', 'r.locale', 'r.notify_mode', 'r.blocked_at', 'r.password_hash', 's.id as session_id'])
    .select(sql<boolean>`s.created_at > now() - make_interval(mins => ${freshMinutes})`.as('fresh'))
    .executeTakeFirst();
}

export async function insertSession(db: Db, residentId: number, tokenHash: string, days: number): Promise<void> {
  await db
    .insertInto('resident_sessions')
    .values({ resident_id: residentId, token_hash: tokenHash, expires_at: sql<Date>`now() + make_interval(days => ${days})` })
    .execute();
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('resident_sessions').where('token_hash', '=', tokenHash).execute();
}
