// Second factors for tests: set one up directly in the database (as if enrolled), or read the secret
// from the enrolment page, and compute codes with otpauth as an authenticator app does.
import { Secret, TOTP } from 'otpauth';
import type { Db } from '../../src/db/database.js';
import { newTotpSecret } from '../../src/modules/accounts/totp.js';

/** A confirmed second factor for the user; returns its secret. */
export async function enrolDirectly(db: Db, userId: number): Promise<string> {
  const secret = newTotpSecret();
  const values = { secret, confirmed_at: new Date(), last_step: null, pending_secret: null, pending_since: null };
  await db
    .insertInto('staff_totp')
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
  return secret;
}

/** An enrolment waiting for its first code; returns the secret shown on the page. */
export async function pendingDirectly(db: Db, userId: number): Promise<string> {
  const secret = newTotpSecret();
  const values = { secret: null, confirmed_at: null, last_step: null, pending_secret: secret, pending_since: new Date() };
  await db
    .insertInto('staff_totp')
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
  return secret;
}

/** The code an authenticator app shows for this secret, now or `steps` time steps away. */
export function codeFor(secret: string, steps = 0): string {
  // The defaults of otpauth are those of the apps: SHA-1, six digits, 30 seconds.
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + steps * 30_000 });
}

/** The secret as the enrolment page shows it (in groups of four). */
export function secretOnPage(html: string): string {
  const match = /<code id="totp-secret">([A-Z2-7 ]+)<\/code>/.exec(html);
  if (!match) throw new Error('no secret on the page');
  return match[1]!.replace(/ /g, '');
}
