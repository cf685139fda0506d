// The language a resident writes in: the notice form offers it (suggested from the text, or chosen),
// staff see it, the response form preselects it, the author's mail on release goes out in it, and the
// public page marks the notice and the response with their `lang`.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { confirm } from '../../src/modules/participation/participation.service.js';
import { startTestApp, TEST_BASE_URL, type TestApp } from '../helpers/app.js';
import { deliverMail, type Mailbox, startMailbox } from '../helpers/mailbox.js';
import { get, postForm, type StaffSession, staffSession } from '../helpers/staff.js';

let t: TestApp;
let mailbox: Mailbox;
let admin: StaffSession;
let slug: string;
before(async () => {
  t = await startTestApp('demo');
  mailbox = await startMailbox();
  admin = await staffSession(t.db, [{ role: 'admin' }]);
  slug = (
    await t.db.selectFrom('projects').select('slug').where('publication_state', '=', 'published').orderBy('id').executeTakeFirstOrThrow()
  ).slug;
});
after(async () => {
  await mailbox.close();
  await t.close();
});

const deliver = () => deliverMail(mailbox, t.database.url);
const tokenIn = (text: string | undefined) => /token=([\w-]+)/.exec(text ?? '')![1]!;
const danish = 'Cykelstien ved skolen er for smal, og det er ikke sikkert for børnene om morgenen.';

async function submit(lang: string, fields: Record<string, string>) {
  const page = await t.app.inject({ url: `/${lang}/vorhaben/${slug}/hinweis` });
  const csrf = page.cookies.find((c) => c.name === 'lotse_csrf')!.value;
  const res = await t.app.inject({
    method: 'POST',
    url: `/${lang}/vorhaben/${slug}/hinweis`,
    payload: new URLSearchParams({ ...fields, consent: 'on', _csrf: csrf }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    cookies: { lotse_csrf: csrf },
  });
  assert.equal(res.statusCode, 200);
  await deliver();
  assert.ok((await confirm(t.db, 'hinweis', tokenIn(mailbox.to(fields.email!).at(-1)!.text), TEST_BASE_URL)).ok);
  return await t.db.selectFrom('notices').select(['id', 'text_language']).where('email', '=', fields.email!).executeTakeFirstOrThrow();
}

test('the form offers the language as a plain select, suggested from the text by default', async () => {
  const form = await get(t.app, `/de/vorhaben/${slug}/hinweis`);
  assert.match(form.body, /<select[^>]*name="sprache"/);
  assert.ok(form.body.includes('<option value="vorschlag" selected'));
  assert.ok(form.body.includes('Sprache Ihres Textes') && form.body.includes('<option value="da">Dänisch</option>'));
  // Chosen explicitly, the choice wins over the text and the page.
  const chosen = await submit('da', { body: danish, email: 'valgt@example.org', sprache: 'en' });
  assert.equal(chosen.text_language, 'en');
});

test('a Danish notice on the German page is recorded as Danish, answered in Danish by mail, and marked lang="da"', async () => {
  const notice = await submit('de', { body: danish, email: 'lise@example.dk', sprache: 'vorschlag' });
  assert.equal(notice.text_language, 'da');

  const list = await get(t.app, '/de/verwaltung/beteiligung', admin);
  assert.ok(list.body.includes('Sprache des Textes: Dänisch'));
  const detail = await get(t.app, `/de/verwaltung/beteiligung/hinweise/${notice.id}`, admin);
  assert.ok(detail.body.includes('<strong>Dänisch</strong>'));
  assert.match(detail.body, /<select[^>]*name="weighing_language"[\s\S]*?<option value="da" selected/);
  assert.match(detail.body, /lang="da"[^>]*>Cykelstien ved skolen/);

  const weighing = 'Vi udvider cykelstien til 2,5 meter i sommerferien.';
  const saved = await postForm(
    t.app,
    `/de/verwaltung/beteiligung/hinweise/${notice.id}`,
    { action: 'release', weighing, weighing_language: 'da' },
    admin,
  );
  assert.equal(saved.statusCode, 303);
  await deliver();
  const mail = mailbox.to('lise@example.dk').at(-1)!;
  assert.equal(mail.subject, 'Din bemærkning er offentliggjort');
  assert.ok(mail.text!.includes('Forvaltningens vurdering:') && mail.text!.includes(weighing));
  assert.ok(mail.text!.includes(`${TEST_BASE_URL}/da/vorhaben/${slug}`));

  const page = await get(t.app, `/de/vorhaben/${slug}`);
  assert.match(page.body, /lang="da">Cykelstien ved skolen/);
  assert.match(page.body, new RegExp(`lang="da">${weighing}`));
});
