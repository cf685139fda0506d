// The demo survey in Chromium: answered with JavaScript (a conditional question appears only after its
// answer) and without (every question shown with its condition in words), in German and English; once
// with the keyboard only; then staff publish the results, which show charts with their tables.
// axe-core checks every page visited.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { checkNewUser } from '../../src/modules/accounts/accounts.schemas.js';
import { addUser } from '../../src/modules/accounts/accounts.service.js';
import { checkA11y, openAsStaff, TEST_TIMEOUT, useBrowserApp } from './helpers.js';

const PASSWORD = 'Umfrage-Moderation-2026!';
const app = useBrowserApp(async (t) => {
  const user = checkNewUser({ email: 'umfragen@agentur.example', role: 'moderator', password: PASSWORD });
  assert.ok(!Array.isArray(user));
  await addUser(t.db, user);
});
const SLUG = 'digitale-dienste-in-der-region-beispiel';

const texts = {
  de: {
    gate: /1\. Haben Sie in den letzten zwölf Monaten/,
    follow: /2\. Welche Angebote haben Sie genutzt\?/,
    yes: 'Ja',
    send: 'Antworten absenden',
    error: 'Bitte beantworten Sie diese Frage.',
    condition: 'Nur beantworten, wenn Sie bei Frage 1 „Ja“ gewählt haben.',
    thanks: 'Vielen Dank für Ihre Teilnahme',
    low: '1 – gar nicht zufrieden',
  },
  en: {
    gate: /1\. Have you used an administrative service online/,
    follow: /2\. Which services did you use\?/,
    yes: 'Yes',
    send: 'Send answers',
    error: 'Please answer this question.',
    condition: 'Only answer if you chose “Yes” in question 1.',
    thanks: 'Thank you for taking part',
    low: '1 – not satisfied at all',
  },
} as const;

async function answer(page: Page, lang: 'de' | 'en', javaScript: boolean) {
  const x = texts[lang];
  await page.goto(`/${lang}/umfragen/${SLUG}`);
  await checkA11y(page);
  await page.getByRole('button', { name: x.send }).click();
  assert.ok(await page.getByText(x.error).first().isVisible(), 'the error summary and the field errors');
  await checkA11y(page);
  const follow = page.getByRole('group', { name: x.follow });
  if (javaScript) assert.equal(await follow.isVisible(), false, 'hidden until its condition is met');
  else {
    assert.ok(await follow.isVisible(), 'without JavaScript every question is shown');
    assert.ok(await page.getByText(x.condition).isVisible());
  }
  await page.getByRole('group', { name: x.gate }).getByLabel(x.yes, { exact: true }).check();
  assert.ok(await follow.isVisible());
  await follow.getByRole('checkbox').first().check();
  await page.getByLabel(x.low).check();
  await page.getByRole('button', { name: x.send }).click();
  assert.ok(await page.getByRole('heading', { name: x.thanks }).isVisible());
  await checkA11y(page);
}

for (const javaScriptEnabled of [true, false])
  for (const lang of ['de', 'en'] as const)
    test(`answer the demo survey in ${lang} (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, { timeout: TEST_TIMEOUT }, async () => {
      const context = await app.newContext({ javaScriptEnabled });
      try {
        await answer(await context.newPage(), lang, javaScriptEnabled);
      } finally {
        await context.close();
      }
    });

/** Presses Tab until the focus is on the element matching `selector`. */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  assert.fail(`the keyboard never reached ${selector}`);
}

test('answer with the keyboard only', { timeout: TEST_TIMEOUT }, async () => {
  const context = await app.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`/de/umfragen/${SLUG}`);
    await tabTo(page, 'input[type=radio][value=yes]');
    await page.keyboard.press('Space');
    await tabTo(page, 'input[type=checkbox]');
    await page.keyboard.press('Space');
    await tabTo(page, 'input[type=radio][value="1"]');
    await page.keyboard.press('Space');
    await tabTo(page, 'button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/de/umfragen/${SLUG}/danke`);
    assert.ok(await page.getByRole('heading', { name: 'Vielen Dank für Ihre Teilnahme' }).isVisible());
  } finally {
    await context.close();
  }
});

test('staff publish the results: charts with their tables, in German and Danish', { timeout: TEST_TIMEOUT }, async () => {
  const context = await app.newContext();
  try {
    const page = await context.newPage();
    await openAsStaff(page, `/de/verwaltung/umfragen/${SLUG}`, 'umfragen@agentur.example', PASSWORD);
    await checkA11y(page);
    await page.getByRole('button', { name: 'Ergebnisse veröffentlichen' }).click();
    assert.ok(await page.getByText('Die Veröffentlichung der Ergebnisse ist geändert.').isVisible());
    await checkA11y(page);
    await page.getByRole('link', { name: 'Papierantwort erfassen' }).click();
    await checkA11y(page);
    for (const [lang, table] of [
      ['de', 'Zahlen zu 3. Wie zufrieden sind Sie mit den digitalen Angeboten Ihrer Kommune?'],
      ['da', 'Tal for 3. Hvor tilfreds er du med din kommunes digitale tilbud?'],
    ] as const) {
      await page.goto(`/${lang}/umfragen/${SLUG}/ergebnisse`);
      assert.ok(await page.getByRole('table', { name: table }).isVisible());
      assert.ok((await page.getByRole('img').count()) >= 3, 'a chart per choice question');
      await checkA11y(page);
    }
  } finally {
    await context.close();
  }
});
