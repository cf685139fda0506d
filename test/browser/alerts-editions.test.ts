// In a real browser, with JavaScript on and off: from the register filtered by a municipality, the
// "Benachrichtigen" form carries the filter to the subscription page; an empty address comes back with
// the error summary; the confirmation link from the mail opens a page whose button confirms. The pages of
// the list's editions are checked too. axe-core checks every page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { publishEdition } from '../../src/modules/editions/editions.service.js';
import { cliActor } from '../../src/platform/actor.js';
import type { TestApp } from '../helpers/app.js';
import { deliverMail, type Mailbox, startMailbox } from '../helpers/mailbox.js';
import { checkA11y, TEST_TIMEOUT, useBrowserApp } from './helpers.js';

let testApp: TestApp;
let mailbox: Mailbox;
const app = useBrowserApp(async (t) => {
  testApp = t;
  await publishEdition(t.db, cliActor, {
    date: '2024-03-15',
    reference: 'RV-83/2023',
    url: 'https://ratsinfo.example/rv-83',
    projectSlug: null,
  });
});
before(async () => {
  mailbox = await startMailbox();
});
after(async () => {
  await mailbox.close();
});

for (const javaScriptEnabled of [true, false]) {
  const tag = javaScriptEnabled ? 'js' : 'nojs';
  test(
    `alerts: subscribe from the register and confirm through the mail (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`,
    { timeout: TEST_TIMEOUT },
    async () => {
      const context = await app.newContext({ javaScriptEnabled });
      try {
        const page = await context.newPage();
        await page.goto('/de/vorhaben?municipality=flensburg');
        await page.getByRole('button', { name: 'Benachrichtigen' }).click();
        await page.waitForURL(/\/de\/benachrichtigen\?municipality=flensburg$/);
        assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Benachrichtigung per E-Mail');
        await checkA11y(page);

        await page.getByRole('button', { name: 'Benachrichtigen' }).click();
        await page.getByText('Bitte geben Sie eine gültige E-Mail-Adresse ein.').first().waitFor();
        await checkA11y(page, 'subscription form with errors');

        const email = `browser-${tag}@example.org`;
        await page.getByLabel('E-Mail-Adresse').fill(email);
        await page.getByLabel('Einmal in der Woche als Zusammenfassung (montags)').check();
        await page.getByRole('button', { name: 'Benachrichtigen' }).click();
        await page.getByRole('heading', { level: 1, name: 'Bitte bestätigen Sie Ihre E-Mail-Adresse' }).waitFor();
        await checkA11y(page);

        await deliverMail(mailbox, testApp.database.url);
        const link = /\/de\/benachrichtigen\/bestaetigen\?token=\S+/.exec(mailbox.to(email).at(-1)?.text ?? '')?.[0];
        assert.ok(link, 'a confirmation link in the mail');
        await page.goto(link);
        await checkA11y(page);
        await page.getByRole('button', { name: 'Bestätigen' }).click();
        await page.getByText('Ihre Benachrichtigung ist eingerichtet.').waitFor();
        await checkA11y(page);

        const row = await testApp.db.selectFrom('alert_subscriptions').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
        assert.ok(row.confirmed_at);
        assert.equal(row.mode, 'weekly');
        assert.deepEqual(row.filters, { municipality: 'flensburg' });
      } finally {
        await context.close();
      }
    },
  );
}

test('the editions: list, an edition and the way there from the register', { timeout: TEST_TIMEOUT }, async () => {
  const context = await app.newContext();
  try {
    const page = await context.newPage();
    await page.goto('/de/vorhaben');
    await page.getByRole('link', { name: 'Fortschreibungen der Vorhabenliste' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fortschreibungen der Vorhabenliste' }).waitFor();
    await checkA11y(page);
    await page.getByRole('link', { name: '1. Fortschreibung der Vorhabenliste' }).click();
    await page.getByRole('heading', { level: 1, name: '1. Fortschreibung der Vorhabenliste' }).waitFor();
    await checkA11y(page);
    await page.goto('/da/vorhabenliste/fortschreibungen/1');
    await page.getByRole('heading', { level: 1, name: '1. opdatering af projektlisten' }).waitFor();
    await checkA11y(page);
  } finally {
    await context.close();
  }
});
