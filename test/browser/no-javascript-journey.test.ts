// A visitor without JavaScript: searches from the home page, opens a result, reads its costs and
// switches to English. Plain links and GET forms must carry the whole journey. axe on every page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { t } from '../../src/i18n/index.js';
import { checkA11y, TEST_TIMEOUT, textOf, useBrowserApp } from './helpers.js';

const ENTRY_TITLE = 'Regionale Datenplattform (Beispiel)';

const app = useBrowserApp();

function costsOf(page: Page) {
  return page.locator('.kern-description-list-item', { has: page.locator('dt', { hasText: t('de', 'project.costs') }) }).locator('dd');
}

test('without JavaScript: home → search → detail → English', { timeout: TEST_TIMEOUT }, async () => {
  const context = await app.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();

    // Home page.
    const home = await page.goto('/de/');
    assert.equal(home?.status(), 200);
    await checkA11y(page);

    // Search from the home page.
    const search = page.getByRole('search');
    await search.getByRole('searchbox', { name: t('de', 'home.search.label') }).fill('Datenplattform');
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/de/vorhaben' && url.searchParams.get('q') === 'Datenplattform'),
      search.getByRole('button', { name: t('de', 'register.submit') }).click(),
    ]);
    const resultLink = page.locator('ol.lotse-result-list').getByRole('link', { name: ENTRY_TITLE });
    assert.equal(await resultLink.count(), 1, `"${ENTRY_TITLE}" is found`);
    await checkA11y(page);

    // The detail page, with its costs.
    const href = await resultLink.getAttribute('href');
    assert.ok(href && href.startsWith('/de/vorhaben/'), `the result links to a German detail page: ${href}`);
    const slug = href.slice('/de/vorhaben/'.length);
    await Promise.all([page.waitForURL((url) => url.pathname === href), resultLink.click()]);
    assert.equal(await textOf(page, 'h1'), ENTRY_TITLE);
    const germanCosts = ((await costsOf(page).textContent()) ?? '').replace(/\s+/g, ' ');
    assert.match(germanCosts, /1\.200\.000/, `the costs are shown in German notation: "${germanCosts}"`);
    await checkA11y(page);

    // Switch to English: the same Vorhaben.
    const english = page.getByRole('navigation', { name: t('de', 'site.language.label') }).getByRole('link', { name: 'English' });
    await Promise.all([page.waitForURL((url) => url.pathname === `/en/vorhaben/${slug}`), english.click()]);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await textOf(page, 'h1'), ENTRY_TITLE, 'the English page shows the same entry');
    assert.equal(await textOf(page, '#facts'), t('en', 'project.facts'));
    const englishCosts = (
      (await page
        .locator('.kern-description-list-item', { has: page.locator('dt', { hasText: t('en', 'project.costs') }) })
        .locator('dd')
        .textContent()) ?? ''
    ).replace(/\s+/g, ' ');
    assert.match(englishCosts, /1,200,000/, `the costs are shown in English notation: "${englishCosts}"`);
    await checkA11y(page);
  } finally {
    await context.close();
  }
});
