// SQL for sign-in sessions and the counters of failed sign-ins.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

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
    .set({ last_seen_at: sql`now()`, expires_at: sql`least(now() + make_interval(hours => ${ttlHours}), created_at + make_interval(hours => ${maxHours}))` })
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', sql<Date>`now()`)
    .where('created_at', '>', sql<Date>`now() - make_interval(hours => ${maxHours})`)
    .returning(['id', 'user_id'])
    .executeTakeFirst();
  if (!session) return undefined;
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'oidc_subject', sql<boolean>`exists (select 1 from staff_totp t where t.user_id = users.id and t.confirmed_at is not null)`.as('second_factor')])
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

/** Counts one more attempt in the key's window and returns the count, atomically (parallel requests each see their own number). */
export async function recordFailure(db: Db, key: string, windowMinutes: number): Promise<number> {
  const result = await sql<{ failures: number }>`
    insert into sign_in_failures (key, window_start, failures) values (${key}, now(), 1)
    on conflict (key) do update set
      failures = case when sign_in_failures.window_start > now() - make_interval(mins => ${windowMinutes})
                      then sign_in_failures.failures + 1 else 1 end,
      window_start = case when sign_in_failures.window_start > now() - make_interval(mins => ${windowMinutes})
                      then sign_in_failures.window_start else now() end
    returning failures`.execute(db);
  return result.rows[0]!.failures;
}

/** Takes back one counted attempt (a sign-in that succeeded). */
export async function forgiveAttempt(db: Db, key: string): Promise<void> {
  await db.updateTable('sign_in_failures').set({ failures: sql`greatest(failures - 1, 0)` }).where('key', '=', key).execute();
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('key', '=', key).execute();
}

/** Sessions past their expiry: they open nothing any more. */
export async function deleteEndedSessions(db: Db): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<', sql<Date>`now()`).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Rate-limit counters whose window started before `hours` ago (some keys hold a client's address). */
export async function deleteOldFailures(db: Db, hours: number): Promise<number> {
  const result = await db.deleteFrom('sign_in_failures').where('window_start', '<', sql<Date>`now() - make_interval(hours => ${hours})`).executeTakeFirst();
  return Number(result.numDeletedRows);
}
