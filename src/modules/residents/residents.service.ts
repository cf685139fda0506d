// Residents' own accounts: signed in by a link sent to their address (the account is made on first use),
// or with a password they may set later. They edit their profile, download everything we hold about them
// as JSON and delete the account: ideas, comments and supports stay, without an author; guest notices and
// request initiations given with the same address lose name and address too; advisory cases go with it.
import crypto from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { notifyModes } from '../../db/schema.js';
import { t } from '../../i18n/index.js';
import { enqueue } from '../../jobs/queue.js';
import { AppError } from '../../lib/errors.js';
import { locales, type Locale } from '../../lib/localized.js';
import {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  hashPassword,
  verifyPassword,
  guessablePassword,
  STAND_IN_HASH,
} from '../accounts/index.js';
import { hashToken } from '../../lib/token-hash.js';
import * as counters from '../../platform/rate-limit.repository.js';
import { safeReturnPath } from '../../platform/staff-area.js';
import type { Resident } from '../../platform/resident-session.js';
import { checkResidentWrite } from '../../platform/write-limits.js';
import { deleteCasesOfResident, ownPartners, residentCases, withdrawPartners } from '../network/index.js';
import * as data from './resident-data.repository.js';
import * as repo from './residents.repository.js';
import {
  type ContributionsView,
  type NetworkEntriesView,
  toNetworkEntriesView,
  toOwnCommentView,
  toOwnIdeaView,
  toOwnSupportView,
} from './residents.view-model.js';

export const LINK_TTL_MINUTES = 60;

export const linkBody = z.object({ email: z.email().max(320) });
export const passwordSignInBody = z.object({ email: z.email().max(320), password: z.string().min(1).max(MAX_PASSWORD_LENGTH) });
export const profileBody = z
  .object({
    display_name: z
      .string()
      .trim()
      .max(60)
      .optional()
      .transform((v) => v || null),
    locale: z.enum(locales),
    notify_mode: z.enum(notifyModes),
    current_password: z
      .string()
      .max(MAX_PASSWORD_LENGTH)
      .optional()
      .transform((v) => v || null),
    password: z
      .string()
      .max(MAX_PASSWORD_LENGTH)
      .optional()
      .transform((v) => v || null),
    password2: z
      .string()
      .max(MAX_PASSWORD_LENGTH)
      .optional()
      .transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (v.password && v.password.length < MIN_PASSWORD_LENGTH) ctx.addIssue({ code: 'custom', path: ['password'], message: 'short' });
    else if (v.password && v.password !== v.password2) ctx.addIssue({ code: 'custom', path: ['password2'], message: 'mismatch' });
  });

const WINDOW = 15;

/** True when the client or the address has asked too often (20 and 5 per 15 minutes). */
async function limited(db: Db, client: string, email: string, what: string): Promise<boolean> {
  const [byClient, byAddress] = await Promise.all([
    counters.recordFailure(db, `${what}-client:${hashToken(client)}`, WINDOW),
    counters.recordFailure(db, `${what}-address:${hashToken(email.toLowerCase())}`, WINDOW),
  ]);
  return byClient > 20 || byAddress > 5;
}

/** Mails a one-time sign-in link. The answer is the same whether an account exists or not. */
export async function requestSignInLink(
  db: Db,
  email: string,
  locale: Locale,
  returnPath: unknown,
  client: string,
  baseUrl: string,
): Promise<'sent' | 'limited'> {
  const address = email.trim().toLowerCase();
  if (await limited(db, client, address, 'resident-link')) return 'limited';
  const raw = crypto.randomBytes(24).toString('base64url');
  await db.transaction().execute(async (trx) => {
    await repo.insertLink(trx, {
      email: address,
      tokenHash: hashToken(raw),
      locale,
      returnPath: safeReturnPath(returnPath),
      ttlMinutes: LINK_TTL_MINUTES,
    });
    await enqueue(trx, 'send_mail', {
      to: address,
      subject: t(locale, 'residents.mail.link.subject'),
      text: t(locale, 'residents.mail.link.text', {
        link: `${baseUrl}/${locale}/buergerkonto/link?token=${raw}`,
        validity: t(locale, 'residents.mail.link.validity', { count: LINK_TTL_MINUTES }),
      }),
    });
  });
  return 'sent';
}

/** Uses a sign-in link once: makes the account on first use; the resident's id and where to go next, or null. */
export async function useSignInLink(
  db: Db,
  raw: string,
): Promise<{ residentId: number; returnPath: string | null; created: boolean } | null> {
  if (!raw || raw.length > 100) return null;
  return db.transaction().execute(async (trx) => {
    const link = await repo.useLink(trx, hashToken(raw));
    if (!link) return null;
    const block = await repo.findBlockedAddress(trx, hashToken(link.email));
    const inserted = await repo.insertResidentIfNew(trx, {
      email: link.email,
      locale: link.locale,
      unsubscribeToken: crypto.randomBytes(24).toString('base64url'),
      block,
    });
    const id = inserted ?? (await repo.residentIdByEmail(trx, link.email));
    return { residentId: id, returnPath: link.return_path, created: inserted !== undefined };
  });
}

export async function signInWithPassword(db: Db, email: string, password: string, client: string): Promise<number | 'invalid' | 'limited'> {
  const address = email.trim().toLowerCase();
  if (await limited(db, client, address, 'resident-password')) return 'limited';
  const resident = await repo.findPasswordByEmail(db, address);
  // Checking against the stand-in when the address has no password keeps the answer time the same either way.
  const valid = await verifyPassword(resident?.password_hash ?? STAND_IN_HASH, password);
  return resident?.password_hash && valid ? resident.id : 'invalid';
}

/**
 * Saves the profile. A blocked account keeps its public name: it shows on every past contribution.
 * A new password needs the current one, or, for a first password, a sign-in of the last minutes (a
 * session left open on a shared computer must not take over the account); it ends every other session.
 */
export async function updateProfile(db: Db, resident: Resident, input: z.infer<typeof profileBody>, client: string): Promise<void> {
  await checkResidentWrite(db, resident, client, { ownOnly: true });
  let passwordHash: string | undefined;
  if (input.password) {
    if (resident.hasPassword) {
      if (await limited(db, client, resident.email, 'resident-password'))
        throw new AppError(429, 'too_many_attempts', 'residents.error.passwordLimited');
      const stored = await repo.passwordHashOf(db, resident.id);
      if (!input.current_password || !(await verifyPassword(stored!, input.current_password)))
        throw new AppError(400, 'current_password', 'residents.error.currentPassword');
    } else if (!resident.freshSignIn) {
      throw new AppError(400, 'sign_in_again', 'residents.error.signInAgain');
    }
    if (await guessablePassword(input.password, [resident.email, input.display_name]))
      throw new AppError(400, 'password_guessable', 'accounts.passwordGuessable');
    passwordHash = await hashPassword(input.password);
  }
  await db.transaction().execute(async (trx) => {
    await repo.updateProfile(trx, resident.id, {
      displayName: resident.blocked ? undefined : input.display_name,
      locale: input.locale,
      notifyMode: input.notify_mode,
      passwordHash,
    });
    if (passwordHash) await repo.deleteOtherSessions(trx, resident.id, resident.sessionId);
  });
}

/** The resident's own ideas, comments and supports, newest first, for the profile page. */
export async function contributionsOf(db: Db, residentId: number): Promise<ContributionsView> {
  const [ideas, comments, supports] = await Promise.all([
    data.ownIdeas(db, residentId),
    data.ownComments(db, residentId),
    data.ownSupports(db, residentId),
  ]);
  return { ideas: ideas.map(toOwnIdeaView), comments: comments.map(toOwnCommentView), supports: supports.map(toOwnSupportView) };
}

/** The resident's partner profiles and advisory cases, for the profile page. */
export async function networkEntriesOf(db: Db, residentId: number): Promise<NetworkEntriesView> {
  const [partners, cases] = await Promise.all([ownPartners(db, residentId), residentCases(db, residentId)]);
  return toNetworkEntriesView(partners, cases);
}

/** Everything held about the resident, as a JSON document (Art. 15 and 20 GDPR). */
export async function exportData(db: Db, residentId: number, extra: Record<string, unknown> = {}) {
  const account = await data.exportAccount(db, residentId);
  const [sessions, ideas, comments, supports, votes, surveys, reports, notices, requests, signatures, registrations] = await Promise.all([
    data.exportSessions(db, residentId),
    data.exportIdeas(db, residentId),
    data.exportComments(db, residentId),
    data.exportSupports(db, residentId),
    data.exportSectionVotes(db, residentId),
    data.exportSurveysAnswered(db, residentId),
    data.exportReports(db, residentId),
    data.exportNotices(db, account.email),
    data.exportRequests(db, account.email),
    data.exportSignatures(db, account.email),
    data.exportEventRegistrations(db, account.email),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    account,
    sessions,
    ideas,
    comments,
    supports,
    consultationVotes: votes,
    surveysAnswered: surveys,
    reports,
    notices,
    participationRequests: requests,
    signatures,
    eventRegistrations: registrations,
    ...extra,
  };
}

/**
 * Deletes the account. Ideas, comments and supports stay (the discussion keeps its sense) without an
 * author; notices and request initiations given with the same address lose name and address; partner
 * profiles are withdrawn; advisory cases are deleted with their messages and files. Signatures and
 * event registrations follow their own deletion periods, which the export states.
 */
export async function deleteAccount(db: Db, residentId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const resident = await repo.lockResident(trx, residentId);
    if (!resident) return;
    await repo.anonymiseGuestContributions(trx, resident.email);
    // A blocked account cannot shed its block by being deleted and made afresh: the address stays blocked (as a hash).
    if (resident.blocked_at) await repo.blockAddress(trx, hashToken(resident.email), resident.blocked_reason);
    await repo.deleteLinksOf(trx, resident.email);
    await withdrawPartners(trx, residentId);
    // The team's advisory cases, with their messages and files, belong to the account and go with it.
    await deleteCasesOfResident(trx, residentId);
    await repo.deleteResident(trx, residentId);
  });
}

/** The daily purge of ended resident sessions and spent sign-in links. */
export async function purgeResidentSignIns(db: Db): Promise<{ links: number; sessions: number }> {
  return { links: await repo.deleteSpentLinks(db), sessions: await repo.deleteEndedSessions(db) };
}
