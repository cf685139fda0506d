// Ideas and comments in Chromium, with and without JavaScript: a resident signs in with the link mailed
// to them (read from a real SMTP server), brings in an idea, supports one, comments (once in Danish),
// replies and reports a comment; a moderator hides it and answers an idea. Also visits the pages no other
// browser test reaches (password reset, process list, process form). axe-core checks every page visited.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { checkNewUser } from '../../src/modules/accounts/accounts.schemas.js';
import { addUser } from '../../src/modules/accounts/accounts.service.js';
import type { TestApp } from '../helpers/app.js';
import { deliverMail, type Mailbox, startMailbox } from '../helpers/mailbox.js';
import { checkA11y, openAsStaff, TEST_TIMEOUT, useBrowserApp } from './helpers.js';

const PROCESS = '/de/beteiligung/parken-im-quartier-beispiel';
const PASSWORD = 'Moderation-2026!';
let mailbox: Mailbox;
let testApp: TestApp;
const app = useBrowserApp(async (t) => {
  testApp = t;
  mailbox = await startMailbox();
  const user = checkNewUser({ email: 'moderation@example.org', role: 'moderator', password: PASSWORD });
  assert.ok(!Array.isArray(user));
  await addUser(t.db, user);
});
after(() => mailbox?.close());

async function signInLink(address: string): Promise<string> {
  await deliverMail(mailbox, testApp.database.url);
  const text = mailbox.to(address).at(-1)?.text ?? '';
  return /http:\/\/lotse\.test(\/de\/buergerkonto\/link\?token=[\w-]+)/.exec(text)![1]!;
}

for (const javaScriptEnabled of [true, false]) {
  const tag = javaScriptEnabled ? 'js' : 'nojs';
  test(
    `a resident signs in by link, brings in an idea, supports, comments and reports (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`,
    { timeout: 2 * TEST_TIMEOUT },
    async () => {
      const context = await app.newContext({ javaScriptEnabled });
      try {
        const page = await context.newPage();
        await page.goto(PROCESS);
        await checkA11y(page);
        await page.getByRole('link', { name: 'Idee einbringen' }).click();
        await page.waitForURL('**/de/buergerkonto/anmelden?weiter=*');
        await checkA11y(page);
        await page.getByLabel('E-Mail-Adresse').first().fill(`idee-${tag}@example.org`);
        await page.getByRole('button', { name: 'Anmeldelink schicken' }).click();
        assert.ok(await page.getByText('ein Anmeldelink unterwegs').isVisible());
        await checkA11y(page);
        await page.goto(await signInLink(`idee-${tag}@example.org`));
        await checkA11y(page);
        await page.getByRole('button', { name: 'Jetzt anmelden' }).click();
        await page.waitForURL(`**${PROCESS}/ideen/neu`);
        await checkA11y(page);

        await page.getByRole('button', { name: 'Idee veröffentlichen' }).click();
        assert.ok(await page.getByText('Bitte korrigieren Sie').isVisible());
        await checkA11y(page);
        await page.getByLabel('Titel').fill(`Trinkbrunnen am Hafen (${tag})`);
        await page.getByLabel('Beschreibung').fill('Im Sommer fehlt Trinkwasser für alle.');
        await page.getByLabel('Ort (optional)').fill('Hafenspitze');
        await page.getByRole('button', { name: 'Idee veröffentlichen' }).click();
        assert.ok(await page.getByText('Danke! Ihre Idee ist veröffentlicht.').isVisible());
        assert.ok(await page.getByRole('heading', { name: `Trinkbrunnen am Hafen (${tag})` }).isVisible());
        await checkA11y(page);

        await page.goto(PROCESS);
        await page.getByRole('link', { name: 'Freie Plätze in der App anzeigen (Beispiel)' }).click();
        await checkA11y(page);
        await page.getByRole('button', { name: 'Idee unterstützen' }).click();
        assert.ok(await page.getByText('Danke für Ihre Unterstützung.').isVisible());
        assert.ok(await page.getByText('Sie unterstützen diese Idee.').isVisible());

        await page.getByLabel('Ihr Kommentar').fill(`Ein Trinkbrunnen daneben wäre schön (${tag}).`);
        await page.getByRole('button', { name: 'Kommentar veröffentlichen' }).last().click();
        assert.ok(await page.locator('.lotse-comment__body', { hasText: `Ein Trinkbrunnen daneben wäre schön (${tag}).` }).isVisible());
        await checkA11y(page);

        // A Danish comment, its language chosen on the form: the thread marks it lang="da".
        await page.getByLabel('Ihr Kommentar').fill(`Vi vil gerne have en drikkevandspost her (${tag}).`);
        await page.getByLabel('Sprache Ihres Textes').last().selectOption('da');
        await page.getByRole('button', { name: 'Kommentar veröffentlichen' }).last().click();
        const danish = page.locator('.lotse-comment__body', { hasText: `Vi vil gerne have en drikkevandspost her (${tag}).` });
        assert.equal(await danish.getAttribute('lang'), 'da');
        await checkA11y(page);

        const thread = page.locator('li[id^="kommentar-"]').filter({ hasText: 'Gute Idee' }).first();
        await thread.locator('summary', { hasText: 'Antworten' }).first().click();
        await thread
          .getByLabel(/Ihre Antwort an/)
          .first()
          .fill(`Dem stimme ich zu (${tag}).`);
        await thread.getByRole('button', { name: 'Kommentar veröffentlichen' }).first().click();
        assert.ok(await page.locator('.lotse-comment__body', { hasText: `Dem stimme ich zu (${tag}).` }).isVisible());

        const target = page.locator('li[id^="kommentar-"]').filter({ hasText: 'Wie oft werden die Daten aktualisiert?' }).first();
        await target.locator('summary', { hasText: 'Melden' }).first().click();
        await checkA11y(page);
        await target.getByLabel('Warum melden Sie diesen Kommentar?').fill(`Test-Meldung (${tag})`);
        await target.getByRole('button', { name: 'Kommentar melden' }).click();
        assert.ok(await page.getByText('Danke, Ihre Meldung ist bei der Moderation.').isVisible());
        await checkA11y(page);

        await page.goto('/de/buergerkonto');
        assert.ok(await page.getByRole('link', { name: `Trinkbrunnen am Hafen (${tag})` }).isVisible());
        await checkA11y(page);
      } finally {
        await context.close();
      }
    },
  );
}

test('a moderator hides the reported comment and answers an idea', { timeout: TEST_TIMEOUT }, async () => {
  const context = await app.newContext();
  try {
    const page = await context.newPage();
    await openAsStaff(page, '/de/verwaltung/moderation', 'moderation@example.org', PASSWORD);
    await checkA11y(page);
    const reported = page.locator('article').filter({ hasText: 'Wie oft werden die Daten aktualisiert?' }).first();
    assert.ok(
      await reported
        .getByText(/Test-Meldung/)
        .first()
        .isVisible(),
    );
    await reported.getByLabel('Öffentliche Begründung').fill('Testweise ausgeblendet');
    await reported.getByRole('button', { name: 'Ausblenden' }).click();
    assert.ok(await page.getByText('Der Kommentar ist ausgeblendet.').isVisible());
    await checkA11y(page);

    await page.goto('/de/verwaltung/beteiligung/ideen');
    await checkA11y(page);
    await page.getByRole('link', { name: 'Lieferzonen am Vormittag (Beispiel)' }).click();
    await checkA11y(page);
    await page.getByLabel('Stand').selectOption('rejected');
    await page.getByRole('button', { name: 'Antwort und Stand speichern' }).click();
    assert.ok(await page.getByText('Bitte korrigieren Sie').isVisible());
    await checkA11y(page);
    await page.getByLabel('Begründung der Ablehnung').fill('Die Straße ist zu schmal für eine Lieferzone.');
    await page.getByRole('button', { name: 'Antwort und Stand speichern' }).click();
    assert.ok(await page.getByText('Ihre Einstellungen sind gespeichert.').isVisible());

    await page.goto('/de/verwaltung/beteiligung/prozesse/neu');
    await checkA11y(page);

    const idea = await page.request.get(PROCESS);
    assert.ok((await idea.text()).includes('Lieferzonen am Vormittag (Beispiel)'));
    await page.goto(PROCESS);
    await page.getByRole('link', { name: 'Freie Plätze in der App anzeigen (Beispiel)' }).click();
    assert.ok(await page.getByText('Grund: Testweise ausgeblendet').isVisible());
    assert.equal(await page.getByText('Wie oft werden die Daten aktualisiert?').count(), 0);
  } finally {
    await context.close();
  }
});

test('the public pages of processes and password reset pass axe', { timeout: TEST_TIMEOUT }, async () => {
  const context = await app.newContext();
  try {
    const page = await context.newPage();
    for (const path of [
      '/de/beteiligung',
      '/en/beteiligung',
      PROCESS,
      '/de/passwort-vergessen',
      '/de/passwort-neu?token=ungueltig',
      '/en/buergerkonto/anmelden',
    ]) {
      await page.goto(path);
      await checkA11y(page);
    }
  } finally {
    await context.close();
  }
});
