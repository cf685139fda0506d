// The programme dashboard in Chromium: charts load as images (SVG from the server) beside their tables,
// the measure page is reached from its Vorhaben, and the finance back office works without JavaScript
// (a bad expenditure comes back with its error). axe-core checks every page visited.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkNewUser } from '../../src/modules/accounts/accounts.schemas.js';
import { addUser } from '../../src/modules/accounts/accounts.service.js';
import { checkA11y, openAsStaff, TEST_TIMEOUT, useBrowserApp } from './helpers.js';

const PASSWORD = 'Finanzen-2026-Kasse!';
const app = useBrowserApp(async (t) => {
  const user = checkNewUser({ email: 'kasse@grenzregion.example', role: 'finance', password: PASSWORD });
  assert.ok(!Array.isArray(user));
  await addUser(t.db, user);
});

test('the programme dashboard shows its charts and tables and passes axe, in German and English', { timeout: TEST_TIMEOUT }, async () => {
  const context = await app.newContext();
  try {
    const page = await context.newPage();
    await page.goto('/de/');
    await page.getByRole('link', { name: 'Programm, Finanzen und Ergebnisse' }).click();
    await page.waitForURL('**/de/programm');
    assert.ok(
      await page.getByText('Die Finanzzahlen dieser Installation sind Beispielzahlen', { exact: false }).first().isVisible(),
      'marked as illustrative',
    );
    const charts = page.locator('figure.lotse-chart img');
    assert.equal(await charts.count(), 3);
    for (let i = 0; i < 3; i++) {
      const img = charts.nth(i);
      await img.scrollIntoViewIfNeeded();
      assert.ok(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), `chart ${i} loaded`);
      assert.match((await img.getAttribute('alt')) ?? '', /Balkendiagramm/);
    }
    const phases = page.getByRole('table', { name: 'Geplant und ausgegeben nach Phase' });
    assert.equal(await phases.count(), 1, 'the phase chart’s table');
    assert.equal(await phases.getByRole('rowheader', { name: 'Phase A: Strategie' }).count(), 1);
    await checkA11y(page);
    await page
      .getByRole('link', { name: /M1\.2 Parkraumsensorik/ })
      .first()
      .click();
    await page.waitForURL('**/de/programm/massnahmen/**');
    assert.ok(
      await page
        .getByText(/516 von 516 Sensoren/)
        .first()
        .isVisible(),
      '516 of 516',
    );
    await checkA11y(page);
    await page.goto('/de/vorhaben/parkraumsensorik-an-touristischen-orten-beispiel');
    await page.getByRole('link', { name: /M1\.2 Parkraumsensorik/ }).click();
    await page.waitForURL('**/de/programm/massnahmen/m1-2-**');
    await page.goto('/en/programm');
    assert.ok(await page.getByRole('heading', { name: 'Programme, funding and results', level: 1 }).isVisible(), 'English heading');
    await checkA11y(page);
  } finally {
    await context.close();
  }
});

test(
  'the finance back office without JavaScript: overview, a measure, a form that comes back with its error',
  { timeout: TEST_TIMEOUT },
  async () => {
    const context = await app.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await openAsStaff(page, '/de/verwaltung/finanzen', 'kasse@grenzregion.example', PASSWORD);
      assert.ok(await page.getByRole('heading', { name: 'Programmfinanzen' }).isVisible());
      assert.ok(
        await page
          .getByText(/ausgegeben, aber nur/)
          .first()
          .isVisible(),
        'the demo’s over-budget warning',
      );
      await checkA11y(page);
      await page
        .getByRole('link', { name: /M1\.1 Regionale Datenplattform/ })
        .first()
        .click();
      await page.waitForURL('**/verwaltung/finanzen/massnahmen/m1-1-**');
      await checkA11y(page);
      const form = page.locator('form[action$="/ausgaben"]');
      await form.getByLabel('Betrag').fill('viel Geld');
      await form.getByLabel('Datum').fill('2025-02-03');
      await form.getByRole('button', { name: 'Hinzufügen' }).click();
      assert.ok(await page.getByText('Bitte einen Betrag über 0 Euro angeben, z. B. 12.345,67.').first().isVisible());
      await checkA11y(page);
      const again = page.locator('form[action$="/ausgaben"]');
      await again.getByLabel('Betrag').fill('1.234,56');
      await again.getByLabel('Beleg').fill('BL-BROWSER-1');
      await again.getByRole('button', { name: 'Hinzufügen' }).click();
      assert.ok(await page.getByText('Gespeichert.').isVisible());
      assert.ok(await page.getByRole('cell', { name: 'BL-BROWSER-1' }).isVisible());
    } finally {
      await context.close();
    }
  },
);

test('the programme form and the budget import pass axe', { timeout: TEST_TIMEOUT }, async () => {
  const context = await app.newContext();
  try {
    const page = await context.newPage();
    await openAsStaff(page, '/de/verwaltung/finanzen/programm', 'kasse@grenzregion.example', PASSWORD);
    assert.equal(await page.getByLabel('Förderquote').inputValue(), '65');
    await checkA11y(page);
    await page.goto('/de/verwaltung/finanzen/import');
    await checkA11y(page);
  } finally {
    await context.close();
  }
});
