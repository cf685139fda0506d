// API v1 for events: the calendar as JSON and as iCalendar, and one event. Strict like the projects API:
// unknown municipality or topic slugs answer 400.
import type { FastifyInstance } from 'fastify';
import { fromBerlin } from '../../lib/berlin-time.js';
import { t } from '../../i18n/index.js';
import { parseQuery } from '../../platform/api-query.js';
import { refuseUnknownFilters } from '../projects/index.js';
import { calendarFile } from './calendar-feed.js';
import { eventsInRange, feedEvents, publicEvent } from './events.service.js';
import { presentEvent } from './events.presenter.js';
import { apiEventQuerySchema } from './events.schemas.js';

export async function eventApiRoutes(app: FastifyInstance) {
  const host = new URL(app.config.publicUrl).host;

  const listed = async (request: Parameters<typeof parseQuery>[1]) => {
    const q = parseQuery(apiEventQuerySchema, request);
    await refuseUnknownFilters(app.db, request, { municipality: q.municipality, topic: q.topic });
    const filters = { municipality: q.municipality, topic: q.topic, project: q.project };
    const events =
      q.from || q.to
        ? await eventsInRange(
            app.db,
            filters,
            q.from ? (fromBerlin(q.from, '00:00') ?? undefined) : undefined,
            q.to ? (fromBerlin(q.to, '00:00') ?? undefined) : undefined,
          )
        : await feedEvents(app.db, filters);
    return { q, events };
  };

  // Not cached: seats and "open" change with every registration and with the clock.
  app.get('/api/v1/events', async (request) => {
    const { q, events } = await listed(request);
    return { items: events.map((e) => presentEvent(e, app.config.publicUrl, q.lang)) };
  });

  app.get('/api/v1/events.ics', { config: { cache: true } }, async (request, reply) => {
    const { q, events } = await listed(request);
    return reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', 'inline; filename="veranstaltungen.ics"')
      .send(
        await calendarFile(events, { name: t(q.lang, 'events.calendar.feedName'), locale: q.lang, baseUrl: app.config.publicUrl, host }),
      );
  });

  app.get('/api/v1/events/:slug', async (request) => {
    const { slug } = request.params as { slug: string };
    const { lang } = parseQuery(apiEventQuerySchema.pick({ lang: true }), request);
    return presentEvent(await publicEvent(app.db, slug), app.config.publicUrl, lang);
  });
}
