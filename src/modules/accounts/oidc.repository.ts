// SQL for single sign-on: the sign-ins started and waiting for the provider's answer, and the link
// between a staff account and the provider's identity (issuer and subject).
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

export async function insertOidcLogin(
  db: Db,
  login: { state: string; codeVerifier: string; nonce: string; locale: string; returnTo: string | null },
): Promise<void> {
  await db
    .insertInto('oidc_logins')
    .values({ state: login.state, code_verifier: login.codeVerifier, nonce: login.nonce, locale: login.locale, return_to: login.returnTo })
    .execute();
}

/** Removes and returns the sign-in started with `state`, if it is younger than `minutes`. */
export async function takeOidcLogin(db: Db, state: string, minutes: number) {
  return db
    .deleteFrom('oidc_logins')
    .where('state', '=', state)
    .where('created_at', '>', sql<Date>`now() - make_interval(mins => ${minutes})`)
    .returningAll()
    .executeTakeFirst();
}

export async function findUserByIdentity(db: Db, issuer: string, subject: string) {
  return db
    .selectFrom('users')
    .select(['id', 'disabled_at'])
    .where('oidc_issuer', '=', issuer)
    .where('oidc_subject', '=', subject)
    .executeTakeFirst();
}

/** The active account with this (lower-case) address that no identity claimed yet, locked until the transaction ends. */
export async function lockUnlinkedUserByEmail(db: Db, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email'])
    .where(sql`lower(email)`, '=', email)
    .where('disabled_at', 'is', null)
    .where('oidc_subject', 'is', null)
    .forUpdate()
    .executeTakeFirst();
}

export async function linkIdentity(db: Db, userId: number, issuer: string, subject: string): Promise<void> {
  await db.updateTable('users').set({ oidc_issuer: issuer, oidc_subject: subject }).where('id', '=', userId).execute();
}
