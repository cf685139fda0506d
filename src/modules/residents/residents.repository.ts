// SQL for residents' accounts: sign-in links, the account row, sessions, and the purge of spent links and
// ended sessions. Functions take `db` (or a transaction) so that the service decides the transaction.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { NotifyMode } from '../../db/schema.js';

export async function insertLink(
  db: Db,
  link: { email: string; tokenHash: string; locale: string; returnPath: string | null; ttlMinutes: number },
): Promise<void> {
  await db
    .insertInto('resident_links')
    .values({
      email: link.email,
      token_hash: link.tokenHash,
      locale: link.locale,
      return_path: link.returnPath,
      expires_at: sql<Date>`now() + make_interval(mins => ${link.ttlMinutes})`,
    })
    .execute();
}

/** Marks an unused, unexpired link as used; what it was made for, or undefined. */
export async function useLink(db: Db, tokenHash: string) {
  return db
    .updateTable('resident_links')
    .set({ used_at: sql`now()` })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .returning(['email', 'locale', 'return_path'])
    .executeTakeFirst();
}

export async function findBlockedAddress(db: Db, emailHash: string) {
  return db.selectFrom('blocked_addresses').select('reason').where('email_hash', '=', emailHash).executeTakeFirst();
}

/** Keeps the address blocked after its account is gone; blocking it twice changes nothing. */
export async function blockAddress(db: Db, emailHash: string, reason: string | null): Promise<void> {
  await db
    .insertInto('blocked_addresses')
    .values({ email_hash: emailHash, reason })
    .onConflict((oc) => oc.column('email_hash').doNothing())
    .execute();
}

/** Makes the account unless the address has one; the new id, or undefined when it existed. */
export async function insertResidentIfNew(
  db: Db,
  r: { email: string; locale: string; unsubscribeToken: string; block: { reason: string | null } | undefined },
): Promise<number | undefined> {
  const inserted = await db
    .insertInto('residents')
    .values({
      email: r.email,
      locale: r.locale,
      unsubscribe_token: r.unsubscribeToken,
      ...(r.block ? { blocked_at: new Date(), blocked_reason: r.block.reason } : {}),
    })
    .onConflict((oc) => oc.column('email').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

export async function residentIdByEmail(db: Db, email: string): Promise<number> {
  return (await db.selectFrom('residents').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
}

export async function findPasswordByEmail(db: Db, email: string) {
  return db.selectFrom('residents').select(['id', 'password_hash']).where('email', '=', email).executeTakeFirst();
}

export async function passwordHashOf(db: Db, residentId: number): Promise<string | null> {
  return (await db.selectFrom('residents').select('password_hash').where('id', '=', residentId).executeTakeFirstOrThrow()).password_hash;
}

/** Saves the profile; `displayName` undefined keeps the current name, `passwordHash` undefined the password. */
export async function updateProfile(
  db: Db,
  residentId: number,
  p: { displayName: string | null | undefined; locale: string; notifyMode: NotifyMode; passwordHash: string | undefined },
): Promise<void> {
  await db
    .updateTable('residents')
    .set({
      ...(p.displayName !== undefined ? { display_name: p.displayName } : {}),
      locale: p.locale,
      notify_mode: p.notifyMode,
      ...(p.passwordHash ? { password_hash: p.passwordHash } : {}),
    })
    .where('id', '=', residentId)
    .execute();
}

export async function deleteOtherSessions(db: Db, residentId: number, keepSessionId: number): Promise<void> {
  await db.deleteFrom('resident_sessions').where('resident_id', '=', residentId).where('id', '<>', keepSessionId).execute();
}

/** The account row, locked until the end of the transaction. */
export async function lockResident(db: Db, residentId: number) {
  return db
    .selectFrom('residents')
    .select(['email', 'blocked_at', 'blocked_reason'])
    .where('id', '=', residentId)
    .forUpdate()
    .executeTakeFirst();
}

/** Guest notices and request initiations given with the address lose name and address. */
export async function anonymiseGuestContributions(db: Db, email: string): Promise<void> {
  await db
    .updateTable('notices')
    .set({ name: null, email: null })
    .where(sql`lower(email)`, '=', email)
    .execute();
  await db
    .updateTable('participation_requests')
    .set({ initiator_name: null, initiator_email: null })
    .where(sql`lower(initiator_email)`, '=', email)
    .execute();
}

export async function deleteLinksOf(db: Db, email: string): Promise<void> {
  await db.deleteFrom('resident_links').where('email', '=', email).execute();
}

export async function deleteResident(db: Db, residentId: number): Promise<void> {
  await db.deleteFrom('residents').where('id', '=', residentId).execute();
}

/** Sign-in links that were used or have expired; a link holds whatever address someone typed in. */
export async function deleteSpentLinks(db: Db): Promise<number> {
  const result = await db
    .deleteFrom('resident_links')
    .where((eb) => eb.or([eb('used_at', 'is not', null), eb('expires_at', '<', sql<Date>`now()`)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteEndedSessions(db: Db): Promise<number> {
  const result = await db
    .deleteFrom('resident_sessions')
    .where('expires_at', '<', sql<Date>`now()`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
