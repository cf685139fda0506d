// Objects a sync finds named but cannot fetch wait in a table of their own and are retried least recently
// tried first, so new ones get their turn; a municipality keeps its last 50 runs; the back office's
// list of a municipality's decisions is paged.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { syncMunicipality } from '../../src/modules/council/index.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { configureOparl, testClient, vorhabenWithDecisions } from '../helpers/council.js';
import { page, paper, serveSystem } from '../helpers/oparl-objects.js';
import { oparlTestServer, type OparlTestServer } from '../helpers/oparl-server.js';
import { get, staffSession } from '../helpers/staff.js';

let t: TestApp;
let server: OparlTestServer;

before(async () => {
  t = await startTestApp('municipalities');
  server = await oparlTestServer();
  await configureOparl(t.db, 'nordfriesland', serveSystem(server));
  server.on('/body/1/organizations', { body: page([]) });
  server.on('/body/1/meetings', { body: page([]) });
  // Three meetings and the organisation the consultations name answer 404, every time.
  server.on('/body/1/papers', {
    body: page([
      paper(1, 'KT-1/2026', 'Radweg', { consultations: [{ n: 1, meeting: 1 }] }),
      paper(2, 'KT-2/2026', 'Schule', { consultations: [{ n: 2, meeting: 2 }] }),
      paper(3, 'KT-3/2026', 'Hafen', { consultations: [{ n: 3, meeting: 3 }] }),
    ]),
  });
});
after(async () => {
  await server.close();
  await t.close();
});

const meetingRequests = () => server.requests.filter((r) => r.startsWith('/meeting/') || r.startsWith('/organization/'));

test('failed references wait in their own table and are retried least recently tried first', async () => {
  const tried: string[][] = [];
  for (let run = 0; run < 5; run++) {
    const before = meetingRequests().length;
    // One reference per run, and no retries, so each run asks exactly once.
    const summary = await syncMunicipality(t.db, 'nordfriesland', { client: { ...testClient, retries: 0 }, referenceLimit: 1, full: true });
    assert.equal(summary.status, 'succeeded');
    tried.push(meetingRequests().slice(before));
    const stored = await t.db.selectFrom('council_sync_runs').select('resume').where('id', '=', summary.runId).executeTakeFirstOrThrow();
    assert.equal((stored.resume as { references?: unknown }).references, undefined, 'not in the run’s JSON');
  }
  // The organisation the consultations name (404 too) is new in the fourth run's turn, before a second try.
  assert.deepEqual(tried, [['/meeting/1'], ['/meeting/2'], ['/meeting/3'], ['/organization/1'], ['/meeting/1']]);
  const pending = await t.db
    .selectFrom('council_pending_references')
    .select(['url', 'kind', 'attempts'])
    .where('url', 'like', '%/meeting/%')
    .orderBy('url')
    .execute();
  assert.deepEqual(
    pending.map((p) => [p.url.replace(server.base, ''), p.kind, p.attempts]),
    [
      ['/meeting/1', 'Meeting', 2],
      ['/meeting/2', 'Meeting', 1],
      ['/meeting/3', 'Meeting', 1],
    ],
  );
  // Once the server answers, the reference is stored and leaves the table.
  server.on('/meeting/2', { body: { id: server.url('/meeting/2'), type: 'https://schema.oparl.org/1.1/Meeting', name: 'Kreistag' } });
  await syncMunicipality(t.db, 'nordfriesland', { client: { ...testClient, retries: 0 }, referenceLimit: 1, full: true });
  const left = await t.db.selectFrom('council_pending_references').select('url').where('url', 'like', '%/meeting/%').execute();
  assert.deepEqual(left.map((p) => p.url.replace(server.base, '')).sort(), ['/meeting/1', '/meeting/3']);
});

test('a municipality keeps its last 50 runs', async () => {
  const { id } = await t.db.selectFrom('municipalities').select('id').where('slug', '=', 'nordfriesland').executeTakeFirstOrThrow();
  await t.db
    .insertInto('council_sync_runs')
    .values(
      Array.from({ length: 60 }, (_, i) => ({
        municipality_id: id,
        mode: 'full' as const,
        status: 'succeeded' as const,
        started_at: new Date(Date.UTC(2025, 0, 1 + i)),
        finished_at: new Date(Date.UTC(2025, 0, 1 + i)),
        resume: '{}',
      })),
    )
    .execute();
  const summary = await syncMunicipality(t.db, 'nordfriesland', { client: testClient });
  const runs = await t.db.selectFrom('council_sync_runs').select(['id', 'started_at']).where('municipality_id', '=', id).execute();
  assert.equal(runs.length, 50);
  assert.ok(
    runs.some((r) => r.id === summary.runId),
    'the new run is kept',
  );
  const oldest = Math.min(...runs.map((r) => r.started_at.getTime()));
  assert.ok(oldest > Date.UTC(2025, 0, 1 + 9), 'the oldest were removed');
});

test('the back office lists a municipality’s decisions 50 to a page', async () => {
  const texts = Array.from({ length: 55 }, (_, i) => `${i + 1}/2025`);
  await vorhabenWithDecisions(t.db, 'nordfriesland', 'Viele Beschlüsse', texts);
  const admin = await staffSession(t.db, [{ role: 'admin' }]);
  const base = '/de/verwaltung/ratsinformation/nordfriesland/beschluesse';
  const first = await get(t.app, base, admin);
  assert.equal(first.statusCode, 200);
  const rows = (body: string) => body.match(/id="beschluss-\d+"/g)?.length ?? 0;
  assert.equal(rows(first.body), 50);
  assert.ok(first.body.includes(`href="${base}?seite=2"`), 'a link to the next page');
  assert.ok(first.body.includes('Seite 1 von 2'));
  const second = await get(t.app, `${base}?seite=2`, admin);
  assert.equal(rows(second.body), 5);
  assert.ok(second.body.includes('55/2025'));
  assert.ok(second.body.includes(`href="${base}"`), 'a link back to the first page');
});
