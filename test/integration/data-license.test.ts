// The licence of the open data: named with a link on the open-data page and in every page's footer, in
// every API answer (Link rel="license"), in the OpenAPI document and in the CSV's CSV-on-the-Web
// description; DL-DE-BY-2.0 unless the installation chose another licence of the DCAT-AP.de list.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../helpers/app.js';

const get = (t: TestApp, url: string) => t.app.inject({ method: 'GET', url });
/** The page's HTML with numeric character references read (the frame writes "–" as "&#8211;"). */
const text = async (t: TestApp, url: string) =>
  (await get(t, url)).body.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));

describe('the default licence: Datenlizenz Deutschland – Namensnennung – 2.0', () => {
  let t: TestApp;
  before(async () => (t = await startTestApp('demo', { LOTSE_RESPONSE_CACHE: 'true' })));
  after(() => t.close());

  test('the open-data page names it, links its text, asks to name the source, and points to the machine-readable forms', async () => {
    const body = (await get(t, '/de/offene-daten')).body;
    assert.match(
      body,
      /<a class="kern-link" rel="license" href="https:\/\/www\.govdata\.de\/dl-de\/by-2-0">Datenlizenz Deutschland – Namensnennung – Version 2\.0<\/a>/,
    );
    assert.match(body, /http:\/\/dcat-ap\.de\/def\/licenses\/dl-by-de\/2\.0/);
    assert.match(body, /Bitte nennen Sie als Quelle: Lotse \(http:\/\/lotse\.test\)\./);
    assert.match(body, /href="\/api\/v1\/projects\.csv-metadata\.json"/);
    assert.doesNotMatch(body, /frei weiterverwendet/);
  });

  test('every page names it in the footer, in the page language', async () => {
    assert.match(
      (await get(t, '/de/vorhaben')).body,
      /Lizenz der offenen Daten: <a class="kern-link" rel="license" href="https:\/\/www\.govdata\.de\/dl-de\/by-2-0">/,
    );
    assert.match(
      await text(t, '/en/veranstaltungen'),
      /Licence of the open data: <a [^>]*>Data licence Germany – attribution – version 2\.0<\/a>/,
    );
  });

  test('every API answer carries it as a Link header, answered from the cache too', async () => {
    for (const url of [
      '/api/v1/projects',
      '/api/v1/projects',
      '/api/v1/municipalities',
      '/api/v1/events',
      '/api/v1/projects?municipality=atlantis',
    ]) {
      const res = await get(t, url);
      assert.equal(res.headers.link, '<https://www.govdata.de/dl-de/by-2-0>; rel="license"', url);
    }
    assert.equal((await get(t, '/api/v1/projects')).headers['x-cache'], 'hit');
    assert.equal((await get(t, '/de/vorhaben')).headers.link, undefined);
  });

  test('the CSV links its licence and its description; the description names the licence, the dialect and every column', async () => {
    const csv = await get(t, '/api/v1/projects.csv');
    assert.equal(
      csv.headers.link,
      '<https://www.govdata.de/dl-de/by-2-0>; rel="license", <http://lotse.test/api/v1/projects.csv-metadata.json>; rel="describedby"; type="application/csvm+json"',
    );
    const meta = await get(t, '/api/v1/projects.csv-metadata.json');
    assert.match(String(meta.headers['content-type']), /^application\/csvm\+json/);
    const doc = meta.json();
    assert.equal(doc.url, 'http://lotse.test/api/v1/projects.csv');
    assert.deepEqual(doc['dc:license'], { '@id': 'http://dcat-ap.de/def/licenses/dl-by-de/2.0' });
    assert.equal(doc.dialect.delimiter, ';');
    // The description's column titles are the CSV's header row, in order.
    const header = csv.body
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!
      .split(';')
      .map((h) => h.replace(/^"|"$/g, ''));
    assert.deepEqual(
      doc.tableSchema.columns.map((c: { titles: string }) => c.titles),
      header,
    );
  });

  test('the OpenAPI document gives it as the licence of the data', async () => {
    const doc = (await get(t, '/api/v1/openapi.json')).json();
    assert.deepEqual(doc.info.license, { name: 'Data licence Germany – attribution – version 2.0', identifier: 'DL-DE-BY-2.0' });
  });
});

describe('another licence chosen by the installation (LOTSE_DATA_LICENSE=cc-by/4.0)', () => {
  let t: TestApp;
  before(async () => (t = await startTestApp('empty', { LOTSE_DATA_LICENSE: 'cc-by/4.0' })));
  after(() => t.close());

  test('pages, API and OpenAPI name CC BY 4.0', async () => {
    const page = (await get(t, '/da/offene-daten')).body;
    assert.match(
      page,
      /<a class="kern-link" rel="license" href="https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/">Creative Commons Navngivelse 4\.0 International \(CC BY 4\.0\)<\/a>/,
    );
    assert.match(page, /Angiv venligst som kilde/);
    assert.equal((await get(t, '/api/v1/projects')).headers.link, '<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
    assert.equal((await get(t, '/api/v1/openapi.json')).json().info.license.identifier, 'CC-BY-4.0');
  });
});
