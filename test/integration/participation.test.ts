// Participation on a Vorhaben over HTTP with e-mails from a real SMTP server: a notice is confirmed,
// weighed and released without personal data; a participation request collects signatures (one per
// confirmed address) against the quorum, reached exactly once under concurrent confirmations.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { handleNotice, moveRequest } from '../../src/modules/participation/participation.backoffice.service.js';
import { confirm, sign, startRequest } from '../../src/modules/participation/participation.service.js';
import { cliActor } from '../../src/platform/actor.js';
import { startTestApp, TEST_BASE_URL, type TestApp } from '../helpers/app.js';
import { deliverMail, type Mailbox, startMailbox } from '../helpers/mailbox.js';
import { postForm, staffSession } from '../helpers/staff.js';

let t: TestApp;
let mailbox: Mailbox;
let slug: string;
before(async () => {
  t = await startTestApp('demo');
  mailbox = await startMailbox();
  slug = (
    await t.db.selectFrom('projects').select('slug').where('publication_state', '=', 'published').orderBy('id').executeTakeFirstOrThrow()
  ).slug;
  await t.db.updateTable('municipalities').set({ participation_quorum: 10 }).execute();
  await staffSession(t.db, [{ role: 'coordinator', municipality: 'flensburg' }], 'koordination@flensburg.test');
});
after(async () => {
  await mailbox.close();
  await t.close();
});

const deliver = () => deliverMail(mailbox, t.database.url);
const tokenIn = (text: string | undefined) => /token=([\w-]+)/.exec(text ?? '')![1]!;

async function post(url: string, fields: Record<string, string>, ip = '10.60.0.1') {
  const page = await t.app.inject({ url: url.replace(/\/(hinweis|anregung|unterschreiben)$/, (m) => (m === '/unterschreiben' ? '' : m)) });
  const csrf = page.cookies.find((c) => c.name === 'lotse_csrf')?.value ?? 'x';
  return t.app.inject({
    method: 'POST',
    url,
    payload: new URLSearchParams({ ...fields, _csrf: csrf }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    cookies: { lotse_csrf: csrf },
    remoteAddress: ip,
  });
}

test('a notice is confirmed by e-mail, weighed and released; the public never sees who wrote it', async () => {
  const bad = await post(`/de/vorhaben/${slug}/hinweis`, { body: '', email: 'x' });
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.body.includes('Bitte ausfüllen.') && bad.body.includes('Bitte eine gültige E-Mail-Adresse angeben.'));
  const res = await post(`/de/vorhaben/${slug}/hinweis`, {
    body: 'Die Bushaltestelle liegt im Überschwemmungsgebiet. <script>alert(1)</script>',
    name: 'Jo Anwohner',
    email: 'jo@example.org',
    consent: 'on',
  });
  assert.equal(res.statusCode, 200);
  assert.ok(res.body.includes('Bitte bestätigen Sie Ihre E-Mail-Adresse'));
  await deliver();
  const result = await confirm(t.db, 'hinweis', tokenIn(mailbox.to('jo@example.org').at(-1)!.text), TEST_BASE_URL);
  assert.deepEqual(result, { ok: true, projectSlug: slug });
  assert.equal(
    (await confirm(t.db, 'hinweis', tokenIn(mailbox.to('jo@example.org').at(-1)!.text), TEST_BASE_URL)).ok,
    false,
    'a link works once',
  );
  assert.ok(!(await t.app.inject({ url: `/de/vorhaben/${slug}` })).body.includes('Überschwemmungsgebiet'), 'not public before release');

  const notice = await t.db.selectFrom('notices').select('id').where('email', '=', 'jo@example.org').executeTakeFirstOrThrow();
  await handleNotice(
    t.db,
    cliActor,
    notice.id,
    'release',
    { text: 'Die Haltestelle wird 50 m nach Norden verlegt.', language: 'de' },
    'http://lotse.test',
  );
  const page = await t.app.inject({ url: `/de/vorhaben/${slug}` });
  assert.ok(page.body.includes('Die Bushaltestelle liegt im Überschwemmungsgebiet. &lt;script>'));
  assert.ok(page.body.includes('Die Haltestelle wird 50 m nach Norden verlegt.'));
  assert.ok(!page.body.includes('Jo Anwohner') && !page.body.includes('jo@example.org'));
});

test('signatures count once per confirmed address; the quorum is reached exactly once under concurrency', async () => {
  assert.equal(
    await startRequest(
      t.db,
      slug,
      {
        kind: 'signatures',
        title: 'Bürgerwerkstatt zum Hafen',
        reasoning: 'Viele Betroffene.',
        name: null,
        email: 'start@example.org',
        consent: 'on',
        sprache: 'vorschlag',
      },
      '10.70.0.1',
      'de',
      TEST_BASE_URL,
    ),
    'sent',
  );
  await deliver();
  const started = await confirm(t.db, 'anregung', tokenIn(mailbox.to('start@example.org').at(-1)!.text), TEST_BASE_URL);
  assert.ok(started.ok && started.requestId);
  const id = started.requestId;
  const page = await t.app.inject({ url: `/de/beteiligung/anregungen/${id}` });
  assert.ok(page.body.includes('0 von 10 Unterschriften'));
  assert.ok(page.body.includes('<progress'));

  // One address signing twice counts once.
  for (let i = 0; i < 2; i++)
    await sign(
      t.db,
      id,
      { name: 'Doppelt', residence: 'Flensburg', age: 'on', email: 'doppelt@example.org', consent: 'on' },
      `10.71.0.${i}`,
      'de',
      TEST_BASE_URL,
    );
  await deliver();
  for (const m of mailbox.to('doppelt@example.org')) await confirm(t.db, 'unterschrift', tokenIn(m.text), TEST_BASE_URL);
  assert.equal(
    (await t.db.selectFrom('participation_requests').select('signature_count').where('id', '=', id).executeTakeFirstOrThrow())
      .signature_count,
    1,
  );
  // Nor do sub-addresses and other spellings of the same mailbox, signed before or after the first was confirmed.
  await sign(
    t.db,
    id,
    { name: 'Doppelt', residence: 'Flensburg', age: 'on', email: 'Doppelt+werkstatt@example.org', consent: 'on' },
    '10.71.1.1',
    'de',
    TEST_BASE_URL,
  );
  await deliver();
  for (const m of mailbox.to('Doppelt+werkstatt@example.org'))
    if (/token=/.test(m.text ?? '')) await confirm(t.db, 'unterschrift', tokenIn(m.text), TEST_BASE_URL);
  assert.equal(
    (await t.db.selectFrom('participation_requests').select('signature_count').where('id', '=', id).executeTakeFirstOrThrow())
      .signature_count,
    1,
  );
  // The mail goes to the address as given and says it counted already; the page answered as for anyone.
  assert.ok(mailbox.to('Doppelt+werkstatt@example.org').some((m) => (m.text ?? '').includes('schon eine bestätigte Unterschrift gezählt')));

  // Fifteen more confirm at the same moment: the count is exact and the quorum is reached once.
  for (let i = 0; i < 15; i++)
    await sign(
      t.db,
      id,
      { name: `P${i}`, residence: 'Husum', age: 'on', email: `s${i}@example.org`, consent: 'on' },
      `10.72.0.${i}`,
      'de',
      TEST_BASE_URL,
    );
  await deliver();
  const tokens = Array.from({ length: 15 }, (_, i) => tokenIn(mailbox.to(`s${i}@example.org`).at(-1)!.text));
  await Promise.all(tokens.map((tk) => confirm(t.db, 'unterschrift', tk, TEST_BASE_URL)));
  const row = await t.db.selectFrom('participation_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  assert.equal(row.signature_count, 16);
  assert.equal(row.status, 'quorum_reached');
  const audits = await t.db
    .selectFrom('audit_log')
    .where('action', '=', 'request.quorum')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  assert.equal(audits.n, 1);
  await deliver();
  assert.equal(mailbox.to('koordination@flensburg.test').filter((m) => m.subject!.startsWith('Quorum erreicht')).length, 1);
  const publicPage = await t.app.inject({ url: `/de/beteiligung/anregungen/${id}` });
  assert.ok(publicPage.body.includes('16 von 10 Unterschriften') || publicPage.body.includes('16 von 10'));
  assert.ok(!publicPage.body.includes('Husum') && !publicPage.body.includes('s1@example.org'), 'signatures are never public');

  // On to the agenda, then rejected with published reasons; the initiator hears of each step.
  await moveRequest(
    t.db,
    cliActor,
    id,
    'on_agenda',
    { agendaReference: 'Ausschuss für Umwelt, 12.01.2027, Vorlage RV-3/2027' },
    TEST_BASE_URL,
  );
  await moveRequest(t.db, cliActor, id, 'rejected', { decisionText: 'Eine Werkstatt fand bereits im Herbst statt.' }, TEST_BASE_URL);
  const closed = await t.app.inject({ url: `/de/beteiligung/anregungen/${id}` });
  assert.ok(
    closed.body.includes('Abgelehnt') &&
      closed.body.includes('Eine Werkstatt fand bereits im Herbst statt.') &&
      closed.body.includes('Vorlage RV-3/2027'),
  );
  await deliver();
  assert.ok(mailbox.to('start@example.org').some((m) => m.subject!.startsWith('Neuer Stand')));
  await assert.rejects(moveRequest(t.db, cliActor, id, 'accepted', {}, TEST_BASE_URL), /invalid_transition/);
});

test('the forms on the page: honeypot, consent, age declaration; an informal request is public after confirmation', async () => {
  const bot = await post(`/de/vorhaben/${slug}/anregung`, {
    kind: 'informal',
    title: 'Spam',
    reasoning: 'Spam',
    email: 'bot@example.org',
    consent: 'on',
    website: 'x',
  });
  assert.equal(bot.statusCode, 200);
  assert.equal((await t.db.selectFrom('participation_requests').where('title', '=', 'Spam').select('id').execute()).length, 0);
  const res = await post(`/de/vorhaben/${slug}/anregung`, {
    kind: 'informal',
    title: 'Online-Umfrage zur Radroute',
    reasoning: 'Damit auch Pendler mitreden können.',
    email: 'rad@example.org',
    consent: 'on',
  });
  assert.equal(res.statusCode, 200);
  await deliver();
  const confirmPage = await t.app.inject({
    url: `/de/beteiligung/bestaetigen?art=anregung&token=${tokenIn(mailbox.to('rad@example.org').at(-1)!.text)}`,
  });
  const csrf = confirmPage.cookies.find((c) => c.name === 'lotse_csrf')!.value;
  const done = await t.app.inject({
    method: 'POST',
    url: '/de/beteiligung/bestaetigen',
    payload: new URLSearchParams({ art: 'anregung', token: tokenIn(mailbox.to('rad@example.org').at(-1)!.text), _csrf: csrf }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    cookies: { lotse_csrf: csrf },
  });
  assert.equal(done.statusCode, 303);
  const requestPage = await t.app.inject({ url: String(done.headers.location) });
  assert.ok(requestPage.body.includes('Ihre Beteiligungsanregung ist bestätigt und jetzt öffentlich.'));
  assert.ok(!requestPage.body.includes('Unterschreiben'), 'an informal request collects no signatures');
  assert.ok((await t.app.inject({ url: `/de/vorhaben/${slug}` })).body.includes('Online-Umfrage zur Radroute'));

  const id = Number(/anregungen\/(\d+)/.exec(String(done.headers.location))![1]);
  await t.db.updateTable('participation_requests').set({ kind: 'signatures', quorum: 100 }).where('id', '=', id).execute();
  const noAge = await post(`/de/beteiligung/anregungen/${id}/unterschreiben`, {
    name: 'Kim',
    residence: 'Schleswig',
    email: 'kim@example.org',
    consent: 'on',
  });
  assert.equal(noAge.statusCode, 400);
  assert.ok(noAge.body.includes('Bitte bestätigen Sie, dass Sie mindestens 16 Jahre alt sind.'));
});

test('the demo shows a released notice with its weighing and a signature collection part-way to its quorum', async () => {
  const request = await t.db
    .selectFrom('participation_requests')
    .select(['id', 'project_id'])
    .where('title', 'like', 'Werkstatt mit Anwohnerinnen%')
    .executeTakeFirstOrThrow();
  const page = await t.app.inject({ url: `/de/beteiligung/anregungen/${request.id}` });
  assert.ok(page.body.includes('347 von 1.000 Unterschriften'));
  const projectSlug = (await t.db.selectFrom('projects').select('slug').where('id', '=', request.project_id).executeTakeFirstOrThrow())
    .slug;
  const projectPage = await t.app.inject({ url: `/de/vorhaben/${projectSlug}` });
  assert.ok(projectPage.body.includes('Kurzparkzone') && projectPage.body.includes('Elterntaxis'));
  assert.ok(!projectPage.body.includes('Beispielperson'));
});

test('staff weigh and release notices and move requests in the back office', async () => {
  const { postForm, get, staffSession: session } = await import('../helpers/staff.js');
  const moderator = await session(t.db, [{ role: 'moderator' }]);
  const projectId = (await t.db.selectFrom('projects').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
  const notice = await t.db
    .insertInto('notices')
    .values({ project_id: projectId, body: 'Bitte Radbügel einplanen.', name: 'Privat', email: 'p@example.org', status: 'received' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const inbox = await get(t.app, '/de/verwaltung/beteiligung', moderator);
  assert.ok(inbox.body.includes('Bitte Radbügel einplanen.'));
  const noWeighing = await postForm(
    t.app,
    `/de/verwaltung/beteiligung/hinweise/${notice.id}`,
    { action: 'release', weighing: '' },
    moderator,
  );
  assert.equal(noWeighing.statusCode, 400);
  assert.ok(noWeighing.body.includes('Bitte schreiben Sie die Abwägung'));
  assert.equal(
    (
      await postForm(
        t.app,
        `/de/verwaltung/beteiligung/hinweise/${notice.id}`,
        { action: 'release', weighing: 'Zwölf Radbügel sind vorgesehen.' },
        moderator,
      )
    ).statusCode,
    303,
  );
  assert.ok((await t.app.inject({ url: `/de/vorhaben/${slug}` })).body.includes('Zwölf Radbügel sind vorgesehen.'));

  const request = await t.db
    .insertInto('participation_requests')
    .values({
      project_id: projectId,
      kind: 'informal',
      title: 'Infoabend',
      reasoning: 'Weil',
      initiator_email: 'i@example.org',
      status: 'received',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const noReason = await postForm(
    t.app,
    `/de/verwaltung/beteiligung/anregungen/${request.id}`,
    { status: 'rejected', decisionText: '' },
    moderator,
  );
  assert.equal(noReason.statusCode, 400);
  assert.ok(noReason.body.includes('Bitte begründen Sie die Ablehnung'));
  assert.equal(
    (
      await postForm(
        t.app,
        `/de/verwaltung/beteiligung/anregungen/${request.id}`,
        { status: 'accepted', decisionText: 'Ein Infoabend findet im März statt.' },
        moderator,
      )
    ).statusCode,
    303,
  );
  assert.ok((await t.app.inject({ url: `/de/beteiligung/anregungen/${request.id}` })).body.includes('Angenommen – Beteiligung startet'));
  const finance = await session(t.db, [{ role: 'finance' }]);
  assert.equal((await get(t.app, '/de/verwaltung/beteiligung', finance)).statusCode, 403);
});

test("on the agenda, a request is linked to one of its Vorhaben's decisions, kept as a copy", async () => {
  const moderator = await staffSession(t.db, [{ role: 'moderator' }]);
  const decision = await t.db
    .selectFrom('decisions')
    .select(['project_id', 'position', 'reference', 'raw'])
    .where('reference', 'is not', null)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const request = await t.db
    .insertInto('participation_requests')
    .values({
      project_id: decision.project_id,
      kind: 'informal',
      title: 'Anregung mit Beschluss',
      reasoning: 'Weil',
      status: 'received',
      confirmed_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const url = `/de/verwaltung/beteiligung/anregungen/${request.id}`;
  const form = await t.app.inject({ url, cookies: moderator.cookies });
  assert.ok(form.body.includes(decision.reference!), "the form offers the Vorhaben's decisions");
  const unknown = await postForm(t.app, url, { status: 'on_agenda', agendaReference: 'Hauptausschuss, TOP 4', decision: '999' }, moderator);
  assert.equal(unknown.statusCode, 400);
  assert.ok(unknown.body.includes('Diesen Beschluss gibt es beim Vorhaben nicht (mehr).'));
  assert.equal(
    (await t.db.selectFrom('participation_requests').select('status').where('id', '=', request.id).executeTakeFirstOrThrow()).status,
    'received',
  );

  const linked = await postForm(
    t.app,
    url,
    { status: 'on_agenda', agendaReference: 'Hauptausschuss, TOP 4', decision: String(decision.position) },
    moderator,
  );
  assert.equal(linked.statusCode, 303);
  // The decision rows of a Vorhaben are written afresh on every save; the link is a copy and survives that.
  await t.db.deleteFrom('decisions').where('project_id', '=', decision.project_id).execute();
  const page = await t.app.inject({ url: `/de/beteiligung/anregungen/${request.id}` });
  assert.ok(page.body.includes('Zugehöriger Beschluss:') && page.body.includes(decision.reference!) && page.body.includes('#decisions'));
});
