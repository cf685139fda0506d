// A sync ends however a server behaves: a list whose `links.next` never ends stops at the most pages per
// list, an announced length of 10^9 with pages that fail stops after a few failures in a row, a run
// stops at its most objects, and the settings form reads at most two pages of bodies. Each is reported
// and leaves the run incomplete.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { syncMunicipality, type SyncSummary } from '../../src/modules/council/index.js';
import { oparlClient } from '../../src/modules/council/oparl-client.js';
import { MAX_FAILED_IN_A_ROW } from '../../src/modules/council/oparl-list-walker.js';
import { readBodies } from '../../src/modules/council/oparl-system.js';
import { FaultLog } from '../../src/modules/council/sync-faults.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { addMunicipality, configureOparl, testClient } from '../helpers/council.js';
import { at, meeting, organization, page, paper, serveSystem } from '../helpers/oparl-objects.js';
import { oparlTestServer, type OparlTestServer, type Reply } from '../helpers/oparl-server.js';

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

/** Page n of an endless paper list: one paper, and the next page always named. */
function endlessPapers(pathAndQuery: string): Reply | null {
  const match = /^\/body\/1\/papers\?page=(\d+)$/.exec(pathAndQuery);
  if (!match) return null;
  const k = Number(match[1]);
  return { body: page([paper(k, `${k}/2026`, `Vorlage ${k}`)], `/body/1/papers?page=${k + 1}`) };
}

async function setUp(fallback?: (pathAndQuery: string) => Reply | null): Promise<{ slug: string; server: OparlTestServer }> {
  const slug = `grenzhafen-${++n}`;
  await addMunicipality(database.db, slug, `Grenzhafen ${n}`);
  const server = await oparlTestServer(fallback);
  servers.push(server);
  await configureOparl(database.db, slug, serveSystem(server));
  server.on('/body/1/organizations', { body: page([organization(1, 'Rat')]) });
  server.on('/body/1/meetings', { body: page([meeting(1, 'Ratssitzung')]) });
  server.on('/body/1/papers', { body: page([paper(1, '1/2026', 'Haushalt')], '/body/1/papers?page=2') });
  return { slug, server };
}

const faultCount = (summary: SyncSummary, kind: string) => summary.faults.find((f) => f.kind === kind)?.count ?? 0;
const complete = async (id: number) =>
  (await database.db.selectFrom('council_sync_runs').select('complete').where('id', '=', id).executeTakeFirstOrThrow()).complete;
const paperPages = (server: OparlTestServer) => server.requests.filter((r) => r.startsWith('/body/1/papers'));

test('a list whose next page never ends is read up to the most pages per list, reported', async () => {
  const { slug, server } = await setUp(endlessPapers);
  const summary = await syncMunicipality(database.db, slug, { client: { ...testClient, maxPages: 12 } });
  assert.equal(summary.status, 'succeeded');
  assert.equal(paperPages(server).length, 12);
  assert.equal(faultCount(summary, 'page_limit'), 1);
  assert.equal(await complete(summary.runId), false, 'the rest of the list is still to be read');
});

test('an announced length of 10^9 with failing pages ends after a few failed pages in a row, reported', async () => {
  const { slug, server } = await setUp((pathAndQuery) => (pathAndQuery.startsWith('/body/1/papers?page=') ? { status: 500 } : null));
  // The first page announces 10^9 pages; every further one fails, and the walker steps on by number.
  server.on('/body/1/papers', { body: page([paper(1, '1/2026', 'Haushalt')], '/body/1/papers?page=2', 1e9) });
  const summary = await syncMunicipality(database.db, slug, { client: testClient });
  assert.equal(summary.status, 'succeeded');
  assert.equal(new Set(paperPages(server)).size, 1 + MAX_FAILED_IN_A_ROW, 'the first page and the failed ones');
  assert.equal(faultCount(summary, 'http_error'), MAX_FAILED_IN_A_ROW);
  assert.equal(faultCount(summary, 'failed_pages'), 1);
  assert.equal(await complete(summary.runId), false);
});

test('a run stops at its most objects, reported once', async () => {
  const { slug, server } = await setUp(endlessPapers);
  const summary = await syncMunicipality(database.db, slug, { client: testClient, objectLimit: 10 });
  assert.equal(summary.status, 'succeeded');
  assert.ok(summary.read >= 10 && summary.read < 20, `read ${summary.read}`);
  assert.ok(paperPages(server).length < 20);
  assert.equal(faultCount(summary, 'run_limit'), 1);
  assert.equal(await complete(summary.runId), false);
});

test('the settings form reads at most two pages of bodies', async () => {
  const server = await oparlTestServer((pathAndQuery) => {
    const match = /^\/bodies\?page=(\d+)$/.exec(pathAndQuery);
    if (!match) return null;
    const k = Number(match[1]);
    return {
      body: page([{ id: at(`/body/${k}`), type: 'https://schema.oparl.org/1.1/Body', name: `Körperschaft ${k}` }], `/bodies?page=${k + 1}`),
    };
  });
  servers.push(server);
  const system = serveSystem(server);
  server.on('/bodies', {
    body: page([{ id: at('/body/1'), type: 'https://schema.oparl.org/1.1/Body', name: 'Körperschaft 1' }], '/bodies?page=2'),
  });
  const faults = new FaultLog();
  const bodies = await readBodies(oparlClient(testClient, system), system, faults.report, 2);
  assert.deepEqual(
    bodies.map((b) => b.name),
    ['Körperschaft 1', 'Körperschaft 2'],
  );
  assert.equal(server.requests.filter((r) => r.startsWith('/bodies')).length, 2);
  assert.equal(faults.list().find((f) => f.kind === 'page_limit')?.count, 1);
});

test('a page of more than 1,000 objects is read to 1,000, a text to 10,000 characters, an answer to 4 MiB; each reported', async () => {
  const { slug, server } = await setUp();
  const many = Array.from({ length: 1005 }, (_, i) => paper(i + 1, `${i + 1}/2026`, i === 0 ? 'x'.repeat(20_000) : `Vorlage ${i + 1}`));
  server.on('/body/1/papers', { body: page(many) });
  server.on('/body/1/meetings', { raw: JSON.stringify(page([meeting(1, 'y'.repeat(5 * 2 ** 20))])) });
  const summary = await syncMunicipality(database.db, slug, { client: testClient });
  const papers = await database.db
    .selectFrom('council_papers as p')
    .innerJoin('municipalities as m', 'm.id', 'p.municipality_id')
    .where('m.slug', '=', slug)
    .select(['p.reference', 'p.name'])
    .execute();
  assert.equal(papers.length, 1000);
  assert.equal(papers.find((p) => p.reference === '1/2026')?.name?.length, 10_000);
  assert.equal(faultCount(summary, 'too_many_objects'), 1);
  assert.ok(faultCount(summary, 'invalid_value') >= 1, 'the cut text');
  assert.match(summary.faults.find((f) => f.kind === 'invalid_json')?.examples[0]?.detail ?? '', /larger than 4 MiB/);
  assert.equal(await complete(summary.runId), false);
});
