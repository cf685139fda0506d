// The public pages in a real browser, in German, Danish and English: home page, register search and
// filter, two detail pages (one with a map whose tiles cannot load), the 404 page, and keyboard access
// to the skip link. axe-core checks every page visited against WCAG 2.1 A/AA.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { t } from '../../src/i18n/index.js';
import { blockExternalRequests, checkA11y, LANGUAGES, TEST_TIMEOUT, textOf, useBrowserApp } from './helpers.js';

const FIRST_ENTRY = {
  slug: 'smarte-grenzregion-zwischen-den-meeren-modellprojekt-smart-cities',
  title: 'Smarte Grenzregion zwischen den Meeren (Modellprojekt Smart Cities)',
};
const LOCATED_ENTRY = {
  slug: 'parkraumsensorik-an-touristischen-orten-beispiel',
  title: 'Parkraumsensorik an touristischen Orten (Beispiel)',
  lat: '54.3771',
  lng: '9.0857',
};
const FLENSBURG_ONLY_ENTRY = 'Besucherstrommessung Innenstadt Flensburg (Beispiel)';

const app = useBrowserApp();

/** Runs `fn` on a fresh page in its own context, and closes the context whatever happens. */
async function withPage(fn: (page: Page, context: BrowserContext) => Promise<void>): Promise<void> {
  const context = await app.newContext();
  try {
    await fn(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

async function open(page: Page, path: string, expectedStatus = 200): Promise<void> {
  const response = await page.goto(path);
  assert.ok(response, `a response for ${path}`);
  assert.equal(response.status(), expectedStatus, `HTTP status of ${path}`);
}

for (const lang of LANGUAGES) {
  describe(`public pages in ${lang}`, () => {
    test('home page: heading, document language, hreflang alternates', { timeout: TEST_TIMEOUT }, async () => {
      await withPage(async (page) => {
        await open(page, `/${lang}/`);
        const h1 = page.locator('h1');
        assert.equal(await h1.count(), 1, 'exactly one h1');
        assert.ok(await h1.isVisible(), 'the h1 is visible');
        assert.equal(await textOf(page, 'h1'), t(lang, 'home.title'));
        assert.equal(await page.locator('html').getAttribute('lang'), lang);

        for (const alternate of LANGUAGES) {
          const link = page.locator(`head link[rel="alternate"][hreflang="${alternate}"]`);
          assert.equal(await link.count(), 1, `one hreflang="${alternate}" alternate`);
          assert.equal(await link.getAttribute('href'), `http://lotse.test/${alternate}/`);
        }
        assert.equal(await page.locator('head link[rel="alternate"][hreflang="x-default"]').getAttribute('href'), 'http://lotse.test/de/');

        await checkA11y(page);
      });
    });

    test('register: full-text search for "Sensoren" finds Parkraumsensorik and marks the match', { timeout: TEST_TIMEOUT }, async () => {
      await withPage(async (page) => {
        await open(page, `/${lang}/vorhaben`);
        await checkA11y(page);

        const form = page.locator('form.lotse-filters');
        await form.getByRole('combobox', { name: t(lang, 'register.search.label') }).fill('Sensoren');
        await Promise.all([
          page.waitForURL((url) => url.pathname === `/${lang}/vorhaben` && url.searchParams.get('q') === 'Sensoren'),
          form.getByRole('button', { name: t(lang, 'register.submit') }).click(),
        ]);

        const results = page.locator('ol.lotse-result-list');
        assert.ok(await results.isVisible(), 'the result list is shown');
        const entry = results.locator(`a[href="/${lang}/vorhaben/${LOCATED_ENTRY.slug}"]`);
        assert.equal(await entry.count(), 1, 'the Parkraumsensorik entry is in the results');
        assert.match((await entry.textContent()) ?? '', /Parkraumsensorik/);
        const marks = results.locator('mark');
        assert.ok((await marks.count()) > 0, 'the match is highlighted with <mark>');
        assert.notEqual(((await marks.first().textContent()) ?? '').trim(), '', 'the <mark> is not empty');
        assert.equal(
          await form.getByRole('combobox', { name: t(lang, 'register.search.label') }).inputValue(),
          'Sensoren',
          'the search term stays in the field',
        );

        await checkA11y(page);
      });
    });

    test('register: filtering by "Kreis Nordfriesland" shows only its Vorhaben', { timeout: TEST_TIMEOUT }, async () => {
      await withPage(async (page) => {
        await open(page, `/${lang}/vorhaben`);
        await checkA11y(page);

        const form = page.locator('form.lotse-filters');
        await form.getByLabel(t(lang, 'register.filter.municipality')).selectOption({ label: 'Kreis Nordfriesland' });
        await Promise.all([
          page.waitForURL((url) => url.pathname === `/${lang}/vorhaben` && url.searchParams.get('municipality') === 'nordfriesland'),
          form.getByRole('button', { name: t(lang, 'register.submit') }).click(),
        ]);

        const metaLines = await page.locator('ol.lotse-result-list .lotse-card__meta').allTextContents();
        assert.ok(metaLines.length > 0, 'at least one result');
        for (const line of metaLines) assert.match(line, /Nordfriesland/, `every result card names Nordfriesland: "${line}"`);
        assert.equal(
          await page.locator('ol.lotse-result-list').getByRole('link', { name: FLENSBURG_ONLY_ENTRY }).count(),
          0,
          `"${FLENSBURG_ONLY_ENTRY}" is filtered out`,
        );
        assert.equal(
          await form.getByLabel(t(lang, 'register.filter.municipality')).inputValue(),
          'nordfriesland',
          'the chosen filter stays selected',
        );

        await checkA11y(page);
      });
    });

    test('detail page of the first demo entry: title, decision timeline, change log', { timeout: TEST_TIMEOUT }, async () => {
      await withPage(async (page) => {
        await open(page, `/${lang}/vorhaben/${FIRST_ENTRY.slug}`);
        assert.equal(await textOf(page, 'h1'), FIRST_ENTRY.title);
        assert.equal(await page.locator('html').getAttribute('lang'), lang);

        const decisions = page.locator('section[aria-labelledby="decisions"]');
        assert.equal(await decisions.count(), 1, 'the decisions section exists');
        assert.equal(await textOf(page, '#decisions'), t(lang, 'project.decisions'));
        const timeline = decisions.locator('ol.lotse-timeline');
        assert.ok(await timeline.isVisible(), 'the decision timeline is shown');
        assert.match((await timeline.textContent()) ?? '', /RV-22\/2021/, 'the timeline shows RV-22/2021');

        const changelog = page.locator('section[aria-labelledby="changelog"]');
        assert.equal(await changelog.count(), 1, 'the change log section exists');
        assert.ok(await changelog.isVisible(), 'the change log section is visible');
        assert.equal(await textOf(page, '#changelog'), t(lang, 'project.changelog'));

        await checkA11y(page);
      });
    });

    test('detail page with a location renders fully, and asks before loading map tiles', { timeout: TEST_TIMEOUT }, async () => {
      await withPage(async (page) => {
        const blocked = await blockExternalRequests(page);
        const pageErrors: string[] = [];
        page.on('pageerror', (error) => pageErrors.push(error.message));

        await open(page, `/${lang}/vorhaben/${LOCATED_ENTRY.slug}`);
        await page.waitForLoadState('load');
        assert.equal(await textOf(page, 'h1'), LOCATED_ENTRY.title);

        const location = page.locator('section[aria-labelledby="location"]');
        assert.equal(await location.count(), 1, 'the location section exists');
        assert.equal(await textOf(page, '#location'), t(lang, 'project.location'));
        const locationText = ((await location.textContent()) ?? '').replace(/\s+/g, ' ');
        assert.ok(
          locationText.includes(t(lang, 'project.location.coordinates', { lat: LOCATED_ENTRY.lat, lng: LOCATED_ENTRY.lng })),
          `the coordinates are written out: "${locationText}"`,
        );
        const osm = location.getByRole('link', { name: t(lang, 'project.location.osm') });
        assert.equal(await osm.count(), 1, 'the OpenStreetMap link is there');
        assert.equal(
          await osm.getAttribute('href'),
          `https://www.openstreetmap.org/?mlat=${LOCATED_ENTRY.lat}&mlon=${LOCATED_ENTRY.lng}#map=15/${LOCATED_ENTRY.lat}/${LOCATED_ENTRY.lng}`,
        );

        // The rest of the page is there too: the change log and the footer after the map.
        assert.ok(await page.locator('section[aria-labelledby="changelog"]').isVisible(), 'the change log is shown');
        assert.ok(await page.locator('footer').isVisible(), 'the footer is shown');
        assert.deepEqual(pageErrors, [], 'no script errors');
        // OpenStreetMap is a third party: the map waits for consent and nothing is asked of it before.
        await location.getByRole('button', { name: t(lang, 'map.consent.load') }).waitFor({ state: 'visible' });
        await page.waitForLoadState('networkidle');
        assert.ok(
          !blocked.some((url) => url.startsWith('https://tile.openstreetmap.org/')),
          `no tile request before consent (blocked: ${JSON.stringify(blocked)})`,
        );

        await checkA11y(page);
      });
    });

    test('404 page for an unknown Vorhaben', { timeout: TEST_TIMEOUT }, async () => {
      await withPage(async (page) => {
        await open(page, `/${lang}/vorhaben/gibt-es-nicht`, 404);
        assert.equal(await page.locator('html').getAttribute('lang'), lang);
        assert.equal(await textOf(page, 'h1'), t(lang, 'error.notFound.title'));
        assert.ok(await page.locator('h1').isVisible(), 'the friendly heading is visible');
        assert.equal(
          await page
            .locator('main')
            .getByRole('link', { name: t(lang, 'error.goHome') })
            .getAttribute('href'),
          `/${lang}/`,
        );

        await checkA11y(page);
      });
    });

    test('open-data page: the interfaces with working links', { timeout: TEST_TIMEOUT }, async () => {
      await withPage(async (page) => {
        await open(page, `/${lang}/`);
        await page
          .getByRole('navigation', { name: t(lang, 'site.nav.label') })
          .getByRole('link', { name: t(lang, 'site.nav.api') })
          .click();
        await page.waitForURL(`**/${lang}/offene-daten`);
        assert.equal(await textOf(page, 'h1'), t(lang, 'opendata.title'));
        const endpoints = page.locator('table.kern-table', { has: page.locator('caption', { hasText: t(lang, 'opendata.endpoints') }) });
        assert.equal(await endpoints.locator('tbody tr').count(), 6);
        const datasets = page.locator('table.kern-table', {
          has: page.locator('caption', { hasText: t(lang, 'opendata.datasets.caption') }),
        });
        assert.equal(await datasets.locator('tbody tr').count(), 5);
        await checkA11y(page);
        const openapi = await page.request.get('/api/v1/openapi.json');
        assert.equal(openapi.status(), 200);
      });
    });
  });
}

describe('keyboard access', () => {
  test('Tab focuses the skip link first; activating it moves focus to #main', { timeout: TEST_TIMEOUT }, async () => {
    await withPage(async (page) => {
      await open(page, '/de/vorhaben');
      await checkA11y(page);

      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { tag: el?.tagName ?? null, text: el?.textContent?.trim() ?? null, href: el?.getAttribute('href') ?? null };
      });
      assert.deepEqual(focused, { tag: 'A', text: 'Zum Inhalt springen', href: '#main' }, 'the first Tab stop is the skip link');
      const box = await page.locator('a.lotse-skip-link').boundingBox();
      assert.ok(box && box.x >= 0 && box.y >= 0, `the focused skip link is on screen: ${JSON.stringify(box)}`);

      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'main', undefined, { timeout: 5000 });
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
      assert.equal(new URL(page.url()).hash, '#main');
    });
  });
});
