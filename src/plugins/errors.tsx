// One place turns every error into a response: JSON with a stable code under /api, a friendly,
// translated page everywhere else. 5xx answers never carry internal messages.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ZodError } from 'zod';
import { t } from '../i18n/index.js';
import { AppError } from '../lib/errors.js';
import { localePath } from '../views/page-context.js';
import { Layout } from '../views/layout.js';
import { renderDocument } from '../views/render.js';
import { localeOfUrl, pageContext } from './context.js';

/** A script that asks for JSON only (no HTML), e.g. fetch() with Accept: application/json. */
export const wantsJson = (request: FastifyRequest) => {
  const accept = String(request.headers.accept ?? '');
  return accept.includes('application/json') && !accept.includes('text/html');
};

// Under /api always; elsewhere for scripts that ask for JSON (a back-office request refused, say).
const isApi = (request: FastifyRequest) => request.url.startsWith('/api/') || wantsJson(request);

function ErrorPage({
  request,
  baseUrl,
  status,
  title,
  text,
}: {
  request: FastifyRequest;
  baseUrl: string;
  status: number;
  title: string;
  text: string;
}) {
  const ctx = pageContext(request, baseUrl);
  return (
    <Layout ctx={ctx} title={title} noindex>
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body kern-body--large">{text}</p>
      <p class="kern-body kern-body--small">HTTP {status}</p>
      <ul class="kern-list">
        <li>
          <a class="kern-link" href={localePath(ctx.locale, '/')}>
            {ctx.t('error.goHome')}
          </a>
        </li>
        <li>
          <a class="kern-link" href={localePath(ctx.locale, '/vorhaben')}>
            {ctx.t('site.nav.register')}
          </a>
        </li>
      </ul>
    </Layout>
  );
}

function send(request: FastifyRequest, reply: FastifyReply, status: number, code: string, message: string, details?: unknown) {
  // Errors raised before routing (a malformed URL) reach us before the language hook has run.
  request.locale = localeOfUrl(request.url);
  if (isApi(request)) {
    return reply
      .code(status)
      .type('application/json; charset=utf-8')
      .send({ error: { status, code, message, ...(details ? { details } : {}) } });
  }
  const locale = request.locale;
  const title =
    status === 404
      ? t(locale, 'error.notFound.title')
      : status === 403
        ? t(locale, 'error.forbidden.title')
        : status === 409
          ? t(locale, 'error.conflict.title')
          : status >= 500
            ? t(locale, 'error.server.title')
            : t(locale, 'error.badRequest.title');
  const text = status === 404 ? t(locale, 'error.notFound.text') : message;
  const page = <ErrorPage request={request} baseUrl={request.server.config.publicUrl} status={status} title={title} text={text} />;
  // Not reply.html(): errors from before routing get a reply without our decorators.
  return reply.code(status).type('text/html; charset=utf-8').send(renderDocument(page));
}

/**
 * For Fastify's `frameworkErrors`: a URL the router cannot even read (bad percent-encoding, an overlong
 * parameter) gets the same friendly page or JSON body as any other client error.
 */
export function sendFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  const message =
    status === 404 || status === 414 ? t(localeOfUrl(request.url), 'error.notFound.text') : t(localeOfUrl(request.url), 'error.badUrl');
  return send(request, reply, status, error.code?.toLowerCase() ?? 'bad_request', message);
}

const isDataException = (error: unknown) => {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code) && (error as { severity?: unknown }).severity !== undefined;
};

export default fp(async (app: FastifyInstance) => {
  app.setNotFoundHandler((request, reply) => send(request, reply, 404, 'not_found', t(request.locale, 'error.notFound.text')));

  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      return send(request, reply, error.status, error.code, t(request.locale, error.messageKey, error.params), error.details);
    }
    // Input that a schema or the database refused as a value (SQLSTATE class 22: a number out of range, a
    // malformed date or text) is the client's mistake: 400, logged as a warning only.
    if (error instanceof ZodError || isDataException(error)) {
      request.log.warn({ err: error }, 'input refused');
      return send(request, reply, 400, 'bad_input', t(request.locale, 'error.badInput'));
    }
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'unhandled error');
      return send(request, reply, 500, 'internal_error', t(request.locale, 'error.server.text'));
    }
    // Fastify's own 4xx (malformed URL, body too large, …): its message is about the request, not our internals.
    return send(request, reply, status, error.code?.toLowerCase() ?? 'bad_request', error.message);
  });
});
