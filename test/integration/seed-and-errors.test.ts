// Demo data appears once on an empty database and never over real data; server errors show a friendly
// page or JSON body without internals.
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { test } from 'node:test';
import { seedDemoIfEmpty } from '../../src/seed/demo.js';
import { importVorhabenliste } from '../../src/modules/projects/import/import.service.js';
import { startTestApp } from '../helpers/app.js';
import { nordfrieslandVorhaben, vorhabenCsv } from '../helpers/factories.js';

test('the demo is seeded on an empty database, once', async () => {
  const t = await startTestApp('empty');
  try {
    assert.equal(await seedDemoIfEmpty(t.db), true);
    const first = await t.db.selectFrom('projects').select(['slug', 'title']).orderBy('id').execute();
    assert.equal(first.length, 6);
    assert.equal(first[0]!.title.de, 'Smarte Grenzregion zwischen den Meeren (Modellprojekt Smart Cities)');
    const programme = await t.db.selectFrom('programmes').selectAll().executeTakeFirstOrThrow();
    assert.equal(programme.federal_funding_cents, 1_750_000_000);
    assert.equal(
      (await t.db.selectFrom('organisations').select('name').executeTakeFirstOrThrow()).name,
      'Digitalagentur Smarte Grenzregion GmbH',
    );

    // Emptied by hand (Lotse itself never deletes a Vorhaben), with everything that refers to one.
    await sql`truncate projects cascade`.execute(t.db);
    assert.equal(await seedDemoIfEmpty(t.db), false, 'not again, even after the register was emptied');
  } finally {
    await t.close();
  }
});

test('a database with real data is never seeded', async () => {
  const t = await startTestApp('municipalities');
  try {
    await importVorhabenliste(t.db, vorhabenCsv([nordfrieslandVorhaben()]));
    assert.equal(await seedDemoIfEmpty(t.db), false);
    const titles = (await t.db.selectFrom('projects').select('title').execute()).map((r) => r.title.de);
    assert.deepEqual(titles, ['Mobilitätsstationen auf den Halligen']);
  } finally {
    await t.close();
  }
});

test('when the database fails, pages and API answer 500 without internals, readiness answers 503', async () => {
  const t = await startTestApp('demo');
  try {
    await t.db.destroy(); // every query now fails inside the app
    const page = await t.app.inject({ url: '/en/vorhaben' });
    assert.equal(page.statusCode, 500);
    assert.ok(page.body.includes('Something went wrong'));
    assert.ok(!/pool|kysely|stack|Error:/i.test(page.body.replace(/<[^>]+>/g, ' ')), 'no internals on the page');
    const api = await t.app.inject({ url: '/api/v1/projects' });
    assert.equal(api.statusCode, 500);
    assert.deepEqual(api.json(), {
      error: { status: 500, code: 'internal_error', message: 'Sorry, that did not work. Please try again later.' },
    });
    const ready = await t.app.inject({ url: '/readyz' });
    assert.equal(ready.statusCode, 503);
    assert.equal(ready.json().database, 'unreachable');
    assert.equal((await t.app.inject({ url: '/healthz' })).statusCode, 200, 'the process itself still lives');
  } finally {
    await t.app.close();
    await t.database.drop().catch(() => {});
  }
});
