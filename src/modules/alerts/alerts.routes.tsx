// Public routes of alerts without an account. Subscribing is a form with a CSRF token, a honeypot and a
// rate limit per client; the mailed links carry their token as the credential and need no session. The
// unsubscribe address also takes RFC 8058's one-click POST from mail clients. Nothing here is cached.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_FIELD, csrfToken, csrfValid } from '../../lib/csrf.js';
import { AppError } from '../../lib/errors.js';
import { type FormErrors, stringValues } from '../../lib/form-errors.js';
import { pageContext } from '../../plugins/context.js';
import { formErrors } from '../../platform/form-reader.js';
import { localePath } from '../../views/page-context.js';
import { describeFilters } from './alert-filters.service.js';
import { alertFilterSchema, storedFilters, subscribeFormSchema } from './alerts.schemas.js';
import {
  confirmSubscription,
  confirmTokenPending,
  subscribe,
  subscribeAllowed,
  unsubscribe,
  unsubscribeTokenKnown,
} from './alerts.service.js';
import { InvalidLinkPage, SentPage, StepDonePage, SubscribePage, TokenStepPage } from './alerts.views.js';

export async function alertRoutes(app: FastifyInstance) {
  const secure = app.config.publicUrl.startsWith('https://');
  const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');
  const body = (request: FastifyRequest) => (request.body ?? {}) as Record<string, unknown>;

  /** The filter carried in the query or the form, with the names of its municipality and topic. */
  async function filterOf(request: FastifyRequest, source: Record<string, unknown>) {
    const parsed = alertFilterSchema.safeParse(source);
    const described = parsed.success
      ? await describeFilters(app.db, parsed.data, pageContext(request, app.config.publicUrl).t, request.locale)
      : null;
    if (!parsed.success || !described) throw new AppError(400, 'bad_filter', 'alerts.error.filter');
    return { filters: storedFilters(parsed.data), lines: described };
  }

  app.get('/:lang/benachrichtigen', async (request, reply) => {
    noStore(reply);
    const { filters, lines } = await filterOf(request, request.query as Record<string, unknown>);
    const ctx = pageContext(request, app.config.publicUrl);
    return reply.html(
      <SubscribePage ctx={ctx} csrf={csrfToken(request, reply, secure)} filters={filters} lines={lines} values={{ email: '', mode: '' }} />,
    );
  });

  app.post('/:lang/benachrichtigen', async (request, reply) => {
    noStore(reply);
    const fields = body(request);
    if (!csrfValid(request, fields[CSRF_FIELD])) throw new AppError(403, 'csrf', 'notifications.error.csrf');
    const { filters, lines } = await filterOf(request, fields);
    const sent = localePath(request.locale, '/benachrichtigen/gesendet');
    // A bot filled in the field people do not see: it is told what people are told, and nothing happens.
    if (typeof fields.website === 'string' && fields.website !== '') return reply.redirect(sent, 303);
    const values = stringValues(fields, 300);
    const form = { email: values.email ?? '', mode: values.mode ?? '' };
    const again = (errors: FormErrors, status: number) =>
      reply.html(
        <SubscribePage
          ctx={pageContext(request, app.config.publicUrl)}
          csrf={csrfToken(request, reply, secure)}
          filters={filters}
          lines={lines}
          values={form}
          errors={errors}
        />,
        status,
      );
    if (!(await subscribeAllowed(app.db, request.client))) return again({ email: { key: 'alerts.error.limited' } }, 429);
    const parsed = subscribeFormSchema.safeParse(fields);
    if (!parsed.success)
      return again(formErrors(parsed.error, { keys: { email: 'alerts.error.email', mode: 'alerts.error.mode' }, max: 254 }), 400);
    await subscribe(app.db, { ...parsed.data, locale: request.locale, filters, baseUrl: app.config.publicUrl });
    return reply.redirect(sent, 303);
  });

  app.get('/:lang/benachrichtigen/gesendet', async (request, reply) => {
    noStore(reply);
    return reply.html(<SentPage ctx={pageContext(request, app.config.publicUrl)} />);
  });

  // The mailed links, in a scope of their own: mail clients may post RFC 8058's body as
  // multipart/form-data, which is read and ignored here (the token is in the address).
  await app.register(async (scope) => {
    scope.addContentTypeParser('multipart/form-data', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, _body, done) =>
      done(null, {}),
    );
    const tokenOf = (request: FastifyRequest) => (request.query as { token?: unknown }).token;

    scope.get('/:lang/benachrichtigen/bestaetigen', async (request, reply) => {
      noStore(reply);
      const ctx = pageContext(request, app.config.publicUrl);
      const token = tokenOf(request);
      if (!(await confirmTokenPending(app.db, token))) return reply.html(<InvalidLinkPage ctx={ctx} step="confirm" />, 404);
      return reply.html(<TokenStepPage ctx={ctx} step="confirm" token={token as string} />);
    });

    scope.post('/:lang/benachrichtigen/bestaetigen', async (request, reply) => {
      noStore(reply);
      const ctx = pageContext(request, app.config.publicUrl);
      const mode = await confirmSubscription(app.db, tokenOf(request));
      if (!mode) return reply.html(<InvalidLinkPage ctx={ctx} step="confirm" />, 404);
      return reply.html(<StepDonePage ctx={ctx} step="confirm" mode={mode} />);
    });

    scope.get('/:lang/benachrichtigen/abbestellen', async (request, reply) => {
      noStore(reply);
      const ctx = pageContext(request, app.config.publicUrl);
      const token = tokenOf(request);
      if (!(await unsubscribeTokenKnown(app.db, token))) return reply.html(<InvalidLinkPage ctx={ctx} step="unsubscribe" />, 404);
      return reply.html(<TokenStepPage ctx={ctx} step="unsubscribe" token={token as string} />);
    });

    scope.post('/:lang/benachrichtigen/abbestellen', async (request, reply) => {
      noStore(reply);
      const ctx = pageContext(request, app.config.publicUrl);
      if (!(await unsubscribe(app.db, tokenOf(request)))) return reply.html(<InvalidLinkPage ctx={ctx} step="unsubscribe" />, 404);
      return reply.html(<StepDonePage ctx={ctx} step="unsubscribe" />);
    });
  });
}
