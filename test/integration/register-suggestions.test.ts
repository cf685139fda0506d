// Search as you type: GET /api/v1/projects/suggestions offers titles of published Vorhaben for what was
// typed so far, from the search index, or from PostgreSQL when there is no index; the same answer for
// a plain start of a word either way, links in the asked language, and a 400 for what it cannot read.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { notifyChange } from '../../src/db/change-notifier.js';
import { importVorhabenliste } from '../../src/modules/projects/import/import.service.js';
import { startTestApp, TEST_BASE_URL, type TestApp } from '../helpers/app.js';
import { flensburgVorhaben, nordfrieslandVorhaben, vorhabenCsv } from '../helpers/factories.js';

let t: TestApp;
/** The same database without the index: what PostgreSQL answers. */
let plain: FastifyInstance;

const rows = [
  nordfrieslandVorhaben({ Titel: 'Glasfaser für die Halligen', Aufnahmedatum: '01.03.2024' }),
  nordfrieslandVorhaben({ Titel: 'Glasfaserausbau in Husum', Aufnahmedatum: '01.06.2024' }),
  // The newest, but "Glas" is not where its title begins.
  flensburgVorhaben({ Titel: 'Hafenspitze mit Glasfaser', Aufnahmedatum: '01.09.2024' }),
  flensburgVorhaben({ Titel: 'Neue Bushaltestelle am Hafen', Aufnahmedatum: '01.02.2024' }),
  nordfrieslandVorhaben({ Titel: 'Leihräder an Fähranlegern', Aufnahmedatum: '01.04.2024' }),
  ...Array.from({ length: 10 }, (_, i) => flensburgVorhaben({ Titel: `Sensoren am Standort ${i + 1}`, Aufnahmedatum: '01.01.2024' })),
];

interface Suggestions {
  items: { title: string; slug: string; url: string }[];
}

async function get(app: FastifyInstance, url: string) {
  const response = await app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json<Record<string, unknown>>() };
}

async function suggest(app: FastifyInstance, query: string): Promise<Suggestions> {
  const { status, body } = await get(app, `/api/v1/projects/suggestions?${query}`);
  assert.equal(status, 200, JSON.stringify(body));
  return body as unknown as Suggestions;
}

const titles = (s: Suggestions) => s.items.map((i) => i.title);

/** Polls until `check` passes, for at most `ms`: the index hears of a change a moment after the commit. */
async function eventually(check: () => Promise<void>, ms = 2000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() - started > ms) throw err;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

before(async () => {
  t = await startTestApp('municipalities', { LOTSE_SEARCH_INDEX: 'true' });
  await importVorhabenliste(t.db, vorhabenCsv(rows));
  plain = await buildApp({
    db: t.db,
    config: loadConfig({
      NODE_ENV: 'test',
      PUBLIC_URL: TEST_BASE_URL,
      LOG_LEVEL: 'silent',
      DATABASE_URL: t.database.url,
      LOTSE_RESPONSE_CACHE: 'false',
      LOTSE_SEARCH_INDEX: 'false',
    }),
    databaseUrl: t.database.url,
  });
  await plain.ready();
  await t.app.registerSearch!.built;
  await eventually(async () => assert.equal(titles(await suggest(t.app, 'q=Leih')).length, 1));
});
after(async () => {
  await plain.close();
  await t.close();
});

describe('what is offered', () => {
  test('the same titles from the index and from PostgreSQL for the start of a word: titles that begin with it first, then the newest', async () => {
    const expected = ['Glasfaserausbau in Husum', 'Glasfaser für die Halligen', 'Hafenspitze mit Glasfaser'];
    assert.deepEqual(titles(await suggest(t.app, 'q=Glas')), expected);
    assert.deepEqual(titles(await suggest(plain, 'q=Glas')), expected);
    assert.deepEqual(await suggest(t.app, 'q=glasf'), await suggest(plain, 'q=glasf'));
    assert.deepEqual(titles(await suggest(t.app, 'q=Glasfaser%20Hal')), ['Glasfaser für die Halligen']);
    assert.deepEqual(titles(await suggest(plain, 'q=Glasfaser%20Hal')), ['Glasfaser für die Halligen']);
  });

  test('at most eight, and nothing for a start no title has', async () => {
    assert.equal((await suggest(t.app, 'q=Sensor')).items.length, 8);
    assert.equal((await suggest(plain, 'q=Sensor')).items.length, 8);
    assert.deepEqual(await suggest(t.app, 'q=Xylophon'), { items: [] });
    assert.deepEqual(await suggest(plain, 'q=Xylophon'), { items: [] });
  });

  test('the index reads earlier words as the search does: compound parts, umlaut spellings, ignored words', async () => {
    assert.deepEqual(titles(await suggest(t.app, 'q=Haltestelle%20am%20Ha')), ['Neue Bushaltestelle am Hafen']);
    assert.deepEqual(titles(await suggest(t.app, 'q=Faehranl')), ['Leihräder an Fähranlegern']);
  });
});

describe('language and links', () => {
  test('links lead to the page in the asked language; titles are in that language where translated, else German', async () => {
    const slug = (
      await t.db
        .selectFrom('projects')
        .select('slug')
        .where(sql<string>`title->>'de'`, '=', 'Glasfaser für die Halligen')
        .executeTakeFirstOrThrow()
    ).slug;
    await t.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('projects')
        .set({ title: JSON.stringify({ de: 'Glasfaser für die Halligen', en: 'Fibre for the Halligen' }), updated_at: sql`now()` })
        .where('slug', '=', slug)
        .execute();
      await notifyChange(trx);
    });
    for (const app of [t.app, plain]) {
      await eventually(async () => {
        const en = await suggest(app, 'q=Glasfaser%20Hal&lang=en');
        assert.deepEqual(en.items, [{ title: 'Fibre for the Halligen', slug, url: `${TEST_BASE_URL}/en/vorhaben/${slug}` }]);
      });
      const da = await suggest(app, 'q=Glasfaser%20Hal&lang=da');
      assert.deepEqual(da.items, [{ title: 'Glasfaser für die Halligen', slug, url: `${TEST_BASE_URL}/da/vorhaben/${slug}` }]);
      const de = await suggest(app, 'q=Glasfaser%20Hal');
      assert.equal(de.items[0]!.url, `${TEST_BASE_URL}/de/vorhaben/${slug}`);
    }
  });

  test('an archived Vorhaben is offered no more', async () => {
    await t.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('projects')
        .set({ publication_state: 'archived', updated_at: sql`now()` })
        .where(sql<string>`title->>'de'`, '=', 'Glasfaserausbau in Husum')
        .execute();
      await notifyChange(trx);
    });
    for (const app of [t.app, plain])
      await eventually(async () => assert.ok(!titles(await suggest(app, 'q=Glas')).includes('Glasfaserausbau in Husum')));
  });
});

describe('what cannot be read', () => {
  for (const [query, why] of [
    ['q=G', 'one letter'],
    ['q=%20%20G%20', 'one letter between spaces'],
    ['', 'nothing'],
    [`q=${'a'.repeat(101)}`, 'over 100 characters'],
    ['q=Glas&lang=fr', 'an unknown language'],
  ] as const) {
    test(`400 with the API's error body for ${why}`, async () => {
      for (const app of [t.app, plain]) {
        const { status, body } = await get(app, `/api/v1/projects/suggestions?${query}`);
        assert.equal(status, 400);
        const error = body.error as { code: string; details: { field: string }[] };
        assert.equal(error.code, 'invalid_query');
        assert.equal(error.details[0]!.field, query.startsWith('q=Glas') ? 'lang' : 'q');
      }
    });
  }
});
