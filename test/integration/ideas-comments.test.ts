// Ideas and comments over HTTP: ideas only in the ideas phase, one support per account (also when the
// button is pressed twice at once), staff answers with status rules and a mail to the author; comments
// three levels deep, an edit window, reports that reach the moderators, hiding with a public reason,
// blocking; limits per account; nothing without a resident session.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { csrfFor } from '../helpers/csrf.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { deliverMail, type Mailbox, startMailbox } from '../helpers/mailbox.js';
import { type ResidentSession, residentSession } from '../helpers/residents.js';
import { get, postForm, type StaffSession, staffSession } from '../helpers/staff.js';

const PROCESS = 'parken-im-quartier-beispiel';
let t: TestApp;
let mailbox: Mailbox;
let moderator: StaffSession;
let author: ResidentSession;
let other: ResidentSession;
let projectSlug: string;
before(async () => {
  t = await startTestApp('demo');
  mailbox = await startMailbox();
  moderator = await staffSession(t.db, [{ role: 'moderator' }], 'moderation@lotse.test');
  author = await residentSession(t.db, { email: 'autorin@example.org', displayName: 'Autorin' });
  other = await residentSession(t.db, { email: 'nachbar@example.org', displayName: 'Nachbar' });
  projectSlug = (
    await t.db.selectFrom('projects').select('slug').where('publication_state', '=', 'published').orderBy('id').executeTakeFirstOrThrow()
  ).slug;
});
after(async () => {
  await mailbox.close();
  await t.close();
});

const deliver = () => deliverMail(mailbox, t.database.url);
const newIdea = (fields: Record<string, string>, who: ResidentSession | undefined = author) =>
  postForm(t.app, `/de/beteiligung/${PROCESS}/ideen`, fields, who);
const idOf = (location: unknown) => Number(/ideen\/(\d+)/.exec(String(location))![1]);

test('ideas need an account, come back with field errors, and appear on the process page', async () => {
  const anonymous = await t.app.inject({ url: `/de/beteiligung/${PROCESS}/ideen/neu` });
  assert.equal(anonymous.statusCode, 303);
  assert.match(String(anonymous.headers.location), /^\/de\/buergerkonto\/anmelden\?weiter=/);
  const before = await t.db
    .selectFrom('ideas')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  const anonymousCsrf = await csrfFor(t.db, {});
  assert.equal(
    (await newIdea({ title: 'X', body: 'Y' }, { ...author, cookies: { lotse_csrf: anonymousCsrf }, csrf: anonymousCsrf })).statusCode,
    303,
  );
  assert.equal(
    (
      await t.db
        .selectFrom('ideas')
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirstOrThrow()
    ).n,
    before.n,
    'no session, no idea',
  );

  const bad = await newIdea({ title: '', body: 'x'.repeat(5001), topic: 'gibt-es-nicht' });
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.body.includes('Bitte ausfüllen.') && bad.body.includes('höchstens 5.000 Zeichen'));
  const unknownTopic = await newIdea({ title: 'Fahrradbügel', body: 'Mehr Bügel', topic: 'gibt-es-nicht' });
  assert.equal(unknownTopic.statusCode, 400);
  assert.ok(unknownTopic.body.includes('Bitte wählen Sie ein Thema aus der Liste.'));

  const made = await newIdea({
    title: 'Fahrradbügel am Südermarkt',
    body: 'Zwanzig Bügel statt zwei Parkplätzen.',
    location: 'Südermarkt',
  });
  assert.equal(made.statusCode, 303);
  const page = await t.app.inject({ url: String(made.headers.location), cookies: author.cookies });
  assert.ok(page.body.includes('Fahrradbügel am Südermarkt') && page.body.includes('von Autorin') && page.body.includes('Südermarkt'));
  const list = await get(t.app, `/de/beteiligung/${PROCESS}`);
  assert.ok(list.body.includes('Fahrradbügel am Südermarkt'));
  const profile = await get(t.app, '/de/buergerkonto', author);
  assert.ok(profile.body.includes('Fahrradbügel am Südermarkt'));
});

test('each account supports an idea once, even when pressing twice at once, and can take it back', async () => {
  const id = idOf((await newIdea({ title: 'Car-Sharing-Station', body: 'Eine Station am Quartiersplatz.' })).headers.location);
  const url = `/de/beteiligung/${PROCESS}/ideen/${id}/unterstuetzen`;
  const results = await Promise.all([postForm(t.app, url, { support: 'ja' }, other), postForm(t.app, url, { support: 'ja' }, other)]);
  assert.deepEqual(
    results.map((r) => r.statusCode),
    [303, 303],
  );
  const count = async () =>
    (await t.db.selectFrom('ideas').select('support_count').where('id', '=', id).executeTakeFirstOrThrow()).support_count;
  assert.equal(await count(), 1);
  await postForm(t.app, url, { support: 'ja' }, author);
  assert.equal(await count(), 2);
  const page = await get(t.app, `/de/beteiligung/${PROCESS}/ideen/${id}`, other);
  assert.ok(page.body.includes('Sie unterstützen diese Idee.') && page.body.includes('2 Unterstützungen'));
  await postForm(t.app, url, { support: 'nein' }, other);
  await postForm(t.app, url, { support: 'nein' }, other);
  assert.equal(await count(), 1);
  // One support is singular in every language.
  for (const [lang, one, many] of [
    ['de', '1 Unterstützung', '1 Unterstützungen'],
    ['en', 'Supported by 1 person', 'Supported by 1 people'],
    ['da', 'Støttet af 1 person', 'Støttet af 1 personer'],
  ] as const) {
    const body = (await get(t.app, `/${lang}/beteiligung/${PROCESS}/ideen/${id}`)).body;
    assert.ok(body.includes(one) && !body.includes(many), `${lang}: ${one}`);
  }
});

test('accounts of one mailbox (sub-addresses, case) support an idea once between them', async () => {
  const id = idOf((await newIdea({ title: 'Bücherschrank am Hafen', body: 'Ein offener Bücherschrank.' })).headers.location);
  const url = `/de/beteiligung/${PROCESS}/ideen/${id}/unterstuetzen`;
  const first = await residentSession(t.db, { email: 'moewe+1@example.org' });
  const second = await residentSession(t.db, { email: 'Moewe+2@example.org' });
  const count = async () =>
    (await t.db.selectFrom('ideas').select('support_count').where('id', '=', id).executeTakeFirstOrThrow()).support_count;
  await postForm(t.app, url, { support: 'ja' }, first);
  await postForm(t.app, url, { support: 'ja' }, second);
  assert.equal(await count(), 1);
  const page = await get(t.app, `/de/beteiligung/${PROCESS}/ideen/${id}`, second);
  assert.ok(page.body.includes('Sie unterstützen diese Idee.'), 'the second account sees the support as its own');
  await postForm(t.app, url, { support: 'ja' }, await residentSession(t.db, { email: 'kranich@example.org' }));
  assert.equal(await count(), 2, 'another mailbox counts');
});

test('outside the ideas phase nothing can be brought in or supported', async () => {
  const id = idOf((await newIdea({ title: 'Spätere Idee', body: 'Text' })).headers.location);
  const process = await t.db.selectFrom('participation_processes').select('id').where('slug', '=', PROCESS).executeTakeFirstOrThrow();
  const phases = await t.db.selectFrom('process_phases').selectAll().where('process_id', '=', process.id).execute();
  await t.db
    .updateTable('process_phases')
    .set({ starts_on: '2020-01-01', ends_on: '2020-01-31' })
    .where('process_id', '=', process.id)
    .where('kind', 'in', ['ideas', 'comments', 'prioritising'])
    .execute();
  try {
    const late = await newIdea({ title: 'Zu spät', body: 'Text' });
    assert.equal(late.statusCode, 409);
    assert.ok(late.body.includes('Die Ideenphase dieses Verfahrens läuft gerade nicht.'));
    assert.equal((await postForm(t.app, `/de/beteiligung/${PROCESS}/ideen/${id}/unterstuetzen`, { support: 'ja' }, other)).statusCode, 409);
    assert.equal((await postForm(t.app, '/de/kommentare', { target: `idea:${id}`, body: 'Zu spät' }, other)).statusCode, 409);
  } finally {
    for (const ph of phases)
      await t.db.updateTable('process_phases').set({ starts_on: ph.starts_on, ends_on: ph.ends_on }).where('id', '=', ph.id).execute();
  }
});

test('staff answer an idea: rejection needs a reason, acceptance a Vorhaben; the author is mailed', async () => {
  const id = idOf((await newIdea({ title: 'Quartiersgarage', body: 'Eine Garage für alle.' })).headers.location);
  const url = `/de/verwaltung/beteiligung/ideen/${id}`;
  const noReason = await postForm(t.app, url, { status: 'rejected' }, moderator);
  assert.equal(noReason.statusCode, 400);
  const noProject = await postForm(t.app, url, { status: 'accepted' }, moderator);
  assert.equal(noProject.statusCode, 400);
  const wrongProject = await postForm(t.app, url, { status: 'accepted', project: 'gibt-es-nicht' }, moderator);
  assert.equal(wrongProject.statusCode, 400);
  assert.ok(wrongProject.body.includes('Kein veröffentlichtes Vorhaben mit dieser Adresse.'));
  assert.equal(
    (await t.db.selectFrom('ideas').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status,
    'new',
    'nothing changed',
  );

  const accepted = await postForm(
    t.app,
    url,
    { status: 'accepted', project: projectSlug, answer: 'Wir prüfen den Standort im Vorhaben.' },
    moderator,
  );
  assert.equal(accepted.statusCode, 303);
  const page = await get(t.app, `/de/beteiligung/${PROCESS}/ideen/${id}`);
  assert.ok(
    page.body.includes('Angenommen') &&
      page.body.includes('Wir prüfen den Standort im Vorhaben.') &&
      page.body.includes(`/de/vorhaben/${projectSlug}`),
  );
  await deliver();
  const mail = mailbox.to('autorin@example.org').at(-1)!;
  assert.ok(mail.text!.includes('Quartiersgarage') && mail.text!.includes('Angenommen'));

  const rejected = await postForm(t.app, url, { status: 'rejected', reason: 'Kein Platz vorhanden.' }, moderator);
  assert.equal(rejected.statusCode, 303);
  assert.match(
    (await get(t.app, `/de/beteiligung/${PROCESS}/ideen/${id}`)).body,
    /Abgelehnt, weil: <span lang="de">Kein Platz vorhanden\.<\/span>/,
  );
  const audit = await t.db
    .selectFrom('audit_log')
    .select('action')
    .where('entity_type', '=', 'idea')
    .where('entity_id', '=', String(id))
    .execute();
  assert.equal(audit.length, 2);

  const nordfriesland = await staffSession(t.db, [{ role: 'coordinator', municipality: 'nordfriesland' }]);
  const scope = await t.db
    .selectFrom('project_municipalities as pm')
    .innerJoin('municipalities as m', 'm.id', 'pm.municipality_id')
    .innerJoin('participation_processes as pp', 'pp.project_id', 'pm.project_id')
    .where('pp.slug', '=', PROCESS)
    .select('m.slug')
    .execute();
  if (!scope.some((m) => m.slug === 'nordfriesland')) assert.equal((await get(t.app, url, nordfriesland)).statusCode, 403);
});

test('hidden ideas leave a placeholder with the reason and disappear from the list', async () => {
  const id = idOf((await newIdea({ title: 'Werbung für meinen Laden', body: 'Kauft bei mir!' })).headers.location);
  const hidden = await postForm(t.app, `/de/verwaltung/beteiligung/ideen/${id}/ausblenden`, { reason: 'Werbung' }, moderator);
  assert.equal(hidden.statusCode, 303);
  const page = await get(t.app, `/de/beteiligung/${PROCESS}/ideen/${id}`);
  assert.ok(page.body.includes('Grund: Werbung') && !page.body.includes('Kauft bei mir!'));
  assert.ok(!(await get(t.app, `/de/beteiligung/${PROCESS}`)).body.includes('Werbung für meinen Laden'));
  await postForm(t.app, `/de/verwaltung/beteiligung/ideen/${id}/einblenden`, {}, moderator);
  assert.ok((await get(t.app, `/de/beteiligung/${PROCESS}/ideen/${id}`)).body.includes('Kauft bei mir!'));
});

test('comments nest three levels deep, not four', async () => {
  const discussion = `/de/vorhaben/${projectSlug}/diskussion`;
  const post = (body: string, parent?: number, who = author) =>
    postForm(t.app, '/de/kommentare', { target: `project:${projectSlug}`, body, ...(parent ? { parent: String(parent) } : {}) }, who);
  const idIn = (location: unknown) => Number(/kommentar-(\d+)/.exec(String(location))![1]);
  const first = await post('Erste Ebene');
  assert.equal(first.statusCode, 303);
  assert.ok(String(first.headers.location).startsWith(discussion));
  const second = await post('Zweite Ebene', idIn(first.headers.location), other);
  const third = await post('Dritte Ebene', idIn(second.headers.location));
  assert.equal(third.statusCode, 303);
  const fourth = await post('Vierte Ebene', idIn(third.headers.location), other);
  assert.equal(fourth.statusCode, 400);
  assert.ok(fourth.body.includes('höchstens drei Ebenen'));
  const empty = await post('   ');
  assert.equal(empty.statusCode, 400);
  assert.ok(empty.body.includes('Bitte ausfüllen.'));

  const page = await get(t.app, discussion, other);
  const at = (s: string) => page.body.indexOf(s);
  assert.ok(at('Erste Ebene') < at('Zweite Ebene') && at('Zweite Ebene') < at('Dritte Ebene'));
  assert.equal((page.body.match(/class="lotse-comments"/g) ?? []).length, 3, 'three nested lists');
  assert.ok(!page.body.includes('Vierte Ebene'));
});

test('authors edit within the window, nobody else and not later', async () => {
  const made = await postForm(t.app, '/de/kommentare', { target: `project:${projectSlug}`, body: 'Tippfeler' }, author);
  const id = Number(/kommentar-(\d+)/.exec(String(made.headers.location))![1]);
  assert.equal((await postForm(t.app, `/de/kommentare/${id}/bearbeiten`, { body: 'Fremd geändert' }, other)).statusCode, 409);
  const edited = await postForm(t.app, `/de/kommentare/${id}/bearbeiten`, { body: 'Tippfehler' }, author);
  assert.equal(edited.statusCode, 303);
  const page = await get(t.app, `/de/vorhaben/${projectSlug}/diskussion`);
  assert.ok(page.body.includes('Tippfehler') && page.body.includes('bearbeitet'));
  await t.db
    .updateTable('comments')
    .set({ created_at: sql`now() - interval '16 minutes'` })
    .where('id', '=', id)
    .execute();
  const late = await postForm(t.app, `/de/kommentare/${id}/bearbeiten`, { body: 'Zu spät' }, author);
  assert.equal(late.statusCode, 409);
  assert.equal((await t.db.selectFrom('comments').select('body').where('id', '=', id).executeTakeFirstOrThrow()).body, 'Tippfehler');
});

test('a report reaches the moderators; hiding leaves a placeholder; restoring, dismissing and blocking work', async () => {
  const made = await postForm(t.app, '/de/kommentare', { target: `project:${projectSlug}`, body: 'Ihr seid alle Idioten.' }, other);
  const id = Number(/kommentar-(\d+)/.exec(String(made.headers.location))![1]);
  assert.equal((await postForm(t.app, `/de/kommentare/${id}/melden`, { reason: 'Eigener' }, other)).statusCode, 400, "not one's own");
  assert.equal((await postForm(t.app, `/de/kommentare/${id}/melden`, { reason: '' }, author)).statusCode, 400);
  const reported = await postForm(t.app, `/de/kommentare/${id}/melden`, { reason: 'Beleidigung' }, author);
  assert.equal(reported.statusCode, 303);
  await postForm(t.app, `/de/kommentare/${id}/melden`, { reason: 'Nochmal' }, author);
  assert.equal(
    (await t.db.selectFrom('comment_reports').select('id').where('comment_id', '=', id).execute()).length,
    1,
    'one report per account',
  );
  await deliver();
  const mail = mailbox.to('moderation@lotse.test').at(-1)!;
  assert.ok(mail.text!.includes('Beleidigung') && mail.text!.includes('/de/verwaltung/moderation'));

  const queue = await get(t.app, '/de/verwaltung/moderation', moderator);
  assert.equal(queue.statusCode, 200);
  assert.ok(queue.body.includes('Ihr seid alle Idioten.') && queue.body.includes('Beleidigung'));
  assert.ok(!queue.body.includes('autorin@example.org'), 'reporters stay anonymous');

  assert.equal((await postForm(t.app, `/de/verwaltung/moderation/kommentare/${id}/ausblenden`, { reason: '' }, moderator)).statusCode, 400);
  const hidden = await postForm(t.app, `/de/verwaltung/moderation/kommentare/${id}/ausblenden`, { reason: 'Beleidigung' }, moderator);
  assert.equal(hidden.statusCode, 303);
  const page = await get(t.app, `/de/vorhaben/${projectSlug}/diskussion`);
  assert.ok(page.body.includes('Dieser Beitrag wurde von der Moderation ausgeblendet. Grund: Beleidigung'));
  assert.ok(!page.body.includes('Ihr seid alle Idioten.'));
  assert.ok(
    !(await get(t.app, '/de/verwaltung/moderation', moderator)).body
      .slice(0, (await get(t.app, '/de/verwaltung/moderation', moderator)).body.indexOf('id="hidden"'))
      .includes('Ihr seid alle Idioten.'),
    'no longer in the queue',
  );

  await postForm(t.app, `/de/verwaltung/moderation/kommentare/${id}/wiederherstellen`, {}, moderator);
  assert.ok((await get(t.app, `/de/vorhaben/${projectSlug}/diskussion`)).body.includes('Ihr seid alle Idioten.'));

  await postForm(t.app, `/de/kommentare/${id}/melden`, { reason: 'Immer noch' }, await residentSession(t.db));
  await postForm(t.app, `/de/verwaltung/moderation/kommentare/${id}/meldungen-verwerfen`, {}, moderator);
  assert.equal(
    (await t.db.selectFrom('comment_reports').select('id').where('comment_id', '=', id).where('resolved_at', 'is', null).execute()).length,
    0,
  );

  const blocked = await postForm(
    t.app,
    `/de/verwaltung/moderation/konten/${other.residentId}/sperren`,
    { reason: 'Wiederholte Beleidigungen' },
    moderator,
  );
  assert.equal(blocked.statusCode, 303);
  const refused = await postForm(t.app, '/de/kommentare', { target: `project:${projectSlug}`, body: 'Noch einer' }, other);
  assert.equal(refused.statusCode, 403);
  assert.ok(refused.body.includes('für neue Beiträge gesperrt'));
  const coordinator = await staffSession(t.db, [{ role: 'coordinator', municipality: 'flensburg' }]);
  assert.equal(
    (await postForm(t.app, `/de/verwaltung/moderation/konten/${other.residentId}/entsperren`, {}, coordinator)).statusCode,
    403,
    'only moderators, the agency and admins block',
  );
  await postForm(t.app, `/de/verwaltung/moderation/konten/${other.residentId}/entsperren`, {}, moderator);
  assert.equal(
    (await postForm(t.app, '/de/kommentare', { target: `project:${projectSlug}`, body: 'Entschuldigung.' }, other)).statusCode,
    303,
  );
  const actions = (
    await t.db.selectFrom('audit_log').select('action').where('entity_type', 'in', ['comment', 'resident']).orderBy('id').execute()
  ).map((a) => a.action);
  assert.deepEqual(actions, ['comment.hide', 'comment.restore', 'comment.dismiss_reports', 'resident.block', 'resident.unblock']);
});

test('writes are limited per account', async () => {
  const busy = await residentSession(t.db);
  let last = 0;
  for (let i = 0; i < 31; i++)
    last = (await postForm(t.app, '/de/kommentare', { target: `project:${projectSlug}`, body: `Beitrag ${i}` }, busy)).statusCode;
  assert.equal(last, 429);
  assert.equal((await t.db.selectFrom('comments').select('id').where('resident_id', '=', busy.residentId).execute()).length, 30);
});

test('without a resident session a comment goes nowhere', async () => {
  const csrf = await csrfFor(t.db, {});
  const res = await postForm(
    t.app,
    '/de/kommentare',
    { target: `project:${projectSlug}`, body: 'Anonym' },
    { cookies: { lotse_csrf: csrf }, csrf },
  );
  assert.equal(res.statusCode, 303);
  assert.match(String(res.headers.location), /^\/de\/buergerkonto\/anmelden/);
  assert.equal(await t.db.selectFrom('comments').select('id').where('body', '=', 'Anonym').executeTakeFirst(), undefined);
});

test('hiding a comment keeps its text out of pending notification mails', async () => {
  const follower = await residentSession(t.db, { notifyMode: 'daily' });
  const project = await t.db.selectFrom('projects').select('id').where('slug', '=', projectSlug).executeTakeFirstOrThrow();
  await t.db.insertInto('follows').values({ resident_id: follower.residentId, project_id: project.id }).execute();
  const made = await postForm(
    t.app,
    '/de/kommentare',
    { target: `project:${projectSlug}`, body: 'Beleidigender Text für den Digest' },
    author,
  );
  const id = Number(/kommentar-(\d+)/.exec(String(made.headers.location))![1]);
  const pending = () =>
    t.db
      .selectFrom('notification_items')
      .select('id')
      .where('resident_id', '=', follower.residentId)
      .where('sent_at', 'is', null)
      .execute();
  assert.equal((await pending()).length, 1);
  await postForm(t.app, `/de/verwaltung/moderation/kommentare/${id}/ausblenden`, { reason: 'Beleidigung' }, moderator);
  assert.equal((await pending()).length, 0);
});

test('overlapping phases: a running ideas phase is open even while an information phase covers the same days', async () => {
  const process = await t.db.selectFrom('participation_processes').select('id').where('slug', '=', PROCESS).executeTakeFirstOrThrow();
  const today = new Date().toISOString().slice(0, 10);
  const info = await t.db
    .insertInto('process_phases')
    .values({ process_id: process.id, kind: 'information', starts_on: '2020-01-01', ends_on: '2099-12-31', position: -1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  try {
    const made = await newIdea({ title: `Überlappend ${today}`, body: 'Text' });
    assert.equal(made.statusCode, 303);
  } finally {
    await t.db.deleteFrom('process_phases').where('id', '=', info.id).execute();
  }
});

test('moderators are mailed once per reported comment, not once per report', async () => {
  const made = await postForm(t.app, '/de/kommentare', { target: `project:${projectSlug}`, body: 'Viel gemeldet' }, author);
  const id = Number(/kommentar-(\d+)/.exec(String(made.headers.location))![1]);
  await deliver();
  const before = mailbox.to('moderation@lotse.test').length;
  for (let i = 0; i < 3; i++) await postForm(t.app, `/de/kommentare/${id}/melden`, { reason: `Grund ${i}` }, await residentSession(t.db));
  await deliver();
  assert.equal(mailbox.to('moderation@lotse.test').length, before + 1);
  assert.equal((await t.db.selectFrom('comment_reports').select('id').where('comment_id', '=', id).execute()).length, 3);
});
