// SQL of the rate limits every module shares (table sign_in_failures): a counter per key in a time
// window, kept in PostgreSQL so that all processes of a deployment count together. Keys name what is
// limited (an account, a hashed client address), never an address in clear.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

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
  await db
    .updateTable('sign_in_failures')
    .set({ failures: sql`greatest(failures - 1, 0)` })
    .where('key', '=', key)
    .execute();
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('key', '=', key).execute();
}

/** Rate-limit counters whose window started before `hours` ago (some keys hold a client's address). */
export async function deleteOldFailures(db: Db, hours: number): Promise<number> {
  const result = await db
    .deleteFrom('sign_in_failures')
    .where('window_start', '<', sql<Date>`now() - make_interval(hours => ${hours})`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
