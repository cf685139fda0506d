// Syncs after the first: only what changed since the last complete run (`modified_since`), a changed
// paper updated, a deleted one marked (never dropped) and its decision unlinked, a new meeting added, an
// empty change list answered with SD.NET's 404 + code 802; and a run interrupted halfway that the next
// call resumes from the page where it stopped, without reading the earlier pages again.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { syncMunicipality } from '../../src/modules/council/index.js';
import type { AppError } from '../../src/lib/errors.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { addMunicipality, configureOparl, decisionPapers, testClient, vorhabenWithDecisions } from '../helpers/council.js';
import { deleted, meeting, organization, page, paper, serveSystem } from '../helpers/oparl-objects.js';
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

async function newServer(changes: Record<string, unknown> | null = null) {
  const server = await oparlTestServer((pathAndQuery) => {
    // Answers every list asked with `modified_since` from `changes` (SD.NET's 404 + 802 where it has none).
    const [path, query = ''] = pathAndQuery.split('?');
    if (!query.startsWith('modified_since=') || !changes) return null;
    const list = changes[path!];
    return list ? { body: list } : { status: 404, body: { code: 802, message: 'Keine Daten' } };
  });
  servers.push(server);
  return server;
}

const paperRow = (url: string) =>
  database.db.selectFrom('council_papers').select(['reference', 'name', 'deleted', 'web']).where('url', '=', url).executeTakeFirstOrThrow();

test('an incremental run asks for changes since the last complete run and applies them', async () => {
  const changes: Record<string, unknown> = {};
  const server = await newServer(changes);
  await addMunicipality(database.db, 'wandelhafen', 'Wandelhafen', [{ prefix: 'RV', name: 'Rat' }]);
  await configureOparl(database.db, 'wandelhafen', serveSystem(server));
  server.on('/body/1/organizations', { body: page([organization(1, 'Rat')]) });
  server.on('/body/1/meetings', {
    body: page([meeting(1, 'Ratssitzung', { agenda: [{ n: 10, number: '1', name: 'Haushalt', consultation: 1 }] })]),
  });
  server.on('/body/1/papers', {
    body: page([
      paper(1, 'RV-1/2026', 'Haushalt 2027', { consultations: [{ n: 1, meeting: 1, agendaItem: 10 }] }),
      paper(2, 'RV-2/2026', 'Radweg am Hafen'),
    ]),
  });
  const vorhaben = await vorhabenWithDecisions(
    database.db,
    'wandelhafen',
    'Radweg am Hafen',
    ['RV-1/2026', 'RV-2/2026 vom 01.12.2026'],
    [{ prefix: 'RV', name: 'Rat' }],
  );
  const first = await syncMunicipality(database.db, 'wandelhafen', { client: testClient });
  assert.equal(first.mode, 'full');
  assert.equal(first.matched, 2);
  assert.ok(
    server.requests.every((r) => !r.includes('modified_since')),
    'the first run reads everything',
  );

  // Meanwhile at the council: paper 1 renamed, paper 2 withdrawn, a new meeting; no organisation changed.
  changes['/body/1/papers'] = page([
    paper(1, 'RV-1/2026', 'Haushalt 2027 (geändert)', {
      consultations: [{ n: 1, meeting: 1, agendaItem: 10 }],
      modified: '2026-12-02T09:00:00+01:00',
    }),
    deleted('/paper/2', 'Paper'),
  ]);
  changes['/body/1/meetings'] = page([meeting(2, 'Sondersitzung', { agenda: [{ n: 20, number: '1', name: 'Radweg' }] })]);
  const requestsBefore = server.requests.length;
  const second = await syncMunicipality(database.db, 'wandelhafen', { client: testClient });

  assert.equal(second.status, 'succeeded');
  assert.equal(second.mode, 'incremental');
  const firstRun = await database.db
    .selectFrom('council_sync_runs')
    .select('started_at')
    .where('id', '=', first.runId)
    .executeTakeFirstOrThrow();
  const secondRun = await database.db
    .selectFrom('council_sync_runs')
    .select('since')
    .where('id', '=', second.runId)
    .executeTakeFirstOrThrow();
  assert.equal(secondRun.since!.getTime(), firstRun.started_at.getTime() - 3_600_000, 'since the first run, with an hour for clocks');
  const asked = server.requests.slice(requestsBefore).filter((r) => r.startsWith('/body/1/'));
  assert.equal(asked.length, 3);
  for (const r of asked) assert.match(r, /\?modified_since=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/, 'the colons unencoded');

  assert.deepEqual(
    [second.created, second.changed, second.deleted],
    [2, 1, 1],
    'new: the meeting and its agenda item; changed: paper 1 (its consultation and file are the same); deleted: paper 2',
  );
  assert.equal((await paperRow(server.url('/paper/1'))).name, 'Haushalt 2027 (geändert)');
  assert.deepEqual(await paperRow(server.url('/paper/2')), {
    reference: 'RV-2/2026',
    name: 'Radweg am Hafen',
    deleted: true,
    web: 'https://ris.example.org/vorlage/2',
  });
  const newMeeting = await database.db
    .selectFrom('council_meetings')
    .select('name')
    .where('url', '=', server.url('/meeting/2'))
    .executeTakeFirstOrThrow();
  assert.equal(newMeeting.name, 'Sondersitzung');
  assert.deepEqual(
    second.faults.map((f) => [f.kind, f.count, f.examples[0]!.url.replace(/\?.*/, '')]),
    [['empty_list_404', 1, server.url('/body/1/organizations')]],
  );
  assert.deepEqual(
    (await decisionPapers(database.db, vorhaben)).map((d) => [d.raw, d.paper]),
    [
      ['RV-1/2026', 'RV-1/2026'],
      ['RV-2/2026 vom 01.12.2026', null],
    ],
    "the withdrawn paper's decision lost its link",
  );
  assert.deepEqual(
    second.unmatched.map((u) => [u.text, u.reason]),
    [['RV-2/2026', 'no_paper']],
  );
});

test('an interrupted run is resumed from the page where it stopped; earlier pages are not read again', async () => {
  const server = await newServer();
  await addMunicipality(database.db, 'haltehafen', 'Haltehafen');
  await configureOparl(database.db, 'haltehafen', serveSystem(server));
  server.on('/body/1/organizations', { body: page([organization(1, 'Rat')]) });
  server.on('/body/1/meetings', { body: page([meeting(1, 'Ratssitzung')]) });
  server.on('/body/1/papers', { body: page([paper(1, '1/2026', 'Eins')], '/body/1/papers?page=2', 3) });
  server.on('/body/1/papers?page=2', { body: page([paper(2, '2/2026', 'Zwei')], '/body/1/papers?page=3', 3) });
  server.on('/body/1/papers?page=3', { body: page([paper(3, '3/2026', 'Drei')], undefined, 3) });

  // One request at a time: organisations, meetings and the first paper page are stored, then Ctrl-C.
  const controller = new AbortController();
  const client = { ...testClient, concurrency: 1 };
  const stopped = await syncMunicipality(database.db, 'haltehafen', {
    client,
    signal: controller.signal,
    onProgress: (p) => {
      if (p.pagesRead === 3) controller.abort();
    },
  });
  assert.equal(stopped.status, 'interrupted');
  const run = await database.db
    .selectFrom('council_sync_runs')
    .select(['status', 'resume', 'finished_at'])
    .where('id', '=', stopped.runId)
    .executeTakeFirstOrThrow();
  assert.equal(run.status, 'interrupted');
  assert.deepEqual((run.resume as { lists: unknown }).lists, {
    organization: { next: null },
    meeting: { next: null },
    paper: { next: server.url('/body/1/papers?page=2') },
  });
  const papersOf = async () =>
    (
      await database.db
        .selectFrom('council_papers as p')
        .innerJoin('municipalities as m', 'm.id', 'p.municipality_id')
        .where('m.slug', '=', 'haltehafen')
        .select('p.reference')
        .orderBy('p.reference')
        .execute()
    ).map((p) => p.reference);
  assert.deepEqual(await papersOf(), ['1/2026'], 'the first page was stored before the interruption');

  const requestsBefore = server.requests.length;
  const resumed = await syncMunicipality(database.db, 'haltehafen', { client });
  assert.equal(resumed.status, 'succeeded');
  assert.equal(resumed.resumed, true);
  assert.equal(resumed.runId, stopped.runId, 'the same run goes on');
  assert.deepEqual(
    server.requests.slice(requestsBefore).filter((r) => r.startsWith('/body/1/')),
    ['/body/1/papers?page=2', '/body/1/papers?page=3'],
  );
  assert.deepEqual(await papersOf(), ['1/2026', '2/2026', '3/2026']);
  assert.equal(resumed.created, 1 + 1 + 3 * 2, 'counts of both parts: organisation, meeting, three papers with their files');
  const finished = await database.db
    .selectFrom('council_sync_runs')
    .select(['status', 'complete'])
    .where('id', '=', stopped.runId)
    .executeTakeFirstOrThrow();
  assert.deepEqual(finished, { status: 'succeeded', complete: true });
});

test('a run whose process died is taken over after ten minutes; a live one is not disturbed', async () => {
  const server = await newServer();
  await addMunicipality(database.db, 'ankerhafen', 'Ankerhafen');
  await configureOparl(database.db, 'ankerhafen', serveSystem(server));
  server.on('/body/1/organizations', { body: page([]) });
  server.on('/body/1/meetings', { body: page([]) });
  server.on('/body/1/papers', { body: page([paper(1, '1/2026', 'Eins')]) });
  const { id: municipalityId } = await database.db
    .selectFrom('municipalities')
    .select('id')
    .where('slug', '=', 'ankerhafen')
    .executeTakeFirstOrThrow();
  const running = await database.db
    .insertInto('council_sync_runs')
    .values({ municipality_id: municipalityId, mode: 'full', status: 'running', resume: JSON.stringify({ lists: {} }) })
    .returning('id')
    .executeTakeFirstOrThrow();
  await assert.rejects(
    syncMunicipality(database.db, 'ankerhafen', { client: testClient }),
    (err: AppError) => err.status === 409 && err.code === 'oparl_sync_running',
  );
  await database.db
    .updateTable('council_sync_runs')
    .set({ heartbeat_at: new Date(Date.now() - 11 * 60_000) })
    .where('id', '=', running.id)
    .execute();
  const summary = await syncMunicipality(database.db, 'ankerhafen', { client: testClient });
  assert.equal(summary.runId, running.id);
  assert.equal(summary.status, 'succeeded');
});

test('a page skipped before an interruption leaves the resumed run incomplete, so the next one does not take it as baseline', async () => {
  const server = await newServer();
  await addMunicipality(database.db, 'lueckenhafen', 'Lückenhafen');
  await configureOparl(database.db, 'lueckenhafen', serveSystem(server));
  server.on('/body/1/organizations', { body: page([organization(1, 'Rat')]) });
  server.on('/body/1/meetings', { body: page([]) });
  server.on('/body/1/papers', { body: page([paper(1, '1/2026', 'Eins')], '/body/1/papers?page=2', 3) });
  server.on('/body/1/papers?page=2', { status: 500 });
  server.on('/body/1/papers?page=3', { body: page([paper(3, '3/2026', 'Drei')]) });
  const controller = new AbortController();
  const stopped = await syncMunicipality(database.db, 'lueckenhafen', {
    client: testClient,
    signal: controller.signal,
    onProgress: (p) => {
      // The fourth page stored is the paper list's second, skipped after its retries.
      if (p.pagesRead === 4) controller.abort();
    },
  });
  assert.equal(stopped.status, 'interrupted');
  const resumed = await syncMunicipality(database.db, 'lueckenhafen', { client: testClient });
  assert.equal(resumed.runId, stopped.runId);
  assert.equal(resumed.status, 'succeeded');
  const run = await database.db
    .selectFrom('council_sync_runs')
    .select('complete')
    .where('id', '=', resumed.runId)
    .executeTakeFirstOrThrow();
  assert.equal(run.complete, false, 'page 2 was never read');
  const next = await syncMunicipality(database.db, 'lueckenhafen', { client: testClient });
  assert.equal(next.mode, 'full', 'no complete run yet: everything is read again');
});
