// Events in Chromium: a resident registers (with and without JavaScript), confirms through the link in
// the e-mail (read from a real SMTP server) and cancels through the personal link; a municipal editor
// marks attendance on the check-in list. axe-core checks every page visited.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { Page } from 'playwright-core';
import { checkNewUser } from '../../src/modules/accounts/accounts.schemas.js';
import { addUser } from '../../src/modules/accounts/accounts.service.js';
import type { TestApp } from '../helpers/app.js';
import { deliverMail, type Mailbox, startMailbox } from '../helpers/mailbox.js';
import { checkA11y, openAsStaff, TEST_TIMEOUT, useBrowserApp } from './helpers.js';

const PASSWORD = 'Veranstaltung-2026!';
let mailbox: Mailbox;
let testApp: TestApp;
const app = useBrowserApp(async (t) => {
  testApp = t;
  mailbox = await startMailbox();
  const user = checkNewUser({ email: 'events@flensburg.example', role: 'editor', municipality: 'flensburg', password: PASSWORD });
  assert.ok(!Array.isArray(user));
  await addUser(t.db, user);
});
after(() => mailbox?.close());

/** Delivers queued mails; the links in them point at the test server's PUBLIC_URL, made relative here. */
async function mailTo(address: string): Promise<string> {
  await deliverMail(mailbox, testApp.database.url);
  const mail = mailbox.to(address).at(-1);
  assert.ok(mail, `a mail to ${address}`);
  return mail.text ?? '';
}
const pathIn = (text: string, what: string) =>
  new RegExp(`http://lotse\\.test(/de/veranstaltungen/${what}\\?token=[\\w-]+)`).exec(text)![1]!;

async function openWorkshop(page: Page) {
  await page.goto('/de/veranstaltungen');
  await checkA11y(page);
  await page.getByRole('link', { name: 'Werkstatt: Offene Daten für alle (Beispiel)' }).click();
  await page.waitForURL('**/de/veranstaltungen/werkstatt-offene-daten-**');
  await checkA11y(page);
}

for (const javaScriptEnabled of [true, false]) {
  test(
    `register, confirm by e-mail and cancel by link (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`,
    { timeout: TEST_TIMEOUT },
    async () => {
      const context = await app.newContext({ javaScriptEnabled });
      const email = `teilnahme-${javaScriptEnabled ? 'js' : 'nojs'}@example.org`;
      try {
        const page = await context.newPage();
        await openWorkshop(page);
        assert.ok(await page.getByText('28 von 40 Plätzen frei').isVisible());
        await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
        assert.ok(await page.getByText('Bitte stimmen Sie der Speicherung Ihrer Angaben zu.').first().isVisible());
        await checkA11y(page);
        await page.getByLabel('Name', { exact: true }).fill('Mika Muster');
        await page.getByLabel('E-Mail-Adresse').fill(email);
        await page.getByLabel('Welche Daten wünschen Sie sich?').fill('Fahrpläne und Parkplätze');
        await page.getByLabel(/Ich bin einverstanden/).check();
        await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
        assert.ok(await page.getByRole('heading', { name: 'Bitte bestätigen Sie Ihre Anmeldung' }).isVisible());
        await checkA11y(page);

        await page.goto(pathIn(await mailTo(email), 'anmeldung/bestaetigen'));
        await checkA11y(page);
        await page.getByRole('button', { name: 'Anmeldung bestätigen' }).click();
        await page.waitForURL('**/de/veranstaltungen/anmeldung?token=*');
        assert.ok(await page.getByText('Angemeldet – Ihr Platz ist sicher.').isVisible());
        await checkA11y(page);
        const manage = pathIn(await mailTo(email), 'anmeldung');

        await page.goto(manage);
        await page.getByRole('button', { name: 'Anmeldung stornieren' }).click();
        assert.ok(await page.getByText('Ihre Anmeldung ist storniert.').isVisible());
        await checkA11y(page);
      } finally {
        await context.close();
      }
    },
  );
}

test('the calendar views and an event in English pass axe', { timeout: TEST_TIMEOUT }, async () => {
  const context = await app.newContext();
  try {
    const page = await context.newPage();
    for (const path of ['/en/veranstaltungen', '/de/veranstaltungen?ansicht=monat', '/de/veranstaltungen?zeitraum=vergangen']) {
      await page.goto(path);
      await checkA11y(page);
    }
    await page
      .getByRole('link', { name: /CoCreation Day/ })
      .first()
      .click();
    assert.ok(await page.getByRole('heading', { name: 'Dokumentation' }).isVisible());
    await checkA11y(page);
  } finally {
    await context.close();
  }
});

test('a municipal editor marks attendance on the check-in list', { timeout: TEST_TIMEOUT }, async () => {
  const context = await app.newContext();
  try {
    const page = await context.newPage();
    await openAsStaff(page, '/de/verwaltung/veranstaltungen', 'events@flensburg.example', PASSWORD);
    await checkA11y(page);
    await page.getByRole('link', { name: 'Werkstatt: Offene Daten für alle (Beispiel)' }).click();
    await checkA11y(page);
    await page.getByRole('link', { name: 'Anmeldungen' }).click();
    await checkA11y(page);
    await page.getByRole('link', { name: 'Teilnahmeliste (Check-in)' }).click();
    await checkA11y(page);
    await page.getByRole('button', { name: 'Beispielperson 1 als anwesend markieren' }).click();
    assert.ok(await page.getByRole('button', { name: 'Beispielperson 1 ist anwesend – zurücknehmen' }).isVisible());
    await checkA11y(page);
    await page.goto('/de/verwaltung/veranstaltungen/neu');
    await checkA11y(page);
  } finally {
    await context.close();
  }
});
