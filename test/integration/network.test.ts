// The network over HTTP with mail from a real SMTP server: partners enter and edit their own profile,
// staff verify it before it is public; the contact form mails the partner without showing any address;
// suggestions name their reasons; introductions mail both sides and are logged; an advisory case goes
// from request to closed with sessions, messages, files and internal notes that never reach the team.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { deliverMail, type Mailbox, startMailbox } from '../helpers/mailbox.js';
import { postPublicForm } from '../helpers/public-form.js';
import { type ResidentSession, residentSession } from '../helpers/residents.js';
import { get, postForm, type StaffSession, staffSession } from '../helpers/staff.js';

let t: TestApp;
let mailbox: Mailbox;
let agency: StaffSession;
let owner: ResidentSession;
before(async () => {
  t = await startTestApp('demo');
  mailbox = await startMailbox();
  agency = await staffSession(t.db, [{ role: 'agency' }], 'agentur@lotse.test');
  owner = await residentSession(t.db, { email: 'verein@example.org' });
});
after(async () => {
  await mailbox.close();
  await t.close();
});
const deliver = () => deliverMail(mailbox, t.database.url);
const partnerForm = (overrides: Record<string, string | string[]> = {}) => ({
  name: 'Repair-Café Husum',
  kind: 'association',
  description: 'Wir reparieren Geräte und erklären Smartphones.',
  offers: 'Sprechstunden',
  seeks: 'Räume',
  competencies: 'Reparatur, Smartphones',
  municipality: 'nordfriesland',
  topics: ['bildung', 'teilhabe'],
  website: 'https://repair.example.org',
  contact_email: 'kontakt@repair.example.org',
  consent: 'on',
  ...overrides,
});
const PUBLIC_PAGES = ['/de/netzwerk', '/de/netzwerk/digitalverein-foerde-beispiel', '/api/v1/projects', '/de/vorhaben'];

test('a partner enters a profile; it is public only after verification, and never with its address', async () => {
  const bad = await postForm(
    t.app,
    '/de/netzwerk/neu',
    partnerForm({ name: '', website: 'ftp://x', contact_email: 'nein', consent: '' }),
    owner,
  );
  assert.equal(bad.statusCode, 400);
  assert.ok(
    bad.body.includes('Bitte ausfüllen.') &&
      bad.body.includes('http:// oder https://') &&
      bad.body.includes('Bitte eine gültige E-Mail-Adresse angeben.'),
  );
  const res = await postForm(t.app, '/de/netzwerk/neu', partnerForm(), owner);
  assert.equal(res.statusCode, 303);
  assert.equal((await get(t.app, '/de/netzwerk/repair-cafe-husum')).statusCode, 404, 'not public before verification');
  assert.ok(!(await get(t.app, '/de/netzwerk')).body.includes('Repair-Café Husum'));
  await deliver();
  assert.ok(mailbox.to('agentur@lotse.test').some((m) => m.subject!.includes('Repair-Café Husum')));

  const review = await get(t.app, '/de/verwaltung/netzwerk/partner/repair-cafe-husum', agency);
  assert.ok(review.body.includes('kontakt@repair.example.org'), 'staff see the address');
  const project = await t.db
    .selectFrom('projects')
    .select('slug')
    .where('publication_state', '=', 'published')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  assert.equal(
    (
      await postForm(
        t.app,
        '/de/verwaltung/netzwerk/partner/repair-cafe-husum',
        { verify: 'on', projects: project.slug, events: '' },
        agency,
      )
    ).statusCode,
    303,
  );
  const page = await get(t.app, '/de/netzwerk/repair-cafe-husum');
  assert.equal(page.statusCode, 200);
  assert.ok(page.body.includes('Repair-Café Husum') && page.body.includes(`/de/vorhaben/${project.slug}`));
  assert.ok(!page.body.includes('kontakt@repair.example.org'));
  for (const url of PUBLIC_PAGES) assert.ok(!(await get(t.app, url)).body.includes('@example.org'), `${url} shows no contact address`);
  const directory = await get(t.app, '/de/netzwerk?kommune=nordfriesland&thema=bildung');
  assert.ok(directory.body.includes('Repair-Café Husum'));
  assert.ok(!(await get(t.app, '/de/netzwerk?art=school')).body.includes('Repair-Café Husum'));

  const other = await residentSession(t.db);
  assert.equal(
    (await postForm(t.app, '/de/netzwerk/repair-cafe-husum/bearbeiten', partnerForm({ name: 'Übernommen' }), other)).statusCode,
    403,
    'only the partner edits the profile',
  );
  assert.equal(
    (
      await postForm(
        t.app,
        '/de/netzwerk/repair-cafe-husum/bearbeiten',
        partnerForm({ description: 'Jetzt auch mit Fahrrad-Reparatur.' }),
        owner,
      )
    ).statusCode,
    303,
  );
  // A changed profile leaves the directory until the agency has checked it again.
  assert.equal((await get(t.app, '/de/netzwerk/repair-cafe-husum')).statusCode, 404);
  assert.ok(!(await get(t.app, '/de/netzwerk')).body.includes('Repair-Café Husum'));
  await deliver();
  assert.equal(
    mailbox.to('agentur@lotse.test').filter((m) => m.subject!.includes('Repair-Café Husum')).length,
    2,
    'the agency is asked again',
  );
  assert.equal(
    (
      await postForm(
        t.app,
        '/de/verwaltung/netzwerk/partner/repair-cafe-husum',
        { verify: 'on', projects: project.slug, events: '' },
        agency,
      )
    ).statusCode,
    303,
  );
  assert.ok((await get(t.app, '/de/netzwerk/repair-cafe-husum')).body.includes('Jetzt auch mit Fahrrad-Reparatur.'));
  assert.ok((await get(t.app, '/de/buergerkonto', owner)).statusCode === 200);
});

test('the contact form mails the partner; the visitor never sees the address', async () => {
  const page = '/de/netzwerk/digitalverein-foerde-beispiel';
  const bad = await postPublicForm(t.app, page, `${page}/kontakt`, { name: '', email: 'x', message: '' });
  assert.equal(bad.statusCode, 400);
  const sent = await postPublicForm(t.app, page, `${page}/kontakt`, {
    name: 'Ole',
    email: 'ole@example.net',
    message: 'Können wir einen Hackday machen?',
    consent: 'on',
  });
  assert.equal(sent.statusCode, 200);
  assert.ok(
    sent.body.includes('Ihre Nachricht ist an den Partner unterwegs') && !sent.body.includes('digitalverein-foerde-beispiel@example.org'),
  );
  await deliver();
  const mail = mailbox.to('digitalverein-foerde-beispiel@example.org').at(-1)!;
  assert.ok(mail.text!.includes('Können wir einen Hackday machen?') && mail.text!.includes('ole@example.net'));
  const bot = await postPublicForm(t.app, page, `${page}/kontakt`, {
    name: 'Bot',
    email: 'bot@example.net',
    message: 'Spam',
    consent: 'on',
    website: 'http://spam',
  });
  assert.equal(bot.statusCode, 200);
  await deliver();
  assert.equal(mailbox.to('digitalverein-foerde-beispiel@example.org').filter((m) => m.text!.includes('bot@example.net')).length, 0);
});

test('suggestions name shared topics, municipality or terms; an introduction mails both sides and is logged', async () => {
  const review = await get(t.app, '/de/verwaltung/netzwerk/partner/digitallotsen-beispiel', agency);
  assert.ok(review.body.includes('Vorgeschlagen wegen:'));
  const idea = await t.db.selectFrom('ideas').select('id').where('title', 'like', 'Freie Plätze%').executeTakeFirstOrThrow();
  const match = await get(t.app, `/de/verwaltung/netzwerk/passend?idee=${idea.id}`, agency);
  assert.equal(match.statusCode, 200);
  assert.ok(match.body.includes('Miteinander bekannt machen'));

  const res = await postForm(
    t.app,
    '/de/verwaltung/netzwerk/vorstellungen',
    { partner: 'digitallotsen-beispiel', kind: 'partner', key: 'gemeinschaftsschule-nord-beispiel', note: 'Sprechstunde in der Schule?' },
    agency,
  );
  assert.equal(res.statusCode, 303);
  await deliver();
  const toMentors = mailbox.to('digitallotsen-beispiel@example.org').at(-1)!;
  const toSchool = mailbox.to('gemeinschaftsschule-nord-beispiel@example.org').at(-1)!;
  assert.ok(
    toMentors.text!.includes('gemeinschaftsschule-nord-beispiel@example.org') && toMentors.text!.includes('Sprechstunde in der Schule?'),
  );
  assert.ok(toSchool.text!.includes('digitallotsen-beispiel@example.org'));
  const intro = await t.db.selectFrom('introductions').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
  const audit = await t.db.selectFrom('audit_log').select(['action', 'after']).where('entity_type', '=', 'introduction').execute();
  assert.equal(audit.length, 1);
  assert.ok(!JSON.stringify(audit).includes('@example.org'), 'the log names the parties, not their addresses');
  assert.equal(
    (await postForm(t.app, `/de/verwaltung/netzwerk/vorstellungen/${intro.id}`, { outcome: 'Gemeinsame Sprechstunde ab März' }, agency))
      .statusCode,
    303,
  );
  assert.ok((await get(t.app, '/de/verwaltung/netzwerk', agency)).body.includes('Gemeinsame Sprechstunde ab März'));
  assert.equal(
    (
      await postForm(
        t.app,
        '/de/verwaltung/netzwerk/vorstellungen',
        { partner: 'digitallotsen-beispiel', kind: 'partner', key: 'digitallotsen-beispiel' },
        agency,
      )
    ).statusCode,
    400,
  );
});

test('an advisory case from request to close: sessions, messages, files; internal notes stay internal', async () => {
  const team = await residentSession(t.db, { email: 'team@example.org' });
  const anonymous = await t.app.inject({ url: '/de/beratung/1' });
  assert.equal(anonymous.statusCode, 303);
  const bad = await postForm(t.app, '/de/beratung', { title: '', question: '', stage: 'idea', team: '' }, team);
  assert.equal(bad.statusCode, 400);
  const made = await postForm(
    t.app,
    '/de/beratung',
    {
      title: 'Sensoren für den Schulweg',
      question: 'Wie messen wir Verkehr vor der Schule?',
      stage: 'idea',
      team: 'Elternbeirat',
      municipality: 'flensburg',
    },
    team,
  );
  assert.equal(made.statusCode, 303);
  const id = Number(/beratung\/(\d+)/.exec(String(made.headers.location))![1]);
  const base = `/de/verwaltung/beratung/${id}`;
  const advisor = await t.db.selectFrom('users').select('id').where('email', '=', 'agentur@lotse.test').executeTakeFirstOrThrow();

  assert.equal(
    (await postForm(t.app, `${base}/sitzung`, { held_on: '2026-11-20', notes: 'zu früh' }, agency)).statusCode,
    409,
    'no session before the case is accepted',
  );
  assert.equal((await postForm(t.app, `${base}/annehmen`, { advisor: String(advisor.id) }, agency)).statusCode, 303);
  assert.equal(
    (await postForm(t.app, `${base}/sitzung`, { held_on: '2026-11-20', notes: 'Messpunkte besprochen.' }, agency)).statusCode,
    303,
  );
  assert.equal(
    (await postForm(t.app, `${base}/sitzung`, { held_on: '2026-11-21', notes: 'Geheim: Budget knapp.', internal: 'on' }, agency))
      .statusCode,
    303,
  );
  assert.equal(
    (await t.db.selectFrom('advisory_cases').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status,
    'in_progress',
  );
  await postForm(t.app, `${base}/nachricht`, { body: 'Interne Rückfrage an die Kollegin.', internal: 'on' }, agency);
  await postForm(t.app, `${base}/nachricht`, { body: 'Bitte schicken Sie uns den Lageplan.' }, agency);

  const boundary = '----case';
  const multipart = (fields: Record<string, string>, file: { name: string; content: string }) =>
    Object.entries(fields)
      .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
      .join('') +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: text/html\r\n\r\n${file.content}\r\n--${boundary}--\r\n`;
  const upload = await t.app.inject({
    method: 'POST',
    url: `/de/beratung/${id}/nachricht`,
    payload: multipart(
      { _csrf: team.csrf, body: 'Hier der Lageplan.' },
      { name: 'lageplan.pdf', content: '%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF' },
    ),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    cookies: team.cookies,
  });
  assert.equal(upload.statusCode, 303);

  const teamPage = await get(t.app, `/de/beratung/${id}`, team);
  assert.ok(
    teamPage.body.includes('Messpunkte besprochen.') &&
      teamPage.body.includes('Bitte schicken Sie uns den Lageplan.') &&
      teamPage.body.includes('lageplan.pdf'),
  );
  assert.ok(
    !teamPage.body.includes('Geheim: Budget knapp.') && !teamPage.body.includes('Interne Rückfrage'),
    'internal notes stay internal',
  );
  const stored = await t.db
    .selectFrom('advisory_messages')
    .select(['id', 'content_type'])
    .where('file_name', '=', 'lageplan.pdf')
    .executeTakeFirstOrThrow();
  assert.equal(stored.content_type, 'application/pdf', 'the type comes from the content, not from what the browser claimed');
  const fileId = stored.id;
  const download = await get(t.app, `/de/beratung/${id}/dateien/${fileId}`, team);
  assert.equal(download.statusCode, 200);
  assert.match(String(download.headers['content-disposition']), /^attachment/);
  assert.equal(download.headers['content-type'], 'application/octet-stream');
  const stranger = await residentSession(t.db);
  assert.equal((await get(t.app, `/de/beratung/${id}`, stranger)).statusCode, 404, 'another resident does not see the case');
  assert.equal((await get(t.app, `/de/beratung/${id}/dateien/${fileId}`, stranger)).statusCode, 404);
  const staffView = await get(t.app, base, agency);
  assert.ok(staffView.body.includes('Geheim: Budget knapp.') && staffView.body.includes('Hier der Lageplan.'));
  const nordfriesland = await staffSession(t.db, [{ role: 'coordinator', municipality: 'nordfriesland' }]);
  assert.equal((await get(t.app, base, nordfriesland)).statusCode, 403);
  const flensburg = await staffSession(t.db, [{ role: 'coordinator', municipality: 'flensburg' }]);
  assert.equal((await get(t.app, base, flensburg)).statusCode, 200, "the municipality's coordinator reads the case");
  assert.equal(
    (await postForm(t.app, `${base}/abschliessen`, { outcome: 'dropped' }, flensburg)).statusCode,
    403,
    'but does not manage it',
  );

  const draft = await postForm(t.app, `${base}/vorhaben`, {}, agency);
  assert.equal(draft.statusCode, 303);
  const projectSlug = String(draft.headers.location).split('/').pop()!;
  const project = await t.db
    .selectFrom('projects')
    .select(['publication_state', 'title'])
    .where('slug', '=', projectSlug)
    .executeTakeFirstOrThrow();
  assert.equal(project.publication_state, 'draft');
  assert.equal((project.title as { de: string }).de, 'Sensoren für den Schulweg');
  assert.equal(
    (await postForm(t.app, `${base}/abschliessen`, { outcome: 'became_project', outcome_note: 'Weiter als Vorhaben.' }, agency)).statusCode,
    303,
  );
  assert.equal(
    (await postForm(t.app, `/de/beratung/${id}/nachricht`, { body: 'Noch etwas?' }, team)).statusCode,
    409,
    'a closed case takes no more messages',
  );
  await deliver();
  const statusMails = mailbox.to('team@example.org').map((m) => m.subject);
  assert.ok(statusMails.some((s) => s!.includes('Neuer Stand')) && statusMails.some((s) => s!.includes('Neue Nachricht')));
  assert.ok(!mailbox.to('team@example.org').some((m) => m.text!.includes('Interne Rückfrage')), 'internal messages are not mailed');
  const actions = (
    await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'advisory_case')
      .where('entity_id', '=', String(id))
      .orderBy('id')
      .execute()
  ).map((a) => a.action);
  assert.deepEqual(actions, [
    'case.accepted',
    'case.in_progress',
    'case.session',
    'case.message',
    'case.message',
    'case.to_project',
    'case.closed',
  ]);
});

test('the overview shows open cases per advisor with their age, partners per topic and municipality', async () => {
  const page = await get(t.app, '/de/verwaltung/netzwerk', agency);
  assert.equal(page.statusCode, 200);
  assert.ok(page.body.includes('Digitale Sprechstunde im Dorfgemeinschaftshaus (Beispiel)') && page.body.includes('12 Tage'));
  assert.ok(page.body.includes('Partner je Thema') && page.body.includes('Partner je Kommune'));
  const moderator = await staffSession(t.db, [{ role: 'moderator' }]);
  assert.equal((await get(t.app, '/de/verwaltung/netzwerk', moderator)).statusCode, 403);
});

test('status moves outside the path are refused and change nothing; a case can be closed from any open state', async () => {
  const team = await residentSession(t.db);
  const ask = async (title: string) =>
    Number(
      /beratung\/(\d+)/.exec(
        String(
          (
            await postForm(
              t.app,
              '/de/beratung',
              { title, question: 'Frage', stage: 'pilot', team: 'Team', municipality: 'flensburg' },
              team,
            )
          ).headers.location,
        ),
      )![1],
    );
  const advisor = String(
    (await t.db.selectFrom('users').select('id').where('email', '=', 'agentur@lotse.test').executeTakeFirstOrThrow()).id,
  );
  const early = await ask('Früh beendet');
  assert.equal(
    (await postForm(t.app, `/de/verwaltung/beratung/${early}/abschliessen`, { outcome: 'dropped' }, agency)).statusCode,
    303,
    'requested → closed',
  );
  assert.equal(
    (await postForm(t.app, `/de/verwaltung/beratung/${early}/abschliessen`, { outcome: 'dropped' }, agency)).statusCode,
    409,
    'closed twice',
  );
  assert.equal(
    (await postForm(t.app, `/de/verwaltung/beratung/${early}/annehmen`, { advisor }, agency)).statusCode,
    409,
    'accepting a closed case',
  );
  assert.equal(
    (await postForm(t.app, `/de/verwaltung/beratung/${early}/sitzung`, { held_on: '2026-11-20', notes: 'x' }, agency)).statusCode,
    409,
  );
  assert.equal(
    (await postForm(t.app, `/de/verwaltung/beratung/${early}/nachricht`, { body: 'Noch da?' }, agency)).statusCode,
    409,
    'no messages to a closed case',
  );
  const accepted = await ask('Angenommen und beendet');
  await postForm(t.app, `/de/verwaltung/beratung/${accepted}/annehmen`, { advisor }, agency);
  assert.equal(
    (await postForm(t.app, `/de/verwaltung/beratung/${accepted}/annehmen`, { advisor }, agency)).statusCode,
    409,
    'accepting twice',
  );
  assert.equal(
    (await postForm(t.app, `/de/verwaltung/beratung/${accepted}/abschliessen`, { outcome: 'funding_found' }, agency)).statusCode,
    303,
    'accepted → closed',
  );
  const unknown = await postForm(t.app, `/de/verwaltung/beratung/${await ask('Ohne Beratung')}/annehmen`, { advisor: '999999' }, agency);
  assert.equal(unknown.statusCode, 400);
  assert.ok(unknown.body.includes('Beraterin oder einen Berater der Agentur'));
  const audit = await t.db
    .selectFrom('audit_log')
    .select('after')
    .where('entity_type', '=', 'advisory_case')
    .where('action', '=', 'case.closed')
    .where('entity_id', '=', String(early))
    .executeTakeFirstOrThrow();
  assert.match(JSON.stringify(audit.after), /"closed_at":"\d{4}-/);
});

test('a case becomes one Vorhaben draft, even when the button is pressed twice at once', async () => {
  const team = await residentSession(t.db);
  const made = await postForm(
    t.app,
    '/de/beratung',
    { title: 'Doppelt geklickt', question: 'Frage', stage: 'idea', team: 'Team', municipality: 'flensburg' },
    team,
  );
  const id = Number(/beratung\/(\d+)/.exec(String(made.headers.location))![1]);
  const results = await Promise.all([
    postForm(t.app, `/de/verwaltung/beratung/${id}/vorhaben`, {}, agency),
    postForm(t.app, `/de/verwaltung/beratung/${id}/vorhaben`, {}, agency),
  ]);
  assert.deepEqual(results.map((r) => r.statusCode).sort(), [303, 409]);
  assert.equal(
    (
      await t.db
        .selectFrom('projects')
        .select('id')
        .where(({ eb }) => eb('title', '@>', JSON.stringify({ de: 'Doppelt geklickt' }) as never))
        .execute()
    ).length,
    1,
  );
});

test('internal notes and files stay with the agency, also for coordinators reading along', async () => {
  const team = await residentSession(t.db);
  const made = await postForm(
    t.app,
    '/de/beratung',
    { title: 'Intern bleibt intern', question: 'Frage', stage: 'idea', team: 'Team', municipality: 'flensburg' },
    team,
  );
  const id = Number(/beratung\/(\d+)/.exec(String(made.headers.location))![1]);
  const advisor = String(
    (await t.db.selectFrom('users').select('id').where('email', '=', 'agentur@lotse.test').executeTakeFirstOrThrow()).id,
  );
  await postForm(t.app, `/de/verwaltung/beratung/${id}/annehmen`, { advisor }, agency);
  await postForm(
    t.app,
    `/de/verwaltung/beratung/${id}/sitzung`,
    { held_on: '2026-11-22', notes: 'Nur für die Agentur', internal: 'on' },
    agency,
  );
  const coordinator = await staffSession(t.db, [{ role: 'coordinator', municipality: 'flensburg' }]);
  const page = await get(t.app, `/de/verwaltung/beratung/${id}`, coordinator);
  assert.equal(page.statusCode, 200);
  assert.ok(!page.body.includes('Nur für die Agentur'));
  assert.ok((await get(t.app, `/de/verwaltung/beratung/${id}`, agency)).body.includes('Nur für die Agentur'));
});

test("introducing a partner to an idea passes on pages, never the author's address", async () => {
  const idea = await t.db
    .selectFrom('ideas as i')
    .innerJoin('residents as r', 'r.id', 'i.resident_id')
    .select(['i.id', 'r.email'])
    .where('i.title', 'like', 'Lieferzonen%')
    .executeTakeFirstOrThrow();
  await t.db.updateTable('residents').set({ email: 'autorin-idee@example.net' }).where('email', '=', idea.email).execute();
  const res = await postForm(
    t.app,
    '/de/verwaltung/netzwerk/vorstellungen',
    { partner: 'nordwind-it-beispiel', kind: 'idea', key: String(idea.id) },
    agency,
  );
  assert.equal(res.statusCode, 303);
  await deliver();
  const toPartner = mailbox.to('nordwind-it-beispiel@example.org').at(-1)!;
  const toAuthor = mailbox.to('autorin-idee@example.net').at(-1)!;
  assert.ok(toPartner.text!.includes(`/ideen/${idea.id}`) && !toPartner.text!.includes('autorin-idee@example.net'));
  assert.ok(toAuthor.text!.includes('/de/netzwerk/nordwind-it-beispiel') && !toAuthor.text!.includes('nordwind-it-beispiel@example.org'));
});

test('a partner withdraws the entry, and deleting the managing account withdraws it too', async () => {
  const a = await residentSession(t.db);
  await postForm(t.app, '/de/netzwerk/neu', partnerForm({ name: 'Kurz dabei', contact_email: 'kurz@example.org' }), a);
  await postForm(t.app, '/de/verwaltung/netzwerk/partner/kurz-dabei', { verify: 'on' }, agency);
  assert.equal((await get(t.app, '/de/netzwerk/kurz-dabei')).statusCode, 200);
  const other = await residentSession(t.db);
  assert.equal((await postForm(t.app, '/de/netzwerk/kurz-dabei/zurueckziehen', {}, other)).statusCode, 403);
  assert.equal((await postForm(t.app, '/de/netzwerk/kurz-dabei/zurueckziehen', {}, a)).statusCode, 303);
  assert.equal((await get(t.app, '/de/netzwerk/kurz-dabei')).statusCode, 404);
  const gone = await t.db
    .selectFrom('partners')
    .select(['name', 'contact_email', 'description'])
    .where('slug', '=', 'kurz-dabei')
    .executeTakeFirstOrThrow();
  assert.deepEqual(gone, { name: 'Zurückgezogener Eintrag', contact_email: '', description: '' });

  const b = await residentSession(t.db);
  await postForm(t.app, '/de/netzwerk/neu', partnerForm({ name: 'Bald gelöscht', contact_email: 'bald@example.org' }), b);
  await postForm(t.app, '/de/verwaltung/netzwerk/partner/bald-geloescht', { verify: 'on' }, agency);
  await postForm(t.app, '/de/buergerkonto/loeschen', { confirm: 'on' }, b);
  assert.equal((await get(t.app, '/de/netzwerk/bald-geloescht')).statusCode, 404);
  assert.equal(
    (await t.db.selectFrom('partners').select('contact_email').where('slug', '=', 'bald-geloescht').executeTakeFirstOrThrow())
      .contact_email,
    '',
  );
});
