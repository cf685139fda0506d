// Back-office routes of moderation under /{lang}/verwaltung/moderation (session and CSRF checked by staffArea).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../lib/errors.js';
import { pageContext } from '../../plugins/context.js';
import { formToken } from '../../platform/staff-area.js';
import { dismissReports, hideComment, moderationQueue, restoreComment, setBlocked } from './moderation.service.js';
import { ModerationPage } from './moderation.views.js';

const idParam = z.object({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1),
});
const reasonBody = z.object({ reason: z.string().trim().min(1).max(500) });
const outcomes = ['hidden', 'restored', 'dismissed', 'blocked', 'unblocked'] as const;

export async function moderationRoutes(app: FastifyInstance) {
  app.get('/', async (request, reply) => {
    const ctx = pageContext(request, app.config.publicUrl);
    const done = z.enum(outcomes).safeParse((request.query as { erledigt?: string }).erledigt);
    return reply.html(
      <ModerationPage
        ctx={ctx}
        nav={request.backOfficeNav}
        csrf={formToken(app, request, reply)}
        queue={await moderationQueue(app.db, request.actor!)}
        done={done.success ? ctx.t(`moderation.done.${done.data}`) : undefined}
      />,
    );
  });

  const back = (locale: string, outcome: (typeof outcomes)[number]) => `/${locale}/verwaltung/moderation?erledigt=${outcome}`;
  const reasonOf = (body: unknown) => {
    const parsed = reasonBody.safeParse(body);
    if (!parsed.success) throw new AppError(400, 'reason_required', 'moderation.error.reason');
    return parsed.data.reason;
  };

  app.post('/kommentare/:id/ausblenden', async (request, reply) => {
    const { id } = idParam.parse(request.params);
    await hideComment(app.db, request.actor!, id, reasonOf(request.body));
    return reply.redirect(back(request.locale, 'hidden'), 303);
  });
  app.post('/kommentare/:id/wiederherstellen', async (request, reply) => {
    await restoreComment(app.db, request.actor!, idParam.parse(request.params).id);
    return reply.redirect(back(request.locale, 'restored'), 303);
  });
  app.post('/kommentare/:id/meldungen-verwerfen', async (request, reply) => {
    await dismissReports(app.db, request.actor!, idParam.parse(request.params).id);
    return reply.redirect(back(request.locale, 'dismissed'), 303);
  });
  app.post('/konten/:id/sperren', async (request, reply) => {
    const { id } = idParam.parse(request.params);
    await setBlocked(app.db, request.actor!, id, reasonOf(request.body));
    return reply.redirect(back(request.locale, 'blocked'), 303);
  });
  app.post('/konten/:id/entsperren', async (request, reply) => {
    await setBlocked(app.db, request.actor!, idParam.parse(request.params).id, null);
    return reply.redirect(back(request.locale, 'unblocked'), 303);
  });
}
