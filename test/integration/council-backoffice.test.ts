// Council information in the back office, as staff use it over HTTP: a coordinator sets up their own
// municipality's OParl system (the body chosen from the system's list), asks for a sync now, reads the
// runs and a run's faults, sees which decisions were matched and types a council address by hand where
// none was; the nightly job syncs every configured municipality at the configured Berlin time.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import * as editorial from '../../src/modules/editorial/editorial.service.js';
import { cliActor } from '../../src/platform/actor.js';
import { runDueJobs } from '../../src/worker.js';
import { startTestApp, TEST_BASE_URL, type TestApp } from '../helpers/app.js';
import { decisionPapers, vorhabenWithDecisions } from '../helpers/council.js';
import { projectInput } from '../helpers/matrix-fixtures.js';
import { at, deleted, meeting, organization, page, paper, serveSystem } from '../helpers/oparl-objects.js';
import { oparlTestServer, type OparlTestServer } from '../helpers/oparl-server.js';
import { get, postForm, type StaffSession, staffSession } from '../helpers/staff.js';

let t: TestApp;
let server: OparlTestServer;
let coordinator: StaffSession;
let vorhaben: string;
const flensburgBodies = [
  { prefix: 'RV', name: 'Ratsversammlung' },
  { prefix: 'HA', name: 'Hauptausschuss' },
  { prefix: 'FA', name: 'Finanzausschuss' },
];

before(async () => {
  t = await startTestApp('municipalities', { LOTSE_OPARL_REQUESTS_PER_SECOND: '100', LOTSE_OPARL_TIMEOUT_SECONDS: '5' });
  // Nothing changes at the council between syncs: every list asked for changes is empty.
  server = await oparlTestServer((pathAndQuery) => (pathAndQuery.includes('?modified_since=') ? { body: page([]) } : null));
  serveSystem(server);
  // The system lists two bodies: the form must ask which one.
  server.on('/bodies', {
    body: page([
      {
        id: at('/body/1'),
        type: 'https://schema.oparl.org/1.1/Body',
        name: 'Stadt Flensburg',
        paper: at('/body/1/papers'),
        meeting: at('/body/1/meetings'),
        organization: at('/body/1/organizations'),
      },
      { id: at('/body/2'), type: 'https://schema.oparl.org/1.1/Body', name: 'Kreis Schleswig-Flensburg', paper: at('/body/2/papers') },
    ]),
  });
  server.on('/body/1/organizations', { body: page([organization(1, 'Ratsversammlung')]) });
  server.on('/body/1/meetings', {
    body: page([meeting(1, 'Ratsversammlung', { agenda: [{ n: 10, number: 'Ö 5', name: 'Stadtwerke', consultation: 1 }] })]),
  });
  server.on('/body/1/papers', {
    body: page([
      { ...paper(1, 'RV-22/2021', 'Digitale Stadtwerke', { consultations: [{ n: 1, meeting: 1, agendaItem: 10 }] }), paperType: '' },
      deleted('/paper/9'),
    ]),
  });
  coordinator = await staffSession(t.db, [{ role: 'coordinator', municipality: 'flensburg' }]);
  vorhaben = await vorhabenWithDecisions(
    t.db,
    'flensburg',
    'Digitale Stadtwerke Flensburg',
    ['RV-22/2021 vom 18.02.2021', 'Beschluss der Ratsversammlung vom 12.05.2022'],
    flensburgBodies,
  );
});
after(async () => {
  await server.close();
  await t.close();
});

const base = '/de/verwaltung/ratsinformation';

test('the back office offers council information to admins and coordinators, each their own municipality', async () => {
  const list = await get(t.app, base, coordinator);
  assert.equal(list.statusCode, 200);
  assert.ok(list.body.includes('href="/de/verwaltung/ratsinformation"'), 'in the navigation');
  assert.ok(list.body.includes('Stadt Flensburg'));
  assert.ok(!list.body.includes('Kreis Nordfriesland'));
  assert.ok(list.body.includes('OParl ist nicht eingerichtet.'));
  const editor = await staffSession(t.db, [{ role: 'editor', municipality: 'flensburg' }]);
  assert.equal((await get(t.app, base, editor)).statusCode, 403);
  assert.ok(!(await get(t.app, '/de/verwaltung', editor)).body.includes('href="/de/verwaltung/ratsinformation"'));
  const other = await staffSession(t.db, [{ role: 'coordinator', municipality: 'nordfriesland' }]);
  assert.equal((await get(t.app, `${base}/flensburg`, other)).statusCode, 403);
  assert.equal((await postForm(t.app, `${base}/flensburg`, { system_url: server.url('/system') }, other)).statusCode, 403);
});

test('the settings form: wrong addresses and patterns are named, the body is chosen from the system, the settings are saved and audited', async () => {
  const form = await get(t.app, `${base}/flensburg`, coordinator);
  assert.equal(form.statusCode, 200);
  assert.ok(form.body.includes('name="system_url"') && form.body.includes('name="reference_pattern"'));
  assert.ok(form.body.includes('Leer lassen für „{body}-{number}/{year}“'), 'the default pattern of a municipality with council bodies');

  const bad = await postForm(
    t.app,
    `${base}/flensburg`,
    { system_url: 'ris.flensburg.de', reference_pattern: '{body}/{year}' },
    coordinator,
  );
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.body.includes('Bitte eine vollständige Adresse angeben, beginnend mit https:// oder http://.'));
  assert.ok(bad.body.includes('Das Muster braucht {number} und darf {body}, {number} und {year} je einmal enthalten.'));

  const silent = await postForm(t.app, `${base}/flensburg`, { system_url: server.url('/nothing-here') }, coordinator);
  assert.equal(silent.statusCode, 400);
  assert.ok(silent.body.includes('Das OParl-System antwortet nicht.'));

  const choose = await postForm(t.app, `${base}/flensburg`, { system_url: server.url('/system'), reference_pattern: '' }, coordinator);
  assert.equal(choose.statusCode, 400);
  assert.ok(choose.body.includes('Das System hat mehrere Körperschaften. Bitte wählen Sie eine.'));
  assert.ok(choose.body.includes(`<option value="${server.url('/body/1')}">Stadt Flensburg</option>`));
  assert.ok(choose.body.includes(`<option value="${server.url('/body/2')}">Kreis Schleswig-Flensburg</option>`));

  const saved = await postForm(
    t.app,
    `${base}/flensburg`,
    { system_url: server.url('/system'), body: server.url('/body/1'), reference_pattern: '' },
    coordinator,
  );
  assert.equal(saved.statusCode, 303);
  assert.equal(saved.headers.location, `${base}/flensburg?hinweis=gespeichert`);
  const settings = await t.db.selectFrom('council_settings').selectAll().executeTakeFirstOrThrow();
  assert.equal(settings.system_url, server.url('/system'));
  assert.equal(settings.body_url, server.url('/body/1'));
  assert.equal(settings.body_name, 'Stadt Flensburg');
  assert.equal(settings.reference_pattern, null);
  const audit = await t.db.selectFrom('audit_log').select(['actor_label', 'entity_id']).where('action', '=', 'council.settings').execute();
  assert.deepEqual(audit, [{ actor_label: coordinator.email, entity_id: 'flensburg' }]);
  const page = await get(t.app, `${base}/flensburg?hinweis=gespeichert`, coordinator);
  assert.ok(page.body.includes('Gespeichert.'));
  assert.ok(page.body.includes('Eingestellt: Stadt Flensburg.'));
});

test('"sync now" queues a sync the worker runs; the runs page and the run show counts and faults', async () => {
  const queued = await postForm(t.app, `${base}/flensburg/abgleichen`, {}, coordinator);
  assert.equal(queued.statusCode, 303);
  assert.ok((await get(t.app, String(queued.headers.location), coordinator)).body.includes('Der Abgleich ist beauftragt'));
  await runDueJobs({ smtpUrl: undefined, mailFrom: 'Lotse <lotse@test.example>', publicUrl: TEST_BASE_URL }, t.database.url);
  const run = await t.db.selectFrom('council_sync_runs').selectAll().executeTakeFirstOrThrow();
  assert.equal(run.status, 'succeeded');
  assert.equal(run.decisions_matched, 1);
  assert.equal(run.decisions_unmatched, 1);

  const runs = await get(t.app, `${base}/flensburg/laeufe`, coordinator);
  assert.equal(runs.statusCode, 200);
  assert.ok(runs.body.includes('<caption class="kern-title"><span class="kern-sr-only">Abgleiche: Stadt Flensburg</span></caption>'));
  assert.match(runs.body, /<th class="kern-table__cell kern-table__cell--numeric" scope="col">Fehler<\/th>/);
  assert.ok(runs.body.includes('abgeschlossen') && runs.body.includes('vollständig'));
  assert.ok(runs.body.includes(`href="${base}/flensburg/laeufe/${run.id}"`));

  const detail = await get(t.app, `${base}/flensburg/laeufe/${run.id}`, coordinator);
  assert.equal(detail.statusCode, 200);
  assert.ok(detail.body.includes('2 Fehler des Servers'));
  assert.ok(detail.body.includes('„N/A“ oder leerer Text als Wert'));
  assert.ok(detail.body.includes('Objekt ohne Typangabe'));
  assert.ok(detail.body.includes(`<code>${server.url('/paper/9')}</code> – deleted`));
  assert.equal((await get(t.app, `${base}/flensburg/laeufe/${run.id + 1000}`, coordinator)).statusCode, 404);
});

test('decisions: matched ones link their paper, the others take a council address by hand, which survives editing the Vorhaben', async () => {
  const list = await get(t.app, `${base}/flensburg/beschluesse`, coordinator);
  assert.equal(list.statusCode, 200);
  assert.ok(
    list.body.includes('<a class="kern-link" href="https://ris.example.org/vorlage/1" lang="de">RV-22/2021 – Digitale Stadtwerke</a>'),
  );
  assert.ok(list.body.includes('keine Vorlage gefunden'));
  const [, loose] = await t.db
    .selectFrom('decisions as d')
    .innerJoin('projects as p', 'p.id', 'd.project_id')
    .where('p.slug', '=', vorhaben)
    .select('d.id')
    .orderBy('d.position')
    .execute();

  const bad = await postForm(t.app, `${base}/flensburg/beschluesse/${loose!.id}`, { web_url: 'javascript:alert(1)' }, coordinator);
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.body.includes('Bitte eine vollständige Adresse angeben'));
  const address = 'https://ratsinfo.flensburg.de/beschluss/2022-05-12';
  const ok = await postForm(t.app, `${base}/flensburg/beschluesse/${loose!.id}`, { web_url: address }, coordinator);
  assert.equal(ok.statusCode, 303);
  const after = await get(t.app, `${base}/flensburg/beschluesse`, coordinator);
  assert.ok(
    after.body.includes(
      `<a class="kern-link" href="${address}">${address}</a> <span class="kern-badge kern-badge--info"><span class="kern-label">von Hand</span></span>`,
    ),
  );

  // An editor changes the Vorhaben (the decision rows are written afresh): the links stay with their decisions.
  const input = { ...projectInput('Digitale Stadtwerke Flensburg (neu)', ['flensburg']), decisionsText: 'x' };
  const decisions = await t.db
    .selectFrom('decisions as d')
    .innerJoin('projects as p', 'p.id', 'd.project_id')
    .where('p.slug', '=', vorhaben)
    .selectAll('d')
    .orderBy('d.position')
    .execute();
  await editorial.saveDraft(t.db, cliActor, vorhaben, {
    ...input,
    decisions: decisions.map((d) => ({
      raw: d.raw,
      reference: d.reference,
      body: d.body,
      bodyName: d.body_name,
      number: d.number,
      year: d.year,
      supplement: d.supplement,
      date: d.date,
    })),
  });
  assert.deepEqual(
    (await decisionPapers(t.db, vorhaben)).map((d) => d.paper),
    ['RV-22/2021', null],
  );
  const web = await t.db
    .selectFrom('decisions as d')
    .innerJoin('projects as p', 'p.id', 'd.project_id')
    .where('p.slug', '=', vorhaben)
    .select('d.council_web_url')
    .orderBy('d.position')
    .execute();
  assert.deepEqual(web, [{ council_web_url: null }, { council_web_url: address }]);
  const audit = await t.db
    .selectFrom('audit_log')
    .select('after')
    .where('action', '=', 'council.decision.web_url')
    .executeTakeFirstOrThrow();
  assert.deepEqual(audit.after, { webUrl: address });
});

test('the nightly job syncs every configured municipality at the configured Berlin time only', async () => {
  const runsBefore = (await t.db.selectFrom('council_sync_runs').select('id').execute()).length;
  const nightly = (ts: string) =>
    sql`select graphile_worker.add_job('oparl_nightly', ${JSON.stringify({
      _cron: { ts, backfilled: false },
      time: t.app.config.oparl.syncTime,
      client: { concurrency: 2, requestsPerSecond: 100, timeoutSeconds: 5, retries: 0, allowPrivateAddresses: true },
    })}::json, max_attempts => 1)`.execute(t.db);
  const work = () => runDueJobs({ smtpUrl: undefined, mailFrom: 'Lotse <lotse@test.example>', publicUrl: TEST_BASE_URL }, t.database.url);
  assert.equal(t.app.config.oparl.syncTime, '03:30');
  await nightly('2027-01-11T01:30:00.000Z'); // 02:30 in Berlin (winter)
  await work();
  assert.equal((await t.db.selectFrom('council_sync_runs').select('id').execute()).length, runsBefore);
  await nightly('2027-01-11T02:30:00.000Z'); // 03:30 in Berlin
  await work();
  const runs = await t.db.selectFrom('council_sync_runs').select(['mode', 'status']).orderBy('id').execute();
  assert.equal(runs.length, runsBefore + 1, 'one run: Flensburg is the one municipality with OParl');
  assert.deepEqual(runs.at(-1), { mode: 'incremental', status: 'succeeded' });
});

test("a coordinator of another municipality reaches neither Flensburg's runs and decisions nor them through their own slug", async () => {
  const other = await staffSession(t.db, [{ role: 'coordinator', municipality: 'nordfriesland' }]);
  const run = await t.db
    .selectFrom('council_sync_runs as r')
    .innerJoin('municipalities as m', 'm.id', 'r.municipality_id')
    .where('m.slug', '=', 'flensburg')
    .select('r.id')
    .orderBy('r.id', 'desc')
    .executeTakeFirstOrThrow();
  const decision = await t.db
    .selectFrom('decisions as d')
    .innerJoin('projects as p', 'p.id', 'd.project_id')
    .where('p.slug', '=', vorhaben)
    .select(['d.id', 'd.council_web_url'])
    .orderBy('d.position')
    .executeTakeFirstOrThrow();
  for (const path of ['laeufe', `laeufe/${run.id}`, 'beschluesse', `beschluesse/${decision.id}`, 'vorschlaege'])
    assert.equal((await get(t.app, `${base}/flensburg/${path}`, other)).statusCode, 403, `flensburg/${path}`);
  const typed = { web_url: 'https://ris.example.org/fremd' };
  assert.equal((await postForm(t.app, `${base}/flensburg/beschluesse/${decision.id}`, typed, other)).statusCode, 403);
  assert.equal((await postForm(t.app, `${base}/flensburg/abgleichen`, {}, other)).statusCode, 403);
  // Through their own municipality's address, another municipality's run or decision is not found.
  assert.equal((await get(t.app, `${base}/nordfriesland/laeufe/${run.id}`, other)).statusCode, 404);
  assert.equal((await get(t.app, `${base}/nordfriesland/beschluesse/${decision.id}`, other)).statusCode, 404);
  assert.equal((await postForm(t.app, `${base}/nordfriesland/beschluesse/${decision.id}`, typed, other)).statusCode, 404);
  const unchanged = await t.db.selectFrom('decisions').select('council_web_url').where('id', '=', decision.id).executeTakeFirstOrThrow();
  assert.equal(unchanged.council_web_url, decision.council_web_url);
});

test('saving only a new reference scheme does not ask the council system again', async () => {
  const asked = () => server.requests.filter((r) => r === '/system' || r === '/bodies').length;
  const before = asked();
  const form = { system_url: server.url('/system'), body: server.url('/body/1') };
  const saved = await postForm(t.app, `${base}/flensburg`, { ...form, reference_pattern: '{body} {number}/{year}' }, coordinator);
  assert.equal(saved.statusCode, 303);
  assert.equal(asked(), before, 'neither the system nor its bodies were asked');
  const settings = await t.db
    .selectFrom('council_settings')
    .select(['reference_pattern', 'body_url', 'body_name'])
    .executeTakeFirstOrThrow();
  assert.deepEqual(settings, {
    reference_pattern: '{body} {number}/{year}',
    body_url: server.url('/body/1'),
    body_name: 'Stadt Flensburg',
  });
  assert.equal((await postForm(t.app, `${base}/flensburg`, { ...form, reference_pattern: '' }, coordinator)).statusCode, 303);
  assert.equal(asked(), before);
});
