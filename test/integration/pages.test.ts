// Public pages over HTTP: languages, register search and filters, detail page content, error pages,
// security headers, and that hostile content is rendered harmless.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { importVorhabenliste } from '../../src/modules/projects/import/import.service.js';
import { startTestApp, TEST_BASE_URL, type TestApp } from '../helpers/app.js';
import { flensburgVorhaben, vorhabenCsv } from '../helpers/factories.js';

let t: TestApp;
before(async () => {
  t = await startTestApp('demo');
});
after(() => t.close());

const page = async (url: string, headers: Record<string, string> = {}) => {
  const res = await t.app.inject({ method: 'GET', url, headers });
  return { status: res.statusCode, html: res.body, headers: res.headers };
};
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('languages', () => {
  for (const [lang, heading, nav] of [
    ['de', 'Vorhaben der Region im Überblick', 'Vorhabenliste'],
    ['da', '', ''],
    ['en', 'The region’s projects at a glance', 'Project register'],
  ] as const) {
    test(`/${lang}/ is the home page in ${lang} with lang and hreflang`, async () => {
      const { status, html } = await page(`/${lang}/`);
      assert.equal(status, 200);
      assert.match(html, new RegExp(`<html lang="${lang}">`));
      for (const l of ['de', 'da', 'en'])
        assert.ok(html.includes(`<link rel="alternate" hreflang="${l}" href="${TEST_BASE_URL}/${l}/"/>`), l);
      assert.ok(html.includes(`hreflang="x-default" href="${TEST_BASE_URL}/de/"`));
      if (heading) assert.ok(html.includes(heading));
      if (nav) assert.ok(html.includes(nav));
      assert.ok(text(html).includes('Starkregen-Frühwarnung (Beispiel)'), 'newest Vorhaben listed');
    });
  }

  test('the Danish pages are Danish, not German', async () => {
    const { html } = await page('/da/vorhaben');
    assert.ok(!html.includes('Suchbegriff'));
    assert.ok(!html.includes('Vorhabenliste<'));
  });

  test('/ redirects to the German home page, or to the browser’s preferred language of ours', async () => {
    assert.equal((await page('/')).headers.location, '/de/');
    assert.equal((await page('/', { 'accept-language': 'da-DK,da;q=0.9,en;q=0.8' })).headers.location, '/da/');
    assert.equal((await page('/', { 'accept-language': 'fr-FR,en;q=0.5' })).headers.location, '/en/');
    assert.equal((await page('/', { 'accept-language': 'fr-FR' })).headers.location, '/de/');
    assert.equal((await page('/', { 'accept-language': 'en;q=0, da;q=0.5' })).headers.location, '/da/');
  });

  test('the programme at a glance shows the federal funding with its source', async () => {
    const de = text((await page('/de/')).html);
    assert.ok(de.includes('17.500.000 €'), de.slice(0, 200));
    assert.ok(de.includes('Digitalagentur Smarte Grenzregion GmbH'));
    assert.ok(de.includes('Stadt Flensburg, Kreis Nordfriesland, Kreis Schleswig-Flensburg') || de.includes('Stadt Flensburg'));
    const en = text((await page('/en/')).html);
    assert.ok(en.includes('€17,500,000'));
  });
});

describe('register', () => {
  test('search ranks and highlights matches, stemming included', async () => {
    const { html } = await page('/de/vorhaben?q=Sensor');
    assert.ok(html.includes('<mark>Sensoren</mark>'), 'the stemmed match is highlighted');
    assert.ok(html.includes('<mark>Parkraumsensorik</mark>'), 'a match inside a compound is highlighted');
    assert.ok(text(html).includes('3 Vorhaben gefunden'));
    // Exact word forms rank above matches inside compounds.
    assert.ok(html.indexOf('Besucherstrommessung') < html.indexOf('Parkraumsensorik'));
  });

  test('a single result is counted in the singular, in each language', async () => {
    assert.ok(text((await page('/en/vorhaben?q=Besucherstrommessung')).html).includes('1 project found'));
    assert.ok(text((await page('/da/vorhaben?q=Besucherstrommessung')).html).includes('1 projekt fundet'));
    assert.ok(text((await page('/de/vorhaben?q=Besucherstrommessung')).html).includes('1 Vorhaben gefunden'));
  });

  test('filters narrow the list and keep their values in the form', async () => {
    const { html } = await page('/de/vorhaben?municipality=nordfriesland&participation=informal');
    assert.ok(html.includes('<option value="nordfriesland" selected>'));
    assert.ok(text(html).includes('3 Vorhaben gefunden'));
    assert.ok(html.includes('Parkraumsensorik an touristischen Orten (Beispiel)'));
    assert.ok(!html.includes('Besucherstrommessung'));
  });

  test('an unknown filter value is ignored with a notice instead of an error', async () => {
    const { status, html } = await page('/en/vorhaben?status=fertig&page=-3&municipality=kiel');
    assert.equal(status, 200);
    assert.ok(html.includes('A filter value is unknown and was ignored: Status, Page, Municipality.'));
    assert.ok(text(html).includes('6 projects found'));
  });

  test('pages through long lists with previous/next links that keep the filters', async () => {
    const rows = Array.from({ length: 25 }, (_, i) =>
      flensburgVorhaben({ Titel: `Laternenprojekt ${i + 1}`, Aufnahmedatum: `2020-01-${String(i + 1).padStart(2, '0')}` }),
    );
    await importVorhabenliste(t.db, vorhabenCsv(rows));
    const first = await page('/de/vorhaben?q=Laternenprojekt');
    assert.ok(text(first.html).includes('25 Vorhaben gefunden'));
    assert.ok(first.html.includes('href="/de/vorhaben?q=Laternenprojekt&amp;page=2" rel="next"'));
    assert.ok(text(first.html).includes('Seite 1 von 2'));
    const beyond = await page('/de/vorhaben?q=Laternenprojekt&page=9');
    assert.equal(beyond.status, 302);
    assert.equal(beyond.headers.location, '/de/vorhaben?q=Laternenprojekt&page=2');
    const second = await page('/de/vorhaben?q=Laternenprojekt&page=2');
    assert.equal((second.html.match(/<article/g) ?? []).length, 5);
    assert.ok(second.html.includes('rel="prev"'));
    await importVorhabenliste(t.db, vorhabenCsv(rows.map((r) => ({ ...r, Veröffentlichungsstatus: 'archiviert' }))));
  });
});

describe('detail page', () => {
  test('shows every field, decisions as a dated timeline, and the change log', async () => {
    const { status, html } = await page('/de/vorhaben/starkregen-fruehwarnung-beispiel');
    assert.equal(status, 200);
    const body = text(html);
    assert.ok(body.includes('Starkregen-Frühwarnung (Beispiel)'));
    // Timeline is ordered by date: HA-7/2025 (27.02.) before KT-12/2025 (20.03.).
    assert.ok(body.indexOf('27. Februar 2025') < body.indexOf('20. März 2025'));
    assert.ok(body.includes('HA-7/2025 (2. Ergänzung)'));
    assert.ok(body.includes('Kreistag'));
    assert.equal((body.match(/1\.250\.000\s€/g) ?? []).length, 1, 'the amount is shown once when the text says nothing more');
    assert.ok(body.includes('Formelle und informelle Beteiligung'));
    assert.ok(body.includes('Änderungsverlauf'));
    assert.ok(body.includes('Neu aufgenommen.'));
    assert.ok(body.includes('Aufnahmedatum 1. April 2025'));
    assert.ok(!html.includes('lotse-map'), 'no map without a location');
  });

  test('a map placeholder only where coordinates exist, with a fallback that needs no tiles', async () => {
    const { html } = await page('/en/vorhaben/parkraumsensorik-an-touristischen-orten-beispiel');
    // The point as a GeoJSON feature (longitude first) for map.js; no tiles before the visitor agrees.
    assert.match(html, /class="lotse-map"[^>]*data-features="[^"]*\[9\.0857,54\.3771\]/);
    assert.ok(html.includes('data-consent="required"'), 'the tiles wait for consent');
    assert.ok(html.includes('Coordinates: 54.3771, 9.0857'), 'the text alternative');
    assert.ok(html.includes('<script src="/assets/leaflet/leaflet.js" defer>'));
  });

  test('an address without coordinates is shown as text without a map', async () => {
    const { html } = await page('/de/vorhaben/besucherstrommessung-innenstadt-flensburg-beispiel');
    assert.ok(text(html).includes('Südermarkt, 24937 Flensburg'));
    assert.ok(!html.includes('data-lat'));
  });

  test('content not translated is marked as German', async () => {
    const { html } = await page('/en/vorhaben/regionale-datenplattform-beispiel');
    assert.ok(html.includes('<h1 class="kern-heading-large" lang="de">Regionale Datenplattform (Beispiel)</h1>'));
  });

  test('archived entries stay reachable with a notice', async () => {
    await importVorhabenliste(t.db, vorhabenCsv([flensburgVorhaben({ Titel: 'Altes Vorhaben', Veröffentlichungsstatus: 'archiviert' })]));
    const { status, html } = await page('/de/vorhaben/altes-vorhaben');
    assert.equal(status, 200);
    assert.ok(html.includes('Dieses Vorhaben ist archiviert.'));
    assert.ok(!text((await page('/de/vorhaben?q=Altes')).html).includes('Altes Vorhaben'));
  });
});

describe('errors and safety', () => {
  test('unknown pages and languages answer a friendly 404 in the page’s language', async () => {
    const de = await page('/de/vorhaben/gibt-es-nicht');
    assert.equal(de.status, 404);
    assert.ok(de.html.includes('Seite nicht gefunden'));
    assert.match(de.html, /<html lang="de">/);
    const en = await page('/en/nothing-here');
    assert.equal(en.status, 404);
    assert.ok(en.html.includes('Page not found'));
    assert.equal((await page('/fr/vorhaben')).status, 404);
  });

  test('a malformed address gets a friendly page, and JSON under /api', async () => {
    const html = await page('/da/vorhaben/%E0%A4%A');
    assert.equal(html.status, 400);
    assert.match(html.html, /<html lang="da">/);
    assert.ok(html.html.includes('Denne adresse er fejlbehæftet.'));
    const api = await page('/api/v1/projects/%E0%A4%A');
    assert.equal(api.status, 400);
    assert.equal(JSON.parse(api.html).error.status, 400);
  });

  test('every page carries a Content-Security-Policy without unsafe-inline', async () => {
    const { headers } = await page('/de/vorhaben');
    const csp = String(headers['content-security-policy']);
    assert.match(csp, /default-src 'self'/);
    assert.ok(!csp.includes('unsafe-inline'));
    assert.equal(headers['x-content-type-options'], 'nosniff');
  });

  test('hostile content from an import is escaped or sanitised', async () => {
    const payloads = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '"><svg onload=alert(1)>',
      '[klick](javascript:alert(1))',
      '<a href="javascript:alert(1)">x</a>',
    ];
    await importVorhabenliste(
      t.db,
      vorhabenCsv([
        flensburgVorhaben({
          Titel: `XSS ${payloads[0]}`,
          'Inhaltliche Beschreibung': payloads.join('\n\n'),
          Bearbeitungsstand: payloads[2]!,
        }),
      ]),
    );
    const { html } = await page('/de/vorhaben/xss-script-alert-1-script');
    assert.ok(!/<script>alert/i.test(html));
    // The page's own drawing (the Leichte Sprache sign) aside, no image or drawing came in with the text.
    const withoutOwnIcons = html.replace(/<svg class="lotse-plain-icon"[^>]*>[\s\S]*?<\/svg>/g, '');
    assert.ok(!/<(img|svg)\b/i.test(withoutOwnIcons), 'no injected elements');
    assert.ok(!/<a [^>]*href="javascript:/i.test(html), 'no script links');
    assert.ok(html.includes('XSS &lt;script>alert(1)&lt;/script>'), 'the title is shown as text');
    const list = await page('/de/vorhaben?q=XSS');
    assert.ok(!/<script>alert/i.test(list.html));
  });
});
