// Signing in and out. Failed attempts are limited per address *and client* (5 per 15 minutes) and per
// client (30 per 15 minutes): an attacker elsewhere can slow down guessing but cannot lock a person out
// from their own computer, and every lock ends with its window.
// An account with a second factor gets no session from the password alone: it goes on to the code step
// (sign-in-code.service.ts), whose attempts count against the same limits.
import crypto from 'node:crypto';
import type { Db } from '../../db/database.js';
import { findUserByEmail } from './accounts.repository.js';
import { STAND_IN_HASH, verifyPassword } from './passwords.js';
import * as counters from '../../platform/rate-limit.repository.js';
import { createSession, passwordAllowed, type StaffSignInRules } from '../../platform/staff-session.js';
import { hashToken } from '../../lib/token-hash.js';
import { hasConfirmedTotp, insertChallenge } from './second-factor.repository.js';

export const WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ADDRESS_AND_CLIENT = 5;
export const MAX_FAILURES_PER_CLIENT = 30;
/** How long a sign-in waits for its second-factor code after the password. */
export const CODE_STEP_MINUTES = 10;

/**
 * `done`: signed in, here is the session. `code`: the password was right and the account has a second
 * factor; the sign-in continues with the code (see sign-in-code.service.ts) under this challenge token.
 */
export type SignInResult =
  | { ok: true; step: 'done'; token: string }
  | { ok: true; step: 'code'; challenge: string }
  | { ok: false; reason: 'invalid' | 'locked' | 'sso' };

/** The counters one attempt for this address from this client goes to. Keys hold a hash of the address, never the address itself. */
export function attemptKeys(email: string, client: string) {
  const address = email.trim().toLowerCase();
  return {
    addressKey: `address:${hashToken(address)}|client:${client}`,
    clientKey: `client:${client}`,
    accountKey: `account:${hashToken(address)}`,
  };
}

/**
 * Counts one attempt, before the (slow) check, atomically: a burst of parallel guesses cannot slip
 * through between reading and writing the counters. Passwords and second-factor codes count alike.
 */
export async function countAttempt(db: Db, keys: ReturnType<typeof attemptKeys>): Promise<'locked' | 'go'> {
  const [byAddress, byClient, byAccount] = await Promise.all([
    counters.recordFailure(db, keys.addressKey, WINDOW_MINUTES),
    counters.recordFailure(db, keys.clientKey, WINDOW_MINUTES),
    counters.recordFailure(db, keys.accountKey, WINDOW_MINUTES),
  ]);
  if (byAddress > MAX_FAILURES_PER_ADDRESS_AND_CLIENT || byClient > MAX_FAILURES_PER_CLIENT) return 'locked';
  // Guessing one account from many clients is slowed down, never locked: the person can still get in.
  if (byAccount > ACCOUNT_DELAY_AFTER) await delay(Math.min((byAccount - ACCOUNT_DELAY_AFTER) * 250, 5000));
  return 'go';
}

/** A complete sign-in takes back what its attempts counted. */
export async function forgiveAttempts(db: Db, keys: ReturnType<typeof attemptKeys>): Promise<void> {
  await Promise.all([
    counters.clearFailures(db, keys.addressKey),
    counters.clearFailures(db, keys.accountKey),
    counters.forgiveAttempt(db, keys.clientKey),
  ]);
}

export async function signIn(
  db: Db,
  email: string,
  password: string,
  client: string,
  rules: StaffSignInRules,
  returnTo: string | null = null,
): Promise<SignInResult> {
  if (!rules.passwordLogin) return { ok: false, reason: 'sso' };
  const address = email.trim().toLowerCase();
  const keys = attemptKeys(address, client);
  if ((await countAttempt(db, keys)) === 'locked') return { ok: false, reason: 'locked' };

  const user = await findUserByEmail(db, address);
  const usable = user && !user.disabled_at && user.password_hash;
  // Verifying against the stand-in when the address is unknown keeps the answer time the same either way.
  const valid = await verifyPassword(usable ? user.password_hash! : STAND_IN_HASH, password);
  if (!usable || !valid) return { ok: false, reason: 'invalid' };
  // Told only to whoever knows the password: it does not reveal which addresses are linked.
  if (!passwordAllowed(rules, user)) return { ok: false, reason: 'sso' };
  // The counters stay until the code is right too: a known password must not reset the code's limits.
  if (await hasConfirmedTotp(db, user.id)) return { ok: true, step: 'code', challenge: await startCodeStep(db, user.id, returnTo) };
  await forgiveAttempts(db, keys);
  return { ok: true, step: 'done', token: await createSession(db, user.id) };
}

const ACCOUNT_DELAY_AFTER = 20;
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A sign-in waiting for its code; returns the token for the browser's cookie (only its hash is stored). */
async function startCodeStep(db: Db, userId: number, returnTo: string | null): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url');
  await insertChallenge(db, hashToken(token), userId, returnTo, CODE_STEP_MINUTES);
  return token;
}
