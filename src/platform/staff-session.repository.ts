// SQL of staff sessions: the back office's frame looks them up on every request.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

export async function insertSession(db: Db, userId: number, tokenHash: string, ttlHours: number): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ user_id: userId, token_hash: tokenHash, expires_at: sql<Date>`now() + make_interval(hours => ${ttlHours})` })
    .execute();
}

/**
 * The signed-in user of a live session, extending the session (sliding expiry, but never beyond
 * `maxHours` after sign-in); undefined if none.
 */
export async function touchSession(db: Db, tokenHash: string, ttlHours: number, maxHours: number) {
  const session = await db
    .updateTable('sessions')
    .set({
      last_seen_at: sql`now()`,
      expires_at: sql`least(now() + make_interval(hours => ${ttlHours}), created_at + make_interval(hours => ${maxHours}))`,
    })
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', sql<Date>`now()`)
    .where('created_at', '>', sql<Date>`now() - make_interval(hours => ${maxHours})`)
    .returning(['id', 'user_id'])
    .executeTakeFirst();
  if (!session) return undefined;
  const user = await db
    .selectFrom('users')
    .select([
      'id',
      'email',
      'display_name',
      'oidc_subject',
      'locale',
      sql<boolean>`exists (select 1 from staff_totp t where t.user_id = users.id and t.confirmed_at is not null)`.as('second_factor'),
    ])
    .where('id', '=', session.user_id)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  if (!user) return undefined;
  const roles = await db
    .selectFrom('user_roles as r')
    .leftJoin('municipalities as m', 'm.id', 'r.municipality_id')
    .where('r.user_id', '=', user.id)
    .select(['r.role', 'm.slug as municipality', 'm.name as municipality_name'])
    .execute();
  return { sessionId: session.id, user, roles };
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteUserSessions(db: Db, userId: number): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Sessions past their expiry: they open nothing any more. */
export async function deleteEndedSessions(db: Db): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where('expires_at', '<', sql<Date>`now()`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
