// API v1 over HTTP (app.inject) against a real database: list, filters, search, cursor pagination,
// changed_since with archived entries, single projects, municipalities, CSV, errors and OpenAPI.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { importVorhabenliste } from '../../src/modules/projects/import/import.service.js';
import { apiProjectSchema } from '../../src/modules/projects/projects.schemas.js';
import { startTestApp, TEST_BASE_URL, type TestApp } from '../helpers/app.js';
import { flensburgVorhaben, vorhabenCsv } from '../helpers/factories.js';

let t: TestApp;
before(async () => {
  t = await startTestApp('demo');
});
after(() => t.close());

const get = async (url: string) => {
  const res = await t.app.inject({ method: 'GET', url });
  return {
    status: res.statusCode,
    body: String(res.headers['content-type'] ?? '').includes('json') ? res.json() : res.body,
    headers: res.headers,
  };
};

describe('GET /api/v1/projects', () => {
  test('lists the published demo projects with the documented shape', async () => {
    const { status, body } = await get('/api/v1/projects');
    assert.equal(status, 200);
    assert.equal(body.items.length, 6);
    assert.equal(body.next, null);
    for (const item of body.items) apiProjectSchema.parse(item);
    const brief = body.items.find((p: { slug: string }) => p.slug === 'smarte-grenzregion-zwischen-den-meeren-modellprojekt-smart-cities');
    assert.equal(brief.url, `${TEST_BASE_URL}/de/vorhaben/smarte-grenzregion-zwischen-den-meeren-modellprojekt-smart-cities`);
    assert.deepEqual(brief.costs, { text: '17.5 Mio (Bundesförderung)', amount: 17_500_000, currency: 'EUR', approximate: false });
    assert.deepEqual(brief.decisions[0], {
      reference: 'RV-22/2021',
      raw: 'RV-22/2021 vom 18.02.2021',
      body: 'RV',
      bodyName: 'Ratsversammlung',
      number: 22,
      year: 2021,
      supplement: null,
      date: '2021-02-18',
      // Not linked to the council information system (no OParl sync in the demo).
      paper: null,
      consultations: [],
    });
    assert.deepEqual(brief.participation.formal, false);
    assert.deepEqual(brief.participation.informal, true);
    assert.equal(brief.publicationState, 'published');
    assert.equal(brief.version, 1);
    assert.equal(brief.addedOn, '2021-09-30');
  });

  test('filters by municipality, topic, status and participation', async () => {
    const slugs = async (query: string) => (await get(`/api/v1/projects?${query}`)).body.items.map((p: { slug: string }) => p.slug).sort();
    assert.deepEqual(await slugs('municipality=schleswig-flensburg'), [
      'digitale-begegnungsraeume-beispiel',
      'regionale-datenplattform-beispiel',
      'smarte-grenzregion-zwischen-den-meeren-modellprojekt-smart-cities',
      'starkregen-fruehwarnung-beispiel',
    ]);
    assert.deepEqual(await slugs('topic=mobilitaet'), ['parkraumsensorik-an-touristischen-orten-beispiel']);
    assert.deepEqual(await slugs('status=in_operation'), [
      'besucherstrommessung-innenstadt-flensburg-beispiel',
      'parkraumsensorik-an-touristischen-orten-beispiel',
    ]);
    assert.deepEqual(await slugs('participation=formal'), ['starkregen-fruehwarnung-beispiel']);
    assert.deepEqual(await slugs('participation=none'), [
      'besucherstrommessung-innenstadt-flensburg-beispiel',
      'regionale-datenplattform-beispiel',
    ]);
    assert.deepEqual(await slugs('municipality=flensburg&participation=informal&status=in_operation'), [
      'parkraumsensorik-an-touristischen-orten-beispiel',
    ]);
  });

  test('full-text search uses German stemming (Sensoren finds Sensor and back) and finds stems inside compounds', async () => {
    await importVorhabenliste(
      t.db,
      vorhabenCsv([flensburgVorhaben({ Titel: 'Pegelmessung am Hafen', 'Inhaltliche Beschreibung': 'Ein Sensor misst den Wasserstand.' })]),
    );
    const slugs = async (q: string) =>
      (await get(`/api/v1/projects?q=${encodeURIComponent(q)}`)).body.items.map((p: { slug: string }) => p.slug).sort();
    // "Bodensensoren", "Parkraumsensorik" and "Niederschlagssensoren" contain the stem inside a compound.
    const expected = [
      'besucherstrommessung-innenstadt-flensburg-beispiel',
      'parkraumsensorik-an-touristischen-orten-beispiel',
      'pegelmessung-am-hafen',
      'starkregen-fruehwarnung-beispiel',
    ];
    assert.deepEqual(await slugs('Sensoren'), expected);
    assert.deepEqual(await slugs('Sensor'), expected);
    assert.deepEqual(await slugs('Parkplätze'), ['parkraumsensorik-an-touristischen-orten-beispiel']);
    assert.deepEqual(await slugs('Zeppelin'), []);
    await importVorhabenliste(
      t.db,
      vorhabenCsv([flensburgVorhaben({ Titel: 'Pegelmessung am Hafen', Veröffentlichungsstatus: 'Entwurf' })]),
    );
  });

  test('unknown filter values answer 400 with a machine-readable body', async () => {
    for (const [query, field] of [
      ['status=fertig', 'status'],
      ['participation=maybe', 'participation'],
      ['limit=501', 'limit'],
      ['limit=0', 'limit'],
      ['changed_since=gestern', 'changed_since'],
      ['municipality=Not%20A%20Slug', 'municipality'],
    ]) {
      const { status, body } = await get(`/api/v1/projects?${query}`);
      assert.equal(status, 400, query);
      assert.equal(body.error.code, 'invalid_query');
      assert.equal(body.error.details[0].field, field);
      assert.equal(typeof body.error.message, 'string');
    }
    const bad = await get('/api/v1/projects?status=fertig');
    assert.match(bad.body.error.details[0].message, /planned/);
    const crafted = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const cursor of [
      'kaputt',
      crafted({ i: 99_999_999_999 }),
      crafted({ i: 1e300 }),
      crafted({ i: 1, u: '2020-02-30' }),
      crafted([1]),
    ]) {
      const res = await get(`/api/v1/projects?cursor=${cursor}`);
      assert.equal(res.status, 400, cursor);
      assert.equal(res.body.error.code, 'invalid_cursor');
    }
    assert.equal((await get('/api/v1/projects?changed_since=2024-01-01T00:00:00')).status, 200, 'a local date-time counts as UTC');
  });

  test('a municipality or topic that does not exist answers 400 and names the allowed values', async () => {
    const { status, body } = await get('/api/v1/projects?municipality=kiel&topic=raumfahrt');
    assert.equal(status, 400);
    assert.deepEqual(
      body.error.details.map((d: { field: string }) => d.field),
      ['municipality', 'topic'],
    );
    assert.match(body.error.details[0].message, /kiel.*flensburg/);
  });

  test('cursor pagination walks every project exactly once', async () => {
    const seen: string[] = [];
    let url: string | null = '/api/v1/projects?limit=4';
    let pages = 0;
    while (url) {
      const { status, body } = await get(url.replace(TEST_BASE_URL, ''));
      assert.equal(status, 200);
      assert.ok(body.items.length <= 4);
      seen.push(...body.items.map((p: { slug: string }) => p.slug));
      url = body.next;
      pages++;
    }
    assert.equal(pages, 2);
    assert.equal(seen.length, 6);
    assert.equal(new Set(seen).size, 6);
  });

  test('changed_since lists changed entries including archived ones, marked', async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const since = new Date().toISOString();
    await importVorhabenliste(t.db, vorhabenCsv([flensburgVorhaben({ Veröffentlichungsstatus: 'archiviert' })]));
    const { body } = await get(`/api/v1/projects?changed_since=${encodeURIComponent(since)}`);
    assert.deepEqual(
      body.items.map((p: { slug: string; archived: boolean }) => [p.slug, p.archived]),
      [['digitale-buergerdienste-im-rathaus-flensburg', true]],
    );
    const normal = await get('/api/v1/projects?limit=500');
    assert.ok(!normal.body.items.some((p: { archived: boolean }) => p.archived), 'the normal list leaves archived entries out');
    const seen: string[] = [];
    for (let url: string | null = '/api/v1/projects?changed_since=2000-01-01&limit=3'; url;) {
      const page = await get(url.replace(TEST_BASE_URL, ''));
      seen.push(...page.body.items.map((p: { slug: string }) => p.slug));
      url = page.body.next;
    }
    assert.equal(new Set(seen).size, 7);
    assert.equal(seen.length, 7);
  });

  test('lang selects the language of text fields with German fallback', async () => {
    const { body } = await get('/api/v1/projects?lang=en&limit=1');
    assert.equal(body.items[0].language, 'en');
    assert.match(body.items[0].url, /\/en\/vorhaben\//);
    assert.equal(body.items[0].title, 'Smarte Grenzregion zwischen den Meeren (Modellprojekt Smart Cities)');
    assert.equal(body.items[0].changes[0].note, 'Added to the register.');
  });
});

describe('single projects and municipalities', () => {
  test('GET /api/v1/projects/{slug} answers the project, unknown slugs 404 with a body', async () => {
    const ok = await get('/api/v1/projects/parkraumsensorik-an-touristischen-orten-beispiel');
    assert.equal(ok.status, 200);
    assert.deepEqual(ok.body.location, { lat: 54.3771, lng: 9.0857, address: null });
    const missing = await get('/api/v1/projects/gibt-es-nicht');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'not_found');
  });

  test('drafts are not public', async () => {
    await importVorhabenliste(t.db, vorhabenCsv([flensburgVorhaben({ Titel: 'Geheimer Entwurf', Veröffentlichungsstatus: 'Entwurf' })]));
    assert.equal((await get('/api/v1/projects/geheimer-entwurf')).status, 404);
    assert.equal((await get('/de/vorhaben/geheimer-entwurf')).status, 404);
    const list = await get('/api/v1/projects?q=Entwurf');
    assert.deepEqual(list.body.items, []);
    assert.ok(!(await get('/api/v1/projects.csv')).body.includes('Geheimer Entwurf'));
  });

  test('GET /api/v1/municipalities lists the three partners with bodies and counts', async () => {
    const { body } = await get('/api/v1/municipalities');
    const flensburg = body.items.find((m: { slug: string }) => m.slug === 'flensburg');
    assert.deepEqual(body.items.map((m: { slug: string }) => m.slug).sort(), ['flensburg', 'nordfriesland', 'schleswig-flensburg']);
    assert.deepEqual(flensburg.decisionBodies[0], { prefix: 'RV', name: 'Ratsversammlung' });
    assert.equal(flensburg.kind, 'city');
    assert.equal(flensburg.projectCount, 4);
  });
});

describe('CSV and OpenAPI', () => {
  test('GET /api/v1/projects.csv answers the Vorhabenliste format', async () => {
    const { status, body, headers } = await get('/api/v1/projects.csv');
    assert.equal(status, 200);
    assert.match(String(headers['content-type']), /^text\/csv/);
    const header = String(body)
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!;
    assert.ok(header.startsWith('"ID";"Titel";"Kommune";"Themen";"Inhaltliche Beschreibung"'));
    assert.ok(
      String(body).includes(
        '"RV-22/2021 vom 18.02.2021 ; HA-53/2021 vom 23.09.2021, RV-7/2022 vom 27.01.2022; RV-83/2023 vom 04.05.2023; HA 18-2023 vom 02.05.2023"',
      ),
    );
  });

  test('the OpenAPI 3.1 document passes a validator and describes every endpoint', async () => {
    const { status, body } = await get('/api/v1/openapi.json');
    assert.equal(status, 200);
    assert.equal(body.openapi, '3.1.0');
    const validator = new Validator();
    const result = await validator.validate(body);
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
    // Every GET route under /api/v1 (but the document itself) is described, and nothing else.
    const routes = [
      ...new Set(
        t.app.routeList
          .filter((r) => r.method === 'GET' && r.url.startsWith('/api/v1/') && r.url !== '/api/v1/openapi.json')
          .map((r) => r.url.replace(/:(\w+)/g, '{$1}')),
      ),
    ].sort();
    assert.ok(routes.includes('/api/v1/partners/{slug}') && routes.includes('/api/v1/processes/{slug}'));
    assert.deepEqual(Object.keys(body.paths).sort(), routes);
    assert.ok(body.components.schemas.Project.properties.decisions);
  });
});

test('GET /healthz answers that the process lives (readiness and metrics: health.test.ts)', async () => {
  const { status, body } = await get('/healthz');
  assert.equal(status, 200);
  assert.deepEqual(body, { status: 'ok' });
});

test('partners and processes as JSON: public fields only, never an address or an author', async () => {
  const partners = await get('/api/v1/partners?kind=volunteer');
  assert.equal(partners.status, 200);
  assert.deepEqual(
    partners.body.items.map((p: { slug: string }) => p.slug),
    ['digitallotsen-beispiel'],
  );
  assert.equal((await get('/api/v1/partners?municipality=atlantis')).status, 400);
  const one = await get('/api/v1/partners/digitalverein-foerde-beispiel');
  assert.equal(one.status, 200);
  assert.equal(one.body.municipality, 'flensburg');
  assert.ok(!JSON.stringify(one.body).includes('@'), 'no address');
  assert.equal((await get('/api/v1/partners/gibt-es-nicht')).status, 404);

  const list = await get('/api/v1/processes?lang=en');
  assert.ok(
    list.body.items.some((p: { slug: string; title: string }) => p.slug === 'parken-im-quartier-beispiel' && p.title.startsWith('Parking')),
  );
  const process = await get('/api/v1/processes/parken-im-quartier-beispiel');
  assert.equal(process.status, 200);
  assert.ok(process.body.ideas.length >= 4);
  const top = process.body.ideas[0];
  assert.equal(top.title, 'Freie Plätze in der App anzeigen (Beispiel)');
  assert.equal(top.supports, 4);
  assert.ok(top.answer);
  const text = JSON.stringify(process.body);
  assert.ok(!text.includes('@') && !text.includes('Hanne'), 'neither addresses nor authors');
});
