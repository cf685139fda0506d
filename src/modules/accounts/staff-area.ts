// The frame of every back-office route: a signed-in staff member (else off to the sign-in page, and
// back afterwards), a valid CSRF token on every form post, and answers that are neither stored by
// caches nor indexed by search engines.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CSRF_FIELD, csrfToken, csrfValid } from '../../lib/csrf.js';
import { AppError } from '../../lib/errors.js';
import { STAFF_SESSION_COOKIE } from '../../lib/session-cookies.js';
import { localePath } from '../../views/page-context.js';
import type { StaffActor } from './actor.js';
import { sessionUser } from './sign-in.service.js';

export const SESSION_COOKIE = STAFF_SESSION_COOKIE;

declare module 'fastify' {
  interface FastifyRequest {
    actor: StaffActor | null;
  }
}

export async function actorOf(app: FastifyInstance, request: FastifyRequest): Promise<StaffActor | null> {
  const session = await sessionUser(app.db, request.cookies[SESSION_COOKIE]);
  if (!session) return null;
  return {
    kind: 'staff',
    id: session.user.id,
    email: session.user.email,
    name: session.user.display_name,
    roles: session.roles.map((r) => ({ role: r.role, municipality: r.municipality })),
  };
}

/** Registers `routes` as back-office routes: every one requires a session and, for posts, a CSRF token. */
export function staffArea(routes: (app: FastifyInstance) => Promise<void>) {
  return async (app: FastifyInstance) => {
    app.decorateRequest('actor', null);
    // The session is checked before the body is read: nobody without one makes us parse an upload.
    app.addHook('onRequest', async (request, reply) => {
      reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex');
      request.actor = await actorOf(app, request);
      if (!request.actor) {
        const back = request.method === 'GET' ? `?weiter=${encodeURIComponent(request.url)}` : '';
        return reply.redirect(`${localePath(request.locale, '/anmelden')}${back}`, 303);
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

/** The CSRF token for this page's forms. */
export function formToken(app: FastifyInstance, request: FastifyRequest, reply: Parameters<typeof csrfToken>[1]): string {
  return csrfToken(request, reply, app.config.publicUrl.startsWith('https://'));
}

/** A path after sign-in: only our own pages, never another site (an open redirect). */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  return /^\/(de|da|en)\/[^/\\]/.test(value) && !value.includes('//') ? value : null;
}
