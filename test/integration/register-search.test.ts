// The register's search as residents use it, answered by the in-memory search index: compound parts,
// typos with "Meinten Sie …?", umlaut spellings, Danish and English texts, facet counts, relevance, the
// same lists as PostgreSQL for filters, and changes seen by every process within a second.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { notifyChange } from '../../src/db/change-notifier.js';
import { importVorhabenliste } from '../../src/modules/projects/import/import.service.js';
import { startTestApp, TEST_BASE_URL, type TestApp } from '../helpers/app.js';
import { flensburgVorhaben, nordfrieslandVorhaben, vorhabenCsv } from '../helpers/factories.js';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { FastifyInstance } from 'fastify';

let t: TestApp;
/** A second application on the same database: another process, as far as the index can tell. */
let other: FastifyInstance;
/** The same database without the index: what PostgreSQL answers. */
let plain: FastifyInstance;

const rows = [
  flensburgVorhaben({ Titel: 'Neue Bushaltestelle am Hafen', 'Inhaltliche Beschreibung': 'Barrierefreier Umbau mit Anzeigen.' }),
  flensburgVorhaben({
    Titel: 'Radwegenetz im Norden',
    'Inhaltliche Beschreibung': 'Lückenschlüsse an der Straße nach Harrislee.',
    Aufnahmedatum: '01.05.2024',
  }),
  nordfrieslandVorhaben({ Titel: 'Glasfaser für die Halligen', 'Inhaltliche Beschreibung': 'Breitband bis in jedes Haus.' }),
  flensburgVorhaben({ Titel: 'Terminbuchung', 'Inhaltliche Beschreibung': 'Online-Termine im Bürgerbüro am Rathausplatz.' }),
  nordfrieslandVorhaben({ Titel: 'Leihräder an Fähranlegern', 'Inhaltliche Beschreibung': 'Mit Glasfaser angebundene Stationen.' }),
];

const html = async (app: FastifyInstance, url: string) => (await app.inject({ method: 'GET', url })).body;
const text = (body: string) => body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const titles = (body: string) => [...body.matchAll(/<h3 class="kern-title"><a [^>]*>(.*?)<\/a>/g)].map((m) => text(m[1]!).trim());

/** Polls until `check` passes, for at most `ms`: the index hears of a change a moment after the commit. */
async function eventually(check: () => Promise<void>, ms = 1000): Promise<number> {
  const started = Date.now();
  for (;;) {
    try {
      await check();
      return Date.now() - started;
    } catch (err) {
      if (Date.now() - started > ms) throw err;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

before(async () => {
  t = await startTestApp('municipalities', { LOTSE_SEARCH_INDEX: 'true' });
  await importVorhabenliste(t.db, vorhabenCsv(rows));
  const env = {
    NODE_ENV: 'test',
    PUBLIC_URL: TEST_BASE_URL,
    LOG_LEVEL: 'silent',
    DATABASE_URL: t.database.url,
    LOTSE_RESPONSE_CACHE: 'false',
  };
  other = await buildApp({ db: t.db, config: loadConfig({ ...env, LOTSE_SEARCH_INDEX: 'true' }), databaseUrl: t.database.url });
  plain = await buildApp({ db: t.db, config: loadConfig({ ...env, LOTSE_SEARCH_INDEX: 'false' }), databaseUrl: t.database.url });
  await Promise.all([other.ready(), plain.ready()]);
  await Promise.all([t.app.registerSearch!.built, other.registerSearch!.built]);
  await eventually(async () => assert.equal(titles(await html(t.app, '/de/vorhaben')).length, rows.length));
});
after(async () => {
  await other.close();
  await plain.close();
  await t.close();
});

describe('what residents type', () => {
  test('a compound part finds the compound, marked: "Haltestelle" finds "Bushaltestelle", "Radweg" finds "Radwegenetz"', async () => {
    const halt = await html(t.app, '/de/vorhaben?q=Haltestelle');
    assert.deepEqual(titles(halt), ['Neue Bushaltestelle am Hafen']);
    assert.ok(halt.includes('<mark>Bushaltestelle</mark>'));
    assert.deepEqual(titles(await html(t.app, '/de/vorhaben?q=Radweg')), ['Radwegenetz im Norden']);
  });

  test('a typo finds the word it was meant as, and says so: "Glasfasr" → "Meinten Sie „Glasfaser“?"', async () => {
    const body = await html(t.app, '/de/vorhaben?q=Glasfasr');
    assert.deepEqual(titles(body).sort(), ['Glasfaser für die Halligen', 'Leihräder an Fähranlegern']);
    assert.ok(text(body).includes('Meinten Sie „Glasfaser“?'), text(body));
    // The link searches for exactly what was typed: nothing then, and no second guess.
    const exact = await html(t.app, '/de/vorhaben?q=%22Glasfasr%22');
    assert.deepEqual(titles(exact), []);
    assert.ok(!text(exact).includes('Meinten Sie'));
    assert.ok(body.includes('href="/de/vorhaben?q=%22Glasfasr%22"'), 'link to the exact search');
    // Short words are not corrected: too many words are one letter apart.
    assert.ok(!text(await html(t.app, '/de/vorhaben?q=Hfen')).includes('Meinten Sie'));
  });

  test('umlaut spellings meet: "Buergerbuero" finds "Bürgerbüro", "Strasse" finds "Straße"', async () => {
    assert.deepEqual(titles(await html(t.app, '/de/vorhaben?q=Buergerbuero')), ['Terminbuchung']);
    assert.deepEqual(titles(await html(t.app, '/de/vorhaben?q=Strasse')), ['Radwegenetz im Norden']);
  });

  test('the title weighs more than the text', async () => {
    // "Glasfaser" is the title of one and in the description of the other (added later, so newer).
    assert.deepEqual(titles(await html(t.app, '/de/vorhaben?q=Glasfaser')), ['Glasfaser für die Halligen', 'Leihräder an Fähranlegern']);
  });

  test('facet counts beside each filter are those of the current search', async () => {
    const body = text(await html(t.app, '/de/vorhaben?q=Glasfaser'));
    assert.ok(body.includes('Kreis Nordfriesland (2 Vorhaben)'), body);
    assert.ok(body.includes('Stadt Flensburg (0 Vorhaben)'));
    // With a municipality chosen, the municipality counts still show the other choices (the filter itself is left out).
    const filtered = text(await html(t.app, '/de/vorhaben?municipality=flensburg'));
    assert.ok(filtered.includes('Kreis Nordfriesland (2 Vorhaben)'), filtered);
    assert.ok(filtered.includes('Stadt Flensburg (3 Vorhaben)'));
    assert.ok(filtered.includes('3 Vorhaben gefunden'));
  });
});

describe('the same lists as PostgreSQL', () => {
  for (const query of [
    '',
    '?municipality=flensburg',
    '?municipality=nordfriesland&status=planned',
    '?participation=informal',
    '?participation=none',
    '?topic=mobilitaet',
    '?q=Glasfaser',
  ]) {
    test(`register and API agree with the database for "${query || 'everything'}"`, async () => {
      assert.deepEqual(titles(await html(t.app, `/de/vorhaben${query}`)), titles(await html(plain, `/de/vorhaben${query}`)));
      const api = async (app: FastifyInstance) => JSON.parse(await html(app, `/api/v1/projects${query}`));
      assert.deepEqual(await api(t.app), await api(plain));
    });
  }

  test('the API pages by id with cursors through the index as through the database', async () => {
    const walk = async (app: FastifyInstance) => {
      const slugs: string[] = [];
      for (let url: string | null = '/api/v1/projects?limit=2'; url;) {
        const page = JSON.parse(await html(app, url.replace(/^https?:\/\/[^/]+/, ''))) as {
          items: { slug: string }[];
          next: string | null;
        };
        slugs.push(...page.items.map((p) => p.slug));
        url = page.next;
      }
      return slugs;
    };
    const viaIndex = await walk(t.app);
    assert.equal(viaIndex.length, rows.length);
    assert.deepEqual(viaIndex, await walk(plain));
  });
});

describe('changes reach every process within a second', () => {
  const setTitle = async (slug: string, title: Record<string, string>) => {
    await t.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('projects')
        .set({ title: JSON.stringify(title), updated_at: sql`now()` })
        .where('slug', '=', slug)
        .execute();
      await notifyChange(trx);
    });
  };
  const slugOf = async (title: string) =>
    (
      await t.db
        .selectFrom('projects')
        .select('slug')
        .where(sql`title->>'de'`, '=', title)
        .executeTakeFirstOrThrow()
    ).slug;

  test('an edit with Danish and English text is found in all three languages, by both processes', async () => {
    const slug = await slugOf('Terminbuchung');
    await setTitle(slug, { de: 'Terminbuchung und Radständer', da: 'Cykelstativer ved rådhuset', en: 'Bicycle stands at the town hall' });
    for (const app of [t.app, other]) {
      await eventually(async () =>
        assert.deepEqual(titles(await html(app, '/de/vorhaben?q=Radst%C3%A4nder')), ['Terminbuchung und Radständer']),
      );
      await eventually(async () => assert.equal(titles(await html(app, '/da/vorhaben?q=cykelstativ')).length, 1));
      await eventually(async () => assert.equal(titles(await html(app, '/en/vorhaben?q=bicycles')).length, 1));
    }
  });

  test('a change notice re-indexes what changed, not every Vorhaben changed in the last ten minutes once more', async () => {
    const search = t.app.registerSearch!;
    const before = search.retired;
    // A change beside the Vorhaben: every process reads the changes of the last minutes again, and the
    // new name on the page shows that it did (the process keeps the Vorhaben it showed until then). All
    // rows here were imported seconds ago.
    await html(t.app, '/de/vorhaben?q=Radwegenetz');
    const rename = async (name: string, shown: boolean) => {
      await t.db.transaction().execute(async (trx) => {
        await trx.updateTable('municipalities').set({ name }).where('slug', '=', 'flensburg').execute();
        await notifyChange(trx);
      });
      await eventually(async () => assert.equal(text(await html(t.app, '/de/vorhaben?q=Radwegenetz')).includes('Flensburg Stadt'), shown));
    };
    await rename('Flensburg Stadt', true);
    await rename('Stadt Flensburg', false);
    assert.equal(search.retired, before, 'no Vorhaben changed, so none was indexed anew');
    // A word only the new title has: found once the index holds the new version (a page shows the
    // Vorhaben as PostgreSQL has it, so the title alone could show before that).
    await setTitle(await slugOf('Glasfaser für die Halligen'), { de: 'Glasfaser für Halligen und Warften' });
    await eventually(async () =>
      assert.deepEqual(titles(await html(t.app, '/de/vorhaben?q=Warften')), ['Glasfaser für Halligen und Warften']),
    );
    assert.equal(search.retired, before + 1, 'only the edited Vorhaben was indexed anew');
  });

  test('an archived Vorhaben is no longer found, a newly imported one is', async () => {
    const slug = await slugOf('Neue Bushaltestelle am Hafen');
    await t.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('projects')
        .set({ publication_state: 'archived', updated_at: sql`now()` })
        .where('slug', '=', slug)
        .execute();
      await notifyChange(trx);
    });
    await importVorhabenliste(t.db, vorhabenCsv([flensburgVorhaben({ Titel: 'Sensoren im Stadtpark' })]));
    for (const app of [t.app, other]) {
      await eventually(async () => assert.deepEqual(titles(await html(app, '/de/vorhaben?q=Haltestelle')), []));
      await eventually(async () => assert.deepEqual(titles(await html(app, '/de/vorhaben?q=Sensor')), ['Sensoren im Stadtpark']));
    }
  });

  test('a change beside the Vorhaben (a municipality renamed) shows in results and API answers of both processes', async () => {
    const apiNames = async (app: FastifyInstance) =>
      (JSON.parse(await html(app, '/api/v1/projects?q=Glasfaser')) as { items: { municipalities: { name: string }[] }[] }).items.flatMap(
        (i) => i.municipalities.map((m) => m.name),
      );
    for (const app of [t.app, other]) assert.ok((await apiNames(app)).includes('Kreis Nordfriesland'));
    await t.db.transaction().execute(async (trx) => {
      await trx.updateTable('municipalities').set({ name: 'Nordfriesland (Kreis)' }).where('slug', '=', 'nordfriesland').execute();
      await notifyChange(trx);
    });
    for (const app of [t.app, other]) {
      await eventually(async () => assert.ok((await apiNames(app)).includes('Nordfriesland (Kreis)')));
      await eventually(async () => assert.match(text(await html(app, '/de/vorhaben?q=Glasfaser')), /Nordfriesland \(Kreis\)/));
    }
  });

  test('a Vorhaben deleted from the database disappears too', async () => {
    const slug = await slugOf('Sensoren im Stadtpark');
    await t.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('projects').where('slug', '=', slug).execute();
      await notifyChange(trx);
    });
    for (const app of [t.app, other]) await eventually(async () => assert.deepEqual(titles(await html(app, '/de/vorhaben?q=Sensor')), []));
  });
});
