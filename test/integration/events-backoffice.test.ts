// Organising an event in the back office over HTTP: the form with field errors, draft → published,
// registrations with CSV export and check-in, documentation with a file on the public page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { get, postForm, type StaffSession, staffSession } from '../helpers/staff.js';

let t: TestApp;
let editor: StaffSession;
before(async () => {
  t = await startTestApp('municipalities');
  editor = await staffSession(t.db, [{ role: 'editor', municipality: 'flensburg' }]);
});
after(() => t.close());

const base = '/de/verwaltung/veranstaltungen';
const form = (overrides: Record<string, string> = {}) => ({
  title_de: 'Zukunftswerkstatt Hafen-Ost',
  title_en: 'Future workshop harbour east',
  description_de: 'Gemeinsam planen wir den **Hafen-Ost**.',
  startDate: '2027-03-10',
  startTime: '18:00',
  endTime: '20:30',
  format: 'hybrid',
  address: 'Hafenspitze 1, 24937 Flensburg',
  room: 'Halle 2',
  onlineUrl: 'https://meet.example.org/hafen',
  organiser: 'flensburg',
  registrationEnabled: 'on',
  capacityOnsite: '1',
  capacityOnline: '',
  question_de: 'Was wünschen Sie sich für den Hafen?',
  reminderHours: '48',
  retentionDays: '14',
  ...overrides,
});

test('a bad form comes back with errors at the fields, keeping what was typed', async () => {
  const res = await postForm(
    t.app,
    `${base}/neu`,
    form({
      title_de: '',
      startDate: '10.03.2027',
      format: 'hybrid',
      onlineUrl: 'http://unsicher',
      capacityOnsite: 'viele',
      endTime: '17:00',
    }),
    editor,
  );
  assert.equal(res.statusCode, 400);
  assert.ok(res.body.includes('Bitte ausfüllen.'));
  assert.ok(res.body.includes('Bitte Datum (JJJJ-MM-TT) und Uhrzeit (HH:MM) angeben.'));
  assert.ok(res.body.includes('Der Zugangslink muss mit https:// beginnen.'));
  assert.ok(res.body.includes('Eine ganze Zahl von 0 bis 100.000.'));
  assert.ok(res.body.includes('value="Hafenspitze 1, 24937 Flensburg"'));
  assert.equal(await t.db.selectFrom('events').selectAll().executeTakeFirst(), undefined);
  const unknownLinks = await postForm(t.app, `${base}/neu`, form({ project: 'gibt-es-nicht' }), editor);
  assert.equal(unknownLinks.statusCode, 400);
  assert.ok(unknownLinks.body.includes('Kein veröffentlichtes Vorhaben mit dieser Adresse.'));
  const unknownProcess = await postForm(t.app, `${base}/neu`, form({ process: 'gibt-es-nicht' }), editor);
  assert.equal(unknownProcess.statusCode, 400);
  assert.ok(unknownProcess.body.includes('Kein Beteiligungsprozess mit dieser Adresse.'));
});

test('create, publish, take a registration, check in, export and document', async () => {
  const created = await postForm(t.app, `${base}/neu`, form(), editor);
  assert.equal(created.statusCode, 303);
  const slug = String(created.headers.location).split('/').pop()!.split('?')[0]!;
  assert.equal(slug, 'zukunftswerkstatt-hafen-ost-2027-03-10');
  assert.equal((await get(t.app, `/de/veranstaltungen/${slug}`)).statusCode, 404, 'a draft is not public');
  const row = await t.db.selectFrom('events').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
  assert.equal(row.starts_at.toISOString(), '2027-03-10T17:00:00.000Z', '18:00 in Flensburg in March is 17:00 UTC');
  assert.equal(row.capacity_online, null);

  assert.equal((await postForm(t.app, `${base}/${slug}/veroeffentlichen`, {}, editor)).statusCode, 303);
  const page = await get(t.app, `/de/veranstaltungen/${slug}`);
  assert.equal(page.statusCode, 200);
  assert.ok(page.body.includes('Mittwoch, 10. März 2027, 18:00–20:30'));
  assert.ok(page.body.includes('Was wünschen Sie sich für den Hafen?'));

  // Two confirmed registrations straight in the table (the resident's path is tested elsewhere).
  for (const [i, name] of ['Kim Hafen', '=HYPERLINK("x")'].entries()) {
    await t.db
      .insertInto('event_registrations')
      .values({
        event_id: row.id,
        mode: 'onsite',
        status: i === 0 ? 'confirmed' : 'waiting',
        name,
        email: `r${i}@example.org`,
        answer: 'Mehr Bänke',
        confirm_token_hash: `c${i}`,
        manage_token_hash: `m${i}`,
        waiting_since: i === 0 ? null : new Date(),
      })
      .execute();
  }
  const list = await get(t.app, `${base}/${slug}/anmeldungen`, editor);
  assert.equal(list.statusCode, 200);
  assert.ok(list.body.includes('Kim Hafen') && list.body.includes('r0@example.org') && list.body.includes('Mehr Bänke'));
  const csv = await get(t.app, `${base}/${slug}/anmeldungen.csv`, editor);
  assert.match(String(csv.headers['content-type']), /^text\/csv/);
  assert.ok(csv.body.includes('"Kim Hafen";"r0@example.org"'));
  assert.ok(csv.body.includes(`"'=HYPERLINK(""x"")"`), 'formulas are defused in the export');

  const checkIn = await get(t.app, `${base}/${slug}/anmeldungen?teilnahmeliste=1`, editor);
  assert.ok(checkIn.body.includes('Kim Hafen'));
  assert.ok(!checkIn.body.includes('r0@example.org'), 'the check-in list shows no addresses');
  assert.ok(!checkIn.body.includes('HYPERLINK'), 'only confirmed people are on the check-in list');
  const reg = await t.db.selectFrom('event_registrations').select('id').where('email', '=', 'r0@example.org').executeTakeFirstOrThrow();
  assert.equal(
    (await postForm(t.app, `${base}/${slug}/anmeldungen/${reg.id}/anwesenheit?teilnahmeliste=1`, { attended: '1' }, editor)).statusCode,
    303,
  );
  assert.ok(
    (await t.db.selectFrom('event_registrations').select('attended_at').where('id', '=', reg.id).executeTakeFirstOrThrow()).attended_at,
  );
  // Attendees never appear publicly.
  assert.ok(!(await get(t.app, `/de/veranstaltungen/${slug}`)).body.includes('Kim Hafen'));

  // Documentation with a file, shown on the public page once the event is over.
  const boundary = '----doc';
  const payload =
    `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${editor.csrf}\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="documentation_de"\r\n\r\nDrei Ideen kamen in die engere Wahl.\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="protokoll.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 test\r\n--${boundary}--\r\n`;
  const doc = await t.app.inject({
    method: 'POST',
    url: `${base}/${slug}/dokumentation`,
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    cookies: editor.cookies,
  });
  assert.equal(doc.statusCode, 303, doc.body);
  await t.db
    .updateTable('events')
    .set({ starts_at: new Date('2026-01-10T17:00:00Z'), ends_at: new Date('2026-01-10T19:00:00Z') })
    .where('id', '=', row.id)
    .execute();
  const past = await get(t.app, `/de/veranstaltungen/${slug}`);
  assert.ok(past.body.includes('Drei Ideen kamen in die engere Wahl.'));
  const fileLink = /href="(\/de\/veranstaltungen\/[^"]+\/dateien\/\d+)"/.exec(past.body)![1]!;
  const file = await get(t.app, fileLink);
  assert.equal(file.headers['content-type'], 'application/pdf');
  assert.match(String(file.headers['content-disposition']), /^attachment; filename\*=UTF-8''protokoll\.pdf/);
  assert.equal(file.body, '%PDF-1.4 test');
});

test('an editor of another municipality sees nothing of Flensburg’s events', async () => {
  const other = await staffSession(t.db, [{ role: 'editor', municipality: 'nordfriesland' }]);
  const list = await get(t.app, base, other);
  assert.equal(list.statusCode, 200);
  assert.ok(!list.body.includes('Zukunftswerkstatt'));
  assert.equal((await get(t.app, `${base}/zukunftswerkstatt-hafen-ost-2027-03-10/anmeldungen`, other)).statusCode, 403);
  assert.equal((await get(t.app, `${base}/zukunftswerkstatt-hafen-ost-2027-03-10/anmeldungen.csv`, other)).statusCode, 403);
});

test('the agency lets a partner organise an event; municipal editors cannot choose partners', async () => {
  await t.db
    .insertInto('organisations')
    .values({ slug: 'digitalmentoren-nf', name: 'Digitale Mentorinnen und Mentoren Nordfriesland', kind: 'partner', website: null })
    .execute();
  const agency = await staffSession(t.db, [{ role: 'agency' }]);
  const newForm = await get(t.app, `${base}/neu`, agency);
  assert.ok(newForm.body.includes('value="partner:digitalmentoren-nf"'));
  assert.ok(!(await get(t.app, `${base}/neu`, editor)).body.includes('partner:'));
  const res = await postForm(
    t.app,
    `${base}/neu`,
    form({ title_de: 'Smartphone-Sprechstunde', organiser: 'partner:digitalmentoren-nf', startDate: '2027-04-01' }),
    agency,
  );
  assert.equal(res.statusCode, 303);
  const slug = String(res.headers.location).split('/').pop()!.split('?')[0]!;
  await postForm(t.app, `${base}/${slug}/veroeffentlichen`, {}, agency);
  assert.ok((await get(t.app, `/de/veranstaltungen/${slug}`)).body.includes('Digitale Mentorinnen und Mentoren Nordfriesland'));
  assert.equal(
    (await postForm(t.app, `${base}/neu`, form({ title_de: 'Versuch', organiser: 'partner:digitalmentoren-nf' }), editor)).statusCode,
    403,
  );
});
