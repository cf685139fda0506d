// Who is taking part: a resident signed in with their own account (cookie `lotse_resident`, 30 days,
// separate from staff sessions so a resident's cookie never opens the back office). Pages that show it
// are never cached.
import crypto from 'node:crypto';
import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.js';
import type { NotifyMode } from '../db/schema.js';
import { isLocale, type Locale } from '../lib/localized.js';
import { RESIDENT_SESSION_COOKIE } from '../lib/session-cookies.js';
import { dropCsrfToken } from '../lib/csrf.js';
import * as sessions from './resident-session.repository.js';
import { hashToken } from '../lib/token-hash.js';

export const RESIDENT_COOKIE = RESIDENT_SESSION_COOKIE;
export const RESIDENT_SESSION_DAYS = 30;

export interface Resident {
  id: number;
  email: string;
  displayName: string | null;
  locale: Locale;
  notifyMode: NotifyMode;
  blocked: boolean;
  hasPassword: boolean;
  /** This request's session: other sessions end when the password changes. */
  sessionId: number;
  /** Signed in within the last FRESH_MINUTES (by link or password): enough to set a first password. */
  freshSignIn: boolean;
}

export const FRESH_MINUTES = 15;

export async function residentOfToken(db: Db, token: string | undefined): Promise<Resident | null> {
  if (!token || token.length > 100) return null;
  const row = await sessions.liveSession(db, hashToken(token), FRESH_MINUTES);
  if (!row) return null;
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    locale: isLocale(row.locale) ? row.locale : 'de',
    notifyMode: row.notify_mode,
    blocked: row.blocked_at !== null,
    hasPassword: row.password_hash !== null,
    sessionId: row.session_id,
    freshSignIn: row.fresh,
  };
}

/** The signed-in resident of this request, read once per request. */
export async function currentResident(app: FastifyInstance, request: FastifyRequest): Promise<Resident | null> {
  const cached = (request as { residentCache?: Promise<Resident | null> }).residentCache;
  if (cached) return cached;
  const lookup = residentOfToken(app.db, request.cookies[RESIDENT_COOKIE]);
  (request as { residentCache?: Promise<Resident | null> }).residentCache = lookup;
  return lookup;
}

/** A new session for the resident; the cookie holds the token, the database only its hash. */
export async function startResidentSession(db: Db, reply: FastifyReply, residentId: number, secure: boolean): Promise<void> {
  const token = crypto.randomBytes(32).toString('base64url');
  await sessions.insertSession(db, residentId, hashToken(token), RESIDENT_SESSION_DAYS);
  reply.setCookie(RESIDENT_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: RESIDENT_SESSION_DAYS * 86400 });
  dropCsrfToken(reply);
}

export async function endResidentSession(db: Db, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = request.cookies[RESIDENT_COOKIE];
  if (token) await sessions.deleteSession(db, hashToken(token));
  reply.clearCookie(RESIDENT_COOKIE, { path: '/' });
  dropCsrfToken(reply);
}

/** The resident sign-in page, coming back to `back` (a path of ours) afterwards. */
export const residentSignInPath = (locale: Locale, back: string) => `/${locale}/buergerkonto/anmelden?weiter=${encodeURIComponent(back)}`;
