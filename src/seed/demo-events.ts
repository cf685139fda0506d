// Demo events, clearly marked as examples: a past hybrid CoCreation Day and a public pitch with their
// documentation, an upcoming workshop open for registration, and an upcoming one already full with a
// waiting list. Times are relative to the day of seeding, so the demo always has something ahead.
import crypto from 'node:crypto';
import type { Db } from '../db/database.js';
import { cliActor } from '../platform/actor.js';
import type { EventInput } from '../modules/events/index.js';
import { createEvent, publishEvent, saveDocumentation } from '../modules/events/index.js';

const DAY = 86_400_000;

function at(daysFromNow: number, hourUtc: number): Date {
  const d = new Date(Date.now() + daysFromNow * DAY);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d;
}

function input(overrides: Partial<EventInput> & Pick<EventInput, 'title' | 'startsAt' | 'endsAt'>): EventInput {
  return {
    description: null,
    format: 'onsite',
    address: null,
    room: null,
    accessibility: {
      de: 'Stufenloser Zugang, barrierefreies WC, Induktionsschleife im Saal.',
      en: 'Step-free access, accessible toilet, hearing loop in the hall.',
    },
    onlineUrl: null,
    organiserMunicipality: null,
    organiserPartner: null,
    projectSlug: null,
    processSlug: null,
    topics: [],
    registrationEnabled: true,
    registrationOpensAt: null,
    registrationClosesAt: null,
    capacityOnsite: null,
    capacityOnline: null,
    question: null,
    reminderHours: 24,
    retentionDays: 30,
    ...overrides,
  };
}

async function registrations(
  db: Db,
  slug: string,
  count: number,
  status: 'confirmed' | 'waiting',
  mode: 'onsite' | 'online' = 'onsite',
): Promise<void> {
  const event = await db.selectFrom('events').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
  const rows = Array.from({ length: count }, (_, i) => ({
    event_id: event.id,
    mode,
    status,
    name: `Beispielperson ${status === 'waiting' ? 'W' : ''}${i + 1}`,
    email: `beispiel-${slug.slice(0, 20)}-${status}-${i + 1}@example.org`,
    confirm_token_hash: crypto.randomUUID(),
    manage_token_hash: crypto.randomUUID(),
    confirmed_at: new Date(),
    waiting_since: status === 'waiting' ? new Date(Date.now() + i) : null,
  }));
  if (rows.length) await db.insertInto('event_registrations').values(rows).execute();
}

export async function seedDemoEvents(db: Db): Promise<number> {
  const example = ' *(Beispielveranstaltung)*';
  const coCreation = await createEvent(
    db,
    cliActor,
    input({
      title: {
        de: 'CoCreation Day: Die Smarte Grenzregion gestalten (Beispiel)',
        en: 'CoCreation Day: shaping the Smart Border Region (example)',
        da: 'CoCreation Day: Den smarte grænseregion (eksempel)',
      },
      description: { de: `Ein Tag für Ideen aus der ganzen Region: vor Ort in Flensburg und online zugeschaltet.${example}` },
      startsAt: at(-60, 8),
      endsAt: at(-60, 15),
      format: 'hybrid',
      address: 'Phänomenta, Norderstraße 157–163, 24939 Flensburg',
      room: 'Forum',
      onlineUrl: 'https://meet.example.org/cocreation-day',
      capacityOnsite: 80,
      capacityOnline: 150,
    }),
  );
  await publishEvent(db, cliActor, coCreation);
  await registrations(db, coCreation, 64, 'confirmed');
  await saveDocumentation(
    db,
    cliActor,
    coCreation,
    {
      de: 'Rund 140 Menschen haben mitgemacht, 60 vor Ort und 80 online. Die fünf meistgenannten Themen: Mobilität auf dem Land, offene Daten, digitale Verwaltung, Klimaanpassung an der Küste, Bildung. Die Ideen fließen in die Digitalisierungsstrategie ein. *(Beispieldaten)*',
      en: 'About 140 people took part, 60 on site and 80 online. The five most named topics: rural mobility, open data, digital administration, coastal climate adaptation, education. *(example data)*',
    },
    null,
  );

  const pitch = await createEvent(
    db,
    cliActor,
    input({
      title: { de: 'Öffentlicher Pitch: Projektideen für Nordfriesland (Beispiel)' },
      description: { de: `Teams stellen ihre Projektideen in fünf Minuten vor; das Publikum gibt Rückmeldung.${example}` },
      startsAt: at(-20, 16),
      endsAt: at(-20, 18),
      address: 'Kreishaus Husum, Marktstraße 6, 25813 Husum',
      room: 'Kreistagssaal',
      organiserMunicipality: 'nordfriesland',
      capacityOnsite: 60,
    }),
  );
  await publishEvent(db, cliActor, pitch);
  await saveDocumentation(
    db,
    cliActor,
    pitch,
    { de: 'Acht Teams haben ihre Ideen vorgestellt; drei werden von der Digitalagentur beraten. *(Beispieldaten)*' },
    null,
  );

  const workshop = await createEvent(
    db,
    cliActor,
    input({
      title: { de: 'Werkstatt: Offene Daten für alle (Beispiel)', en: 'Workshop: open data for everyone (example)' },
      description: {
        de: `Welche Daten der Region sollen offen sein, und wofür würden Sie sie nutzen? Wir sammeln Wünsche und zeigen die Datenplattform.${example}`,
      },
      startsAt: at(12, 17),
      endsAt: at(12, 19),
      address: 'Rathaus Flensburg, Rathausplatz 1, 24937 Flensburg',
      room: 'Ratssaal',
      organiserMunicipality: 'flensburg',
      capacityOnsite: 40,
      question: { de: 'Welche Daten wünschen Sie sich?', en: 'Which data would you like to see?' },
    }),
  );
  await publishEvent(db, cliActor, workshop);
  await registrations(db, workshop, 12, 'confirmed');

  const full = await createEvent(
    db,
    cliActor,
    input({
      title: { de: 'Online-Sprechstunde: Digitale Verwaltung im Kreis (Beispiel)' },
      description: { de: `Fragen an das Team der digitalen Verwaltung, online.${example}` },
      startsAt: at(20, 15),
      endsAt: at(20, 16),
      format: 'online',
      onlineUrl: 'https://meet.example.org/sprechstunde',
      organiserMunicipality: 'schleswig-flensburg',
      capacityOnline: 15,
    }),
  );
  await publishEvent(db, cliActor, full);
  await registrations(db, full, 15, 'confirmed', 'online');
  await registrations(db, full, 4, 'waiting', 'online');
  return 4;
}
