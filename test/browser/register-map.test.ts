// The register's map view in a real browser: by default the tiles come from OpenStreetMap, a third party,
// so the page asks first — no request leaves for the tile server before the visitor presses "Karte
// laden" (every request is watched), the button is reached with the keyboard, and after it the map of the
// current search loads with its markers, the focus on the map. Without JavaScript the notice links the
// list. The filter by place narrows the list and offers to follow the place. axe-core checks each state.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { t } from '../../src/i18n/index.js';
import { checkA11y, TEST_TIMEOUT, useBrowserApp } from './helpers.js';

const { newContext } = useBrowserApp();
const TILE_HOST = 'tile.openstreetmap.org';
const normalize = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('the register on a map', () => {
  test('no tile request before consent; keyboard to the button; the clustered map after it', { timeout: TEST_TIMEOUT }, async () => {
    const context = await newContext();
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const response = await page.goto('/de/vorhaben?view=map');
      assert.equal(response?.status(), 200);
      const load = page.getByRole('button', { name: t('de', 'map.consent.load') });
      await load.waitFor({ state: 'visible' });
      await page.waitForLoadState('networkidle');
      assert.deepEqual(
        requests.filter((u) => u.includes(TILE_HOST)),
        [],
        'nothing asked of the tile server before consent',
      );
      assert.ok(!requests.some((u) => u.includes('/api/v1/projects.geojson')), 'not even the map data is fetched before consent');
      await checkA11y(page, 'map view before consent');

      // Reached with the keyboard from the top of the page.
      let reached = false;
      for (let i = 0; i < 80 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await load.evaluate((el) => el === document.activeElement);
      }
      assert.ok(reached, 'the load button is reached with Tab');
      const tile = page.waitForRequest((r) => r.url().includes(TILE_HOST));
      await page.keyboard.press('Enter');
      await page.waitForLoadState('load');
      await tile;
      const map = page.getByRole('region', { name: t('de', 'register.map.label') });
      await map.waitFor({ state: 'visible' });
      await page.locator('.leaflet-marker-icon').first().waitFor({ state: 'visible' });
      assert.ok(await map.evaluate((el) => el === document.activeElement), 'the focus is on the map after loading it');
      assert.ok(
        requests.some((u) => u.includes('/api/v1/projects.geojson?lang=de')),
        'the map shows the current search',
      );
      await page.keyboard.press('Tab');
      assert.ok(
        await page.evaluate(() => document.activeElement?.classList.contains('leaflet-marker-icon') === true),
        'the markers come next with Tab',
      );
      await checkA11y(page, 'map view with the map loaded');
    } finally {
      await context.close();
    }
  });

  test('without JavaScript the notice links the list', { timeout: TEST_TIMEOUT }, async () => {
    const context = await newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto('/de/vorhaben?view=map');
      assert.equal(
        await page.getByRole('button', { name: t('de', 'map.consent.load') }).count(),
        0,
        'the button needs JavaScript and is hidden',
      );
      const list = page.getByRole('link', { name: t('de', 'register.map.listAlternative') });
      assert.equal(await list.getAttribute('href'), '/de/vorhaben');
      await checkA11y(page, 'map view without JavaScript');
    } finally {
      await context.close();
    }
  });

  test(
    'the filter by place: a municipality chosen in the list, its Vorhaben, and the way to follow it',
    { timeout: TEST_TIMEOUT },
    async () => {
      const context = await newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto('/de/vorhaben');
        const select = page.getByLabel(t('de', 'register.filter.place'));
        const sylt = select.locator('option[value="sylt"]');
        // With the search index ready the options carry their counts; while it builds, PostgreSQL answers without.
        assert.match(normalize(await sylt.textContent()), /^Sylt( \(1 Vorhaben\))?$/);
        await select.selectOption('sylt');
        await page.getByRole('button', { name: t('de', 'register.submit') }).click();
        await page.waitForURL(/place=sylt/);
        const results = (await page.locator('.lotse-result-list > li').allTextContents()).map(normalize);
        assert.equal(results.length, 1, `one Vorhaben on Sylt: ${results.join(' | ')}`);
        assert.ok(results[0]!.includes('Parkraumsensorik an touristischen Orten (Beispiel)'));
        await checkA11y(page, 'register filtered by a place');
        await page.getByRole('link', { name: t('de', 'place.follow', { name: 'Sylt' }) }).click();
        // Following needs a resident account: the sign-in page comes first and leads back to the place.
        await page.waitForLoadState('load');
        assert.ok(decodeURIComponent(page.url()).includes('/de/folgen?ort=sylt'), page.url());
        await checkA11y(page, 'following a place');
      } finally {
        await context.close();
      }
    },
  );
});
