// A staff member sets up the second factor without JavaScript (QR code or key, a code from the app, the
// recovery codes shown once) and then signs in with a code. axe-core checks every page visited.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkNewUser } from '../../src/modules/accounts/accounts.schemas.js';
import { addUser } from '../../src/modules/accounts/accounts.service.js';
import { codeFor, secretOnPage } from '../helpers/second-factor.js';
import { checkA11y, openAsStaff, TEST_TIMEOUT, useBrowserApp } from './helpers.js';

const EMAIL = 'redaktion@schleswig-flensburg.example';
const PASSWORD = 'Schlei-Redaktion-2026';
const app = useBrowserApp(async ({ db }) => {
  const user = checkNewUser({ email: EMAIL, role: 'editor', municipality: 'schleswig-flensburg', password: PASSWORD });
  assert.ok(!Array.isArray(user));
  await addUser(db, user);
});

test('the second factor is set up and then asked for at sign-in, without JavaScript', { timeout: TEST_TIMEOUT }, async () => {
  const context = await app.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await openAsStaff(page, '/de/verwaltung/zweiter-faktor', EMAIL, PASSWORD);
    assert.ok(await page.getByText('Für Ihr Konto ist noch kein zweiter Faktor eingerichtet.').isVisible());
    await checkA11y(page);

    await page.getByRole('button', { name: 'Einrichtung beginnen' }).click();
    assert.ok(await page.getByRole('img', { name: /QR-Code/ }).isVisible());
    const secret = secretOnPage(await page.content());
    await page.getByLabel('Sechsstelliger Code').fill('000000' === codeFor(secret) ? '111111' : '000000');
    await page.getByRole('button', { name: 'Bestätigen und einschalten' }).click();
    assert.ok(
      await page
        .getByText(/Der Code stimmt nicht/)
        .first()
        .isVisible(),
    );
    await checkA11y(page);

    await page.getByLabel('Sechsstelliger Code').fill(codeFor(secret));
    await page.getByRole('button', { name: 'Bestätigen und einschalten' }).click();
    assert.ok(await page.getByRole('heading', { name: 'Ihre Wiederherstellungscodes' }).isVisible());
    await checkA11y(page);

    await context.clearCookies();
    await page.goto('/de/anmelden');
    await page.getByLabel('E-Mail-Adresse').fill(EMAIL);
    await page.getByLabel('Passwort').fill(PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    assert.ok(await page.getByRole('heading', { name: 'Anmeldung bestätigen' }).isVisible());
    await checkA11y(page);
    // The code of the next time step: the one used for enrolment may not be used again.
    await page.getByLabel('Code', { exact: true }).fill(codeFor(secret, 1));
    await page.getByLabel('Code', { exact: true }).press('Enter');
    await page.waitForURL('**/de/konto');
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Ihr Konto');
    await checkA11y(page);
  } finally {
    await context.close();
  }
});
