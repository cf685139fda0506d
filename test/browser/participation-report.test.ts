// The participation report in Chromium, in German and English: reached from the process's results, its
// charts are images with a text alternative followed by their tables; the back-office form for offline
// contributions shows its error summary. axe-core checks every page visited.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkNewUser } from '../../src/modules/accounts/accounts.schemas.js';
import { addUser } from '../../src/modules/accounts/accounts.service.js';
import { reportProcess } from '../helpers/report-fixture.js';
import { checkA11y, openAsStaff, TEST_TIMEOUT, useBrowserApp } from './helpers.js';

const PASSWORD = 'Bericht-Moderation-2026!';
let slug = '';
const app = useBrowserApp(async (t) => {
  const user = checkNewUser({ email: 'bericht@agentur.example', role: 'moderator', password: PASSWORD });
  assert.ok(!Array.isArray(user));
  await addUser(t.db, user);
  slug = (await reportProcess(t.db)).process.slug;
});

const texts = {
  de: {
    link: /Beteiligungsbericht/,
    heading: /Beteiligungsbericht: Prozess/,
    table: 'Beteiligte und Beiträge nach Weg der Teilnahme',
    pdf: /Bericht als PDF/,
  },
  en: {
    link: /Participation report/,
    heading: /Participation report: Prozess/,
    table: 'Participants and contributions by way of taking part',
    pdf: /Report as PDF/,
  },
} as const;

for (const lang of ['de', 'en'] as const)
  test(`the report from the process's results, in ${lang}`, { timeout: TEST_TIMEOUT }, async () => {
    const x = texts[lang];
    const context = await app.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`/${lang}/beteiligung/${slug}`);
      await checkA11y(page);
      await page.getByRole('link', { name: x.link }).click();
      assert.ok(await page.getByRole('heading', { level: 1, name: x.heading }).isVisible());
      assert.equal(
        await page
          .getByRole('img')
          .filter({ has: page.locator('rect') })
          .count(),
        3,
        'three charts',
      );
      const table = page.getByRole('table', { name: x.table });
      assert.ok(await table.isVisible());
      assert.equal(await table.getByRole('row').count(), 3, 'a head row and two rows');
      assert.ok(await page.getByRole('link', { name: x.pdf }).isVisible());
      await checkA11y(page);
    } finally {
      await context.close();
    }
  });

test('staff enter an offline contribution: the error summary, then the saved entry', { timeout: TEST_TIMEOUT }, async () => {
  const context = await app.newContext();
  try {
    const page = await context.newPage();
    await openAsStaff(page, `/de/verwaltung/beteiligung/prozesse/${slug}/beitraege`, 'bericht@agentur.example', PASSWORD);
    await checkA11y(page);
    await page.getByRole('button', { name: 'Beitrag speichern' }).click();
    assert.ok(await page.getByText('Bitte ausfüllen.').first().isVisible());
    await checkA11y(page);
    await page.getByLabel('Weg der Teilnahme').selectOption('paper');
    await page.getByLabel('Art des Beitrags').selectOption('comment');
    await page.getByLabel('Text des Beitrags').fill('Vom Papierbogen im Bürgerbüro');
    await page.getByRole('button', { name: 'Beitrag speichern' }).click();
    assert.ok(await page.getByText('Der Beitrag ist gespeichert und öffentlich sichtbar.').isVisible());
    assert.ok(await page.getByRole('cell', { name: 'Vom Papierbogen im Bürgerbüro' }).isVisible());
    await checkA11y(page);
  } finally {
    await context.close();
  }
});
