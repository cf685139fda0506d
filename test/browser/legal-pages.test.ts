// The legal pages in a real browser, in every language: imprint, privacy notice (with a jump to a
// processing section) and accessibility statement with its feedback form, reached from the footer; axe-core
// checks each page, and the feedback form's error summary after an empty submit.
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { describe, test } from 'node:test';
import { t } from '../../src/i18n/index.js';
import { checkA11y, LANGUAGES, TEST_TIMEOUT, textOf, useBrowserApp } from './helpers.js';

const app = useBrowserApp(async (testApp) => {
  const settings = {
    responsibleBody: 'Stadt Flensburg',
    address: 'Rathausplatz 1\n24937 Flensburg',
    email: 'barrierefreiheit@flensburg.example',
    conformance: 'partial',
    knownBarriers: { de: 'Karten sind nicht vollständig mit der Tastatur bedienbar', da: '', en: '' },
    evaluationDate: '2026-11-30',
    evaluationMethod: { de: 'Selbstbewertung', da: '', en: '' },
  };
  await sql`insert into app_meta (key, value) values ('legal:settings', ${JSON.stringify(settings)}::jsonb)`.execute(testApp.db);
});

for (const lang of LANGUAGES) {
  describe(`legal pages in ${lang}`, () => {
    test('imprint, privacy notice and accessibility statement from the footer, each accessible', { timeout: TEST_TIMEOUT }, async () => {
      const context = await app.newContext();
      try {
        const page = await context.newPage();
        await page.goto(`/${lang}/`);
        for (const [key, path] of [
          ['legal.imprint.title', 'impressum'],
          ['legal.privacy.title', 'datenschutz'],
          ['legal.accessibility.title', 'barrierefreiheit'],
        ] as const) {
          await page
            .locator('footer')
            .getByRole('link', { name: t(lang, key), exact: true })
            .click();
          await page.waitForURL(`**/${lang}/${path}`);
          assert.equal(await textOf(page, 'h1'), t(lang, key));
          await checkA11y(page, `/${lang}/${path}`);
        }
        // The empty feedback form comes back with its error summary, still accessible.
        await page.getByRole('button', { name: t(lang, 'legal.accessibility.form.submit') }).click();
        await page.waitForURL(`**/${lang}/barrierefreiheit/rueckmeldung`);
        assert.ok(await page.locator('.kern-alert--danger').isVisible());
        await checkA11y(page, `/${lang}/barrierefreiheit/rueckmeldung (errors)`);
        // A form's privacy link lands on its section of the notice.
        await page.goto(`/${lang}/buergerkonto/anmelden`);
        await page.getByRole('link', { name: t(lang, 'legal.privacy.link') }).click();
        await page.waitForURL(`**/${lang}/datenschutz#buergerkonto`);
        assert.ok(await page.locator('#buergerkonto').isVisible());
      } finally {
        await context.close();
      }
    });
  });
}
