// North Frisian and Low German texts in Chromium, at phone and desktop width: a Vorhaben with a Frisian
// text offers it through a switch (followed by keyboard), shows it in an element with `lang="frr"` while
// the page stays German, and hides it again; an editor finds the fields in the edit form. axe-core checks
// every page visited.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { checkNewUser } from '../../src/modules/accounts/accounts.schemas.js';
import { addUser } from '../../src/modules/accounts/accounts.service.js';
import { checkA11y, openAsStaff, TEST_TIMEOUT, useBrowserApp } from './helpers.js';

const PASSWORD = 'Friesisch-Platt-2026!';
const frrTitle = 'Digitåål tiinste önj e rädhüs';
const frrDescription = 'Önj e rädhüs wårde aanträäge online stald.';
let slug = '';

const app = useBrowserApp(async ({ db }) => {
  const user = checkNewUser({ email: 'platt@flensburg.example', role: 'editor', municipality: 'flensburg', password: PASSWORD });
  assert.ok(!Array.isArray(user));
  await addUser(db, user);
  const project = await db
    .selectFrom('projects as p')
    .innerJoin('project_municipalities as pm', 'pm.project_id', 'p.id')
    .innerJoin('municipalities as m', 'm.id', 'pm.municipality_id')
    .where('p.publication_state', '=', 'published')
    .where('m.slug', '=', 'flensburg')
    .select(['p.id', 'p.slug'])
    .orderBy('p.id')
    .executeTakeFirstOrThrow();
  slug = project.slug;
  await db
    .updateTable('projects')
    .set({
      title: sql`title || ${JSON.stringify({ frr: frrTitle })}::jsonb`,
      description: sql`coalesce(description, '{"de": "Beschreibung"}'::jsonb) || ${JSON.stringify({ frr: frrDescription })}::jsonb`,
    })
    .where('id', '=', project.id)
    .execute();
});

for (const viewport of [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
]) {
  test(`a Frisian text with lang="frr" behind its switch (${viewport.name})`, { timeout: TEST_TIMEOUT }, async () => {
    const context = await app.newContext({ viewport });
    try {
      const tab = await context.newPage();
      await tab.goto(`/de/vorhaben/${slug}`);
      assert.equal(await tab.locator('[lang="frr"] h3').count(), 0, 'the text only after the switch');
      await checkA11y(tab);
      const toggle = tab.getByRole('link', { name: 'Nordfriisk (Nordfriesisch)' });
      await toggle.focus();
      await tab.keyboard.press('Enter');
      await tab.waitForURL(`**/de/vorhaben/${slug}?text=frr#regionaler-text`);
      const section = tab.locator('#regionaler-text');
      assert.ok(await section.isVisible());
      assert.equal(await section.getByRole('heading', { level: 2 }).textContent(), 'Text auf Nordfriesisch');
      const frisian = section.locator('[lang="frr"]');
      assert.equal(await frisian.getByRole('heading', { level: 3 }).textContent(), frrTitle);
      assert.ok((await frisian.textContent())!.includes(frrDescription));
      assert.equal(await tab.locator('html').getAttribute('lang'), 'de', 'the interface stays German');
      await checkA11y(tab);
      await tab.getByRole('link', { name: 'Text auf Nordfriesisch ausblenden' }).click();
      await tab.waitForURL(`**/de/vorhaben/${slug}`);
      assert.equal(await tab.locator('#regionaler-text').count(), 0);
    } finally {
      await context.close();
    }
  });
}

test('an editor finds the North Frisian and Low German fields in the edit form', { timeout: TEST_TIMEOUT }, async () => {
  const context = await app.newContext();
  try {
    const page = await context.newPage();
    await openAsStaff(page, `/de/verwaltung/vorhaben/${slug}/bearbeiten`, 'platt@flensburg.example', PASSWORD);
    const group = page.getByRole('group', { name: 'Texte auf Nordfriesisch und Niederdeutsch (optional)' });
    assert.ok(await group.isVisible());
    const title = page.getByLabel('Titel (Nordfriesisch)');
    assert.equal(await title.inputValue(), frrTitle, 'open, as it holds a text');
    assert.equal(await title.getAttribute('lang'), 'frr');
    await group.getByText('Niederdeutsch', { exact: true }).click();
    assert.equal(await page.getByLabel('Beschreibung (Niederdeutsch)').getAttribute('lang'), 'nds');
    await checkA11y(page);
  } finally {
    await context.close();
  }
});
