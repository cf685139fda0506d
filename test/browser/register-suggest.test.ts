// Search as you type on the register, in a real browser with the search index on: titles appear under
// the search box while typing, the arrow keys move through them (the box keeps the focus and names the
// active title), Escape closes the list, Enter opens the chosen Vorhaben. axe-core checks the page with
// the list open.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { t } from '../../src/i18n/index.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { checkA11y, launchBrowser, newContext, TEST_TIMEOUT, textOf } from './helpers.js';

// Every demo title but the first ends in "(Beispiel)"; only this one begins with "Be".
const BEGINS = {
  title: 'Besucherstrommessung Innenstadt Flensburg (Beispiel)',
  slug: 'besucherstrommessung-innenstadt-flensburg-beispiel',
};

let testApp: TestApp;
let baseUrl: string;
let browser: Browser;

before(async () => {
  testApp = await startTestApp('demo', { LOTSE_SEARCH_INDEX: 'true' });
  await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(testApp.app.server.address() as AddressInfo).port}`;
  await testApp.app.registerSearch!.built;
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await testApp?.close();
});

async function withRegister(lang: 'de' | 'en', fn: (page: Page) => Promise<void>): Promise<void> {
  const context = await newContext(browser, baseUrl);
  try {
    const page = await context.newPage();
    const response = await page.goto(`/${lang}/vorhaben`);
    assert.equal(response?.status(), 200);
    await fn(page);
  } finally {
    await context.close();
  }
}

const box = (page: Page, lang: 'de' | 'en') => page.getByRole('combobox', { name: t(lang, 'register.search.label') });
const options = (page: Page) => page.locator('#q-suggestions [role="option"]');

describe('search as you type', () => {
  test('type, move with the arrow keys, close with Escape, open with Enter', { timeout: TEST_TIMEOUT }, async () => {
    await withRegister('de', async (page) => {
      const input = box(page, 'de');
      assert.equal(await input.getAttribute('aria-autocomplete'), 'list');
      assert.equal(await input.getAttribute('aria-expanded'), 'false');
      assert.equal(await input.getAttribute('aria-controls'), 'q-suggestions');

      await input.pressSequentially('Be', { delay: 40 });
      const listbox = page.getByRole('listbox', { name: t('de', 'register.search.suggestions') });
      await listbox.waitFor({ state: 'visible' });
      const count = await options(page).count();
      assert.ok(count >= 2, `several suggestions: ${count}`);
      assert.equal(await textOf(page, '#q-suggestions [role="option"]'), BEGINS.title, 'the title that begins with "Be" comes first');
      assert.equal(await input.getAttribute('aria-expanded'), 'true');
      assert.equal(await input.getAttribute('aria-activedescendant'), null, 'no title chosen yet');
      assert.equal(await textOf(page, '[role="status"]'), t('de', 'register.search.suggestionCount', { count }));
      await checkA11y(page, 'register with the suggestions open');

      await input.press('ArrowDown');
      assert.equal(await input.getAttribute('aria-activedescendant'), 'q-suggestions-0');
      assert.equal(await options(page).nth(0).getAttribute('aria-selected'), 'true');
      await input.press('ArrowDown');
      assert.equal(await input.getAttribute('aria-activedescendant'), 'q-suggestions-1');
      assert.equal(await options(page).nth(0).getAttribute('aria-selected'), 'false');
      await input.press('ArrowUp');
      assert.equal(await input.getAttribute('aria-activedescendant'), 'q-suggestions-0');
      await checkA11y(page, 'register with a suggestion chosen');
      assert.ok(await input.evaluate((el) => el === document.activeElement), 'the focus stays in the search box');

      await input.press('Escape');
      assert.equal(await input.getAttribute('aria-expanded'), 'false');
      assert.equal(await listbox.isVisible(), false);
      assert.equal(await input.inputValue(), 'Be', 'Escape keeps what was typed');

      // Typing goes on: the list follows.
      await input.pressSequentially('s', { delay: 40 });
      await page.waitForFunction(() => document.querySelectorAll('#q-suggestions [role="option"]').length === 1);
      await input.press('ArrowDown');
      await Promise.all([page.waitForURL(`**/de/vorhaben/${BEGINS.slug}`), input.press('Enter')]);
      assert.equal(await textOf(page, 'h1'), BEGINS.title);
    });
  });

  test('in English: the announcement in English and the English page of the Vorhaben', { timeout: TEST_TIMEOUT }, async () => {
    await withRegister('en', async (page) => {
      const input = box(page, 'en');
      await input.pressSequentially('Besu', { delay: 40 });
      // On a busy machine the answer to "Be" may show first; the list follows to what was typed last.
      await page.waitForFunction(() => document.querySelectorAll('#q-suggestions [role="option"]').length === 1);
      assert.equal(await textOf(page, '[role="status"]'), t('en', 'register.search.suggestionCount', { count: 1 }));
      await input.press('ArrowUp');
      assert.equal(await input.getAttribute('aria-activedescendant'), 'q-suggestions-0');
      await Promise.all([page.waitForURL(`**/en/vorhaben/${BEGINS.slug}`), input.press('Enter')]);
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    });
  });

  test('Enter without a chosen title searches the whole register, as without JavaScript', { timeout: TEST_TIMEOUT }, async () => {
    await withRegister('de', async (page) => {
      const input = box(page, 'de');
      await input.pressSequentially('Beispiel', { delay: 20 });
      await options(page).first().waitFor({ state: 'visible' });
      await Promise.all([
        page.waitForURL((url) => url.pathname === '/de/vorhaben' && url.searchParams.get('q') === 'Beispiel'),
        input.press('Enter'),
      ]);
      assert.ok((await page.locator('ol.lotse-result-list > li').count()) >= 2);
    });
  });

  test(
    'a mistyped search: „Meinten Sie …?“, the results of the known word, counts beside the filters',
    { timeout: TEST_TIMEOUT },
    async () => {
      const context = await newContext(browser, baseUrl);
      try {
        const page = await context.newPage();
        assert.equal((await page.goto('/de/vorhaben?q=Starkregn'))?.status(), 200);
        assert.equal(await textOf(page, '.kern-alert .kern-title'), t('de', 'register.search.didYouMean', { query: 'Starkregen' }));
        assert.ok((await page.locator('ol.lotse-result-list > li').count()) >= 1);
        assert.match(await textOf(page, '#municipality option:nth-child(2)'), /\(\d+ Vorhaben\)$/);
        await checkA11y(page, 'register with a corrected search and facet counts');
      } finally {
        await context.close();
      }
    },
  );
});
