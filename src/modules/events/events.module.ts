// Participation events: calendar, registration with waiting list, reminders, iCalendar feeds, organising.
import { z } from 'zod';
import type { LotseModule } from '../../platform/module.js';
import { eventsProcessing } from './events.processing.js';
import { purgeRegistrations, sendEventReminders } from './event-jobs.js';
import { eventApiRoutes } from './events.api.routes.js';
import { eventBackOfficeRoutes } from './events.backoffice.routes.js';
import { mayUseEvents } from './events.policy.js';
import { eventPageRoutes } from './events.routes.js';

const eventPayload = z.object({ eventId: z.number().int().positive() });

export const eventsModule: LotseModule = {
  name: 'events',
  processing: eventsProcessing,
  rootRoutes: [eventApiRoutes],
  pageRoutes: [eventPageRoutes],
  backOfficeRoutes: [{ prefix: '/veranstaltungen', routes: eventBackOfficeRoutes }],
  backOfficeSections: [
    { key: 'events', path: '/verwaltung/veranstaltungen', label: 'backoffice.nav.events', order: 20, visible: mayUseEvents },
  ],
  tasks: ({ db, baseUrl }) => ({
    event_reminders: async (payload) => {
      await sendEventReminders(db, eventPayload.parse(payload).eventId, baseUrl);
    },
    purge_event_registrations: async () => {
      await purgeRegistrations(db);
    },
  }),
  crontab: ['15 3 * * * purge_event_registrations'],
};
