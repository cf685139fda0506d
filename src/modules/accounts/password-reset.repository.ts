// SQL for the one-time links that set a staff password (resets and invitations).
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

export async function insertPasswordLink(db: Db, userId: number, tokenHash: string, minutes: number): Promise<void> {
  await db
    .insertInto('password_resets')
    .values({ user_id: userId, token_hash: tokenHash, expires_at: sql<Date>`now() + make_interval(mins => ${minutes})` })
    .execute();
}

/** The unused, unexpired link of an active account, with the account's address and identity link. */
export async function findLivePasswordLink(db: Db, tokenHash: string) {
  return db
    .selectFrom('password_resets as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .where('r.token_hash', '=', tokenHash)
    .where('r.used_at', 'is', null)
    .where('r.expires_at', '>', sql<Date>`now()`)
    .where('u.disabled_at', 'is', null)
    .select(['r.id', 'r.user_id', 'u.email', 'u.oidc_subject'])
    .executeTakeFirst();
}

/** Uses the link up; false when it was used already (by a concurrent request). */
export async function usePasswordLink(db: Db, id: number): Promise<boolean> {
  const used = await db
    .updateTable('password_resets')
    .set({ used_at: sql`now()` })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(used.numUpdatedRows) === 1;
}

export async function useAllPasswordLinksOf(db: Db, userId: number): Promise<void> {
  await db
    .updateTable('password_resets')
    .set({ used_at: sql`now()` })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}

export async function setPasswordHash(db: Db, userId: number, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
}
