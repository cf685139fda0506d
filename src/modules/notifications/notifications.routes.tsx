// Public routes of notifications. Following needs a signed-in resident (else to the sign-in page and
// back) and a CSRF token; the unsubscribe link needs neither: its token is the credential, and mail
// clients post to it without a page (RFC 8058 one-click, `List-Unsubscribe=One-Click`). Nothing here is
// cached.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CSRF_FIELD, csrfToken, csrfValid } from '../../lib/csrf.js';
import { AppError } from '../../lib/errors.js';
import { pageContext } from '../../plugins/context.js';
import { localePath } from '../../views/page-context.js';
import { safeReturnPath } from '../../platform/staff-area.js';
import { currentResident, residentSignInPath as signInPath } from '../../platform/resident-session.js';
import { checkResidentWrite } from '../../platform/write-limits.js';
import { follow, followIdOf, parseTarget, resolveTarget, targetQuery, unfollow } from './follows.service.js';
import { unsubscribe, unsubscribeTokenValid } from './notifications.service.js';
import { FollowPage, InvalidUnsubscribePage, UnsubscribedPage, UnsubscribePage } from './notifications.views.js';

const followIdBody = z.object({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1),
});

export async function notificationRoutes(app: FastifyInstance) {
  const secure = app.config.publicUrl.startsWith('https://');
  const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');
  const body = (request: FastifyRequest) => (request.body ?? {}) as Record<string, unknown>;

  app.get('/:lang/folgen', async (request, reply) => {
    noStore(reply);
    const resident = await currentResident(app, request);
    if (!resident) return reply.redirect(signInPath(request.locale, request.url), 303);
    const target = parseTarget(request.query);
    if (!target) throw new AppError(400, 'bad_target', 'notifications.error.target');
    const resolved = await resolveTarget(app.db, target);
    if (!resolved) throw new AppError(400, 'unknown_target', 'notifications.error.unknownTarget');
    const hinweis = (request.query as { hinweis?: string }).hinweis;
    const ctx = pageContext(request, app.config.publicUrl);
    return reply.html(
      <FollowPage
        ctx={ctx}
        csrf={csrfToken(request, reply, secure)}
        target={resolved}
        followId={await followIdOf(app.db, resident.id, resolved)}
        notifyMode={resident.notifyMode}
        notice={hinweis === 'gefolgt' ? 'followed' : hinweis === 'beendet' ? 'stopped' : undefined}
      />,
    );
  });

  app.post('/:lang/folgen', async (request, reply) => {
    noStore(reply);
    const fields = body(request);
    const target = parseTarget(fields);
    const resident = await currentResident(app, request);
    if (!resident)
      return reply.redirect(
        signInPath(
          request.locale,
          target ? `${localePath(request.locale, '/folgen')}?${targetQuery(target)}` : localePath(request.locale, '/'),
        ),
        303,
      );
    if (!csrfValid(request, fields[CSRF_FIELD])) throw new AppError(403, 'csrf', 'notifications.error.csrf');
    if (!target) throw new AppError(400, 'bad_target', 'notifications.error.target');
    const resolved = await resolveTarget(app.db, target);
    if (!resolved) throw new AppError(400, 'unknown_target', 'notifications.error.unknownTarget');
    await checkResidentWrite(app.db, resident, request.client, { ownOnly: true });
    await follow(app.db, resident.id, resolved);
    return reply.redirect(
      safeReturnPath(fields.weiter) ?? `${localePath(request.locale, '/folgen')}?${targetQuery(target)}&hinweis=gefolgt`,
      303,
    );
  });

  app.post('/:lang/folgen/beenden', async (request, reply) => {
    noStore(reply);
    const fields = body(request);
    const resident = await currentResident(app, request);
    if (!resident) return reply.redirect(signInPath(request.locale, safeReturnPath(fields.weiter) ?? localePath(request.locale, '/')), 303);
    if (!csrfValid(request, fields[CSRF_FIELD])) throw new AppError(403, 'csrf', 'notifications.error.csrf');
    const parsed = followIdBody.safeParse(fields);
    if (!parsed.success) throw new AppError(400, 'bad_follow', 'notifications.error.unknownFollow');
    await checkResidentWrite(app.db, resident, request.client, { ownOnly: true });
    const target = await unfollow(app.db, resident.id, parsed.data.id);
    if (!target) throw new AppError(400, 'unknown_follow', 'notifications.error.unknownFollow');
    return reply.redirect(
      safeReturnPath(fields.weiter) ?? `${localePath(request.locale, '/folgen')}?${targetQuery(target)}&hinweis=beendet`,
      303,
    );
  });

  // The unsubscribe link, in a scope of its own: mail clients may post RFC 8058's body as
  // multipart/form-data, which is read and ignored here (the token is in the address).
  await app.register(async (scope) => {
    scope.addContentTypeParser('multipart/form-data', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, _body, done) =>
      done(null, {}),
    );
    const tokenOf = (request: FastifyRequest) => {
      const fromQuery = (request.query as { token?: unknown }).token;
      return typeof fromQuery === 'string' && fromQuery ? fromQuery : body(request).token;
    };

    scope.get('/:lang/benachrichtigungen/abbestellen', async (request, reply) => {
      noStore(reply);
      const token = tokenOf(request);
      const ctx = pageContext(request, app.config.publicUrl);
      if (!(await unsubscribeTokenValid(app.db, token))) return reply.html(<InvalidUnsubscribePage ctx={ctx} />, 404);
      return reply.html(<UnsubscribePage ctx={ctx} token={token as string} />);
    });

    scope.post('/:lang/benachrichtigungen/abbestellen', async (request, reply) => {
      noStore(reply);
      const ctx = pageContext(request, app.config.publicUrl);
      if (!(await unsubscribe(app.db, tokenOf(request)))) return reply.html(<InvalidUnsubscribePage ctx={ctx} />, 404);
      return reply.html(<UnsubscribedPage ctx={ctx} />);
    });
  });
}
