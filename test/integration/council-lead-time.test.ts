// The participation guidelines' lead time over HTTP: the municipality's coordinator sets it in the
// council settings (0–24 months, field errors in German and English); a Vorhaben published less than
// that before its first deliberation in a council body is listed under "Vorlaufzeit unterschritten" and
// warned of on its back-office page, one listed in time is not; only the municipality's staff see them.
// The public page names the first deliberation's day in Berlin time (a meeting at 00:30 is not the day
// before).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { syncMunicipality } from '../../src/modules/council/index.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { addMunicipality, configureOparl, testClient, vorhabenWithDecisions } from '../helpers/council.js';
import { meeting, organization, page, paper, serveSystem } from '../helpers/oparl-objects.js';
import { oparlTestServer, type OparlTestServer } from '../helpers/oparl-server.js';
import { get, postForm, type StaffSession, staffSession } from '../helpers/staff.js';

let t: TestApp;
let server: OparlTestServer;
let coordinator: StaffSession;
let late: string;
let timely: string;
const bodies = [{ prefix: 'RV', name: 'Rat' }];
const base = '/de/verwaltung/ratsinformation/wandelhafen';

before(async () => {
  t = await startTestApp('municipalities');
  server = await oparlTestServer();
  await addMunicipality(t.db, 'wandelhafen', 'Wandelhafen', bodies);
  await configureOparl(t.db, 'wandelhafen', serveSystem(server));
  server.on('/body/1/organizations', { body: page([organization(1, 'Bauausschuss')]) });
  server.on('/body/1/meetings', {
    body: page([
      // 00:30 in Berlin: the 19th in UTC.
      {
        ...meeting(1, 'Sitzung des Bauausschusses', {
          agenda: [
            { n: 10, number: 'Ö 5', name: 'Radweg am Hafen', consultation: 1 },
            { n: 11, number: 'Ö 6', name: 'Hafenbad', consultation: 2 },
          ],
        }),
        start: '2026-11-20T00:30:00+01:00',
      },
    ]),
  });
  server.on('/body/1/papers', {
    body: page([
      paper(1, 'RV-1/2026', 'Radweg am Hafen', { consultations: [{ n: 1, meeting: 1, agendaItem: 10 }] }),
      paper(2, 'RV-2/2026', 'Hafenbad', { consultations: [{ n: 2, meeting: 1, agendaItem: 11 }] }),
    ]),
  });
  late = await vorhabenWithDecisions(t.db, 'wandelhafen', 'Radweg am Hafen', ['RV-1/2026'], bodies);
  timely = await vorhabenWithDecisions(t.db, 'wandelhafen', 'Hafenbad', ['RV-2/2026'], bodies);
  await t.db.updateTable('projects').set({ publication_state: 'published', added_on: '2026-10-01' }).where('slug', '=', late).execute();
  await t.db.updateTable('projects').set({ publication_state: 'published', added_on: '2026-03-01' }).where('slug', '=', timely).execute();
  await syncMunicipality(t.db, 'wandelhafen', { client: testClient });
  coordinator = await staffSession(t.db, [{ role: 'coordinator', municipality: 'wandelhafen' }]);
});
after(async () => {
  await server.close();
  await t.close();
});

const row = (title: string) =>
  new RegExp(`<th[^>]*scope="row"[^>]*><a class="kern-link" href="/de/verwaltung/vorhaben/[^"]+">${title}</a>`);

test('the lead time is a setting of 0 to 24 months; wrong values are named beside the field, in German and English', async () => {
  const form = await get(t.app, base, coordinator);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /<input[^>]*name="lead_time_months" value="3"/, 'the default: three months');
  assert.ok(form.body.includes('Vorlaufzeit in Monaten'));
  assert.ok(form.body.includes(`href="${base}/vorlaufzeit"`));

  for (const wrong of ['25', 'drei', '-1', '2.5']) {
    const bad = await postForm(t.app, base, { system_url: '', lead_time_months: wrong }, coordinator);
    assert.equal(bad.statusCode, 400, wrong);
    assert.ok(bad.body.includes('Bitte eine ganze Zahl von 0 bis 24 angeben.'), wrong);
    assert.match(bad.body, /<input[^>]*aria-invalid="true"[^>]*aria-describedby="[^"]*lead_time_months/, wrong);
  }
  const en = await postForm(t.app, '/en/verwaltung/ratsinformation/wandelhafen', { lead_time_months: '30' }, coordinator);
  assert.equal(en.statusCode, 400);
  assert.ok(en.body.includes('Please enter a whole number from 0 to 24.'));
  assert.ok(en.body.includes('value="30"'), 'the form shows what was typed');
  const settings = await t.db.selectFrom('council_settings').select('lead_time_months').executeTakeFirstOrThrow();
  assert.equal(settings.lead_time_months, 3, 'nothing saved');
});

test('a Vorhaben published too late is listed and warned of; one in time is not; the public page shows the Berlin day', async () => {
  const list = await get(t.app, `${base}/vorlaufzeit`, coordinator);
  assert.equal(list.statusCode, 200);
  assert.ok(list.body.includes('Vorlaufzeit unterschritten: Wandelhafen'));
  assert.match(list.body, row('Radweg am Hafen'));
  assert.doesNotMatch(list.body, row('Hafenbad'));
  assert.ok(list.body.includes('20.08.2026') || list.body.includes('20. August 2026'), 'in time until: three months before the 20th');
  assert.ok(list.body.includes('href="https://ris.example.org/sitzung/1"'), "the first deliberation's meeting");
  assert.match(list.body, /<th class="kern-table__cell[^"]*" scope="col">Rechtzeitig bis<\/th>/);

  const editor = await staffSession(t.db, [{ role: 'editor', municipality: 'wandelhafen' }]);
  const warned = await get(t.app, `/de/verwaltung/vorhaben/${late}`, editor);
  assert.equal(warned.statusCode, 200);
  assert.ok(warned.body.includes('Vorlaufzeit unterschritten'));
  assert.ok(warned.body.includes('Wandelhafen verspricht, Vorhaben mindestens 3 Monate vor der ersten Beratung in einem Gremium'));
  const calm = await get(t.app, `/de/verwaltung/vorhaben/${timely}`, editor);
  assert.equal(calm.statusCode, 200);
  assert.ok(!calm.body.includes('Vorlaufzeit unterschritten'));
  const english = await get(t.app, `/en/verwaltung/vorhaben/${late}`, editor);
  assert.ok(
    english.body.includes('Lead time missed') && english.body.includes('Wandelhafen promises to publish projects at least 3 months'),
  );

  const pub = (await t.app.inject({ url: `/de/vorhaben/${late}` })).body;
  assert.ok(pub.includes('Erste Beratung in einem Gremium'));
  assert.match(pub, /<time datetime="2026-11-19T23:30:00.000Z">20\.(11\.| November )2026<\/time>/);
});

test('saving a shorter lead time clears the list; 0 means no lead time', async () => {
  const saved = await postForm(t.app, base, { system_url: '', lead_time_months: '1' }, coordinator);
  assert.equal(saved.statusCode, 303);
  assert.equal((await t.db.selectFrom('council_settings').select('lead_time_months').executeTakeFirstOrThrow()).lead_time_months, 1);
  const audit = await t.db.selectFrom('audit_log').select('after').where('action', '=', 'council.settings').executeTakeFirstOrThrow();
  assert.equal((audit.after as { leadTimeMonths: number }).leadTimeMonths, 1);
  const list = await get(t.app, `${base}/vorlaufzeit`, coordinator);
  assert.ok(list.body.includes('Alle Vorhaben mit bekannter erster Beratung wurden rechtzeitig veröffentlicht.'));

  await postForm(t.app, base, { system_url: '', lead_time_months: '0' }, coordinator);
  assert.ok((await get(t.app, `${base}/vorlaufzeit`, coordinator)).body.includes('keine Vorlaufzeit eingestellt'));
  assert.ok(!(await get(t.app, `/de/verwaltung/vorhaben/${late}`, coordinator)).body.includes('Vorlaufzeit unterschritten'));
  await postForm(t.app, base, { system_url: '', lead_time_months: '' }, coordinator);
  assert.equal((await t.db.selectFrom('council_settings').select('lead_time_months').executeTakeFirstOrThrow()).lead_time_months, 3);
});

test('only staff who manage the municipality read the list and change the lead time', async () => {
  const other = await staffSession(t.db, [{ role: 'coordinator', municipality: 'flensburg' }]);
  assert.equal((await get(t.app, `${base}/vorlaufzeit`, other)).statusCode, 403);
  assert.equal((await postForm(t.app, base, { lead_time_months: '12' }, other)).statusCode, 403);
  const editor = await staffSession(t.db, [{ role: 'editor', municipality: 'wandelhafen' }]);
  assert.equal((await get(t.app, `${base}/vorlaufzeit`, editor)).statusCode, 403);
  const anonymous = await get(t.app, `${base}/vorlaufzeit`);
  assert.equal(anonymous.statusCode, 303, 'to sign-in');
  assert.equal((await t.db.selectFrom('council_settings').select('lead_time_months').executeTakeFirstOrThrow()).lead_time_months, 3);
  const admin = await staffSession(t.db, [{ role: 'admin' }]);
  assert.equal((await get(t.app, `${base}/vorlaufzeit`, admin)).statusCode, 200);
});
