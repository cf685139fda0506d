// The layout of a phone (390 × 844): the page's own heading starts in the upper half of the first screen
// on the home page, the register, a Vorhaben, the event list and the back office, because the menus fold
// behind a button. The button is a disclosure (aria-expanded, aria-controls) that a keyboard alone can
// use; without JavaScript the whole menu shows instead; on a desktop nothing folds. axe-core checks
// every page visited.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { t } from '../../src/i18n/index.js';
import { checkNewUser } from '../../src/modules/accounts/accounts.schemas.js';
import { addUser } from '../../src/modules/accounts/accounts.service.js';
import { checkA11y, type Language, openAsStaff, TEST_TIMEOUT, useBrowserApp } from './helpers.js';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const ADMIN = { email: 'admin@digitalagentur.example', password: 'Förde-Telefon-2026' };
const VORHABEN = '/de/vorhaben/smarte-grenzregion-zwischen-den-meeren-modellprojekt-smart-cities';
const MAIN_LINKS = ['home', 'register', 'participation', 'events', 'network', 'programme', 'api'] as const;

const app = useBrowserApp(async ({ db }) => {
  const user = checkNewUser({ email: ADMIN.email, role: 'admin', password: ADMIN.password });
  assert.ok(!Array.isArray(user));
  await addUser(db, user);
});

const mainNav = (page: Page, lang: Language = 'de') => page.getByRole('navigation', { name: t(lang, 'site.nav.label') });
const menuButton = (page: Page, lang: Language = 'de') => mainNav(page, lang).getByRole('button', { name: t(lang, 'site.nav.menu') });

async function headingTop(page: Page): Promise<number> {
  const box = await page.locator('h1').boundingBox();
  assert.ok(box, 'the page has a visible h1');
  return box.y;
}

async function assertHeadingInUpperHalf(page: Page, path: string): Promise<void> {
  const top = await headingTop(page);
  assert.ok(top < PHONE.height / 2, `${path}: the h1 starts at ${top} px, not in the upper half (${PHONE.height / 2} px)`);
  await checkA11y(page);
}

test('on a phone the h1 starts in the upper half of the first screen on every kind of page', { timeout: TEST_TIMEOUT }, async () => {
  const context = await app.newContext({ viewport: PHONE });
  try {
    const page = await context.newPage();
    for (const path of ['/de/', '/de/vorhaben', VORHABEN, '/de/veranstaltungen', '/en/', '/da/vorhaben']) {
      await page.goto(path);
      assert.ok(await menuButton(page, path.slice(1, 3) as Language).isVisible(), `${path}: the menu button`);
      await assertHeadingInUpperHalf(page, path);
    }
    // The back office folds its own menu too (an admin's is the longest).
    await openAsStaff(page, '/de/verwaltung', ADMIN.email, ADMIN.password);
    const backOffice = page.getByRole('navigation', { name: t('de', 'backoffice.nav.label') });
    const backOfficeButton = backOffice.getByRole('button', { name: t('de', 'backoffice.nav.menu') });
    assert.equal(await backOfficeButton.getAttribute('aria-expanded'), 'false');
    assert.equal(await backOffice.getByRole('link', { name: t('de', 'backoffice.nav.account') }).isVisible(), false, 'folded');
    await assertHeadingInUpperHalf(page, '/de/verwaltung');
    await backOfficeButton.click();
    assert.equal(await backOfficeButton.getAttribute('aria-expanded'), 'true');
    assert.ok(await backOffice.getByRole('link', { name: t('de', 'backoffice.nav.account') }).isVisible(), 'opened');
    await checkA11y(page, 'the back office with its menu open');
  } finally {
    await context.close();
  }
});

test('keyboard only on a phone: Tab to the menu button, open it, reach a link and follow it', { timeout: TEST_TIMEOUT }, async () => {
  const context = await app.newContext({ viewport: PHONE });
  try {
    const page = await context.newPage();
    await page.goto('/de/');
    const button = menuButton(page);
    const list = page.locator(`#${await button.getAttribute('aria-controls')}`);
    assert.equal(await list.count(), 1, 'aria-controls names the list');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.equal(await list.isVisible(), false, 'the list is folded');

    const focusedIsButton = () => button.evaluate((el) => el === document.activeElement);
    let tabs = 0;
    while (!(await focusedIsButton()) && tabs < 8) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    assert.ok(await focusedIsButton(), 'Tab reaches the menu button after the skip link, the name and the languages');

    await page.keyboard.press('Enter');
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.ok(await list.isVisible(), 'Enter opens the list');
    await checkA11y(page, 'the home page with its menu open');

    // Escape folds it again and leaves the focus on the button; Space opens it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.ok(await focusedIsButton(), 'Escape puts the focus back on the button');
    await page.keyboard.press('Space');
    assert.equal(await button.getAttribute('aria-expanded'), 'true');

    const events = list.getByRole('link', { name: t('de', 'site.nav.events') });
    for (let i = 0; i < MAIN_LINKS.length && !(await events.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    assert.ok(await events.evaluate((el) => el === document.activeElement), 'Tab goes through the opened list');
    await Promise.all([page.waitForURL('**/de/veranstaltungen'), page.keyboard.press('Enter')]);
    assert.equal(await page.locator('h1').textContent(), t('de', 'events.calendar.title'));
    assert.equal(await menuButton(page).getAttribute('aria-expanded'), 'false', 'the next page starts folded');
    await assertHeadingInUpperHalf(page, '/de/veranstaltungen');
  } finally {
    await context.close();
  }
});

test('without JavaScript a phone shows the whole menu and no button', { timeout: TEST_TIMEOUT }, async () => {
  const context = await app.newContext({ viewport: PHONE, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto('/de/');
    assert.equal(await mainNav(page).getByRole('button').count(), 0, 'no button without JavaScript');
    for (const key of MAIN_LINKS) {
      assert.ok(
        await mainNav(page)
          .getByRole('link', { name: t('de', `site.nav.${key}`), exact: true })
          .isVisible(),
        key,
      );
    }
    await checkA11y(page);
  } finally {
    await context.close();
  }
});

test('on a desktop the full navigation shows and there is no menu button', { timeout: TEST_TIMEOUT }, async () => {
  const context = await app.newContext({ viewport: DESKTOP });
  try {
    const page = await context.newPage();
    await page.goto('/de/vorhaben');
    assert.equal(await menuButton(page).isVisible(), false, 'no menu button');
    for (const key of MAIN_LINKS) {
      assert.ok(
        await mainNav(page)
          .getByRole('link', { name: t('de', `site.nav.${key}`), exact: true })
          .isVisible(),
        key,
      );
    }
    await checkA11y(page);
    await openAsStaff(page, '/de/verwaltung', ADMIN.email, ADMIN.password);
    const backOffice = page.getByRole('navigation', { name: t('de', 'backoffice.nav.label') });
    assert.equal(await backOffice.getByRole('button').isVisible(), false, 'no back-office menu button');
    assert.ok(await backOffice.getByRole('link', { name: t('de', 'backoffice.nav.account') }).isVisible());
  } finally {
    await context.close();
  }
});
