// Events for tests: made through the service as the command line, starting a given number of days ahead.
import type { Db } from '../../src/db/database.js';
import { cliActor } from '../../src/platform/actor.js';
import type { EventInput } from '../../src/modules/events/event.types.js';
import { createEvent, publishEvent } from '../../src/modules/events/events.service.js';

let n = 0;

export function eventInput(overrides: Partial<EventInput> = {}): EventInput {
  const start = new Date(Date.now() + 14 * 86_400_000);
  start.setUTCHours(17, 0, 0, 0);
  return {
    title: { de: `Werkstatt Smarte Quartiere ${++n}`, en: `Smart neighbourhoods workshop ${n}` },
    description: { de: 'Wir sammeln Ideen für **smarte Quartiere**.' },
    startsAt: start,
    endsAt: new Date(start.getTime() + 2 * 3_600_000),
    format: 'onsite',
    address: 'Rathausplatz 1, 24937 Flensburg',
    room: 'Ratssaal',
    accessibility: { de: 'Stufenloser Zugang, Induktionsschleife.' },
    onlineUrl: null,
    organiserMunicipality: 'flensburg',
    organiserPartner: null,
    projectSlug: null,
    processSlug: null,
    topics: [],
    registrationEnabled: true,
    registrationOpensAt: null,
    registrationClosesAt: null,
    capacityOnsite: 20,
    capacityOnline: null,
    question: null,
    reminderHours: 24,
    retentionDays: 30,
    ...overrides,
  };
}

export async function publishedEvent(db: Db, overrides: Partial<EventInput> = {}): Promise<string> {
  const slug = await createEvent(db, cliActor, eventInput(overrides));
  await publishEvent(db, cliActor, slug);
  return slug;
}
