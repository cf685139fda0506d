// Back-office routes of advisory cases under /{lang}/verwaltung/beratung (session and CSRF checked by
// staffArea; the file upload is read only after the session check).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { MessageKey } from '../../i18n/index.js';
import { AppError } from '../../lib/errors.js';
import { pageContext } from '../../plugins/context.js';
import { acceptUploads } from '../../plugins/uploads.js';
import { localePath } from '../../views/page-context.js';
import { formToken } from '../../platform/staff-area.js';
import { closeBody, messageBody, sessionBody } from './advisory.schemas.js';
import { acceptCase, addSession, caseFile, caseToDraft, closeCase, staffCase, staffCases, staffMessage } from './advisory.service.js';
import { CaseAdminPage, CaseListPage } from './advisory.backoffice.views.js';
import { MAX_CASE_FILE, sendFile, uploaded } from './case-files.js';

const idParam = z.object({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1),
});
const outcomes = ['accepted', 'session', 'message', 'closed'] as const;

export async function advisoryBackOfficeRoutes(app: FastifyInstance) {
  await acceptUploads(app, MAX_CASE_FILE);
  const page = (request: FastifyRequest, reply: FastifyReply) => ({
    ctx: pageContext(request, app.config.publicUrl),
    nav: request.backOfficeNav,
    csrf: formToken(app, request, reply),
  });
  const show = async (request: FastifyRequest, reply: FastifyReply, id: number, error?: MessageKey, status = 200) => {
    const p = page(request, reply);
    const outcome = z.enum(outcomes).safeParse((request.query as { erledigt?: string }).erledigt);
    return reply.html(
      <CaseAdminPage
        {...p}
        data={await staffCase(app.db, request.actor!, id)}
        error={error ? p.ctx.t(error) : undefined}
        done={outcome.success ? p.ctx.t(`network.case.done.${outcome.data}`) : undefined}
      />,
      status,
    );
  };
  const back = (request: FastifyRequest, id: number, outcome: (typeof outcomes)[number]) =>
    `${localePath(request.locale, `/verwaltung/beratung/${id}`)}?erledigt=${outcome}`;
  /** A form error shows the case again with the message; nothing has changed. */
  const orError = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    run: () => Promise<unknown>,
    outcome: (typeof outcomes)[number],
  ) => {
    try {
      await run();
    } catch (err) {
      if (err instanceof AppError && err.status === 400) return show(request, reply, id, err.messageKey, 400);
      throw err;
    }
    return reply.redirect(back(request, id, outcome), 303);
  };

  app.get('/', async (request, reply) =>
    reply.html(<CaseListPage {...page(request, reply)} cases={await staffCases(app.db, request.actor!)} />),
  );
  app.get('/:id', async (request, reply) => show(request, reply, idParam.parse(request.params).id));

  app.post('/:id/annehmen', async (request, reply) => {
    const { id } = idParam.parse(request.params);
    const advisor = z
      .object({
        advisor: z.coerce
          .number()
          .int()
          .min(1)
          .max(2 ** 31 - 1),
      })
      .safeParse(request.body);
    return orError(
      request,
      reply,
      id,
      () =>
        advisor.success
          ? acceptCase(app.db, request.actor!, id, advisor.data.advisor, app.config.publicUrl)
          : Promise.reject(new AppError(400, 'unknown_advisor', 'network.error.advisor')),
      'accepted',
    );
  });

  app.post('/:id/sitzung', async (request, reply) => {
    const { id } = idParam.parse(request.params);
    const parsed = sessionBody.safeParse(request.body);
    return orError(
      request,
      reply,
      id,
      () =>
        parsed.success
          ? addSession(app.db, request.actor!, id, parsed.data, app.config.publicUrl)
          : Promise.reject(new AppError(400, 'session_invalid', 'network.error.session')),
      'session',
    );
  });

  app.post('/:id/nachricht', async (request, reply) => {
    const { id } = idParam.parse(request.params);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const parsed = messageBody.safeParse(body);
    return orError(
      request,
      reply,
      id,
      () =>
        parsed.success
          ? staffMessage(app.db, request.actor!, id, parsed.data.body, body.internal === 'on', uploaded(body.file), app.config.publicUrl)
          : Promise.reject(new AppError(400, 'message_required', 'network.error.message')),
      'message',
    );
  });

  app.post('/:id/abschliessen', async (request, reply) => {
    const { id } = idParam.parse(request.params);
    const parsed = closeBody.safeParse(request.body);
    return orError(
      request,
      reply,
      id,
      () =>
        parsed.success
          ? closeCase(app.db, request.actor!, id, parsed.data, app.config.publicUrl)
          : Promise.reject(new AppError(400, 'outcome_required', 'network.error.outcome')),
      'closed',
    );
  });

  app.post('/:id/vorhaben', async (request, reply) => {
    const { id } = idParam.parse(request.params);
    try {
      const slug = await caseToDraft(app.db, request.actor!, id);
      return reply.redirect(localePath(request.locale, `/verwaltung/vorhaben/${slug}`), 303);
    } catch (err) {
      if (err instanceof AppError && err.status === 400) return show(request, reply, id, err.messageKey, 400);
      throw err;
    }
  });

  app.get('/:id/dateien/:message', async (request, reply) => {
    const { id } = idParam.parse(request.params);
    const message = z.coerce
      .number()
      .int()
      .min(1)
      .max(2 ** 31 - 1)
      .parse((request.params as { message: string }).message);
    return sendFile(reply, await caseFile(app.db, id, message, { actor: request.actor }));
  });
}
