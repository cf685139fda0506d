// A municipality moves to another council system (or body): the first sync of the new one reads it in
// full (the old system's last run is no baseline for `modified_since`), an interrupted run of the old
// system is not resumed against the new one, and decisions are matched only to the new body's papers.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { syncMunicipality } from '../../src/modules/council/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { addMunicipality, configureOparl, decisionPapers, testClient, vorhabenWithDecisions } from '../helpers/council.js';
import { organization, page, paper, serveSystem } from '../helpers/oparl-objects.js';
import { oparlTestServer, type OparlTestServer } from '../helpers/oparl-server.js';

let database: TestDatabase;
const servers: OparlTestServer[] = [];

before(async () => {
  database = await createTestDatabase();
});
after(async () => {
  for (const s of servers) await s.close();
  await database.drop();
});

/** A system whose lists answer in full, and with `modified_since` as SD.NET does when nothing changed. */
async function system(papers: unknown[]): Promise<OparlTestServer> {
  const server = await oparlTestServer((pathAndQuery) =>
    pathAndQuery.includes('modified_since=') ? { status: 404, body: { code: 802, message: 'Keine Daten' } } : null,
  );
  servers.push(server);
  serveSystem(server);
  server.on('/body/1/organizations', { body: page([organization(1, 'Rat')]) });
  server.on('/body/1/meetings', { body: page([]) });
  server.on('/body/1/papers', { body: page(papers) });
  return server;
}

const bodies = [{ prefix: 'RV', name: 'Rat' }];

test("after a change of system the new one is read in full and the old one's papers no longer match", async () => {
  await addMunicipality(database.db, 'wechselhafen', 'Wechselhafen', bodies);
  const a = await system([paper(1, 'RV-1/2026', 'Haushalt')]);
  const b = await system([paper(7, 'RV-2/2026', 'Radweg', { modified: '2020-01-01T10:00:00+01:00' })]);
  const vorhaben = await vorhabenWithDecisions(database.db, 'wechselhafen', 'Radweg am Hafen', ['RV-1/2026', 'RV-2/2026'], bodies);

  await configureOparl(database.db, 'wechselhafen', a.url('/system'));
  const first = await syncMunicipality(database.db, 'wechselhafen', { client: testClient });
  assert.equal(first.status, 'succeeded');
  assert.deepEqual(
    (await decisionPapers(database.db, vorhaben)).map((d) => d.paper),
    ['RV-1/2026', null],
  );

  await configureOparl(database.db, 'wechselhafen', b.url('/system'));
  const second = await syncMunicipality(database.db, 'wechselhafen', { client: testClient });
  assert.equal(second.status, 'succeeded');
  assert.equal(second.mode, 'full', "the old system's run is no baseline");
  assert.ok(b.requests.includes('/body/1/papers'), 'the paper list is asked without modified_since');
  assert.deepEqual(
    (await decisionPapers(database.db, vorhaben)).map((d) => d.paper),
    [null, 'RV-2/2026'],
    "the old system's paper is stored still but matched no more",
  );
  const run = await database.db
    .selectFrom('council_sync_runs')
    .select(['system_url', 'body_url'])
    .where('id', '=', second.runId)
    .executeTakeFirstOrThrow();
  assert.deepEqual(run, { system_url: b.url('/system'), body_url: b.url('/body/1') });

  const third = await syncMunicipality(database.db, 'wechselhafen', { client: testClient });
  assert.equal(third.mode, 'incremental', "the new system's complete run is the baseline from now on");
});

test('an interrupted run of the old system is not resumed against the new one', async () => {
  await addMunicipality(database.db, 'umzugshafen', 'Umzugshafen', bodies);
  const a = await system([paper(1, 'RV-1/2026', 'Haushalt')]);
  a.on('/body/1/papers', { body: page([paper(1, 'RV-1/2026', 'Haushalt')], '/body/1/papers?page=2') });
  a.on('/body/1/papers?page=2', { body: page([paper(2, 'RV-3/2026', 'Hafen')]) });
  const b = await system([paper(7, 'RV-2/2026', 'Radweg')]);
  await configureOparl(database.db, 'umzugshafen', a.url('/system'));
  const controller = new AbortController();
  const stopped = await syncMunicipality(database.db, 'umzugshafen', {
    client: testClient,
    signal: controller.signal,
    onProgress: (p) => {
      if (p.pagesRead === 3) controller.abort();
    },
  });
  assert.equal(stopped.status, 'interrupted');

  await configureOparl(database.db, 'umzugshafen', b.url('/system'));
  const next = await syncMunicipality(database.db, 'umzugshafen', { client: testClient });
  assert.equal(next.resumed, false);
  assert.notEqual(next.runId, stopped.runId);
  assert.equal(next.mode, 'full');
  assert.ok(!b.requests.some((r) => r.includes('page=2')), "the old system's next page is not asked of the new one");
});
