// Cross-site request forgery protection by a signed double submission: a token in a cookie (HttpOnly,
// SameSite=Strict) must come back in the form's hidden field. Another site can make a browser send the
// form, but cannot read the cookie to fill in the field. The token is signed with the deployment's
// secret over the browser's session cookies: a token planted from elsewhere (a sibling subdomain can set
// cookies) does not verify, and signing in or out makes a new one.
import crypto from 'node:crypto';
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIES } from './session-cookies.js';

export const CSRF_COOKIE = 'lotse_csrf';
export const CSRF_FIELD = '_csrf';

declare module 'fastify' {
  interface FastifyInstance {
    /** The key that signs CSRF tokens (shared by every process of the deployment). */
    csrfSecret: Buffer;
  }
}

const SHAPE = /^([A-Za-z0-9_-]{32})\.([A-Za-z0-9_-]{43})$/;

const mac = (secret: Buffer, nonce: string, cookies: Record<string, string | undefined>) =>
  crypto
    .createHmac('sha256', secret)
    .update(`${nonce}|${SESSION_COOKIES.map((name) => cookies[name] ?? '').join('|')}`)
    .digest('base64url');

/** A fresh token for a browser with these cookies. */
export function signedCsrfToken(secret: Buffer, cookies: Record<string, string | undefined>): string {
  const nonce = crypto.randomBytes(24).toString('base64url');
  return `${nonce}.${mac(secret, nonce, cookies)}`;
}

function signedForThisBrowser(request: FastifyRequest, token: string): boolean {
  const parts = SHAPE.exec(token);
  if (!parts) return false;
  const expected = Buffer.from(mac(request.server.csrfSecret, parts[1]!, request.cookies));
  const given = Buffer.from(parts[2]!);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

// Several forms on one page share the token made for the page.
const issued = new WeakMap<FastifyRequest, string>();

/** The token for forms on this page; sets the cookie when the visitor has no valid one. */
export function csrfToken(request: FastifyRequest, reply: FastifyReply, secure: boolean): string {
  const existing = issued.get(request) ?? request.cookies[CSRF_COOKIE];
  if (existing && signedForThisBrowser(request, existing)) return existing;
  const token = signedCsrfToken(request.server.csrfSecret, request.cookies);
  reply.setCookie(CSRF_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
  issued.set(request, token);
  return token;
}

export function csrfValid(request: FastifyRequest, submitted: unknown): boolean {
  const cookie = request.cookies[CSRF_COOKIE];
  if (typeof submitted !== 'string' || !cookie || submitted.length !== cookie.length) return false;
  return crypto.timingSafeEqual(Buffer.from(submitted), Buffer.from(cookie)) && signedForThisBrowser(request, cookie);
}

/** At sign-in and sign-out: the old token goes; the next page makes one for the new session. */
export function dropCsrfToken(reply: FastifyReply): void {
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
