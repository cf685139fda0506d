// A consultation in Chromium, with and without JavaScript: a signed-in resident reads the draft, opens a
// section, agrees with it and comments on a quoted passage; once with the keyboard only; staff answer and
// weigh the comment in the back office; the comparison of versions and the weighing table of the demo in
// German, Danish and English. axe-core checks every page visited.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { checkNewUser } from '../../src/modules/accounts/accounts.schemas.js';
import { addUser } from '../../src/modules/accounts/accounts.service.js';
import { createConsultation, publishDraft } from '../../src/modules/consultations/index.js';
import { cliActor } from '../../src/platform/actor.js';
import type { TestApp } from '../helpers/app.js';
import { residentSession } from '../helpers/residents.js';
import { checkA11y, openAsStaff, TEST_TIMEOUT, useBrowserApp } from './helpers.js';

const PASSWORD = 'Konsultation-Moderation-2026!';
const DEMO = 'digitalisierungsstrategie-der-region-beispiel';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
let testApp: TestApp;
let slug = '';
const app = useBrowserApp(async (t) => {
  testApp = t;
  const user = checkNewUser({ email: 'konsultation@agentur.example', role: 'moderator', password: PASSWORD });
  assert.ok(!Array.isArray(user));
  await addUser(t.db, user);
  slug = await createConsultation(t.db, cliActor, {
    processSlug: 'parken-im-quartier-beispiel',
    title: { de: 'Parkraumkonzept Altstadt', en: 'Parking plan for the old town' },
    summary: null,
    startsOn: day(-1),
    endsOn: day(10),
    text: '# Ziele\n\nWeniger Suchverkehr in der Altstadt.\n\n# Maßnahmen\n\nFünf Sensoren in der Großen Straße.\n',
  });
  await publishDraft(t.db, cliActor, slug, null);
});

/** A browser context signed in as a fresh resident (the session made directly, as the sign-in link would). */
async function asResident(javaScriptEnabled: boolean): Promise<BrowserContext> {
  const context = await app.newContext({ javaScriptEnabled });
  const resident = await residentSession(testApp.db, { displayName: 'Nachbarin' });
  // The app listens on 127.0.0.1; cookies are per host, whatever the port.
  await context.addCookies([{ name: 'lotse_resident', value: resident.cookies.lotse_resident!, domain: '127.0.0.1', path: '/' }]);
  return context;
}

for (const javaScriptEnabled of [true, false])
  test(
    `a resident agrees with a section and comments on a passage (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`,
    { timeout: TEST_TIMEOUT },
    async () => {
      const context = await asResident(javaScriptEnabled);
      try {
        const page = await context.newPage();
        await page.goto(`/de/konsultationen/${slug}`);
        await checkA11y(page);
        await page.getByRole('link', { name: 'Abschnitt „Maßnahmen“ kommentieren und bewerten' }).click();
        await checkA11y(page);
        await page.getByLabel('Ich stimme zu').check();
        await page.getByRole('button', { name: 'Bewertung speichern' }).click();
        assert.ok(await page.getByText('Ihre Bewertung ist gespeichert.').isVisible());
        await checkA11y(page);
        const takeOver = page.getByRole('button', { name: 'Markierte Stelle übernehmen' });
        if (javaScriptEnabled) {
          await takeOver.click();
          // The message is set a moment after the click, so that it is announced again on a second one.
          await page.getByText('Markieren Sie zuerst eine Stelle im Text des Abschnitts oben.').waitFor({ timeout: 5000 });
          // The reader marks two words in the section's text, as with the mouse.
          await page.evaluate(() => {
            const paragraph = [...document.querySelectorAll('[data-quote-source] p')].find((p) => p.textContent?.includes('Sensoren'))!;
            const text = paragraph.firstChild!;
            const range = document.createRange();
            range.setStart(text, text.textContent!.indexOf('Fünf'));
            range.setEnd(text, text.textContent!.indexOf(' in der'));
            getSelection()!.removeAllRanges();
            getSelection()!.addRange(range);
          });
          await takeOver.click();
          assert.equal(await page.getByLabel('Textstelle (freiwillig)').inputValue(), 'Fünf Sensoren');
          assert.ok(
            await page.getByLabel('Textstelle (freiwillig)').evaluate((el) => el === document.activeElement),
            'the field has the focus',
          );
        } else {
          assert.ok(!(await takeOver.isVisible()), 'without JavaScript no button that does nothing');
          await page.getByLabel('Textstelle (freiwillig)').fill('Fünf Sensoren');
        }
        await page.getByLabel('Ihr Kommentar').fill(`Warum nur fünf? (${javaScriptEnabled ? 'js' : 'nojs'})`);
        await page.getByRole('button', { name: 'Kommentar veröffentlichen' }).last().click();
        assert.ok(
          await page.locator('.lotse-comment__body', { hasText: `Warum nur fünf? (${javaScriptEnabled ? 'js' : 'nojs'})` }).isVisible(),
        );
        assert.ok(await page.locator('.lotse-comment__quote', { hasText: 'Fünf Sensoren' }).first().isVisible());
        await checkA11y(page);
      } finally {
        await context.close();
      }
    },
  );

/** Presses Tab until the focus is on the element matching `selector`. */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  assert.fail(`the keyboard never reached ${selector}`);
}

test('rate a section with the keyboard only', { timeout: TEST_TIMEOUT }, async () => {
  const context = await asResident(true);
  try {
    const page = await context.newPage();
    await page.goto(`/de/konsultationen/${slug}/abschnitte/ziele`);
    // Tab enters the radio group at its first option; the arrow keys choose within it.
    await tabTo(page, 'input[type=radio][value=agree]');
    await page.keyboard.press('ArrowDown');
    assert.ok(await page.evaluate(() => (document.activeElement as HTMLInputElement).matches('[value=disagree]:checked')));
    await tabTo(page, 'form[action$="/stimme"] button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/abschnitte/ziele?hinweis=stimme*');
    assert.ok(await page.getByText('Sie haben abgelehnt.').isVisible());
  } finally {
    await context.close();
  }
});

test(
  'staff answer and weigh a comment; the demo’s comparison and weighing table in three languages',
  { timeout: 2 * TEST_TIMEOUT },
  async () => {
    const context = await app.newContext();
    try {
      const page = await context.newPage();
      await openAsStaff(page, `/de/verwaltung/konsultationen/${DEMO}`, 'konsultation@agentur.example', PASSWORD);
      await checkA11y(page);
      await page.goto(`/de/verwaltung/konsultationen/${slug}`);
      await checkA11y(page);
      const comment = page.locator('article[id^="kommentar-"]').first();
      await comment.getByLabel('Ergebnis der Abwägung').selectOption('partly');
      await comment.getByLabel('Begründung').fill('Zunächst fünf.');
      await comment.getByLabel('Antwort an die Person, die kommentiert hat').fill('Danke, wir prüfen mehr.');
      await comment.getByRole('button', { name: 'Antwort und Abwägung speichern' }).click();
      assert.ok(await page.getByText('Antwort und Abwägung sind gespeichert.').isVisible());
      await checkA11y(page);
      await page.goto('/de/verwaltung/konsultationen/neu');
      await page.getByRole('button', { name: 'Konsultation anlegen' }).click();
      assert.ok(await page.getByText('Bitte korrigieren Sie').isVisible());
      await checkA11y(page);
      for (const [lang, compare, table] of [
        ['de', 'Fassung 1 und Fassung 2 im Vergleich', 'Jeder Kommentar mit seiner Abwägung'],
        ['da', 'Version 1 og version 2 sammenlignet', 'Hver kommentar med forvaltningens vurdering'],
        ['en', 'Version 1 and version 2 compared', 'Every comment with the administration’s response'],
      ] as const) {
        await page.goto(`/${lang}/konsultationen/${DEMO}/vergleich?von=1&bis=2`);
        assert.ok(await page.getByRole('heading', { name: compare }).isVisible());
        assert.ok((await page.locator('.lotse-diff ins').count()) > 0);
        await checkA11y(page);
        await page.goto(`/${lang}/konsultationen/${DEMO}/abwaegung`);
        assert.ok(await page.getByRole('table', { name: table }).isVisible());
        await checkA11y(page);
        await page.goto(`/${lang}/konsultationen/${DEMO}`);
        await checkA11y(page);
      }
    } finally {
      await context.close();
    }
  },
);
