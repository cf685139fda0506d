// The frame of every back-office route: a signed-in staff member (else off to the sign-in page, and
// back afterwards) with a second factor where their role requires one (else off to enrol first), a
// valid CSRF token on every form post, and answers that are neither stored by caches nor indexed by
// search engines.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_FIELD, csrfToken, csrfValid, dropCsrfToken } from '../lib/csrf.js';
import { AppError } from '../lib/errors.js';
import { STAFF_SESSION_COOKIE } from '../lib/session-cookies.js';
import { wantsJson } from '../plugins/errors.js';
import { localePath } from '../views/page-context.js';
import type { StaffActor } from './actor.js';
import { type BackOfficeNav, navigationFor, noSections } from './back-office/navigation.js';
import { secondFactorRequired } from './second-factor-rule.js';
import { passwordAllowed, SESSION_TTL_HOURS, sessionUser, signInRules } from './staff-session.js';
import { isLocale, type Locale } from '../lib/localized.js';

export const SESSION_COOKIE = STAFF_SESSION_COOKIE;

declare module 'fastify' {
  interface FastifyRequest {
    actor: StaffActor | null;
  }
}

export const ENROLMENT_PATH = '/verwaltung/zweiter-faktor';

/** The signed-in staff member, and whether they still have to set up the second factor their role requires. */
export async function staffOf(app: FastifyInstance, request: FastifyRequest): Promise<{ actor: StaffActor; mustEnrol: boolean } | null> {
  return staffOfSession(app, request.cookies[SESSION_COOKIE]);
}

async function staffOfSession(app: FastifyInstance, token: string | undefined): Promise<{ actor: StaffActor; mustEnrol: boolean } | null> {
  const session = await sessionUser(app.db, token);
  return session ? staffOfSignedIn(app, session) : null;
}

/** The same for a session already looked up (a page that also needs the session's other details). */
export function staffOfSignedIn(
  app: FastifyInstance,
  session: NonNullable<Awaited<ReturnType<typeof sessionUser>>>,
): { actor: StaffActor; mustEnrol: boolean } {
  const roles = session.roles.map((r) => ({ role: r.role, municipality: r.municipality }));
  return {
    actor: { kind: 'staff', id: session.user.id, email: session.user.email, name: session.user.display_name, roles },
    // Only a password sign-in asks for our code: an account that signs in through single sign-on only
    // relies on the provider's second factor and is not held up here.
    mustEnrol:
      !session.user.second_factor &&
      secondFactorRequired(
        app.config.staffMfa,
        roles.map((r) => r.role),
      ) &&
      passwordAllowed(signInRules(app.config), session.user),
  };
}

export async function actorOf(app: FastifyInstance, request: FastifyRequest): Promise<StaffActor | null> {
  return (await staffOf(app, request))?.actor ?? null;
}

/**
 * Registers `routes` as back-office routes: every one requires a session and, for posts, a CSRF token.
 * `enrolment`: the pages where the second factor is set up, open also to those who must still do so.
 */
export function staffArea(routes: (app: FastifyInstance) => Promise<void>, { enrolment = false } = {}) {
  return async (app: FastifyInstance) => {
    app.decorateRequest('actor', null);
    app.decorateRequest('backOfficeNav', null as unknown as BackOfficeNav);
    // The session is checked before the body is read: nobody without one makes us parse an upload.
    app.addHook('onRequest', async (request, reply) => {
      reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex');
      const staff = await staffOf(app, request);
      request.actor = staff?.actor ?? null;
      // While the second factor is still missing, the other sections would only send the person back to enrol.
      request.backOfficeNav = staff && !staff.mustEnrol ? navigationFor(app.backOfficeSections, staff.actor) : noSections;
      if (!staff) {
        const back = request.method === 'GET' ? `?weiter=${encodeURIComponent(request.url)}` : '';
        return reply.redirect(`${localePath(request.locale, '/anmelden')}${back}`, 303);
      }
      if (staff.mustEnrol && !enrolment) {
        if (wantsJson(request)) throw new AppError(403, 'second_factor_required', 'secondFactor.error.enrolFirst');
        const back = request.method === 'GET' ? `?weiter=${encodeURIComponent(request.url)}` : '';
        return reply.redirect(`${localePath(request.locale, ENROLMENT_PATH)}${back}`, 303);
      }
    });
    app.addHook('preHandler', async (request) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        const body = (request.body ?? {}) as Record<string, unknown>;
        if (!csrfValid(request, body[CSRF_FIELD])) throw new AppError(403, 'csrf', 'error.csrf');
      }
    });
    await routes(app);
  };
}

/** A new session in the browser; its CSRF token goes with the old session (the next page makes a new one). */
export function setSessionCookie(app: FastifyInstance, reply: FastifyReply, token: string): FastifyReply {
  const secure = app.config.publicUrl.startsWith('https://');
  dropCsrfToken(reply);
  return reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: SESSION_TTL_HOURS * 3600 });
}

/**
 * Where a fresh session goes: first to enrol, where the role requires a second factor and there is none
 * yet (and from there on to `back`); else to `back` or the account page.
 */
export async function landingAfterSignIn(app: FastifyInstance, locale: Locale, token: string, back: string | null): Promise<string> {
  const staff = await staffOfSession(app, token);
  if (staff?.mustEnrol) return `${localePath(locale, ENROLMENT_PATH)}${back ? `?weiter=${encodeURIComponent(back)}` : ''}`;
  return back ?? localePath(locale, '/konto');
}

/** The CSRF token for this page's forms. */
export function formToken(app: FastifyInstance, request: FastifyRequest, reply: Parameters<typeof csrfToken>[1]): string {
  return csrfToken(request, reply, app.config.publicUrl.startsWith('https://'));
}

/** A path after sign-in: only our own pages, never another site (an open redirect). */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const [, lang, rest] = /^\/([a-z]{2,3})(\/.*)$/s.exec(value) ?? [];
  return isLocale(lang) && /^\/[^/\\]/.test(rest ?? '') && !value.includes('//') ? value : null;
}
