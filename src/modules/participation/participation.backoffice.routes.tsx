// Back-office routes of participation under /{lang}/verwaltung/beteiligung: the inbox, weighing and
// releasing notices, and moving participation requests through their statuses.
import { type Locale, locales } from '../../lib/localized.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../lib/errors.js';
import { pageContext } from '../../plugins/context.js';
import { localePath } from '../../views/page-context.js';
import { formToken } from '../../platform/staff-area.js';
import {
  changeRequestAgendaItem,
  handleNotice,
  moveRequest,
  noticeForStaff,
  requestForStaff,
  staffOverview,
} from './participation.backoffice.service.js';
import { NoticePage, ParticipationListPage, RequestAdminPage } from './participation.backoffice.views.js';
import { staffProcesses } from './processes.service.js';

const idParams = z.object({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1),
});
const statuses = ['on_agenda', 'accepted', 'rejected', 'hidden', 'received'] as const;

export async function participationBackOfficeRoutes(app: FastifyInstance) {
  const page = (request: FastifyRequest, reply: FastifyReply) => ({
    ctx: pageContext(request, app.config.publicUrl),
    nav: request.backOfficeNav,
    csrf: formToken(app, request, reply),
  });
  const saved = (request: FastifyRequest) =>
    (request.query as { hinweis?: string }).hinweis === 'gespeichert'
      ? pageContext(request, app.config.publicUrl).t('events.admin.notice.gespeichert')
      : undefined;

  app.get('/', async (request, reply) => {
    const { notices, requests } = await staffOverview(app.db, request.actor!);
    const processes = await staffProcesses(app.db, request.actor!);
    return reply.html(<ParticipationListPage {...page(request, reply)} notices={notices} requests={requests} processes={processes} />);
  });

  app.get('/hinweise/:id', async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const notice = await noticeForStaff(app.db, request.actor!, id);
    return reply.html(<NoticePage {...page(request, reply)} notice={notice} errors={{}} notice_={saved(request)} />);
  });

  app.post('/hinweise/:id', async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const body = z
      .object({
        action: z.enum(['release', 'hide', 'weigh']).catch('weigh'),
        weighing: z.string().max(20000).default(''),
        weighing_language: z.enum(locales).optional().catch(undefined),
      })
      .parse(request.body ?? {});
    const weighing = body.weighing.trim() || null;
    if (body.action === 'release' && !weighing) {
      const notice = await noticeForStaff(app.db, request.actor!, id);
      return reply.html(
        <NoticePage
          {...page(request, reply)}
          notice={{ ...notice, weighing: null }}
          errors={{ weighing: { key: 'participation.admin.weighingRequired' } }}
        />,
        400,
      );
    }
    const language = body.weighing_language ?? (await noticeForStaff(app.db, request.actor!, id)).weighingLanguage;
    await handleNotice(app.db, request.actor!, id, body.action, { text: weighing, language }, app.config.publicUrl);
    return reply.redirect(`${localePath(request.locale, `/verwaltung/beteiligung/hinweise/${id}`)}?hinweis=gespeichert`, 303);
  });

  const renderRequest = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    errors = {},
    status = 200,
    values?: { agendaReference: string; decisionText: string; decisionLanguage?: Locale | undefined },
  ) => {
    const { request: r, decisions, agendaItems, transitions } = await requestForStaff(app.db, request.actor!, id);
    const shown = values ? { ...r, ...values, decisionLanguage: values.decisionLanguage ?? r.decisionLanguage } : r;
    return reply.html(
      <RequestAdminPage
        {...page(request, reply)}
        request={shown}
        decisions={decisions}
        agendaItems={agendaItems}
        transitions={transitions}
        errors={errors}
        message={saved(request)}
      />,
      status,
    );
  };

  app.get('/anregungen/:id', async (request, reply) => {
    const { id } = idParams.parse(request.params);
    return renderRequest(request, reply, id);
  });

  app.post('/anregungen/:id', async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const body = z
      .object({
        status: z.enum(statuses),
        agendaReference: z.string().max(500).default(''),
        decisionText: z.string().max(20000).default(''),
        decisionLanguage: z.enum(locales).optional().catch(undefined),
        decision: z.union([z.literal(''), z.coerce.number().int().min(0).max(10000)]).default(''),
        agendaItem: z
          .union([
            z.literal(''),
            z.coerce
              .number()
              .int()
              .min(1)
              .max(2 ** 31 - 1),
          ])
          .default(''),
      })
      .parse(request.body ?? {});
    const details = {
      agendaReference: body.agendaReference.trim() || null,
      decisionText: body.decisionText.trim() || null,
      ...(body.decisionLanguage ? { decisionLanguage: body.decisionLanguage } : {}),
      decisionPosition: body.decision === '' ? null : body.decision,
      agendaItemId: body.agendaItem === '' ? null : body.agendaItem,
    };
    try {
      await moveRequest(app.db, request.actor!, id, body.status, details, app.config.publicUrl);
    } catch (err) {
      const fields: Record<string, string> = {
        reason_required: 'decisionText',
        reference_required: 'agendaReference',
        unknown_decision: 'decision',
        unknown_agenda_item: 'agendaItem',
      };
      if (err instanceof AppError && fields[err.code]) {
        const field = fields[err.code]!;
        return renderRequest(request, reply, id, { [field]: { key: err.messageKey } }, 400, {
          agendaReference: body.agendaReference,
          decisionText: body.decisionText,
          decisionLanguage: body.decisionLanguage,
        });
      }
      throw err;
    }
    return reply.redirect(`${localePath(request.locale, `/verwaltung/beteiligung/anregungen/${id}`)}?hinweis=gespeichert`, 303);
  });

  // A request on the agenda: its agenda item changed or cleared.
  app.post('/anregungen/:id/tagesordnungspunkt', async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const body = z
      .object({
        agendaItem: z
          .union([
            z.literal(''),
            z.coerce
              .number()
              .int()
              .min(1)
              .max(2 ** 31 - 1),
          ])
          .default(''),
      })
      .parse(request.body ?? {});
    try {
      await changeRequestAgendaItem(app.db, request.actor!, id, body.agendaItem === '' ? null : body.agendaItem);
    } catch (err) {
      if (err instanceof AppError && err.code === 'unknown_agenda_item')
        return renderRequest(request, reply, id, { agendaItem: { key: err.messageKey } }, 400);
      throw err;
    }
    return reply.redirect(`${localePath(request.locale, `/verwaltung/beteiligung/anregungen/${id}`)}?hinweis=gespeichert`, 303);
  });
}
