// The language a resident writes in, for notices, participation requests, ideas and comments: the form
// offers it (suggested from the text, or chosen), staff see it, the response form preselects it, the
// author's mail goes out in it, and the public page marks the text and the response with their `lang`.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { confirm } from '../../src/modules/participation/participation.service.js';
import { startTestApp, TEST_BASE_URL, type TestApp } from '../helpers/app.js';
import { deliverMail, type Mailbox, startMailbox } from '../helpers/mailbox.js';
import { type ResidentSession, residentSession } from '../helpers/residents.js';
import { get, postForm, type StaffSession, staffSession } from '../helpers/staff.js';

let t: TestApp;
let mailbox: Mailbox;
let admin: StaffSession;
let slug: string;
let lise: ResidentSession;
before(async () => {
  t = await startTestApp('demo');
  mailbox = await startMailbox();
  admin = await staffSession(t.db, [{ role: 'admin' }]);
  // Her account is German: the mails about what she wrote in Danish still come in Danish.
  lise = await residentSession(t.db, { email: 'lise.beboer@example.dk', displayName: 'Lise', locale: 'de' });
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

/** Sends the public form of a notice or a request and confirms it with the token from the mail. */
async function send(lang: string, fields: Record<string, string>, kind: 'hinweis' | 'anregung') {
  const page = await t.app.inject({ url: `/${lang}/vorhaben/${slug}/${kind}` });
  const csrf = page.cookies.find((c) => c.name === 'lotse_csrf')!.value;
  const res = await t.app.inject({
    method: 'POST',
    url: `/${lang}/vorhaben/${slug}/${kind}`,
    payload: new URLSearchParams({ ...fields, consent: 'on', _csrf: csrf }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    cookies: { lotse_csrf: csrf },
  });
  assert.equal(res.statusCode, 200);
  await deliver();
  assert.ok((await confirm(t.db, kind, tokenIn(mailbox.to(fields.email!).at(-1)!.text), TEST_BASE_URL)).ok);
}

const requestBy = (email: string) =>
  t.db.selectFrom('participation_requests').select(['id', 'text_language']).where('initiator_email', '=', email).executeTakeFirstOrThrow();

async function submit(lang: string, fields: Record<string, string>) {
  await send(lang, fields, 'hinweis');
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
  assert.ok(list.body.includes('Sprache des Textes: <strong>Dänisch</strong>'));
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

test('a Danish participation request: recorded as Danish, shown to staff, its status mail and public page in Danish', async () => {
  const form = await get(t.app, `/de/vorhaben/${slug}/anregung`);
  assert.match(form.body, /<select[^>]*name="sprache"/);
  const title = 'Et borgermøde om havnen';
  const reasoning = 'Vi vil gerne tale med byrådet, og det er vigtigt for alle her ved havnen.';
  await send('de', { kind: 'informal', title, reasoning, email: 'anders@example.dk', sprache: 'vorschlag' }, 'anregung');
  const request = await requestBy('anders@example.dk');
  assert.equal(request.text_language, 'da');

  const list = await get(t.app, '/de/verwaltung/beteiligung', admin);
  assert.match(list.body, new RegExp(`lang="da">${title}</a>`));
  const detail = await get(t.app, `/de/verwaltung/beteiligung/anregungen/${request.id}`, admin);
  assert.ok(detail.body.includes('Sprache des Textes: <strong>Dänisch</strong>'));
  assert.match(detail.body, /<select[^>]*name="decisionLanguage"[\s\S]*?<option value="da" selected/);
  assert.match(detail.body, /lang="da">Vi vil gerne tale/);

  const reasons = 'Byrådet har allerede besluttet sagen i marts.';
  const moved = await postForm(
    t.app,
    `/de/verwaltung/beteiligung/anregungen/${request.id}`,
    { status: 'rejected', decisionText: reasons, decisionLanguage: 'da' },
    admin,
  );
  assert.equal(moved.statusCode, 303);
  await deliver();
  const mail = mailbox.to('anders@example.dk').at(-1)!;
  assert.equal(mail.subject, `Nyt om dit forslag »${title}«`);
  assert.ok(mail.text!.includes('Afvist') && mail.text!.includes(reasons));
  assert.ok(mail.text!.includes(`${TEST_BASE_URL}/da/beteiligung/anregungen/${request.id}`));

  const page = await get(t.app, `/de/beteiligung/anregungen/${request.id}`);
  assert.match(page.body, new RegExp(`<h1[^>]*lang="da">${title}</h1>`));
  assert.match(page.body, /lang="da">Vi vil gerne tale/);
  assert.match(page.body, new RegExp(`lang="da">${reasons}`));
  assert.match((await get(t.app, `/de/vorhaben/${slug}`)).body, new RegExp(`lang="da">${title}</a>`));
});

test('staff may answer in another language than the text; the mail and the page follow their choice', async () => {
  await send('da', { kind: 'informal', title: 'Mehr Bänke', reasoning: danish, email: 'valg@example.dk', sprache: 'de' }, 'anregung');
  const request = await requestBy('valg@example.dk');
  assert.equal(request.text_language, 'de', 'the writer’s choice wins over the text');
  const reasons = 'The council has decided this already.';
  await postForm(
    t.app,
    `/de/verwaltung/beteiligung/anregungen/${request.id}`,
    { status: 'rejected', decisionText: reasons, decisionLanguage: 'en' },
    admin,
  );
  await deliver();
  assert.equal(mailbox.to('valg@example.dk').at(-1)!.subject, 'News on your request “Mehr Bänke”');
  assert.match((await get(t.app, `/da/beteiligung/anregungen/${request.id}`)).body, new RegExp(`lang="en">${reasons}`));
});

const PROCESS = 'parken-im-quartier-beispiel';

test('a Danish idea: recorded as Danish, shown to staff, answered in Danish by mail, marked lang="da"', async () => {
  const form = await get(t.app, `/de/beteiligung/${PROCESS}/ideen/neu`, lise);
  assert.match(form.body, /<select[^>]*name="sprache"/);
  const made = await postForm(
    t.app,
    `/de/beteiligung/${PROCESS}/ideen`,
    { title: 'Cykelparkering ved torvet', body: danish, sprache: 'vorschlag' },
    lise,
  );
  assert.equal(made.statusCode, 303);
  const id = Number(/ideen\/(\d+)/.exec(String(made.headers.location))![1]);
  const idea = await t.db.selectFrom('ideas').select('text_language').where('id', '=', id).executeTakeFirstOrThrow();
  assert.equal(idea.text_language, 'da');

  const list = await get(t.app, '/de/verwaltung/beteiligung/ideen', admin);
  assert.match(list.body, /lang="da">Cykelparkering ved torvet<\/a>[\s\S]*?<td[^>]*>Dänisch<\/td>/);
  const detail = await get(t.app, `/de/verwaltung/beteiligung/ideen/${id}`, admin);
  assert.ok(detail.body.includes('Sprache des Textes: <strong>Dänisch</strong>'));
  assert.match(detail.body, /<select[^>]*name="answerLanguage"[\s\S]*?<option value="da" selected/);

  const answer = 'Tak for idéen. Der er ikke plads på torvet.';
  const saved = await postForm(
    t.app,
    `/de/verwaltung/beteiligung/ideen/${id}`,
    { status: 'rejected', reason: 'Der er ikke plads.', answer, answerLanguage: 'da' },
    admin,
  );
  assert.equal(saved.statusCode, 303);
  await deliver();
  const mail = mailbox.to('lise.beboer@example.dk').at(-1)!;
  assert.equal(mail.subject, 'Ny status for din idé »Cykelparkering ved torvet«');
  assert.ok(mail.text!.includes('Afvist') && mail.text!.includes(`${TEST_BASE_URL}/da/beteiligung/${PROCESS}/ideen/${id}`));

  const page = await get(t.app, `/de/beteiligung/${PROCESS}/ideen/${id}`);
  assert.match(page.body, /<h1[^>]*lang="da">Cykelparkering ved torvet<\/h1>/);
  assert.match(page.body, /lang="da">Cykelstien ved skolen/);
  assert.match(page.body, /Abgelehnt, weil: <span lang="da">Der er ikke plads\.<\/span>/);
  assert.match(page.body, new RegExp(`lang="da">${answer}`));
  assert.match((await get(t.app, `/de/beteiligung/${PROCESS}`)).body, /lang="da">Cykelparkering ved torvet<\/a>/);
});

test('a Danish comment: recorded as Danish, marked lang="da" in the thread, shown as Danish in the moderation', async () => {
  const thread = await get(t.app, `/de/vorhaben/${slug}/diskussion`, lise);
  assert.match(
    thread.body,
    /<select[^>]*id="sprache-kommentar-neu"[^>]*name="sprache"|<select[^>]*name="sprache"[^>]*id="sprache-kommentar-neu"/,
  );
  const posted = await postForm(t.app, '/de/kommentare', { target: `project:${slug}`, body: danish, sprache: 'vorschlag' }, lise);
  assert.equal(posted.statusCode, 303);
  const id = Number(/kommentar-(\d+)/.exec(String(posted.headers.location))![1]);
  assert.equal(
    (await t.db.selectFrom('comments').select('text_language').where('id', '=', id).executeTakeFirstOrThrow()).text_language,
    'da',
  );

  const page = await get(t.app, `/de/vorhaben/${slug}/diskussion`, lise);
  assert.match(page.body, new RegExp(`id="kommentar-${id}"[\\s\\S]*?class="lotse-comment__body" lang="da">Cykelstien ved skolen`));
  // Her own comment's edit form keeps the recorded language; a reply is suggested from its own text.
  assert.match(page.body, new RegExp(`id="sprache-bearbeiten-${id}"[\\s\\S]*?<option value="da" selected`));
  assert.match(page.body, new RegExp(`id="sprache-antwort-${id}"[\\s\\S]*?<option value="vorschlag" selected`));

  const edited = await postForm(
    t.app,
    `/de/kommentare/${id}/bearbeiten`,
    { body: 'The cycle path is too narrow for the children.', sprache: 'vorschlag' },
    lise,
  );
  assert.equal(edited.statusCode, 303);
  assert.equal(
    (await t.db.selectFrom('comments').select('text_language').where('id', '=', id).executeTakeFirstOrThrow()).text_language,
    'en',
  );
  await postForm(t.app, `/de/kommentare/${id}/bearbeiten`, { body: danish, sprache: 'da' }, lise);

  const reporter = await residentSession(t.db, { email: 'melder@example.org' });
  assert.equal((await postForm(t.app, `/de/kommentare/${id}/melden`, { reason: 'Bitte prüfen.' }, reporter)).statusCode, 303);
  const moderation = await get(t.app, '/de/verwaltung/moderation', admin);
  assert.match(
    moderation.body,
    /Sprache des Textes: <strong>Dänisch<\/strong><\/p><blockquote class="lotse-comment__body" lang="da">Cykelstien ved skolen/,
  );
});
