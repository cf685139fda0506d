// What real OParl servers do wrong, played by made-up servers: the sync survives each fault, reads what
// can be read, and reports the fault with the run (kind, count, an example address).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { syncMunicipality, type SyncSummary } from '../../src/modules/council/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { addMunicipality, configureOparl, testClient } from '../helpers/council.js';
import { at, deleted, meeting, organization, page, paper, serveSystem } from '../helpers/oparl-objects.js';
import { oparlTestServer, type OparlTestServer } from '../helpers/oparl-server.js';

let database: TestDatabase;
const servers: OparlTestServer[] = [];
let n = 0;

before(async () => {
  database = await createTestDatabase();
});
after(async () => {
  for (const s of servers) await s.close();
  await database.drop();
});

/** A municipality with its own made-up server: the system, one body, and the lists the test scripts. */
async function setUp(): Promise<{ slug: string; server: OparlTestServer }> {
  const slug = `testhafen-${++n}`;
  await addMunicipality(database.db, slug, `Testhafen ${n}`);
  const server = await oparlTestServer();
  servers.push(server);
  await configureOparl(database.db, slug, serveSystem(server));
  server.on('/body/1/organizations', { body: page([organization(1, 'Rat')]) });
  server.on('/body/1/meetings', { body: page([meeting(1, 'Ratssitzung')]) });
  server.on('/body/1/papers', { body: page([paper(1, '1/2026', 'Haushalt')]) });
  return { slug, server };
}

const faultCount = (summary: SyncSummary, kind: string) => summary.faults.find((f) => f.kind === kind)?.count ?? 0;
const papersOf = async (slug: string) =>
  database.db
    .selectFrom('council_papers as p')
    .innerJoin('municipalities as m', 'm.id', 'p.municipality_id')
    .where('m.slug', '=', slug)
    .select(['p.url', 'p.reference', 'p.paper_type', 'p.name', 'p.deleted'])
    .orderBy('p.url')
    .execute();
const runOf = (id: number) => database.db.selectFrom('council_sync_runs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

test('HTTP 500 then 200: retried with back-off, read, nothing reported; always 500: reported after the retries, the run marked incomplete', async () => {
  const { slug, server } = await setUp();
  server.on('/body/1/papers', { status: 500 }, { status: 502 }, { body: page([paper(1, '1/2026', 'Haushalt')]) });
  server.on('/body/1/meetings', { status: 500 });
  const summary = await syncMunicipality(database.db, slug, { client: testClient });
  assert.equal(summary.status, 'succeeded');
  assert.equal((await papersOf(slug)).length, 1, 'the paper list was read on the third try');
  assert.equal(server.requests.filter((r) => r === '/body/1/papers').length, 3);
  assert.equal(server.requests.filter((r) => r === '/body/1/meetings').length, 1 + testClient.retries);
  const fault = summary.faults.find((f) => f.kind === 'http_error')!;
  assert.equal(fault.count, 1);
  assert.deepEqual(fault.examples, [{ url: server.url('/body/1/meetings'), detail: 'HTTP 500' }]);
  const run = await runOf(summary.runId);
  assert.equal(run.complete, false, 'the next run must not take this one as complete');
  assert.equal(run.fault_count, 1);
});

test('a time-out is retried; an address that never answers is reported as a time-out', async () => {
  const { slug, server } = await setUp();
  server.on('/body/1/organizations', { hang: true }, { body: page([organization(1, 'Rat')]) });
  server.on('/body/1/meetings', { hang: true });
  const client = { ...testClient, timeoutSeconds: 1, retries: 1 };
  const summary = await syncMunicipality(database.db, slug, { client });
  assert.equal(summary.status, 'succeeded');
  assert.equal(faultCount(summary, 'timeout'), 1);
  assert.equal(summary.faults.find((f) => f.kind === 'timeout')!.examples[0]!.url, server.url('/body/1/meetings'));
  const organizations = await database.db
    .selectFrom('council_organizations')
    .select('name')
    .where('url', '=', server.url('/organization/1'))
    .execute();
  assert.deepEqual(organizations, [{ name: 'Rat' }], 'read after the first wait timed out');
});

test('a referenced object that answers 404 is reported; the paper and its consultation are kept', async () => {
  const { slug, server } = await setUp();
  server.on('/body/1/papers', { body: page([paper(1, '1/2026', 'Haushalt', { consultations: [{ n: 1, meeting: 404 }] })]) });
  const summary = await syncMunicipality(database.db, slug, { client: testClient });
  assert.equal(summary.status, 'succeeded');
  assert.ok(server.requests.includes('/meeting/404'), 'the missing meeting was asked for');
  const fault = summary.faults.find((f) => f.kind === 'not_found')!;
  assert.deepEqual(fault.examples, [{ url: server.url('/meeting/404'), detail: 'HTTP 404' }]);
  const consultation = await database.db
    .selectFrom('council_consultations')
    .select(['paper_url', 'meeting_url'])
    .where('url', '=', server.url('/consultation/1'))
    .executeTakeFirstOrThrow();
  assert.deepEqual(consultation, { paper_url: server.url('/paper/1'), meeting_url: server.url('/meeting/404') });
});

test('a referenced meeting missing from the list is fetched on its own and stored with its agenda', async () => {
  const { slug, server } = await setUp();
  server.on('/body/1/papers', { body: page([paper(1, '1/2026', 'Haushalt', { consultations: [{ n: 1, meeting: 7, agendaItem: 70 }] })]) });
  server.on('/meeting/7', { body: meeting(7, 'Sondersitzung', { agenda: [{ n: 70, number: 'Ö 1', name: 'Haushalt', consultation: 1 }] }) });
  const summary = await syncMunicipality(database.db, slug, { client: testClient });
  assert.equal(faultCount(summary, 'not_found'), 0);
  const item = await database.db
    .selectFrom('council_agenda_items')
    .select(['meeting_url', 'number', 'consultation_url'])
    .where('url', '=', server.url('/agendaitem/70'))
    .executeTakeFirstOrThrow();
  assert.deepEqual(item, { meeting_url: server.url('/meeting/7'), number: 'Ö 1', consultation_url: server.url('/consultation/1') });
});

test('an object where a list is specified is read as a list of one, and reported', async () => {
  const { slug, server } = await setUp();
  const single = paper(1, '1/2026', 'Haushalt', { consultations: [{ n: 1, meeting: 1 }] });
  server.on('/body/1/papers', { body: { ...page([]), data: { ...single, consultation: single.consultation[0] } } });
  server.on('/body/1/meetings', { body: page([{ ...meeting(1, 'Ratssitzung'), organization: at('/organization/1') }]) });
  const summary = await syncMunicipality(database.db, slug, { client: testClient });
  assert.equal(faultCount(summary, 'object_instead_of_list'), 3, 'the page, the consultation, the organisation');
  assert.equal((await papersOf(slug)).length, 1);
  const consultation = await database.db
    .selectFrom('council_consultations')
    .select('url')
    .where('url', '=', server.url('/consultation/1'))
    .execute();
  assert.equal(consultation.length, 1);
  const m = await database.db
    .selectFrom('council_meetings')
    .select('organization_urls')
    .where('url', '=', server.url('/meeting/1'))
    .executeTakeFirstOrThrow();
  assert.deepEqual(m.organization_urls, [server.url('/organization/1')]);
});

test('"N/A" and empty strings are read as no value and reported', async () => {
  const { slug, server } = await setUp();
  server.on('/body/1/papers', { body: page([{ ...paper(1, '1/2026', 'Haushalt'), reference: 'N/A', paperType: '', date: 'n/a' }]) });
  const summary = await syncMunicipality(database.db, slug, { client: testClient });
  const fault = summary.faults.find((f) => f.kind === 'placeholder_value')!;
  assert.deepEqual(fault.examples, [{ url: server.url('/paper/1'), detail: 'reference, date, paperType' }]);
  assert.deepEqual(await papersOf(slug), [
    { url: server.url('/paper/1'), reference: null, paper_type: null, name: 'Haushalt', deleted: false },
  ]);
});

test('a page that is no JSON is reported and skipped; the list goes on with the next page', async () => {
  const { slug, server } = await setUp();
  server.on('/body/1/papers', { body: page([paper(1, '1/2026', 'Eins')], '/body/1/papers?page=2', 3) });
  server.on('/body/1/papers?page=2', { raw: '{"data": [{"id": "broken' });
  server.on('/body/1/papers?page=3', { body: page([paper(3, '3/2026', 'Drei')]) });
  const summary = await syncMunicipality(database.db, slug, { client: testClient });
  assert.equal(summary.status, 'succeeded');
  assert.equal(faultCount(summary, 'invalid_json'), 1);
  assert.equal(summary.faults.find((f) => f.kind === 'invalid_json')!.examples[0]!.url, server.url('/body/1/papers?page=2'));
  assert.deepEqual(
    (await papersOf(slug)).map((p) => p.reference),
    ['1/2026', '3/2026'],
  );
  assert.equal((await runOf(summary.runId)).complete, false);
});

test('coordinates written latitude first are reported; deleted objects without type are marked deleted and reported', async () => {
  const { slug, server } = await setUp();
  await configureOparl(database.db, slug, serveSystem(server, { location: [53.55, 9.99] }));
  server.on('/body/1/papers', { body: page([paper(1, '1/2026', 'Eins'), deleted('/paper/2')]) });
  const summary = await syncMunicipality(database.db, slug, { client: testClient });
  assert.equal(faultCount(summary, 'swapped_coordinates'), 1);
  assert.deepEqual(summary.faults.find((f) => f.kind === 'missing_type')!.examples, [{ url: server.url('/paper/2'), detail: 'deleted' }]);
  assert.deepEqual(
    (await papersOf(slug)).map((p) => [p.url, p.deleted]),
    [
      [server.url('/paper/1'), false],
      [server.url('/paper/2'), true],
    ],
  );
  assert.equal(summary.deleted, 1);
});

test('a system that does not answer fails the run with its reason; nothing else is asked for', async () => {
  const { slug, server } = await setUp();
  server.on('/system', { status: 503 });
  const summary = await syncMunicipality(database.db, slug, { client: testClient });
  assert.equal(summary.status, 'failed');
  assert.equal(summary.error, 'council.problem.unreachable');
  assert.ok(server.requests.every((r) => r === '/system'));
  const run = await runOf(summary.runId);
  assert.equal(run.status, 'failed');
  assert.equal(run.error, 'council.problem.unreachable');
  assert.equal(faultCount(summary, 'http_error'), 1);
});
