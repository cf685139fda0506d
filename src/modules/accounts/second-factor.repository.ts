// SQL for staff second factors: the TOTP secret (pending and confirmed), recovery codes, and the sign-ins
// waiting for their code.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

export async function findTotp(db: Db, userId: number) {
  return db.selectFrom('staff_totp').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

export async function hasConfirmedTotp(db: Db, userId: number): Promise<boolean> {
  return !!(await db
    .selectFrom('staff_totp')
    .select('user_id')
    .where('user_id', '=', userId)
    .where('confirmed_at', 'is not', null)
    .executeTakeFirst());
}

export async function savePendingSecret(db: Db, userId: number, secret: string): Promise<void> {
  await db
    .insertInto('staff_totp')
    .values({ user_id: userId, pending_secret: secret, pending_since: sql<Date>`now()` })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ pending_secret: secret, pending_since: sql<Date>`now()` }))
    .execute();
}

/** Makes the pending secret the confirmed one, if it is still the one the code was checked against. */
export async function confirmPendingSecret(db: Db, userId: number, secret: string, step: number): Promise<boolean> {
  const row = await db
    .updateTable('staff_totp')
    .set({ secret, confirmed_at: sql<Date>`now()`, last_step: step, pending_secret: null, pending_since: null })
    .where('user_id', '=', userId)
    .where('pending_secret', '=', secret)
    .returning('user_id')
    .executeTakeFirst();
  return !!row;
}

/**
 * Records `step` as used if it is later than the last used one, atomically: of two requests with the
 * same code only one gets true, so no code works twice.
 */
export async function useStep(db: Db, userId: number, step: number): Promise<boolean> {
  const row = await db
    .updateTable('staff_totp')
    .set({ last_step: step })
    .where('user_id', '=', userId)
    .where('confirmed_at', 'is not', null)
    .where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', step)]))
    .returning('user_id')
    .executeTakeFirst();
  return !!row;
}

export async function deleteTotp(db: Db, userId: number): Promise<boolean> {
  const result = await db.deleteFrom('staff_totp').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function replaceRecoveryCodes(db: Db, userId: number, hashes: string[]): Promise<void> {
  await db.deleteFrom('staff_recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('staff_recovery_codes')
    .values(hashes.map((code_hash) => ({ user_id: userId, code_hash })))
    .execute();
}

/** Uses up the code if it is one of the user's unused ones; true only for the request that used it. */
export async function useRecoveryCode(db: Db, userId: number, hash: string): Promise<boolean> {
  const row = await db
    .updateTable('staff_recovery_codes')
    .set({ used_at: sql<Date>`now()` })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return !!row;
}

export async function countUnusedRecoveryCodes(db: Db, userId: number): Promise<number> {
  const row = await db
    .selectFrom('staff_recovery_codes')
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteRecoveryCodes(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('staff_recovery_codes').where('user_id', '=', userId).execute();
}

export async function passwordHashOf(db: Db, userId: number): Promise<string | null> {
  const row = await db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', userId)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  return row?.password_hash ?? null;
}

export async function insertChallenge(
  db: Db,
  tokenHash: string,
  userId: number,
  returnTo: string | null,
  ttlMinutes: number,
): Promise<void> {
  // Old, unfinished sign-ins go as new ones start: the table stays as small as the number of people signing in.
  await db
    .deleteFrom('staff_sign_in_challenges')
    .where('expires_at', '<', sql<Date>`now()`)
    .execute();
  await db
    .insertInto('staff_sign_in_challenges')
    .values({
      token_hash: tokenHash,
      user_id: userId,
      return_to: returnTo,
      expires_at: sql<Date>`now() + make_interval(mins => ${ttlMinutes})`,
    })
    .execute();
}

/** The live sign-in of this token with its user's address (for the rate limits); undefined if none. */
export async function findChallenge(db: Db, tokenHash: string) {
  return db
    .selectFrom('staff_sign_in_challenges as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .where('c.token_hash', '=', tokenHash)
    .where('c.expires_at', '>', sql<Date>`now()`)
    .where('u.disabled_at', 'is', null)
    .select(['c.user_id', 'c.return_to', 'c.attempts', 'u.email', 'u.display_name'])
    .executeTakeFirst();
}

/** Counts one more code attempt on this sign-in and returns the count. */
export async function countChallengeAttempt(db: Db, tokenHash: string): Promise<number> {
  const row = await db
    .updateTable('staff_sign_in_challenges')
    .set({ attempts: sql`attempts + 1` })
    .where('token_hash', '=', tokenHash)
    .returning('attempts')
    .executeTakeFirst();
  return row?.attempts ?? Number.POSITIVE_INFINITY;
}

/** Ends this waiting sign-in; true only for the one request that ended it. */
export async function deleteChallenge(db: Db, tokenHash: string): Promise<boolean> {
  const result = await db.deleteFrom('staff_sign_in_challenges').where('token_hash', '=', tokenHash).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function deleteUserChallenges(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('staff_sign_in_challenges').where('user_id', '=', userId).execute();
}
