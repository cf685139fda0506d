// Registration for events over HTTP with the e-mails from a real SMTP server: confirmation, seats and the
// waiting list, promotion when a seat frees up, cancellation by link, reminders, cancelling an event, the
// concurrency case (50 confirmations for the last 10 seats), anonymisation, and calendars parsed by ical.js.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import ICAL from 'ical.js';
import { sql } from 'kysely';
import { cliActor } from '../../src/platform/actor.js';
import { cancelEvent, updateEvent, publicEvent } from '../../src/modules/events/events.service.js';
import { confirmRegistration, register } from '../../src/modules/events/registrations.service.js';
import { viewToInput } from '../../src/modules/events/event-form.js';
import { purgeRegistrations, sendEventReminders } from '../../src/modules/events/event-jobs.js';
import { startTestApp, TEST_BASE_URL, type TestApp } from '../helpers/app.js';
import { eventInput, publishedEvent } from '../helpers/events.js';
import { deliverMail, type Mailbox, startMailbox } from '../helpers/mailbox.js';

let t: TestApp;
let mailbox: Mailbox;
before(async () => {
  t = await startTestApp('demo');
  mailbox = await startMailbox();
});
after(async () => {
  await mailbox.close();
  await t.close();
});

const deliver = () => deliverMail(mailbox, t.database.url);
const linkIn = (text: string | undefined, path: string) => {
  const m = new RegExp(`${TEST_BASE_URL.replace(/\./g, '\\.')}(/\\w\\w/veranstaltungen/${path}\\?token=[\\w-]+)`).exec(text ?? '');
  assert.ok(m, `a ${path} link in: ${text}`);
  return m[1]!;
};

async function form(url: string) {
  const page = await t.app.inject({ url });
  return { page, csrf: page.cookies.find((c) => c.name === 'lotse_csrf')?.value ?? '' };
}

async function post(url: string, fields: Record<string, string>, csrf: string, ip = '10.20.0.1') {
  return t.app.inject({
    method: 'POST',
    url,
    payload: new URLSearchParams({ ...fields, _csrf: csrf }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    cookies: { lotse_csrf: csrf },
    remoteAddress: ip,
  });
}

/** Registers through the page and confirms through the mailed link; returns the personal link. */
async function registerAndConfirm(slug: string, email: string, extra: Record<string, string> = {}) {
  const { csrf } = await form(`/de/veranstaltungen/${slug}`);
  const res = await post(
    `/de/veranstaltungen/${slug}/anmelden`,
    { name: 'Alex Beispiel', email, consent: 'on', ...extra },
    csrf,
    `10.30.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  );
  assert.equal(res.statusCode, 200, res.body);
  await deliver();
  const mail = mailbox.to(email).at(-1)!;
  const confirmUrl = linkIn(mail.text, 'anmeldung/bestaetigen');
  const confirmPage = await form(confirmUrl);
  assert.equal(confirmPage.page.statusCode, 200);
  const token = new URL(confirmUrl, 'http://x').searchParams.get('token')!;
  const confirmed = await post('/de/veranstaltungen/anmeldung/bestaetigen', { token }, confirmPage.csrf);
  assert.equal(confirmed.statusCode, 303);
  await deliver();
  return String(confirmed.headers.location);
}

test('register, confirm by e-mail, get a seat; the page counts it; the online link only goes to registrants', async () => {
  const slug = await publishedEvent(t.db, {
    format: 'hybrid',
    capacityOnsite: 10,
    capacityOnline: 5,
    onlineUrl: 'https://meet.example.org/geheim',
  });
  const page = await t.app.inject({ url: `/de/veranstaltungen/${slug}` });
  assert.equal(page.statusCode, 200);
  assert.ok(page.body.includes('10 von 10 Plätzen frei'));
  assert.ok(!page.body.includes('meet.example.org'), 'the online link is not public');
  assert.ok(page.body.includes('"@type":"Event"'));
  assert.ok(page.body.includes('"eventAttendanceMode":"https://schema.org/MixedEventAttendanceMode"'));

  const manage = await registerAndConfirm(slug, 'online@example.org', { mode: 'online' });
  assert.match(manage, /\/de\/veranstaltungen\/anmeldung\?token=[\w-]+&hinweis=confirmed/);
  const status = await t.app.inject({ url: manage });
  assert.ok(status.body.includes('Angemeldet – Ihr Platz ist sicher.'));
  assert.ok(status.body.includes('https://meet.example.org/geheim'));
  const confirmedMail = mailbox.to('online@example.org').at(-1)!;
  assert.equal(confirmedMail.subject, `Angemeldet: „${(await publicEvent(t.db, slug)).title.de}“`);
  assert.ok(confirmedMail.text!.includes('Zugangslink: https://meet.example.org/geheim'));
  assert.ok((await t.app.inject({ url: `/de/veranstaltungen/${slug}` })).body.includes('4 von 5 Plätzen frei'));
});

test('a full event puts people on the waiting list; a cancellation moves the first one up, by e-mail', async () => {
  const slug = await publishedEvent(t.db, { capacityOnsite: 1 });
  const first = await registerAndConfirm(slug, 'erste@example.org');
  const second = await registerAndConfirm(slug, 'zweite@example.org');
  const third = await registerAndConfirm(slug, 'dritte@example.org');
  assert.ok(second.endsWith('hinweis=waiting'));
  const thirdPage = (await t.app.inject({ url: third })).body;
  assert.ok(thirdPage.includes('Auf der Warteliste, Platz 2.'), thirdPage.slice(thirdPage.indexOf('<main'), thirdPage.indexOf('</main>')));
  assert.equal(mailbox.to('zweite@example.org').at(-1)!.subject!.startsWith('Warteliste'), true);

  const cancelPage = await form(first);
  const token = new URL(first, 'http://x').searchParams.get('token')!;
  assert.equal((await post('/de/veranstaltungen/anmeldung/stornieren', { token }, cancelPage.csrf)).statusCode, 303);
  await deliver();
  const promoted = mailbox.to('zweite@example.org').at(-1)!;
  assert.ok(promoted.subject!.startsWith('Ein Platz ist frei'));
  const promotedLink = linkIn(promoted.text, 'anmeldung');
  assert.ok((await t.app.inject({ url: promotedLink })).body.includes('Angemeldet – Ihr Platz ist sicher.'));
  assert.ok((await t.app.inject({ url: third })).body.includes('Auf der Warteliste, Platz 1.'));
  assert.ok((await t.app.inject({ url: first })).body.includes('Storniert.'));
});

test('50 concurrent confirmations for the last 10 seats: exactly 10 confirmed, 40 waiting', async () => {
  const slug = await publishedEvent(t.db, { capacityOnsite: 10 });
  const event = await publicEvent(t.db, slug);
  for (let i = 0; i < 50; i++)
    await register(
      t.db,
      event,
      { name: `P${i}`, email: `p${i}@example.org`, organisation: null, accessibilityNeeds: null, answer: null, consent: 'on' },
      `10.40.0.${i}`,
      'de',
      TEST_BASE_URL,
    );
  await deliver();
  const tokens = Array.from({ length: 50 }, (_, i) =>
    new URL(linkIn(mailbox.to(`p${i}@example.org`).at(-1)!.text, 'anmeldung/bestaetigen'), 'http://x').searchParams.get('token')!,
  );
  const results = await Promise.all(tokens.map((token) => confirmRegistration(t.db, token, TEST_BASE_URL)));
  assert.equal(results.filter((r) => r.status === 'confirmed').length, 10);
  assert.equal(results.filter((r) => r.status === 'waiting').length, 40);
  const counts = await t.db
    .selectFrom('event_registrations')
    .where('event_id', '=', event.id)
    .groupBy('status')
    .select(['status', sql<number>`count(*)::int`.as('n')])
    .execute();
  assert.deepEqual(Object.fromEntries(counts.map((c) => [c.status, c.n])), { confirmed: 10, waiting: 40 });
});

test('registering twice with one address keeps one registration and mails the personal link', async () => {
  const slug = await publishedEvent(t.db);
  await registerAndConfirm(slug, 'doppelt@example.org');
  const { csrf } = await form(`/de/veranstaltungen/${slug}`);
  const again = await post(
    `/de/veranstaltungen/${slug}/anmelden`,
    { name: 'Alex', email: 'Doppelt@example.org', consent: 'on' },
    csrf,
    '10.50.0.1',
  );
  assert.equal(again.statusCode, 200);
  await deliver();
  assert.ok(mailbox.to('doppelt@example.org').at(-1)!.subject!.startsWith('Ihre Anmeldung zu'));
  const event = await publicEvent(t.db, slug);
  assert.equal(event.seats.onsite.confirmed, 1);
});

test('bad input re-renders the form with errors; the honeypot and closed registrations change nothing', async () => {
  const slug = await publishedEvent(t.db);
  const { csrf } = await form(`/de/veranstaltungen/${slug}`);
  const bad = await post(`/de/veranstaltungen/${slug}/anmelden`, { name: '', email: 'kein-mail' }, csrf);
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.body.includes('Bitte eine gültige E-Mail-Adresse angeben.'));
  assert.ok(bad.body.includes('Bitte stimmen Sie der Speicherung Ihrer Angaben zu.'));
  const before = await t.db
    .selectFrom('event_registrations')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  const bot = await post(
    `/de/veranstaltungen/${slug}/anmelden`,
    { name: 'Bot', email: 'bot@example.org', consent: 'on', website: 'http://spam' },
    csrf,
  );
  assert.equal(bot.statusCode, 200);
  assert.equal(
    (
      await t.db
        .selectFrom('event_registrations')
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirstOrThrow()
    ).n,
    before.n,
  );
  const closed = await publishedEvent(t.db, { registrationClosesAt: new Date(Date.now() - 1000) });
  const page = await t.app.inject({ url: `/de/veranstaltungen/${closed}` });
  assert.ok(page.body.includes('Die Anmeldung ist geschlossen.'));
  const closedCsrf = page.cookies.find((c) => c.name === 'lotse_csrf')!.value;
  assert.equal(
    (await post(`/de/veranstaltungen/${closed}/anmelden`, { name: 'X', email: 'x@example.org', consent: 'on' }, closedCsrf)).statusCode,
    409,
  );
});

test('more seats move the waiting list up; reminders go out once; cancelling the event informs everyone', async () => {
  const slug = await publishedEvent(t.db, { capacityOnsite: 1 });
  await registerAndConfirm(slug, 'r1@example.org');
  await registerAndConfirm(slug, 'r2@example.org');
  const event = await publicEvent(t.db, slug);
  await updateEvent(t.db, cliActor, slug, { ...viewToInput(event), capacityOnsite: 2 }, TEST_BASE_URL);
  await deliver();
  assert.ok(mailbox.to('r2@example.org').at(-1)!.subject!.startsWith('Ein Platz ist frei'));
  assert.equal(await sendEventReminders(t.db, event.id, TEST_BASE_URL), 2);
  assert.equal(await sendEventReminders(t.db, event.id, TEST_BASE_URL), 0, 'nobody is reminded twice');
  // Moving the event brings a new reminder.
  const moved = {
    ...viewToInput(await publicEvent(t.db, slug)),
    startsAt: new Date(event.startsAt.getTime() + 86_400_000),
    endsAt: new Date(event.endsAt.getTime() + 86_400_000),
  };
  await updateEvent(t.db, cliActor, slug, moved, TEST_BASE_URL);
  assert.equal(await sendEventReminders(t.db, event.id, TEST_BASE_URL), 2);
  await deliver();
  assert.ok(mailbox.to('r1@example.org').some((m) => m.subject!.startsWith('Erinnerung')));
  // The reminder job is scheduled for reminder_hours before the start.
  const job = await sql<{ run_at: Date }>`select run_at from graphile_worker.jobs where key = ${`event-reminders-${event.id}`}`.execute(
    t.db,
  );
  assert.equal(job.rows[0]!.run_at.getTime(), moved.startsAt.getTime() - 24 * 3_600_000, 'the job moved with the event');

  assert.equal(await cancelEvent(t.db, cliActor, slug, { de: 'Der Saal ist wegen eines Wasserschadens gesperrt.' }, TEST_BASE_URL), 2);
  await deliver();
  for (const who of ['r1@example.org', 'r2@example.org']) assert.ok(mailbox.to(who).at(-1)!.text!.includes('Wasserschadens'));
  const page = await t.app.inject({ url: `/de/veranstaltungen/${slug}` });
  assert.ok(page.body.includes('Diese Veranstaltung ist abgesagt.'));
  assert.ok(page.body.includes('https://schema.org/EventCancelled'));
  assert.equal(
    (
      await sql<{ n: number }>`select count(*)::int as n from graphile_worker.jobs where key = ${`event-reminders-${event.id}`}`.execute(
        t.db,
      )
    ).rows[0]!.n,
    0,
  );
});

test('the .ics files are valid calendars: UID, DTSTAMP, VTIMEZONE, SEQUENCE raised on change, STATUS:CANCELLED', async () => {
  const slug = await publishedEvent(t.db, { title: { de: 'Kalendertest' } });
  const res = await t.app.inject({ url: `/de/veranstaltungen/${slug}/kalender.ics` });
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /^text\/calendar; charset=utf-8/);
  const read = (body: string) => {
    const cal = new ICAL.Component(ICAL.parse(body));
    // The file's own VTIMEZONE tells ical.js what Europe/Berlin means.
    const zone = cal.getFirstSubcomponent('vtimezone');
    if (zone) ICAL.TimezoneService.register(zone);
    const vevent = cal.getFirstSubcomponent('vevent')!;
    return { cal, vevent, event: new ICAL.Event(vevent) };
  };
  const first = read(res.body);
  assert.ok(first.cal.getFirstSubcomponent('vtimezone'), 'VTIMEZONE present');
  assert.equal(first.cal.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid'), 'Europe/Berlin');
  const event = await publicEvent(t.db, slug);
  assert.equal(first.event.uid, `event-${event.id}@lotse.test`);
  assert.ok(first.vevent.getFirstPropertyValue('dtstamp'));
  assert.equal(first.event.summary, 'Kalendertest');
  assert.equal(first.vevent.getFirstProperty('dtstart')!.getParameter('tzid'), 'Europe/Berlin');
  assert.equal(first.event.startDate.toJSDate().getTime(), event.startsAt.getTime());
  const seq1 = first.event.sequence;

  await updateEvent(t.db, cliActor, slug, { ...viewToInput(event), room: 'Kleiner Saal' }, TEST_BASE_URL);
  const second = read((await t.app.inject({ url: `/de/veranstaltungen/${slug}/kalender.ics` })).body);
  assert.ok(second.event.sequence > seq1);
  await cancelEvent(t.db, cliActor, slug, { de: 'Krankheit' }, TEST_BASE_URL);
  const third = read((await t.app.inject({ url: `/de/veranstaltungen/${slug}/kalender.ics` })).body);
  assert.equal(third.vevent.getFirstPropertyValue('status'), 'CANCELLED');
  assert.ok(third.event.sequence > second.event.sequence);

  // The feed with a filter holds only matching events.
  const feed = await t.app.inject({ url: '/de/veranstaltungen/kalender.ics?kommune=nordfriesland' });
  assert.equal(feed.statusCode, 200);
  const feedCal = new ICAL.Component(ICAL.parse(feed.body));
  assert.ok(!feedCal.getAllSubcomponents('vevent').some((v) => new ICAL.Event(v).summary === 'Kalendertest'));
});

test('the calendar lists upcoming events and shows a month grid; drafts stay hidden', async () => {
  const slug = await publishedEvent(t.db, { title: { de: 'Sichtbar im Kalender' } });
  const { createEvent } = await import('../../src/modules/events/events.service.js');
  await createEvent(t.db, cliActor, eventInput({ title: { de: 'Entwurf, nicht sichtbar' } }));
  const list = await t.app.inject({ url: '/de/veranstaltungen' });
  assert.ok(list.body.includes('Sichtbar im Kalender'));
  assert.ok(!list.body.includes('Entwurf, nicht sichtbar'));
  const event = await publicEvent(t.db, slug);
  const month = event.startsAt.toISOString().slice(0, 7);
  const grid = await t.app.inject({ url: `/de/veranstaltungen?ansicht=monat&monat=${month}` });
  assert.ok(grid.body.includes('Sichtbar im Kalender'));
  assert.ok(grid.body.includes('<abbr title="Montag">Mo</abbr>'));
  assert.equal((await t.app.inject({ url: '/de/veranstaltungen?kommune=nordfriesland' })).body.includes('Sichtbar im Kalender'), false);
});

test('personal data of registrations is anonymised after the retention period; attendees are never public', async () => {
  const slug = await publishedEvent(t.db, { retentionDays: 0 });
  await registerAndConfirm(slug, 'vergessen@example.org');
  const page = await t.app.inject({ url: `/de/veranstaltungen/${slug}` });
  assert.ok(!page.body.includes('vergessen@example.org') && !page.body.includes('Alex Beispiel'));
  // The event lies in the past now.
  await t.db
    .updateTable('events')
    .set({ starts_at: new Date(Date.now() - 3 * 3_600_000), ends_at: new Date(Date.now() - 3_600_000) })
    .where('slug', '=', slug)
    .execute();
  assert.ok((await purgeRegistrations(t.db)) >= 1);
  const rows = await t.db
    .selectFrom('event_registrations as r')
    .innerJoin('events as e', 'e.id', 'r.event_id')
    .where('e.slug', '=', slug)
    .select(['r.name', 'r.email', 'r.status', 'r.anonymised_at'])
    .execute();
  assert.deepEqual(
    rows.map((r) => [r.name, r.email, r.status, !!r.anonymised_at]),
    [['', '', 'confirmed', true]],
  );
});

test('the demo holds a documented past hybrid CoCreation Day, an open workshop and a full event with a waiting list', async () => {
  const past = await t.app.inject({ url: '/de/veranstaltungen?zeitraum=vergangen' });
  assert.ok(past.body.includes('CoCreation Day'));
  const coCreation = /href="(\/de\/veranstaltungen\/cocreation-day[^"]+)"/.exec(past.body)![1]!;
  const page = await t.app.inject({ url: coCreation });
  assert.ok(page.body.includes('Dokumentation') && page.body.includes('Rund 140 Menschen'));
  assert.ok(page.body.includes('Hybrid (vor Ort und online)'));
  const upcoming = await t.app.inject({ url: '/de/veranstaltungen' });
  assert.ok(upcoming.body.includes('Werkstatt: Offene Daten für alle'));
  const full = /href="(\/de\/veranstaltungen\/online-sprechstunde[^"]+)"/.exec(upcoming.body)![1]!;
  const fullPage = await t.app.inject({ url: full });
  assert.ok(fullPage.body.includes('ausgebucht – Anmeldung auf die Warteliste (4 wartend)'));
  assert.ok(!fullPage.body.includes('Beispielperson'), 'no registrant is listed publicly');
});

test('API v1 lists events as JSON and iCalendar, without registrants or access links', async () => {
  const slug = await publishedEvent(t.db, {
    format: 'hybrid',
    capacityOnsite: 5,
    capacityOnline: null,
    onlineUrl: 'https://meet.example.org/nur-fuer-angemeldete',
  });
  const list = await t.app.inject({ url: '/api/v1/events?municipality=flensburg&lang=en' });
  assert.equal(list.statusCode, 200);
  const item = list.json().items.find((e: { slug: string }) => e.slug === slug);
  assert.ok(item);
  assert.equal(item.title.startsWith('Smart neighbourhoods workshop'), true);
  assert.equal(item.format, 'hybrid');
  assert.deepEqual(item.registration.onsite, { capacity: 5, available: 5, waiting: 0 });
  assert.deepEqual(item.registration.online, { capacity: null, available: null, waiting: 0 });
  assert.equal(item.calendar_url, `${TEST_BASE_URL}/en/veranstaltungen/${slug}/kalender.ics`);
  assert.ok(!list.body.includes('nur-fuer-angemeldete'));
  assert.ok(!list.body.includes('@example.org'), 'no registrant appears');
  const one = await t.app.inject({ url: `/api/v1/events/${slug}` });
  assert.equal(one.json().slug, slug);
  assert.equal((await t.app.inject({ url: '/api/v1/events/gibt-es-nicht' })).statusCode, 404);
  const bad = await t.app.inject({ url: '/api/v1/events?municipality=atlantis' });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().error.code, 'invalid_query');
  const ics = await t.app.inject({ url: '/api/v1/events.ics?municipality=flensburg' });
  assert.match(String(ics.headers['content-type']), /^text\/calendar/);
  assert.ok(new ICAL.Component(ICAL.parse(ics.body)).getAllSubcomponents('vevent').length >= 1);
});

test('the same confirmation link clicked twice at once gives one seat, and a used link works no more', async () => {
  const slug = await publishedEvent(t.db, { capacityOnsite: 1 });
  const event = await publicEvent(t.db, slug);
  await register(
    t.db,
    event,
    { name: 'Zweimal', email: 'zweimal@example.org', organisation: null, accessibilityNeeds: null, answer: null, consent: 'on' },
    '10.80.0.1',
    'de',
    TEST_BASE_URL,
  );
  await deliver();
  const token = new URL(linkIn(mailbox.to('zweimal@example.org').at(-1)!.text, 'anmeldung/bestaetigen'), 'http://x').searchParams.get(
    'token',
  )!;
  const results = await Promise.all([confirmRegistration(t.db, token, TEST_BASE_URL), confirmRegistration(t.db, token, TEST_BASE_URL)]);
  assert.deepEqual(results.map((r) => r.status).sort(), ['confirmed', 'invalid']);
  const rows = await t.db.selectFrom('event_registrations').select('status').where('event_id', '=', event.id).execute();
  assert.deepEqual(
    rows.map((r) => r.status),
    ['confirmed'],
  );
  assert.equal((await confirmRegistration(t.db, token, TEST_BASE_URL)).status, 'invalid');
});

test('registering again before confirming sends a fresh confirmation link', async () => {
  const slug = await publishedEvent(t.db);
  const event = await publicEvent(t.db, slug);
  const input = {
    name: 'Vergesslich',
    email: 'vergesslich@example.org',
    organisation: null,
    accessibilityNeeds: null,
    answer: null,
    consent: 'on' as const,
  };
  await register(t.db, event, input, '10.81.0.1', 'de', TEST_BASE_URL);
  await register(t.db, event, input, '10.81.0.2', 'de', TEST_BASE_URL);
  await deliver();
  const mails = mailbox.to('vergesslich@example.org');
  assert.equal(mails.length, 2);
  assert.ok(mails.every((m) => m.subject!.startsWith('Bitte bestätigen')));
  const latest = new URL(linkIn(mails.at(-1)!.text, 'anmeldung/bestaetigen'), 'http://x').searchParams.get('token')!;
  assert.equal((await confirmRegistration(t.db, latest, TEST_BASE_URL)).status, 'confirmed');
});
