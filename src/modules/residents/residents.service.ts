// Residents' own accounts: signed in by a link sent to their address (the account is made on first use),
// or with a password they may set later. They edit their profile, download everything we hold about them
// as JSON and delete the account: ideas, comments and supports stay, without an author; guest notices and
// request initiations given with the same address lose name and address too; advisory cases go with it.
import crypto from 'node:crypto';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { notifyModes } from '../../db/schema.js';
import { t } from '../../i18n/index.js';
import { enqueue } from '../../jobs/queue.js';
import { AppError } from '../../lib/errors.js';
import { locales, type Locale } from '../../lib/localized.js';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, STAND_IN_HASH, hashPassword, verifyPassword } from '../accounts/passwords.js';
import { guessablePassword } from '../accounts/password-strength.js';
import { hashToken } from '../accounts/sign-in.service.js';
import * as counters from '../accounts/sessions.repository.js';
import { safeReturnPath } from '../accounts/staff-area.js';
import type { Resident } from './resident-session.js';
import { checkResidentWrite } from './write-limits.js';
import { deleteCasesOfResident } from '../network/advisory.service.js';
import { withdrawPartners } from '../network/partners.service.js';
import * as repo from './residents.repository.js';

export const LINK_TTL_MINUTES = 60;

export const linkBody = z.object({ email: z.email().max(320) });
export const passwordSignInBody = z.object({ email: z.email().max(320), password: z.string().min(1).max(MAX_PASSWORD_LENGTH) });
export const profileBody = z
  .object({
    display_name: z.string().trim().max(60).optional().transform((v) => v || null),
    locale: z.enum(locales),
    notify_mode: z.enum(notifyModes),
    current_password: z.string().max(MAX_PASSWORD_LENGTH).optional().transform((v) => v || null),
    password: z.string().max(MAX_PASSWORD_LENGTH).optional().transform((v) => v || null),
    password2: z.string().max(MAX_PASSWORD_LENGTH).optional().transform((v) => v || null),
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
export async function requestSignInLink(db: Db, email: string, locale: Locale, returnPath: unknown, client: string, baseUrl: string): Promise<'sent' | 'limited'> {
  const address = email.trim().toLowerCase();
  if (await limited(db, client, address, 'resident-link')) return 'limited';
  const raw = crypto.randomBytes(24).toString('base64url');
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('resident_links')
      .values({ email: address, token_hash: hashToken(raw), locale, return_path: safeReturnPath(returnPath), expires_at: sql<Date>`now() + make_interval(mins => ${LINK_TTL_MINUTES})` })
      .execute();
    await enqueue(trx, 'send_mail', {
      to: address,
      subject: t(locale, 'residents.mail.link.subject'),
      text: t(locale, 'residents.mail.link.text', { link: `${baseUrl}/${locale}/buergerkonto/link?token=${raw}`, minutes: LINK_TTL_MINUTES }),
    });
  });
  return 'sent';
}

/** Uses a sign-in link once: makes the account on first use; the resident's id and where to go next, or null. */
export async function useSignInLink(db: Db, raw: string): Promise<{ residentId: number; returnPath: string | null; created: boolean } | null> {
  if (!raw || raw.length > 100) return null;
  return db.transaction().execute(async (trx) => {
    const link = await trx
      .updateTable('resident_links')
      .set({ used_at: sql`now()` })
      .where('token_hash', '=', hashToken(raw))
      .where('used_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .returning(['email', 'locale', 'return_path'])
      .executeTakeFirst();
    if (!link) return null;
    const block = await trx.selectFrom('blocked_addresses').select('reason').where('email_hash', '=', hashToken(link.email)).executeTakeFirst();
    const inserted = await trx
      .insertInto('residents')
      .values({ email: link.email, locale: link.locale, unsubscribe_token: crypto.randomBytes(24).toString('base64url'), ...(block ? { blocked_at: new Date(), blocked_reason: block.reason } : {}) })
      .onConflict((oc) => oc.column('email').doNothing())
      .returning('id')
      .executeTakeFirst();
    const id = inserted?.id ?? (await trx.selectFrom('residents').select('id').where('email', '=', link.email).executeTakeFirstOrThrow()).id;
    return { residentId: id, returnPath: link.return_path, created: inserted !== undefined };
  });
}

export async function signInWithPassword(db: Db, email: string, password: string, client: string): Promise<number | 'invalid' | 'limited'> {
  const address = email.trim().toLowerCase();
  if (await limited(db, client, address, 'resident-password')) return 'limited';
  const resident = await db.selectFrom('residents').select(['id', 'password_hash']).where('email', '=', address).executeTakeFirst();
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
      if (await limited(db, client, resident.email, 'resident-password')) throw new AppError(429, 'too_many_attempts', 'residents.error.passwordLimited');
      const stored = await db.selectFrom('residents').select('password_hash').where('id', '=', resident.id).executeTakeFirstOrThrow();
      if (!input.current_password || !(await verifyPassword(stored.password_hash!, input.current_password))) throw new AppError(400, 'current_password', 'residents.error.currentPassword');
    } else if (!resident.freshSignIn) {
      throw new AppError(400, 'sign_in_again', 'residents.error.signInAgain');
    }
    if (await guessablePassword(input.password, [resident.email, input.display_name])) throw new AppError(400, 'password_guessable', 'accounts.passwordGuessable');
    passwordHash = await hashPassword(input.password);
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('residents')
      .set({ ...(resident.blocked ? {} : { display_name: input.display_name }), locale: input.locale, notify_mode: input.notify_mode, ...(passwordHash ? { password_hash: passwordHash } : {}) })
      .where('id', '=', resident.id)
      .execute();
    if (passwordHash) await trx.deleteFrom('resident_sessions').where('resident_id', '=', resident.id).where('id', '<>', resident.sessionId).execute();
  });
}

/** The resident's own ideas, comments and supports, newest first, for the profile page. */
export async function contributionsOf(db: Db, residentId: number) {
  const [ideas, comments, supports] = await Promise.all([
    db
      .selectFrom('ideas as i')
      .innerJoin('participation_processes as p', 'p.id', 'i.process_id')
      .where('i.resident_id', '=', residentId)
      .select(['i.id', 'i.title', 'i.status', 'i.support_count', 'i.hidden_at', 'i.created_at', 'p.slug as process_slug'])
      .orderBy('i.created_at', 'desc')
      .execute(),
    db
      .selectFrom('comments as c')
      .leftJoin('projects as pr', 'pr.id', 'c.project_id')
      .leftJoin('ideas as i', 'i.id', 'c.idea_id')
      .leftJoin('participation_processes as p', 'p.id', 'i.process_id')
      .where('c.resident_id', '=', residentId)
      .select(['c.id', 'c.body', 'c.created_at', 'c.hidden_at', 'pr.slug as project_slug', 'c.idea_id', 'p.slug as process_slug'])
      .orderBy('c.created_at', 'desc')
      .limit(200)
      .execute(),
    db
      .selectFrom('idea_supports as s')
      .innerJoin('ideas as i', 'i.id', 's.idea_id')
      .innerJoin('participation_processes as p', 'p.id', 'i.process_id')
      .where('s.resident_id', '=', residentId)
      .select(['i.id', 'i.title', 'p.slug as process_slug', 's.created_at'])
      .orderBy('s.created_at', 'desc')
      .execute(),
  ]);
  return { ideas, comments, supports };
}

/** Everything held about the resident, as a JSON document (Art. 15 and 20 GDPR). */
export async function exportData(db: Db, residentId: number, extra: Record<string, unknown> = {}) {
  const account = await db
    .selectFrom('residents')
    .select(['email', 'display_name', 'locale', 'notify_mode', 'created_at', 'blocked_at', 'blocked_reason', sql<boolean>`password_hash is not null`.as('has_password')])
    .where('id', '=', residentId)
    .executeTakeFirstOrThrow();
  const [sessions, ideas, comments, supports, reports, notices, requests, signatures, registrations] = await Promise.all([
    db.selectFrom('resident_sessions').select(['created_at', 'expires_at']).where('resident_id', '=', residentId).orderBy('id').execute(),
    db.selectFrom('ideas').select(['id', 'process_id', 'title', 'body', 'topic_id', 'location', 'status', 'status_reason', 'answer', 'answered_at', 'linked_project_id', 'support_count', 'created_at', 'hidden_at', 'hidden_reason']).where('resident_id', '=', residentId).orderBy('id').execute(),
    db.selectFrom('comments').select(['id', 'project_id', 'idea_id', 'parent_id', 'body', 'created_at', 'edited_at', 'hidden_at', 'hidden_reason']).where('resident_id', '=', residentId).orderBy('id').execute(),
    db.selectFrom('idea_supports').select(['idea_id', 'created_at']).where('resident_id', '=', residentId).orderBy('id').execute(),
    db.selectFrom('comment_reports').select(['comment_id', 'reason', 'created_at', 'resolution']).where('resident_id', '=', residentId).orderBy('id').execute(),
    db.selectFrom('notices').select(['id', 'project_id', 'body', 'name', 'status', 'weighing', 'created_at']).where(sql`lower(email)`, '=', account.email).orderBy('id').execute(),
    db.selectFrom('participation_requests').select(['id', 'project_id', 'title', 'reasoning', 'initiator_name', 'status', 'created_at']).where(sql`lower(initiator_email)`, '=', account.email).orderBy('id').execute(),
    db.selectFrom('signatures').select(['request_id', 'name', 'residence', 'created_at', 'confirmed_at']).where(sql`lower(email)`, '=', account.email).orderBy('id').execute(),
    db.selectFrom('event_registrations as r').innerJoin('events as e', 'e.id', 'r.event_id').select(['e.slug as event', 'r.name', 'r.status', 'r.created_at']).where(sql`lower(r.email)`, '=', account.email).orderBy('r.id').execute(),
  ]);
  return { exportedAt: new Date().toISOString(), account, sessions, ideas, comments, supports, reports, notices, participationRequests: requests, signatures, eventRegistrations: registrations, ...extra };
}

/**
 * Deletes the account. Ideas, comments and supports stay (the discussion keeps its sense) without an
 * author; notices and request initiations given with the same address lose name and address; partner
 * profiles are withdrawn; advisory cases are deleted with their messages and files. Signatures and
 * event registrations follow their own deletion periods, which the export states.
 */
export async function deleteAccount(db: Db, residentId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const resident = await trx.selectFrom('residents').select(['email', 'blocked_at', 'blocked_reason']).where('id', '=', residentId).forUpdate().executeTakeFirst();
    if (!resident) return;
    await trx.updateTable('notices').set({ name: null, email: null }).where(sql`lower(email)`, '=', resident.email).execute();
    await trx.updateTable('participation_requests').set({ initiator_name: null, initiator_email: null }).where(sql`lower(initiator_email)`, '=', resident.email).execute();
    // A blocked account cannot shed its block by being deleted and made afresh: the address stays blocked (as a hash).
    if (resident.blocked_at)
      await trx.insertInto('blocked_addresses').values({ email_hash: hashToken(resident.email), reason: resident.blocked_reason }).onConflict((oc) => oc.column('email_hash').doNothing()).execute();
    await trx.deleteFrom('resident_links').where('email', '=', resident.email).execute();
    await withdrawPartners(trx, residentId);
    // The team's advisory cases, with their messages and files, belong to the account and go with it.
    await deleteCasesOfResident(trx, residentId);
    await trx.deleteFrom('residents').where('id', '=', residentId).execute();
  });
}

/** The daily purge of ended resident sessions and spent sign-in links. */
export async function purgeResidentSignIns(db: Db): Promise<{ links: number; sessions: number }> {
  return { links: await repo.deleteSpentLinks(db), sessions: await repo.deleteEndedSessions(db) };
}
