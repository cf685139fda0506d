// A staff member signs in, sees the account page and signs out — with the keyboard's Enter key and with
// JavaScript disabled, in German and English. axe-core checks every page visited.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkNewUser } from '../../src/modules/accounts/accounts.schemas.js';
import { addUser } from '../../src/modules/accounts/accounts.service.js';
import { createAdminSetupToken } from '../../src/modules/accounts/admin-setup.service.js';
import { checkA11y, TEST_TIMEOUT, useBrowserApp } from './helpers.js';

const PASSWORD = 'Grenzregion-2026!';
let setupToken = '';
const app = useBrowserApp(async ({ db }) => {
  setupToken = (await createAdminSetupToken(db))!;
  const user = checkNewUser({
    email: 'koordination@nordfriesland.de',
    role: 'coordinator',
    municipality: 'nordfriesland',
    password: PASSWORD,
  });
  assert.ok(!Array.isArray(user));
  await addUser(db, user);
});

for (const [lang, labels] of [
  [
    'de',
    {
      email: 'E-Mail-Adresse',
      password: 'Passwort',
      submit: 'Anmelden',
      wrong: 'E-Mail-Adresse oder Passwort stimmen nicht.',
      account: 'Ihr Konto',
      role: 'Koordination für Kreis Nordfriesland',
      out: 'Abmelden',
      signedOut: 'Sie sind abgemeldet.',
    },
  ],
  [
    'en',
    {
      email: 'E-mail address',
      password: 'Password',
      submit: 'Sign in',
      wrong: 'E-mail address or password is not correct.',
      account: 'Your account',
      role: 'Coordinator for Kreis Nordfriesland',
      out: 'Sign out',
      signedOut: 'You are signed out.',
    },
  ],
] as const) {
  test(`sign in and out without JavaScript (${lang})`, { timeout: TEST_TIMEOUT }, async () => {
    const context = await app.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`/${lang}/`);
      await page.getByRole('link', { name: lang === 'de' ? 'Anmeldung für Mitarbeitende' : 'Staff sign-in' }).click();
      await checkA11y(page);

      await page.getByLabel(labels.email).fill('koordination@nordfriesland.de');
      await page.getByLabel(labels.password).fill('falsch');
      await page.getByRole('button', { name: labels.submit }).click();
      assert.ok(await page.getByText(labels.wrong).isVisible());
      await checkA11y(page);

      await page.getByLabel(labels.password).fill(PASSWORD);
      await page.getByLabel(labels.password).press('Enter');
      await page.waitForURL(`**/${lang}/konto`);
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), labels.account);
      assert.ok(await page.getByText(labels.role).isVisible());
      await checkA11y(page);

      await page.getByRole('button', { name: labels.out, exact: true }).click();
      await page.waitForURL(`**/${lang}/anmelden?abgemeldet=1`);
      assert.ok(await page.getByText(labels.signedOut).isVisible());
      await checkA11y(page);
    } finally {
      await context.close();
    }
  });
}

test('the first administrator is created through the one-time link, errors shown at the fields', { timeout: TEST_TIMEOUT }, async () => {
  const context = await app.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`/de/einrichten?token=${setupToken}`);
    await checkA11y(page);
    await page.getByLabel('E-Mail-Adresse').fill('admin@digitalagentur.example');
    await page.getByLabel('Passwort', { exact: true }).fill('zu-kurz');
    await page.getByLabel('Passwort wiederholen').fill('zu-kurz');
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    assert.ok(await page.getByText('Das Passwort muss zwischen 12 und 200 Zeichen lang sein.').isVisible());
    await checkA11y(page);
    await page.getByLabel('Passwort', { exact: true }).fill('ein-langes-passwort');
    await page.getByLabel('Passwort wiederholen').fill('ein-langes-passwort');
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await page.waitForURL('**/de/konto');
    assert.ok(await page.getByText('Plattform-Administration').isVisible());
    await checkA11y(page);
  } finally {
    await context.close();
  }
});
