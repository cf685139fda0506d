// Password reset by e-mail. Neither the answer to a request nor its timing tells whether the address has
// an account (a job looks it up later); requests are limited per address and client like sign-ins; a link
// works once, for an hour, and using it signs the person out everywhere. An account that signs in through
// single sign-on never gets a password link, only a note where to sign in.
import crypto from 'node:crypto';
import type { Db } from '../../db/database.js';
import { t } from '../../i18n/index.js';
import { enqueue } from '../../jobs/queue.js';
import type { Locale } from '../../lib/localized.js';
import { recordAudit } from '../audit/index.js';
import { findUserByEmail } from './accounts.repository.js';
import * as repo from './password-reset.repository.js';
import { hashPassword } from './passwords.js';
import * as counters from '../../platform/rate-limit.repository.js';
import { signOutEverywhere, passwordAllowed, type StaffSignInRules } from '../../platform/staff-session.js';
import { hashToken } from '../../lib/token-hash.js';
import { WINDOW_MINUTES } from './sign-in.service.js';

export const RESET_TTL_MINUTES = 60;
const MAX_REQUESTS_PER_ADDRESS = 3;
const MAX_REQUESTS_PER_CLIENT = 20;
const MAX_UNKNOWN_LINKS_PER_CLIENT = 10;

/**
 * Queues the reset for the job that mails the link. Every request within the limits does the same work
 * here, known address or not. 'limited' when asked too often.
 */
export async function requestPasswordReset(
  db: Db,
  email: string,
  client: string,
  locale: Locale,
  rules: StaffSignInRules,
): Promise<'sent' | 'limited'> {
  const address = email.trim().toLowerCase();
  const addressKey = `reset:${hashToken(address)}`;
  const clientKey = `reset-client:${client}`;
  const [byAddress, byClient] = await Promise.all([
    counters.recordFailure(db, addressKey, WINDOW_MINUTES),
    counters.recordFailure(db, clientKey, WINDOW_MINUTES),
  ]);
  if (byAddress > MAX_REQUESTS_PER_ADDRESS || byClient > MAX_REQUESTS_PER_CLIENT) return 'limited';
  const job: ResetJob = { email: address, locale, sso: rules.sso };
  await enqueue(db, 'staff_password_link', job, { maxAttempts: 3 });
  return 'sent';
}

export interface ResetJob {
  email: string;
  locale: Locale;
  /** Whether single sign-on was configured when the person asked. */
  sso: boolean;
}

/** The job behind a reset request: a link for an active account with a password, a note for SSO accounts, nothing otherwise. */
export async function mailPasswordLink(db: Db, job: ResetJob, baseUrl: string): Promise<void> {
  const user = await findUserByEmail(db, job.email);
  if (!user || user.disabled_at) return;
  if (passwordAllowed({ passwordLogin: true, sso: job.sso }, user)) {
    await db.transaction().execute((trx) => sendPasswordLink(trx, { id: user.id, email: user.email }, job.locale, baseUrl, 'reset'));
    return;
  }
  await enqueue(db, 'send_mail', {
    to: user.email,
    subject: t(job.locale, 'reset.mail.subject'),
    text: t(job.locale, 'reset.mail.sso', { link: `${baseUrl}/${job.locale}/anmelden` }),
  });
}

export const INVITATION_TTL_HOURS = 72;

/**
 * Mails a one-time link to the page that sets a password: a reset (valid an hour) or the invitation of a
 * new account (valid 72 hours). Called inside the caller's transaction; the mail leaves on commit.
 */
export async function sendPasswordLink(
  trx: Db,
  user: { id: number; email: string },
  locale: Locale,
  baseUrl: string,
  kind: 'reset' | 'invitation',
): Promise<void> {
  const token = crypto.randomBytes(32).toString('base64url');
  const minutes = kind === 'reset' ? RESET_TTL_MINUTES : INVITATION_TTL_HOURS * 60;
  await repo.insertPasswordLink(trx, user.id, hashToken(token), minutes);
  const link = `${baseUrl}/${locale}/passwort-neu?token=${token}`;
  await enqueue(trx, 'send_mail', {
    to: user.email,
    subject: t(locale, kind === 'reset' ? 'reset.mail.subject' : 'invite.mail.subject'),
    text:
      kind === 'reset'
        ? t(locale, 'reset.mail.text', { link, validity: t(locale, 'reset.mail.validity', { count: minutes }) })
        : t(locale, 'invite.mail.text', {
            link,
            validity: t(locale, 'invite.mail.validity', { count: INVITATION_TTL_HOURS }),
            url: baseUrl,
          }),
  });
}

async function liveReset(db: Db, token: string, rules: StaffSignInRules) {
  if (!token) return undefined;
  const reset = await repo.findLivePasswordLink(db, hashToken(token));
  // A link mailed before the account was linked to single sign-on (or before passwords were turned off) is dead.
  return reset && passwordAllowed(rules, reset) ? reset : undefined;
}

export async function resetTokenValid(db: Db, token: string, rules: StaffSignInRules): Promise<boolean> {
  return !!(await liveReset(db, token, rules));
}

/**
 * Sets the new password and uses up the link. The link is checked before the (costly) hash, so an
 * unknown link costs a lookup only; a client that keeps sending unknown links is 'limited'.
 */
export async function resetPassword(
  db: Db,
  token: string,
  password: string,
  client: string,
  rules: StaffSignInRules,
): Promise<'done' | 'invalid' | 'limited'> {
  if (!(await liveReset(db, token, rules))) {
    const misses = await counters.recordFailure(db, `reset-use:${client}`, WINDOW_MINUTES);
    return misses > MAX_UNKNOWN_LINKS_PER_CLIENT ? 'limited' : 'invalid';
  }
  const hash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    const reset = await liveReset(trx, token, rules);
    if (!reset) return 'invalid';
    if (!(await repo.usePasswordLink(trx, reset.id))) return 'invalid';
    // Every other link of this person ends too: an older mail must not reset the new password.
    await repo.useAllPasswordLinksOf(trx, reset.user_id);
    await repo.setPasswordHash(trx, reset.user_id, hash);
    await signOutEverywhere(trx, reset.user_id);
    await recordAudit(
      trx,
      { kind: 'system', label: 'password-reset-link' },
      { action: 'user.password.reset', entityType: 'user', entityId: reset.email, summary: reset.email },
    );
    return 'done';
  });
}
