// The network in Chromium, with and without JavaScript: a project team asks for advice and the agency takes
// the case from request to closed (accept, session, message, outcome) while the team follows it; the
// partner directory, a partner page with its contact form, entering a partner profile and the agency's
// overview. axe-core checks every page visited.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BrowserContext } from 'playwright-core';
import { checkNewUser } from '../../src/modules/accounts/accounts.schemas.js';
import { addUser } from '../../src/modules/accounts/accounts.service.js';
import type { TestApp } from '../helpers/app.js';
import { residentSession } from '../helpers/residents.js';
import { checkA11y, openAsStaff, TEST_TIMEOUT, useBrowserApp } from './helpers.js';

const PASSWORD = 'Agentur-2026-Netz!';
let testApp: TestApp;
const app = useBrowserApp(async (t) => {
  testApp = t;
  const user = checkNewUser({ email: 'agentur@example.org', role: 'agency', password: PASSWORD });
  assert.ok(!Array.isArray(user));
  await addUser(t.db, user);
});

/** Signs the context in as a fresh resident (the sign-in link itself is tested elsewhere). */
async function asResident(context: BrowserContext, email: string) {
  const session = await residentSession(testApp.db, { email });
  const page = await context.newPage();
  await page.goto('/de/netzwerk');
  await context.addCookies([{ name: 'lotse_resident', value: session.cookies.lotse_resident!, url: new URL(page.url()).origin }]);
  return page;
}

for (const javaScriptEnabled of [true, false]) {
  const tag = javaScriptEnabled ? 'js' : 'nojs';
  test(
    `an advisory case from request to closed (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`,
    { timeout: 2 * TEST_TIMEOUT },
    async () => {
      const teamContext = await app.newContext({ javaScriptEnabled });
      const staffContext = await app.newContext({ javaScriptEnabled });
      try {
        const team = await asResident(teamContext, `team-${tag}@example.org`);
        await team.goto('/de/beratung');
        await checkA11y(team);
        await team.getByRole('button', { name: 'Anfrage senden' }).click();
        assert.ok(await team.getByText('Bitte korrigieren Sie').isVisible());
        await checkA11y(team);
        await team.getByLabel('Worum geht es?').fill(`Open-Data-Portal für den Sportverein (${tag})`);
        await team.getByLabel('Ihre Frage').fill('Wie veröffentlichen wir Belegungspläne als offene Daten?');
        await team.getByLabel('Ihr Team').fill('Vorstand des Sportvereins');
        await team.getByLabel('Kommune').selectOption('flensburg');
        await team.getByRole('button', { name: 'Anfrage senden' }).click();
        assert.ok(await team.getByText('Ihre Anfrage ist eingegangen.').isVisible());
        await checkA11y(team);
        const caseUrl = new URL(team.url()).pathname;

        const staff = await staffContext.newPage();
        await openAsStaff(staff, '/de/verwaltung/beratung', 'agentur@example.org', PASSWORD);
        await checkA11y(staff);
        await staff.getByRole('link', { name: `Open-Data-Portal für den Sportverein (${tag})` }).click();
        await checkA11y(staff);
        await staff.getByRole('button', { name: 'Annehmen und Beratung zuweisen' }).click();
        assert.ok(await staff.getByText('Die Beratung ist angenommen.').isVisible());
        await staff.getByLabel('Datum des Termins').fill('2026-11-26');
        await staff.getByLabel('Notizen').fill('Datenformate und Lizenz besprochen.');
        await staff.getByRole('button', { name: 'Termin eintragen' }).click();
        assert.ok(await staff.getByText('Der Termin ist eingetragen.').isVisible());
        await staff.getByLabel('Nachricht', { exact: true }).fill('Hier ist eine Vorlage für die Lizenz.');
        await staff.getByRole('button', { name: 'Senden' }).click();
        assert.ok(await staff.getByText('Die Nachricht ist gespeichert.').isVisible());
        await checkA11y(staff);

        await team.goto(caseUrl);
        assert.ok(await team.getByText('Datenformate und Lizenz besprochen.').isVisible());
        await team.getByLabel('Nachricht', { exact: true }).fill('Danke, wir probieren es aus.');
        await team.getByRole('button', { name: 'Senden' }).click();
        assert.ok(await team.getByText('Ihre Nachricht ist gespeichert.').isVisible());
        await checkA11y(team);

        await staff.reload();
        await staff.getByLabel('Ergebnis', { exact: true }).selectOption('referred_to_partner');
        await staff.getByLabel(/Anmerkung zum Ergebnis/).fill('Weiter mit dem Digitalverein Förde.');
        await staff.getByRole('button', { name: 'Beratung abschließen' }).click();
        assert.ok(await staff.getByText('Die Beratung ist abgeschlossen.').isVisible());
        await checkA11y(staff);
        await team.goto(caseUrl);
        assert.ok(await team.getByText('An einen Partner vermittelt').isVisible());
        await checkA11y(team);
      } finally {
        await teamContext.close();
        await staffContext.close();
      }
    },
  );
}

test(
  'the directory, a partner page with its contact form, a new partner profile and the overview pass axe',
  { timeout: 2 * TEST_TIMEOUT },
  async () => {
    const context = await app.newContext();
    try {
      const page = await asResident(context, 'partnerin@example.org');
      await page.goto('/de/netzwerk');
      await checkA11y(page);
      await page.getByRole('link', { name: 'Digitalverein Förde (Beispiel)' }).click();
      await checkA11y(page);
      await page.getByRole('button', { name: 'Nachricht senden' }).click();
      assert.ok(await page.getByText('Bitte korrigieren Sie').isVisible());
      await checkA11y(page);
      await page.goto('/de/netzwerk/neu');
      await checkA11y(page);
      await page.getByLabel('Name', { exact: true }).fill('Makerspace Schleswig');
      await page.getByLabel('Beschreibung').fill('Offene Werkstatt mit 3D-Druckern.');
      await page.getByLabel('E-Mail-Adresse für Kontaktanfragen').fill('makerspace@example.org');
      await page.getByLabel(/Ich bin berechtigt/).check();
      await page.getByRole('button', { name: 'Eintrag zur Prüfung senden' }).click();
      assert.ok(await page.getByText('Ihr Partnereintrag ist gespeichert').isVisible());
      await checkA11y(page);

      const staff = await context.newPage();
      await openAsStaff(staff, '/de/verwaltung/netzwerk', 'agentur@example.org', PASSWORD);
      await checkA11y(staff);
      await staff.getByRole('link', { name: 'Makerspace Schleswig' }).click();
      await checkA11y(staff);
      await staff.getByLabel('Geprüft: im Netzwerk zeigen').check();
      await staff.getByRole('button', { name: 'Speichern' }).click();
      await checkA11y(staff);
      await staff.goto('/de/netzwerk/makerspace-schleswig');
      assert.ok(await staff.getByRole('heading', { name: 'Makerspace Schleswig' }).isVisible());
      await checkA11y(staff);
      const idea = await testApp.db.selectFrom('ideas').select('id').orderBy('id').executeTakeFirstOrThrow();
      await staff.goto(`/de/verwaltung/netzwerk/passend?idee=${idea.id}`);
      await checkA11y(staff);
    } finally {
      await context.close();
    }
  },
);
