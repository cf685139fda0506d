// Public routes of events: the calendar, feeds (.ics), event pages with registration, and the steps
// behind the personal e-mail links (confirm, see, cancel). Event pages carry a form with a CSRF token,
// so they are never taken from the response cache; the calendar and the feeds are.
import { ConfirmStep } from '../../views/confirm-step.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CSRF_FIELD, csrfToken, csrfValid } from '../../lib/csrf.js';
import { pick } from '../../lib/localized.js';
import { regionalTextOf } from '../../views/regional-text.js';
import { pageContext } from '../../plugins/context.js';
import { Alert } from '../../views/components.js';
import { localePath } from '../../views/page-context.js';
import { allMunicipalities } from '../municipalities/index.js';
import { allTopics } from '../topics/index.js';
import { calendarFile } from './calendar-feed.js';
import { type CalendarFilters, eventFile, eventsBetween, feedEvents, pastEvents, publicEvent, upcomingEvents } from './events.service.js';
import { CalendarPage, type CalendarQuery } from './calendar.views.js';
import { EventPage, type RegistrationFormState, RegistrationStepPage } from './events.views.js';
import {
  cancelRegistration,
  confirmRegistration,
  managedRegistration,
  register,
  registrationBody,
  registrationWindow,
} from './registrations.service.js';
import { berlinParts } from '../../lib/berlin-time.js';
import { formErrors } from '../../platform/form-reader.js';

const optional = z
  .string()
  .trim()
  .max(200)
  .optional()
  .catch(undefined)
  .transform((v) => v || undefined);
const calendarQuery = z.object({
  ansicht: z.enum(['liste', 'monat']).catch('liste').default('liste'),
  zeitraum: z.enum(['kommend', 'vergangen']).catch('kommend').default('kommend'),
  monat: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .catch(undefined),
  kommune: optional,
  thema: optional,
  vorhaben: optional,
});

export async function eventPageRoutes(app: FastifyInstance) {
  const secure = app.config.publicUrl.startsWith('https://');
  const host = new URL(app.config.publicUrl).host;

  const readCalendar = (request: FastifyRequest) => {
    const q = calendarQuery.parse(request.query);
    const filters: CalendarFilters = { municipality: q.kommune, topic: q.thema, project: q.vorhaben };
    const query: CalendarQuery = {
      view: q.ansicht === 'monat' ? 'month' : 'list',
      period: q.zeitraum === 'vergangen' ? 'past' : 'upcoming',
      month: q.monat ?? berlinParts(new Date()).date.slice(0, 7),
      ...filters,
    };
    return { filters, query };
  };

  // Not cached: "upcoming" moves with the clock and the seat badges with every registration.
  app.get('/:lang/veranstaltungen', async (request, reply) => {
    const { filters, query } = readCalendar(request);
    let events;
    if (query.view === 'month') {
      const [y, m] = query.month.split('-').map(Number) as [number, number];
      // A day of margin on each side: the grid is in Berlin time.
      events = await eventsBetween(app.db, filters, new Date(Date.UTC(y, m - 1, 1) - 86_400_000), new Date(Date.UTC(y, m, 1) + 86_400_000));
    } else events = query.period === 'past' ? await pastEvents(app.db, filters) : await upcomingEvents(app.db, filters);
    const [municipalities, topics] = await Promise.all([allMunicipalities(app.db), allTopics(app.db)]);
    return reply.html(
      <CalendarPage
        ctx={pageContext(request, app.config.publicUrl)}
        query={query}
        events={events}
        options={{ municipalities: municipalities.map((m) => ({ slug: m.slug, name: m.name })), topics }}
      />,
    );
  });

  const sendCalendar = (reply: FastifyReply, body: string, fileName: string) =>
    reply.type('text/calendar; charset=utf-8').header('content-disposition', `inline; filename="${fileName}"`).send(body);

  app.get('/:lang/veranstaltungen/kalender.ics', { config: { cache: true } }, async (request, reply) => {
    const { filters } = readCalendar(request);
    const events = await feedEvents(app.db, filters);
    const ctx = pageContext(request, app.config.publicUrl);
    return sendCalendar(
      reply,
      await calendarFile(events, { name: ctx.t('events.calendar.feedName'), locale: ctx.locale, baseUrl: app.config.publicUrl, host }),
      'veranstaltungen.ics',
    );
  });

  app.get('/:lang/veranstaltungen/:slug/kalender.ics', { config: { cache: true } }, async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const event = await publicEvent(app.db, slug);
    const ctx = pageContext(request, app.config.publicUrl);
    return sendCalendar(
      reply,
      await calendarFile([event], { name: pick(event.title, ctx.locale)!.text, locale: ctx.locale, baseUrl: app.config.publicUrl, host }),
      `${slug}.ics`,
    );
  });

  app.get('/:lang/veranstaltungen/:slug/dateien/:id', async (request, reply) => {
    const { slug, id } = z
      .object({
        slug: z.string().max(200),
        id: z.coerce
          .number()
          .int()
          .min(1)
          .max(2 ** 31 - 1),
      })
      .parse(request.params);
    const file = await eventFile(app.db, slug, id);
    if (!file) return reply.callNotFound();
    // Always a download: an uploaded HTML or SVG file must never run in our origin.
    return reply
      .type(file.content_type === 'application/pdf' ? 'application/pdf' : 'application/octet-stream')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.file_name)}`)
      .header('x-content-type-options', 'nosniff')
      .send(file.content);
  });

  const renderEvent = async (
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string,
    form: RegistrationFormState,
    status = 200,
    notice?: string,
  ) => {
    const event = await publicEvent(app.db, slug);
    const ctx = pageContext(request, app.config.publicUrl);
    return reply
      .header('cache-control', 'no-store')
      .html(
        <EventPage
          ctx={ctx}
          event={event}
          window={registrationWindow(event)}
          form={form}
          csrf={csrfToken(request, reply, secure)}
          notice={notice ? <Alert kind="success" title={notice} /> : undefined}
          regionalShown={regionalTextOf(request.query)}
        />,
        status,
      );
  };

  app.get('/:lang/veranstaltungen/:slug', async (request, reply) => {
    const { slug } = request.params as { slug: string };
    return renderEvent(request, reply, slug, { values: {}, errors: {} });
  });

  app.post('/:lang/veranstaltungen/:slug/anmelden', async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const raw = (request.body ?? {}) as Record<string, unknown>;
    const values = Object.fromEntries(
      Object.entries(raw)
        .filter(([, v]) => typeof v === 'string')
        .map(([k, v]) => [k, (v as string).slice(0, 4000)]),
    );
    const ctx = pageContext(request, app.config.publicUrl);
    if (!csrfValid(request, raw[CSRF_FIELD]))
      return renderEvent(request, reply, slug, { values, errors: { name: { key: 'signin.csrf' } } }, 403);
    const event = await publicEvent(app.db, slug);
    const done = () =>
      reply.header('cache-control', 'no-store').html(
        <RegistrationStepPage ctx={ctx} title={ctx.t('events.registration.checkMail')}>
          <Alert kind="success" title={ctx.t('events.registration.checkMailText', { email: values.email ?? '' })} />
          <p class="kern-body">
            <a class="kern-link" href={localePath(ctx.locale, `/veranstaltungen/${slug}`)}>
              {ctx.t('events.backToEvent')}
            </a>
          </p>
        </RegistrationStepPage>,
      );
    // Filled in by a bot: it gets the same answer, nothing happens.
    if (values.website) return done();
    const parsed = registrationBody.safeParse(raw);
    if (!parsed.success) {
      const errors = formErrors(parsed.error, { keys: { email: 'users.error.email', consent: 'events.error.consent' }, max: 2000 });
      return renderEvent(request, reply, slug, { values, errors }, 400);
    }
    const result = await register(app.db, event, parsed.data, request.client, ctx.locale, app.config.publicUrl);
    if (result === 'limited')
      return renderEvent(request, reply, slug, { values, errors: { email: { key: 'reset.request.limited' } } }, 429);
    return done();
  });

  app.get('/:lang/veranstaltungen/anmeldung/bestaetigen', async (request, reply) => {
    const token = String((request.query as { token?: string }).token ?? '').slice(0, 100);
    const ctx = pageContext(request, app.config.publicUrl);
    // A button, not an automatic confirmation: mail scanners follow links, people press buttons.
    return reply.header('cache-control', 'no-store').html(
      <RegistrationStepPage ctx={ctx} title={ctx.t('events.confirm.title')}>
        <p class="kern-body">{ctx.t('events.confirm.text')}</p>
        <ConfirmStep
          action={localePath(ctx.locale, '/veranstaltungen/anmeldung/bestaetigen')}
          csrf={csrfToken(request, reply, secure)}
          hidden={{ token }}
          label={ctx.t('events.confirm.submit')}
        />
      </RegistrationStepPage>,
    );
  });

  app.post('/:lang/veranstaltungen/anmeldung/bestaetigen', async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const ctx = pageContext(request, app.config.publicUrl);
    const invalid = (status: number) =>
      reply.header('cache-control', 'no-store').html(
        <RegistrationStepPage ctx={ctx} title={ctx.t('events.confirm.title')}>
          <Alert kind="danger" title={ctx.t('events.confirm.invalid')} />
        </RegistrationStepPage>,
        status,
      );
    if (!csrfValid(request, body[CSRF_FIELD])) return invalid(403);
    const result = await confirmRegistration(app.db, typeof body.token === 'string' ? body.token.slice(0, 100) : '', app.config.publicUrl);
    if (result.status === 'invalid') return invalid(410);
    return reply.redirect(
      `${localePath(ctx.locale, '/veranstaltungen/anmeldung')}?token=${encodeURIComponent(result.manageToken)}&hinweis=${result.status}`,
      303,
    );
  });

  app.get('/:lang/veranstaltungen/anmeldung', async (request, reply) => {
    const q = request.query as { token?: string; hinweis?: string };
    const token = String(q.token ?? '').slice(0, 100);
    const ctx = pageContext(request, app.config.publicUrl);
    const r = await managedRegistration(app.db, token);
    const title = pick(r.event.title, ctx.locale)!.text;
    const notice = q.hinweis === 'confirmed' || q.hinweis === 'waiting' || q.hinweis === 'cancelled' ? q.hinweis : null;
    return reply
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .html(
        <RegistrationStepPage ctx={ctx} title={ctx.t('events.manage.title')}>
          {notice && <Alert kind="success" title={ctx.t(`events.manage.notice.${notice}`)} />}
          <p class="kern-body kern-body--large">
            <a class="kern-link" href={localePath(ctx.locale, `/veranstaltungen/${r.event.slug}`)}>
              {title}
            </a>
          </p>
          <p class="kern-body" role="status">
            {r.status === 'waiting'
              ? ctx.t('events.manage.status.waiting', { position: r.position ?? 0 })
              : ctx.t(`events.manage.status.${r.status}`)}{' '}
            {r.status !== 'cancelled' && `(${ctx.t(`events.mode.${r.mode}`)})`}
          </p>
          {r.onlineUrl && (
            <p class="kern-body">
              {ctx.t('events.manage.online')}{' '}
              <a class="kern-link" href={r.onlineUrl} rel="noreferrer noopener">
                {r.onlineUrl}
              </a>
            </p>
          )}
          {r.status !== 'cancelled' && r.event.endsAt > new Date() && (
            <ConfirmStep
              action={localePath(ctx.locale, '/veranstaltungen/anmeldung/stornieren')}
              csrf={csrfToken(request, reply, secure)}
              hidden={{ token }}
              hint={ctx.t('events.manage.cancelHint')}
              kind="secondary"
              label={ctx.t('events.manage.cancel')}
            />
          )}
        </RegistrationStepPage>,
      );
  });

  app.post('/:lang/veranstaltungen/anmeldung/stornieren', async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const token = typeof body.token === 'string' ? body.token.slice(0, 100) : '';
    const ctx = pageContext(request, app.config.publicUrl);
    if (!csrfValid(request, body[CSRF_FIELD]))
      return reply.redirect(`${localePath(ctx.locale, '/veranstaltungen/anmeldung')}?token=${encodeURIComponent(token)}`, 303);
    await cancelRegistration(app.db, token, app.config.publicUrl);
    return reply.redirect(
      `${localePath(ctx.locale, '/veranstaltungen/anmeldung')}?token=${encodeURIComponent(token)}&hinweis=cancelled`,
      303,
    );
  });
}
