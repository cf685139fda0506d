// Leichte Sprache in Chromium, at phone and desktop width: the header link from any page, the overview and
// a task page, and a Vorhaben with a summary in Leichte Sprache behind its switch (followed by keyboard).
// axe-core checks every page visited.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkA11y, TEST_TIMEOUT, useBrowserApp } from './helpers.js';

let slug = '';
const summary = 'Die Stadt baut einen neuen Rad-Weg.\n\nDer Rad-Weg ist 3 Kilometer lang.';

const app = useBrowserApp(async ({ db }) => {
  const project = await db
    .updateTable('projects')
    .set({ summary_plain: summary })
    .where('publication_state', '=', 'published')
    .where(
      'id',
      '=',
      db
        .selectFrom('projects')
        .select((eb) => eb.fn.min('id').as('id'))
        .where('publication_state', '=', 'published'),
    )
    .returning('slug')
    .executeTakeFirstOrThrow();
  slug = project.slug;
});

for (const viewport of [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
]) {
  test(
    `the Leichte-Sprache area and a Vorhaben's summary in Leichte Sprache (${viewport.name})`,
    { timeout: TEST_TIMEOUT * 2 },
    async () => {
      const context = await app.newContext({ viewport });
      try {
        const tab = await context.newPage();
        await tab.goto('/en/vorhaben');
        await tab.getByRole('link', { name: 'Leichte Sprache', exact: true }).click();
        await tab.waitForURL('**/en/leichte-sprache');
        assert.equal(await tab.locator('h1').textContent(), 'Lotse in Leichter Sprache');
        assert.equal(await tab.locator('h1').evaluate((h) => h.closest('[lang]')?.getAttribute('lang')), 'de');
        await checkA11y(tab);
        await tab.getByRole('link', { name: 'So geben Sie einen Hinweis' }).click();
        await tab.waitForURL('**/en/leichte-sprache/hinweis-geben');
        await checkA11y(tab);

        await tab.goto(`/de/vorhaben/${slug}`);
        await checkA11y(tab);
        const toggle = tab.getByRole('link', { name: 'Dieses Vorhaben in Leichter Sprache lesen' });
        await toggle.focus();
        await tab.keyboard.press('Enter');
        await tab.waitForURL(`**/de/vorhaben/${slug}?ansicht=leicht#leichte-sprache`);
        const section = tab.locator('#leichte-sprache');
        assert.ok(await section.isVisible());
        assert.deepEqual(await section.locator('p.lotse-preline').allTextContents(), [
          'Die Stadt baut einen neuen Rad-Weg.',
          'Der Rad-Weg ist 3 Kilometer lang.',
        ]);
        await checkA11y(tab);
        await tab.getByRole('link', { name: 'Zurück zum Text in Standardsprache' }).click();
        await tab.waitForURL(`**/de/vorhaben/${slug}`);
        assert.equal(await tab.locator('#leichte-sprache').count(), 0);
      } finally {
        await context.close();
      }
    },
  );
}
