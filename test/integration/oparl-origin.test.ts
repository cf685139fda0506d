// A council's server names addresses (the next page, a body's lists, referenced objects, redirects);
// Lotse reads only those on the configured system address's server. Anything on another host or port is
// not requested at all and shows among the run's faults as its own kind.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { syncMunicipality } from '../../src/modules/council/index.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { configureOparl, testClient } from '../helpers/council.js';
import { at, meeting, page, paper, serveSystem } from '../helpers/oparl-objects.js';
import { oparlTestServer, type OparlTestServer } from '../helpers/oparl-server.js';
import { get, staffSession } from '../helpers/staff.js';

let t: TestApp;
let server: OparlTestServer;
let elsewhere: OparlTestServer;

before(async () => {
  t = await startTestApp('municipalities');
  server = await oparlTestServer();
  // Another server on the same machine, another port: it answers everything, and must be asked nothing.
  elsewhere = await oparlTestServer(() => ({ body: page([]) }));
});
after(async () => {
  await server.close();
  await elsewhere.close();
  await t.close();
});

test('addresses on another server than the system address’s are not fetched but reported as their own fault', async () => {
  await configureOparl(t.db, 'nordfriesland', serveSystem(server));
  server.on('/bodies', {
    body: page([
      {
        id: at('/body/1'),
        type: 'https://schema.oparl.org/1.1/Body',
        name: 'Kreis Nordfriesland',
        paper: at('/body/1/papers'),
        meeting: at('/body/1/meetings'),
        // A body's list on another server.
        organization: elsewhere.url('/body/1/organizations'),
      },
    ]),
  });
  // The next page of a list on another server.
  server.on('/body/1/meetings', {
    body: { data: [meeting(1, 'Kreistag')], links: { next: elsewhere.url('/body/1/meetings?page=2') } },
  });
  // A list redirected to another server.
  server.on('/body/1/papers', { status: 302, headers: { location: elsewhere.url('/body/1/papers') } });
  const first = await syncMunicipality(t.db, 'nordfriesland', { client: testClient });
  assert.equal(first.status, 'succeeded');
  assert.deepEqual(elsewhere.requests, []);

  // A referenced object (the meeting a consultation names) on another server.
  server.on('/body/1/papers', {
    body: page([
      {
        ...paper(1, 'KT-1/2026', 'Radweg'),
        consultation: [
          {
            id: at('/consultation/1'),
            type: 'https://schema.oparl.org/1.1/Consultation',
            paper: at('/paper/1'),
            meeting: elsewhere.url('/meeting/7'),
            role: 'Beschlussfassung',
          },
        ],
      },
    ]),
  });
  const second = await syncMunicipality(t.db, 'nordfriesland', { client: testClient, full: true });
  assert.deepEqual(elsewhere.requests, []);
  const foreign = second.faults.find((f) => f.kind === 'foreign_origin');
  assert.ok(foreign, 'reported');
  assert.deepEqual(foreign.examples.map((e) => e.url).sort(), [
    elsewhere.url('/body/1/meetings?page=2'),
    elsewhere.url('/body/1/organizations'),
    elsewhere.url('/meeting/7'),
  ]);
  const firstFaults = first.faults.find((f) => f.kind === 'foreign_origin');
  assert.ok(
    firstFaults?.examples.some((e) => e.url === server.url('/body/1/papers')),
    'the redirect is refused at its first hop',
  );

  const admin = await staffSession(t.db, [{ role: 'admin' }]);
  const run = await get(t.app, `/de/verwaltung/ratsinformation/nordfriesland/laeufe/${second.runId}`, admin);
  assert.equal(run.statusCode, 200);
  assert.ok(run.body.includes('Adresse auf einem anderen Server als dem des OParl-Systems (nicht abgerufen)'), run.body);
  const english = await get(t.app, `/en/verwaltung/ratsinformation/nordfriesland/laeufe/${second.runId}`, admin);
  assert.ok(english.body.includes('Address on another server than the OParl system’s (not fetched)'));
});

test('a chosen body on another server fails the sync with its own message, unasked', async () => {
  await configureOparl(t.db, 'flensburg', server.url('/system'), { bodyUrl: elsewhere.url('/body/9') });
  const summary = await syncMunicipality(t.db, 'flensburg', { client: testClient });
  assert.equal(summary.status, 'failed');
  assert.equal(summary.error, 'council.problem.foreignOrigin');
  assert.deepEqual(elsewhere.requests, []);
  const admin = await staffSession(t.db, [{ role: 'admin' }]);
  const runs = await get(t.app, `/de/verwaltung/ratsinformation/flensburg/laeufe/${summary.runId}`, admin);
  assert.ok(runs.body.includes('Diese Adresse liegt auf einem anderen Server als das OParl-System.'), runs.body);
});
