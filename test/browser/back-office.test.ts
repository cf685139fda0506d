// The back office in Chromium: an editor signs in, edits a published Vorhaben, publishes it with a change
// note, and the public page shows the new version and the note — with and without JavaScript, and once
// by keyboard alone. A tour visits every back-office page as an admin. axe-core checks every page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { checkNewUser } from '../../src/modules/accounts/accounts.schemas.js';
import { addUser } from '../../src/modules/accounts/accounts.service.js';
import { checkA11y, TEST_TIMEOUT, useBrowserApp } from './helpers.js';

const PASSWORD = 'Förde-Redaktion-2026';
const slugs: string[] = [];
const app = useBrowserApp(async ({ db }) => {
  for (const [email, role, municipality] of [
    ['redaktion@flensburg.example', 'editor', 'flensburg'],
    ['admin@digitalagentur.example', 'admin', undefined],
  ] as const) {
    const user = checkNewUser({ email, role, password: PASSWORD, ...(municipality ? { municipality } : {}) });
    assert.ok(!Array.isArray(user));
    await addUser(db, user);
  }
  const rows = await db
    .selectFrom('projects as p')
    .innerJoin('project_municipalities as pm', 'pm.project_id', 'p.id')
    .innerJoin('municipalities as m', 'm.id', 'pm.municipality_id')
    .where('m.slug', '=', 'flensburg')
    .where('p.publication_state', '=', 'published')
    .select('p.slug')
    .orderBy('p.id')
    .limit(3)
    .execute();
  slugs.push(...rows.map((r) => r.slug));
  assert.equal(slugs.length, 3, 'the demo data has published Flensburg Vorhaben');
});

async function signIn(page: Page, email: string, next = '/de/verwaltung') {
  await page.goto(next);
  await page.waitForURL('**/de/anmelden?weiter=*');
  await checkA11y(page);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL(`**${next}`);
}

async function editAndPublish(page: Page, slug: string, costs: string, note: string) {
  await page.getByLabel('Titel oder Adresse enthält').fill(slug.split('-').slice(0, 2).join(' '));
  await page.getByRole('button', { name: 'Suchen' }).click();
  await checkA11y(page);
  await page.locator(`a[href="/de/verwaltung/vorhaben/${slug}"]`).click();
  await page.waitForURL(`**/de/verwaltung/vorhaben/${slug}`);
  await checkA11y(page);
  await page.getByRole('link', { name: 'Änderungen vorbereiten' }).click();
  await checkA11y(page);
  await page.getByLabel('Kosten (Text wie veröffentlicht)').fill(costs);
  await page.getByLabel('Betrag in Euro').fill('viel');
  await page.getByRole('button', { name: 'Arbeitskopie speichern' }).click();
  // A bad amount comes back at its field, everything typed kept.
  assert.ok(await page.getByText('Bitte korrigieren Sie 1 Angabe:').isVisible());
  assert.ok(await page.getByText('Kein Betrag erkannt').first().isVisible());
  assert.equal(await page.getByLabel('Kosten (Text wie veröffentlicht)').inputValue(), costs);
  await checkA11y(page);
  await page.getByLabel('Betrag in Euro').fill('');
  await page.getByLabel('Beginn').fill('2027-03-01');
  await page.getByRole('button', { name: 'Arbeitskopie speichern' }).click();
  await page.waitForURL(`**/de/verwaltung/vorhaben/${slug}?hinweis=gespeichert`);
  assert.ok(await page.getByText('Veröffentlicht, Änderungen in Arbeit').first().isVisible());
  await checkA11y(page);

  // The public still sees the old costs.
  const publicPage = await page.context().newPage();
  await publicPage.goto(`/de/vorhaben/${slug}`);
  assert.ok(!(await publicPage.content()).includes(costs));

  await page.getByRole('link', { name: 'Arbeitskopie mit veröffentlichter Fassung vergleichen' }).click();
  assert.ok(await page.locator('ins', { hasText: costs }).isVisible());
  await checkA11y(page);
  await page.getByRole('link', { name: 'Zurück zum Vorhaben' }).click();

  await page.getByRole('button', { name: 'Jetzt veröffentlichen' }).click();
  assert.ok(await page.getByText('Bitte beschreiben Sie die Änderung').first().isVisible());
  await checkA11y(page);
  await page.getByLabel('Änderungsnotiz (Deutsch)').fill(note);
  await page.getByRole('button', { name: 'Jetzt veröffentlichen' }).click();
  await page.waitForURL(`**/de/verwaltung/vorhaben/${slug}?hinweis=veroeffentlicht`);
  await checkA11y(page);

  await publicPage.goto(`/de/vorhaben/${slug}`);
  const html = await publicPage.content();
  assert.ok(html.includes(costs), 'the public page shows the new costs');
  assert.ok(html.includes(note), 'the public page shows the change note');
  await checkA11y(publicPage);
  await publicPage.close();
}

for (const javaScriptEnabled of [true, false]) {
  test(
    `an editor edits a published Vorhaben and publishes it with a change note (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`,
    { timeout: TEST_TIMEOUT },
    async () => {
      const context = await app.newContext({ javaScriptEnabled });
      try {
        const page = await context.newPage();
        await signIn(page, 'redaktion@flensburg.example');
        assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Vorhaben bearbeiten');
        await checkA11y(page);
        const slug = slugs[javaScriptEnabled ? 0 : 1]!;
        await editAndPublish(
          page,
          slug,
          `ca. ${javaScriptEnabled ? 410 : 420}.000 € (Mehrkosten Tiefbau)`,
          `Mehrkosten durch Tiefbau (${javaScriptEnabled ? 'A' : 'B'}).`,
        );
        const api = await page.request.get(`/api/v1/projects/${slug}`);
        const body = (await api.json()) as { version: number };
        assert.ok(body.version >= 2);
      } finally {
        await context.close();
      }
    },
  );
}

/** Presses Tab until the focused element's accessible text matches; fails if it never comes. */
async function tabTo(page: Page, matches: (text: string) => boolean, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return (label ?? el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
    });
    if (matches(text)) return;
  }
  assert.fail('the element was not reachable by Tab');
}

test('the whole editing journey works by keyboard alone', { timeout: TEST_TIMEOUT }, async () => {
  const context = await app.newContext();
  try {
    const page = await context.newPage();
    await page.goto('/de/anmelden?weiter=%2Fde%2Fverwaltung');
    await tabTo(page, (x) => x === 'E-Mail-Adresse');
    await page.keyboard.type('redaktion@flensburg.example');
    await tabTo(page, (x) => x === 'Passwort');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/de/verwaltung');
    const slug = slugs[2]!;
    const title = (await page.locator(`a[href="/de/verwaltung/vorhaben/${slug}"]`).first().textContent()) ?? '';
    await tabTo(page, (x) => x === title.trim(), 300);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/vorhaben/${slug}`);
    await tabTo(page, (x) => x === 'Änderungen vorbereiten');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/vorhaben/${slug}/bearbeiten`);
    await tabTo(page, (x) => x.startsWith('Nächste Schritte (Deutsch)'), 200);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Ausschreibung im Januar 2027.');
    await tabTo(page, (x) => x === 'Arbeitskopie speichern', 200);
    await page.keyboard.press('Enter');
    await page.waitForURL('**?hinweis=gespeichert');
    await tabTo(page, (x) => x.startsWith('Änderungsnotiz (Deutsch)'));
    await page.keyboard.type('Nächste Schritte ergänzt.');
    await tabTo(page, (x) => x === 'Jetzt veröffentlichen');
    await page.keyboard.press('Enter');
    await page.waitForURL('**?hinweis=veroeffentlicht');
    await checkA11y(page);
    const html = await (await page.request.get(`/de/vorhaben/${slug}`)).text();
    assert.ok(html.includes('Ausschreibung im Januar 2027.'));
    assert.ok(html.includes('Nächste Schritte ergänzt.'));
  } finally {
    await context.close();
  }
});

test('every back-office page passes axe for an admin (de, en)', { timeout: TEST_TIMEOUT * 2 }, async () => {
  const context = await app.newContext();
  try {
    const page = await context.newPage();
    await signIn(page, 'admin@digitalagentur.example');
    const slug = slugs[0]!;
    for (const lang of ['de', 'en']) {
      for (const path of [
        '/verwaltung',
        '/verwaltung?zustand=published',
        '/verwaltung/vorhaben/neu',
        `/verwaltung/vorhaben/${slug}`,
        `/verwaltung/vorhaben/${slug}/bearbeiten`,
        `/verwaltung/vorhaben/${slug}/vergleich`,
        '/verwaltung/kommunen',
        '/verwaltung/kommunen/flensburg',
        '/verwaltung/import',
        '/verwaltung/protokoll',
        '/verwaltung/konten',
        '/verwaltung/konten/neu',
        '/konto',
      ]) {
        const res = await page.goto(`/${lang}${path}`);
        assert.equal(res?.status(), 200, `${lang}${path}`);
        await checkA11y(page);
      }
    }
    // An account's page, with the form to add a role.
    await page.goto('/de/verwaltung/konten');
    await page.getByRole('link', { name: 'redaktion@flensburg.example' }).click();
    assert.ok(await page.getByText('Redaktion für Stadt Flensburg').isVisible());
    await checkA11y(page);
    // A new Vorhaben with field errors, then the decision suggestions.
    await page.goto('/de/verwaltung/vorhaben/neu');
    await page.getByRole('button', { name: 'Arbeitskopie speichern' }).click();
    assert.ok(await page.getByText('Bitte korrigieren Sie').isVisible());
    await checkA11y(page);
    await page.getByLabel('Titel (Deutsch)').fill('Offenes WLAN am ZOB');
    await page.getByLabel('Stadt Flensburg').check();
    await page.getByLabel('Beschlüsse (Text wie in der Vorhabenliste)').fill('RV-88/2025 vom 12.06.2025');
    await page.getByRole('button', { name: 'Vorschläge erzeugen' }).click();
    assert.equal(await page.getByLabel('Aktenzeichen (Beschluss 1)').inputValue(), 'RV-88/2025');
    await checkA11y(page);
    await page.getByRole('button', { name: 'Arbeitskopie speichern' }).click();
    await page.waitForURL('**hinweis=angelegt');
    await checkA11y(page);
    // The import report for a file with a bad row.
    await page.goto('/de/verwaltung/import');
    await page
      .getByLabel('Datei')
      .setInputFiles({ name: 'liste.csv', mimeType: 'text/csv', buffer: Buffer.from('Titel;Kommune\nNeues Vorhaben;Atlantis\n') });
    await page.getByRole('button', { name: 'Datei prüfen (Probelauf)' }).click();
    assert.ok(await page.getByText('Unbekannte Kommune: „Atlantis“.').isVisible());
    await checkA11y(page);
  } finally {
    await context.close();
  }
});
