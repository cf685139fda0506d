// Participation in Chromium: a resident gives a notice and signs a participation request, each confirmed
// through the link in the e-mail (read from a real SMTP server), with and without JavaScript; a moderator
// releases the notice with its weighing. axe-core checks every page visited.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { checkNewUser } from '../../src/modules/accounts/accounts.schemas.js';
import { addUser } from '../../src/modules/accounts/accounts.service.js';
import type { TestApp } from '../helpers/app.js';
import { deliverMail, type Mailbox, startMailbox } from '../helpers/mailbox.js';
import { checkA11y, openAsStaff, TEST_TIMEOUT, useBrowserApp } from './helpers.js';

const PASSWORD = 'Moderation-2026!';
let mailbox: Mailbox;
let testApp: TestApp;
let projectSlug = '';
let requestId = 0;
const app = useBrowserApp(async (t) => {
  testApp = t;
  mailbox = await startMailbox();
  const user = checkNewUser({ email: 'moderation@example.org', role: 'moderator', password: PASSWORD });
  assert.ok(!Array.isArray(user));
  await addUser(t.db, user);
  const request = await t.db
    .selectFrom('participation_requests')
    .select(['id', 'project_id'])
    .where('kind', '=', 'signatures')
    .executeTakeFirstOrThrow();
  requestId = request.id;
  projectSlug = (await t.db.selectFrom('projects').select('slug').where('id', '=', request.project_id).executeTakeFirstOrThrow()).slug;
});
after(() => mailbox?.close());

async function linkFor(address: string): Promise<string> {
  await deliverMail(mailbox, testApp.database.url);
  const text = mailbox.to(address).at(-1)?.text ?? '';
  return /http:\/\/lotse\.test(\/de\/beteiligung\/bestaetigen\?art=\w+&token=[\w-]+)/.exec(text)![1]!;
}

for (const javaScriptEnabled of [true, false]) {
  const tag = javaScriptEnabled ? 'js' : 'nojs';
  test(
    `a notice and a signature, each confirmed by e-mail (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`,
    { timeout: TEST_TIMEOUT },
    async () => {
      const context = await app.newContext({ javaScriptEnabled });
      try {
        const page = await context.newPage();
        await page.goto(`/de/vorhaben/${projectSlug}`);
        await page.getByRole('link', { name: 'Hinweis geben' }).click();
        await checkA11y(page);
        await page.getByRole('button', { name: 'Hinweis senden' }).click();
        assert.ok(await page.getByText('Bitte korrigieren Sie').isVisible());
        await checkA11y(page);
        await page.getByLabel('Ihr Hinweis').fill(`Der Gehweg ist zu schmal für Rollstühle (${tag}).`);
        await page.getByLabel('E-Mail-Adresse', { exact: true }).fill(`hinweis-${tag}@example.org`);
        await page.getByLabel(/Text meines Hinweises veröffentlicht/).check();
        await page.getByRole('button', { name: 'Hinweis senden' }).click();
        assert.ok(await page.getByRole('heading', { name: 'Bitte bestätigen Sie Ihre E-Mail-Adresse' }).isVisible());
        await checkA11y(page);
        await page.goto(await linkFor(`hinweis-${tag}@example.org`));
        await checkA11y(page);
        await page.getByRole('button', { name: 'Hinweis bestätigen' }).click();
        assert.ok(await page.getByText('Danke! Ihr Hinweis ist eingegangen.').isVisible());
        await checkA11y(page);

        await page.goto(`/de/beteiligung/anregungen/${requestId}`);
        await checkA11y(page);
        const before = await page.locator('progress').getAttribute('value');
        await page.getByLabel('Vor- und Nachname').fill('Sam Beispiel');
        await page.getByLabel('Wohnort').fill('Flensburg');
        await page.getByLabel('E-Mail-Adresse', { exact: true }).fill(`unterschrift-${tag}@example.org`);
        await page.getByLabel('Ich bin mindestens 16 Jahre alt.').check();
        await page.getByLabel(/für diese Unterschriftensammlung gespeichert/).check();
        await page.getByRole('button', { name: 'Unterschreiben' }).click();
        await page.goto(await linkFor(`unterschrift-${tag}@example.org`));
        await page.getByRole('button', { name: 'Unterschrift bestätigen' }).click();
        await page.waitForURL(`**/de/beteiligung/anregungen/${requestId}?hinweis=unterschrieben`);
        assert.ok(await page.getByText('Danke! Ihre Unterschrift ist gezählt.').isVisible());
        assert.equal(Number(await page.locator('progress').getAttribute('value')), Number(before) + 1);
        await checkA11y(page);
      } finally {
        await context.close();
      }
    },
  );
}

test('a moderator releases a notice with its weighing; it appears on the Vorhaben without a name', { timeout: TEST_TIMEOUT }, async () => {
  const context = await app.newContext();
  try {
    const page = await context.newPage();
    await openAsStaff(page, '/de/verwaltung/beteiligung', 'moderation@example.org', PASSWORD);
    await checkA11y(page);
    await page.getByRole('link', { name: 'Bearbeiten' }).first().click();
    await checkA11y(page);
    await page.getByLabel('Abwägung').fill('Der Gehweg wird auf 2,50 m verbreitert.');
    await page.getByRole('button', { name: 'Mit Abwägung veröffentlichen' }).click();
    await checkA11y(page);
    await page.goto(`/de/beteiligung/anregungen/${requestId}`);
    await page.goto(`/de/verwaltung/beteiligung/anregungen/${requestId}`);
    await checkA11y(page);
    const publicPage = await (await page.request.get(`/de/vorhaben/${projectSlug}`)).text();
    assert.ok(publicPage.includes('Der Gehweg wird auf 2,50 m verbreitert.'));
  } finally {
    await context.close();
  }
});
