// The response cache: public pages asked for more than once are served from memory until public data
// changes, and a change made anywhere (here: an import in another connection) empties the cache of every
// process.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { importVorhabenliste } from '../../src/modules/projects/import/import.service.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { flensburgVorhaben, vorhabenCsv } from '../helpers/factories.js';

let t: TestApp;
let second: FastifyInstance;
before(async () => {
  t = await startTestApp('demo', { LOTSE_RESPONSE_CACHE: 'true' });
  // A second process on the same database, as in a scaled-out deployment.
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: t.database.url, LOTSE_RESPONSE_CACHE: 'true' });
  second = await buildApp({ db: t.db, config, databaseUrl: t.database.url });
  await second.ready();
});
after(async () => {
  await second.close();
  await t.close();
});

const get = (app: FastifyInstance, url: string) => app.inject({ method: 'GET', url });

async function until(check: () => Promise<boolean>, what: string) {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.fail(`timed out waiting for ${what}`);
}

test('a page asked for again is kept and then served from memory', async () => {
  await until(async () => (await get(t.app, '/de/vorhaben')).headers['x-cache'] === 'miss', 'the listener to connect');
  const hit = await get(t.app, '/de/vorhaben');
  assert.equal(hit.headers['x-cache'], 'hit');
  assert.equal(hit.statusCode, 200);
  assert.match(String(hit.headers['content-type']), /text\/html/);
  assert.ok(hit.headers['content-security-policy'], 'security headers are still set on hits');
  // A cached file keeps its download headers on hits.
  await get(t.app, '/api/v1/events.ics');
  const ics = await get(t.app, '/api/v1/events.ics');
  assert.equal(ics.headers['x-cache'], 'miss');
  const icsHit = await get(t.app, '/api/v1/events.ics');
  assert.equal(icsHit.headers['x-cache'], 'hit');
  assert.ok(ics.headers['content-disposition']);
  assert.equal(icsHit.headers['content-disposition'], ics.headers['content-disposition']);
  assert.equal(icsHit.body, ics.body);
  // The register's CSV is streamed a page at a time and never held whole, so never cached.
  const csv = await get(t.app, '/api/v1/projects.csv');
  const again = await get(t.app, '/api/v1/projects.csv');
  assert.equal(again.headers['x-cache'], undefined);
  assert.equal(again.headers['content-disposition'], 'attachment; filename="vorhabenliste.csv"');
  assert.equal(again.body, csv.body);
});

test('a page asked for once is not kept: most searches are made only once', async () => {
  const url = '/de/vorhaben?q=Einmalige+Suche';
  const first = await get(t.app, url);
  assert.equal(first.statusCode, 200);
  assert.equal(first.headers['x-cache'], undefined, 'the first answer is not kept');
  const second = await get(t.app, url);
  assert.equal(second.headers['x-cache'], 'miss', 'the second is computed again and kept');
  const third = await get(t.app, url);
  assert.equal(third.headers['x-cache'], 'hit');
  assert.equal(third.body, second.body);
  assert.equal(second.body, first.body);
  // A very long address is never remembered or kept (20,000 of them could fill the memory).
  const long = `/de/vorhaben?q=${'Radweg+'.repeat(200)}`;
  for (let i = 0; i < 3; i++) assert.equal((await get(t.app, long)).headers['x-cache'], undefined);
});

test('a change empties the cache of every process', async () => {
  await until(async () => (await get(second, '/api/v1/projects')).headers['x-cache'] !== undefined, 'the second listener');
  await get(second, '/api/v1/projects');
  assert.equal((await get(second, '/api/v1/projects')).headers['x-cache'], 'hit');
  assert.equal((await get(t.app, '/de/vorhaben')).headers['x-cache'], 'hit');

  await importVorhabenliste(t.db, vorhabenCsv([flensburgVorhaben({ Titel: 'Neues Vorhaben nach dem Cache' })]));

  await until(
    async () => (await get(t.app, '/de/vorhaben')).body.includes('Neues Vorhaben nach dem Cache'),
    'the first process to show the change',
  );
  await until(
    async () => (await get(second, '/api/v1/projects')).body.includes('Neues Vorhaben nach dem Cache'),
    'the second process to show the change',
  );
});

test('errors and unknown pages are never cached', async () => {
  await get(t.app, '/de/vorhaben/gibt-es-nicht');
  const again = await get(t.app, '/de/vorhaben/gibt-es-nicht');
  assert.equal(again.statusCode, 404);
  assert.equal(again.headers['x-cache'], undefined);
});

test('a dry run changes nothing and keeps the cache', async () => {
  await get(t.app, '/de/');
  await get(t.app, '/de/');
  assert.equal((await get(t.app, '/de/')).headers['x-cache'], 'hit');
  await importVorhabenliste(t.db, vorhabenCsv([flensburgVorhaben({ Titel: 'Nur ein Probelauf' })]), { dryRun: true });
  await new Promise((r) => setTimeout(r, 100));
  assert.equal((await get(t.app, '/de/')).headers['x-cache'], 'hit');
});
