// A Vorhaben's places: the places below the partners it concerns as a filter with counts (register, API)
// and something to follow; its points, lines and areas edited in the back office (typed, or GeoJSON
// pasted and uploaded, refused when invalid with nothing saved); the register as GeoJSON (RFC 7946:
// longitude first, closed rings, the list's filters) and back through the import; and map tiles that a
// third party serves only after consent (the Content-Security-Policy allows them only then).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { getIssues } from '@placemarkio/check-geojson';
import { importVorhabenliste } from '../../src/modules/projects/import/import.service.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { flensburgVorhaben, nordfrieslandVorhaben, vorhabenCsv } from '../helpers/factories.js';
import { get, postForm, type StaffSession, staffSession } from '../helpers/staff.js';
import { residentSession } from '../helpers/residents.js';
import { notifyFollowers } from '../../src/modules/notifications/index.js';

let t: TestApp;
let admin: StaffSession;
let editor: StaffSession;

interface Feature {
  id: string;
  geometry: { type: string; coordinates?: unknown; geometries?: { type: string; coordinates: unknown }[] };
  properties: { slug: string; title: string; url: string; status: string; places: { label: string | null }[] };
}

const slugOf = async (title: string) =>
  (
    await t.db
      .selectFrom('projects')
      .select('slug')
      .where(({ ref }) => ref('title', '->>').key('de'), '=', title)
      .executeTakeFirstOrThrow()
  ).slug;
const geojson = async (query = '') => {
  const res = await get(t.app, `/api/v1/projects.geojson${query}`);
  assert.equal(res.statusCode, 200, res.body);
  assert.match(String(res.headers['content-type']), /^application\/geo\+json/);
  return JSON.parse(res.body) as { type: string; features: Feature[] };
};
const ids = (fc: { features: Feature[] }) => fc.features.map((f) => f.properties.title).sort();
const places = (slug: string) => `/de/verwaltung/vorhaben/${slug}/orte`;

/** A multipart form as a browser sends the GeoJSON form with a file. */
function multipart(fields: Record<string, string>, file: { name: string; content: string }) {
  const boundary = '----lotse-test-boundary';
  const parts = Object.entries(fields).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  parts.push(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/geo+json\r\n\r\n${file.content}\r\n`,
  );
  return { payload: `${parts.join('')}--${boundary}--\r\n`, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const dike = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'Radweg am Deich' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [8.84, 54.79],
          [8.86, 54.8],
          [8.9, 54.81],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { name: 'Plangebiet Leck-Nord' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [8.97, 54.77],
            [8.99, 54.77],
            [8.99, 54.78],
            [8.97, 54.78],
            [8.97, 54.77],
          ],
        ],
      },
    },
  ],
};

before(async () => {
  t = await startTestApp('municipalities', { LOTSE_SEARCH_INDEX: 'true' });
  await importVorhabenliste(
    t.db,
    vorhabenCsv([
      flensburgVorhaben({ Titel: 'Sensoren am Hafen', Ort: '54.7836, 9.4321' }),
      nordfrieslandVorhaben({ Titel: 'Radweg Leck', Ort: '' }),
      flensburgVorhaben({ Titel: 'Quartierszentrum Mürwik', Ort: '' }),
      nordfrieslandVorhaben({ Titel: 'Kopie des Radwegs', Ort: '' }),
    ]),
  );
  admin = await staffSession(t.db, [{ role: 'admin' }]);
  editor = await staffSession(t.db, [{ role: 'editor', municipality: 'flensburg' }]);
  await t.app.registerSearch!.built;
});
after(async () => t.close());

describe('editing places in the back office', () => {
  test('places below the partners are linked; GeoJSON pasted and uploaded becomes places; typed areas are closed', async () => {
    const leck = await slugOf('Radweg Leck');
    const muerwik = await slugOf('Quartierszentrum Mürwik');
    let res = await postForm(t.app, `${places(leck)}/gebiete`, { localities: ['leck'] }, admin);
    assert.equal(res.statusCode, 303, res.body);
    res = await postForm(t.app, `${places(muerwik)}/gebiete`, { localities: ['flensburg-muerwik'] }, editor);
    assert.equal(res.statusCode, 303, res.body);

    // Uploaded as a file, as the form sends it.
    const form = multipart({ _csrf: admin.csrf, mode: 'add', geojson: '' }, { name: 'leck.geojson', content: JSON.stringify(dike) });
    res = await t.app.inject({ method: 'POST', url: `${places(leck)}/geojson`, cookies: admin.cookies, ...form });
    assert.equal(res.statusCode, 303, res.body);

    // Typed as coordinates, latitude first, without repeating the first corner.
    res = await postForm(
      t.app,
      places(muerwik),
      { label: 'Quartiersplatz', kind: 'area', coordinates: '54.8105, 9.4700\n54.8110; 9.4712\n54,8102 9,4720' },
      editor,
    );
    assert.equal(res.statusCode, 303, res.body);

    const page = await get(t.app, places(leck), admin);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Radweg am Deich/);
    assert.match(page.body, /Plangebiet Leck-Nord/);
    assert.match(page.body, /<option value="leck" selected>/);
  });

  test('invalid GeoJSON and coordinates come back with translated errors and change nothing', async () => {
    const leck = await slugOf('Radweg Leck');
    const before = await t.db.selectFrom('project_places').selectAll().orderBy('id').execute();
    const openRing = {
      type: 'Polygon',
      coordinates: [
        [
          [8.97, 54.77],
          [8.99, 54.77],
          [8.99, 54.78],
          [8.97, 54.78],
        ],
      ],
    };
    let res = await postForm(t.app, `${places(leck)}/geojson`, { geojson: JSON.stringify(openRing), mode: 'replace' }, admin);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /First and last positions/);
    const swapped = { type: 'Point', coordinates: [54.79, 8.84] };
    res = await postForm(t.app, `${places(leck)}/geojson`, { geojson: JSON.stringify(swapped), mode: 'replace' }, admin);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Länge zuerst/);
    res = await postForm(t.app, places(leck), { label: 'x', kind: 'line', coordinates: '54.79, 8.84\nnördlich' }, admin);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Zeile 2 ist kein Koordinatenpaar/);
    assert.match(res.body, /kern-alert/);
    // Another municipality's editor may not touch a Nordfriesland Vorhaben.
    res = await postForm(t.app, `${places(leck)}/gebiete`, { localities: ['tarp'] }, editor);
    assert.equal(res.statusCode, 403);
    assert.deepEqual(await t.db.selectFrom('project_places').selectAll().orderBy('id').execute(), before);
  });
});

describe('the register as GeoJSON', () => {
  test('RFC 7946: valid, longitude first, closed rings, one feature per Vorhaben with its places', async () => {
    const fc = await geojson();
    assert.equal(fc.type, 'FeatureCollection');
    assert.deepEqual(getIssues(JSON.stringify(fc)), []);
    assert.deepEqual(ids(fc), ['Quartierszentrum Mürwik', 'Radweg Leck', 'Sensoren am Hafen']);
    const harbour = fc.features.find((f) => f.properties.title === 'Sensoren am Hafen')!;
    assert.deepEqual(harbour.geometry, { type: 'Point', coordinates: [9.4321, 54.7836] });
    assert.equal(harbour.id, harbour.properties.slug);
    assert.equal(harbour.properties.url, `http://lotse.test/de/vorhaben/${harbour.properties.slug}`);
    const leck = fc.features.find((f) => f.properties.title === 'Radweg Leck')!;
    assert.equal(leck.geometry.type, 'GeometryCollection');
    assert.deepEqual(leck.properties.places, [{ label: 'Radweg am Deich' }, { label: 'Plangebiet Leck-Nord' }]);
    const square = fc.features.find((f) => f.properties.title === 'Quartierszentrum Mürwik')!.geometry;
    assert.deepEqual(square, {
      type: 'Polygon',
      coordinates: [
        [
          [9.47, 54.8105],
          [9.4712, 54.811],
          [9.472, 54.8102],
          [9.47, 54.8105],
        ],
      ],
    });
  });

  test('the list’s filters: place (an Amt includes its municipalities), municipality, search; unknown values are a 400', async () => {
    assert.deepEqual(ids(await geojson('?place=leck')), ['Radweg Leck']);
    assert.deepEqual(ids(await geojson('?place=amt-suedtondern')), ['Radweg Leck']);
    assert.deepEqual(ids(await geojson('?municipality=flensburg')), ['Quartierszentrum Mürwik', 'Sensoren am Hafen']);
    assert.deepEqual(ids(await geojson('?q=Sensoren&lang=en')), ['Sensoren am Hafen']);
    const unknown = await get(t.app, '/api/v1/projects.geojson?place=atlantis');
    assert.equal(unknown.statusCode, 400);
    assert.equal(JSON.parse(unknown.body).error.details[0].field, 'place');
  });

  test('round trip: a Vorhaben’s places exported as GeoJSON and imported into another come back the same', async () => {
    const original = (await geojson('?place=leck')).features[0]!;
    const copy = await slugOf('Kopie des Radwegs');
    const res = await postForm(t.app, `${places(copy)}/geojson`, { geojson: JSON.stringify(original), mode: 'replace' }, admin);
    assert.equal(res.statusCode, 303, res.body);
    const back = (await geojson()).features.find((f) => f.properties.slug === copy)!;
    assert.deepEqual(back.geometry, original.geometry);
  });
});

describe('places as a filter with counts and something to follow', () => {
  test('register and API list filter by place; the select counts per place', async () => {
    // The search index hears of the edits a moment after their commit; reading the changes now is what that notice does.
    t.app.registerSearch!.changed();
    const page = await get(t.app, '/de/vorhaben');
    assert.match(page.body, /<option value="amt-suedtondern">Amt Südtondern \(1 Vorhaben\)<\/option>/);
    assert.match(page.body, /<option value="leck">– Leck \(1 Vorhaben\)<\/option>/);
    assert.match(page.body, /<option value="flensburg-muerwik">Flensburg-Mürwik \(1 Vorhaben\)<\/option>/);
    // Places without a Vorhaben in this search are left out.
    assert.doesNotMatch(page.body, /value="tarp"/);
    const filtered = await get(t.app, '/de/vorhaben?place=amt-suedtondern');
    assert.match(filtered.body, /1 Vorhaben gefunden|1 Vorhaben/);
    assert.match(filtered.body, /Radweg Leck/);
    assert.doesNotMatch(filtered.body, /Sensoren am Hafen/);
    assert.match(filtered.body, /href="\/de\/folgen\?ort=amt-suedtondern"/);
    const api = JSON.parse((await get(t.app, '/api/v1/projects?place=flensburg-muerwik')).body) as {
      items: { title: string; localities: unknown[] }[];
    };
    assert.deepEqual(
      api.items.map((i) => i.title),
      ['Quartierszentrum Mürwik'],
    );
    assert.deepEqual(api.items[0]!.localities, [
      { slug: 'flensburg-muerwik', name: 'Mürwik', kind: 'stadtteil', ars: null, municipality: 'flensburg' },
    ]);
    const list = JSON.parse((await get(t.app, '/api/v1/places')).body) as {
      items: { slug: string; ars: string | null; projectCount: number }[];
    };
    assert.deepEqual(
      list.items.find((p) => p.slug === 'leck'),
      {
        slug: 'leck',
        name: 'Leck',
        kind: 'gemeinde',
        ars: '010545489076',
        municipality: 'nordfriesland',
        parent: 'amt-suedtondern',
        projectCount: 1,
      },
    );
    assert.ok(list.items.length > 250);
  });

  test('the map view keeps the search; the list is linked as its alternative', async () => {
    const res = await get(t.app, '/de/vorhaben?place=leck&view=map');
    assert.match(res.body, /data-source="\/api\/v1\/projects.geojson\?place=leck&amp;lang=de"/);
    assert.match(res.body, /<a class="kern-link" href="\/de\/vorhaben\?place=leck">Dieselben Vorhaben als Liste anzeigen<\/a>/);
    assert.match(res.body, /aria-current="page"[^>]*>Karte|href="\/de\/vorhaben\?place=leck&amp;view=map" aria-current="page"/);
    assert.match(res.body, /<input type="hidden" name="view" value="map"/);
  });

  test('a place can be followed: news of a Vorhaben in one of the Amt’s municipalities reaches its followers', async () => {
    const resident = await residentSession(t.db);
    const page = await get(t.app, '/de/folgen?ort=amt-suedtondern', resident);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Ort:[\s\S]*Amt Südtondern/);
    assert.equal((await postForm(t.app, '/de/folgen', { ort: 'amt-suedtondern' }, resident)).statusCode, 303);
    const leck = await t.db
      .selectFrom('projects')
      .select('id')
      .where('slug', '=', await slugOf('Radweg Leck'))
      .executeTakeFirstOrThrow();
    const harbour = await t.db
      .selectFrom('projects')
      .select('id')
      .where('slug', '=', await slugOf('Sensoren am Hafen'))
      .executeTakeFirstOrThrow();
    await t.db.transaction().execute(async (trx) => {
      await notifyFollowers(trx, { projectId: leck.id, kind: 'published', link: '/vorhaben/radweg-leck' });
      await notifyFollowers(trx, { projectId: harbour.id, kind: 'published', link: '/vorhaben/sensoren' });
    });
    const items = await t.db.selectFrom('notification_items').select('project_id').where('resident_id', '=', resident.residentId).execute();
    assert.deepEqual(
      items.map((i) => i.project_id),
      [leck.id],
    );
  });
});

describe('map tiles from a third party only after consent', () => {
  test('the Content-Security-Policy allows the tile server only for a visitor who agreed', async () => {
    const csp = (res: { headers: Record<string, unknown> }) => String(res.headers['content-security-policy']);
    const before = await get(t.app, '/de/vorhaben?view=map');
    assert.doesNotMatch(csp(before), /tile\.openstreetmap\.org/);
    assert.match(before.body, /data-consent="required"/);
    const agreed = await t.app.inject({ url: '/de/vorhaben?view=map', cookies: { lotse_tiles: '1' } });
    assert.match(csp(agreed), /img-src 'self' data: https:\/\/tile\.openstreetmap\.org/);
  });
});
