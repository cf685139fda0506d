// Cross-site request forgery protection by double submission: a random token in a cookie (HttpOnly,
// SameSite=Strict) must come back in the form's hidden field. Another site can make a browser send the
// form, but cannot read the cookie to fill in the field.
import crypto from 'node:crypto';
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const CSRF_COOKIE = 'lotse_csrf';
export const CSRF_FIELD = '_csrf';

/** The token for forms on this page; sets the cookie when the visitor has none yet. */
export function csrfToken(request: FastifyRequest, reply: FastifyReply, secure: boolean): string {
  const existing = request.cookies[CSRF_COOKIE];
  if (existing && /^[A-Za-z0-9_-]{32,}$/.test(existing)) return existing;
  const token = crypto.randomBytes(24).toString('base64url');
  reply.setCookie(CSRF_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
  return token;
}

export function csrfValid(request: FastifyRequest, submitted: unknown): boolean {
  const cookie = request.cookies[CSRF_COOKIE];
  if (typeof submitted !== 'string' || !cookie || submitted.length !== cookie.length) return false;
  return crypto.timingSafeEqual(Buffer.from(submitted), Buffer.from(cookie));
}
