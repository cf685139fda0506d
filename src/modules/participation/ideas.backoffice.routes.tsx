// Back-office routes of ideas under /{lang}/verwaltung/beteiligung/ideen (session and CSRF checked by staffArea).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../lib/errors.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { pageContext } from '../../plugins/context.js';
import { localePath } from '../../views/page-context.js';
import { formToken } from '../../platform/staff-area.js';
import { answerBody, answerIdea, setIdeaHidden, staffIdea, staffIdeas } from './ideas.service.js';
import { IdeaAdminPage, IdeaListPage } from './ideas.backoffice.views.js';
import { ideaStatuses } from './ideas.view-model.js';
import { formErrors } from '../../platform/form-reader.js';

const idParam = z.object({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1),
});

export async function ideaBackOfficeRoutes(app: FastifyInstance) {
  const page = (request: FastifyRequest, reply: FastifyReply) => ({
    ctx: pageContext(request, app.config.publicUrl),
    nav: request.backOfficeNav,
    csrf: formToken(app, request, reply),
  });

  app.get('/', async (request, reply) => {
    const status = z.enum(ideaStatuses).safeParse((request.query as { status?: string }).status);
    return reply.html(
      <IdeaListPage
        {...page(request, reply)}
        ideas={await staffIdeas(app.db, request.actor!, status.success ? status.data : null)}
        status={status.success ? status.data : ''}
      />,
    );
  });

  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    values: Record<string, string>,
    errors: FormErrors,
    status = 200,
  ) =>
    reply.html(
      <IdeaAdminPage
        {...page(request, reply)}
        idea={await staffIdea(app.db, request.actor!, id)}
        values={values}
        errors={errors}
        saved={(request.query as { gespeichert?: string }).gespeichert === '1'}
      />,
      status,
    );

  app.get('/:id', async (request, reply) => show(request, reply, idParam.parse(request.params).id, {}, {}));

  app.post('/:id', async (request, reply) => {
    const { id } = idParam.parse(request.params);
    const raw = (request.body ?? {}) as Record<string, unknown>;
    const values = Object.fromEntries(
      ['status', 'project', 'reason', 'answer'].map((k) => [k, typeof raw[k] === 'string' ? raw[k].slice(0, 6000) : '']),
    );
    await staffIdea(app.db, request.actor!, id);
    const parsed = answerBody.safeParse(raw);
    if (!parsed.success) {
      const errors = formErrors(parsed.error, { max: 5000 });
      return show(request, reply, id, values, errors, 400);
    }
    try {
      await answerIdea(app.db, request.actor!, id, parsed.data, app.config.publicUrl);
    } catch (err) {
      if (err instanceof AppError && err.code === 'unknown_project')
        return show(request, reply, id, values, { project: { key: 'events.error.project' } }, 400);
      throw err;
    }
    return reply.redirect(`${localePath(request.locale, `/verwaltung/beteiligung/ideen/${id}`)}?gespeichert=1`, 303);
  });

  app.post('/:id/ausblenden', async (request, reply) => {
    const { id } = idParam.parse(request.params);
    const reason = z.object({ reason: z.string().trim().min(1).max(500) }).safeParse(request.body);
    if (!reason.success) throw new AppError(400, 'reason_required', 'moderation.error.reason');
    await setIdeaHidden(app.db, request.actor!, id, reason.data.reason);
    return reply.redirect(`${localePath(request.locale, `/verwaltung/beteiligung/ideen/${id}`)}?gespeichert=1`, 303);
  });

  app.post('/:id/einblenden', async (request, reply) => {
    const { id } = idParam.parse(request.params);
    await setIdeaHidden(app.db, request.actor!, id, null);
    return reply.redirect(`${localePath(request.locale, `/verwaltung/beteiligung/ideen/${id}`)}?gespeichert=1`, 303);
  });
}
