// Staff and partner e-mails go out in their recipient's language: a staff member chooses it on their
// account page, a partner's is the language its profile was saved in. Read back from a real mailbox:
// new partner and advisory request to the agency, the contact form and an introduction to partners, a
// message of a project team to its advisor, a finance reminder, a reported comment and a quorum reached.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { ParsedMail } from 'mailparser';
import { t } from '../../src/i18n/index.js';
import { sendDeadlineReminders } from '../../src/modules/finance/finance-jobs.js';
import { confirm, sign } from '../../src/modules/participation/participation.service.js';
import { startTestApp, TEST_BASE_URL, type TestApp } from '../helpers/app.js';
import { deliverMail, type Mailbox, startMailbox } from '../helpers/mailbox.js';
import { postPublicForm } from '../helpers/public-form.js';
import { residentSession } from '../helpers/residents.js';
import { get, postForm, type StaffSession, staffSession } from '../helpers/staff.js';

let t0: TestApp;
let mailbox: Mailbox;
let agency: StaffSession;
before(async () => {
  t0 = await startTestApp('demo');
  mailbox = await startMailbox();
  agency = await staffSession(t0.db, [{ role: 'agency' }], 'agentur-en@lotse.test');
});
after(async () => {
  await mailbox.close();
  await t0.close();
});

const deliver = () => deliverMail(mailbox, t0.database.url);
const last = (address: string): ParsedMail => {
  const mail = mailbox.to(address).at(-1);
  assert.ok(mail, `a mail to ${address}`);
  return mail;
};
const localeOf = async (email: string) =>
  (await t0.db.selectFrom('users').select('locale').where('email', '=', email).executeTakeFirstOrThrow()).locale;
/** A staff member whose e-mails are in `locale`. */
async function staffIn(locale: string, roles: Parameters<typeof staffSession>[1], email: string) {
  const session = await staffSession(t0.db, roles, email);
  await t0.db.updateTable('users').set({ locale }).where('id', '=', session.userId).execute();
  return session;
}

test('staff choose the language of their e-mails on their account page; a wrong value changes nothing', async () => {
  assert.equal(await localeOf(agency.email), 'de', 'German until chosen');
  const anonymous = await postForm(t0.app, '/da/konto/sprache', { locale: 'en' });
  assert.equal(anonymous.statusCode, 303);
  assert.equal(anonymous.headers.location, '/da/anmelden');

  const bad = await postForm(t0.app, '/da/konto/sprache', { locale: 'fr' }, agency);
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.body.includes(t('da', 'form.error.choose')) && bad.body.includes('href="#locale"'), 'the field error, in the summary too');
  assert.equal(await localeOf(agency.email), 'de', 'nothing changed');

  const saved = await postForm(t0.app, '/da/konto/sprache', { locale: 'en' }, agency);
  assert.equal(saved.statusCode, 303);
  assert.equal(saved.headers.location, '/da/konto?gespeichert=sprache');
  assert.equal(await localeOf(agency.email), 'en');
  const page = await get(t0.app, '/da/konto?gespeichert=sprache', agency);
  assert.ok(page.body.includes(t('da', 'account.mailLocaleSaved')));
  assert.match(page.body, /<option value="en" selected/);
  const audit = await t0.db.selectFrom('audit_log').select(['summary']).where('action', '=', 'user.locale').execute();
  assert.deepEqual(
    audit.map((a) => a.summary),
    ['de → en'],
  );
});

test('partners get their mails in the language of their profile, the agency and advisors in theirs', async () => {
  await t0.db.updateTable('users').set({ locale: 'en' }).where('id', '=', agency.userId).execute();
  const owner = await residentSession(t0.db);
  const made = await postForm(
    t0.app,
    '/da/netzwerk/neu',
    {
      name: 'Dansk Kulturforening',
      kind: 'association',
      description: 'Vi samler frivillige i Flensborg.',
      contact_email: 'kontakt@kulturforening.example.org',
      consent: 'on',
    },
    owner,
  );
  assert.equal(made.statusCode, 303);
  const partner = await t0.db
    .selectFrom('partners')
    .select(['slug', 'locale'])
    .where('name', '=', 'Dansk Kulturforening')
    .executeTakeFirstOrThrow();
  assert.equal(partner.locale, 'da');
  await deliver();
  const toAgency = last(agency.email);
  assert.equal(toAgency.subject, t('en', 'network.mail.newPartner.subject', { name: 'Dansk Kulturforening' }));
  assert.ok(toAgency.text!.includes(`${TEST_BASE_URL}/en/verwaltung/netzwerk/partner/${partner.slug}`));

  await t0.db.updateTable('partners').set({ verified_at: new Date() }).where('slug', '=', partner.slug).execute();
  const page = `/de/netzwerk/${partner.slug}`;
  const sent = await postPublicForm(t0.app, page, `${page}/kontakt`, {
    name: 'Ole',
    email: 'ole@example.net',
    message: 'Hej!',
    consent: 'on',
  });
  assert.equal(sent.statusCode, 200);
  const introduced = await postForm(
    t0.app,
    '/de/verwaltung/netzwerk/vorstellungen',
    { partner: partner.slug, kind: 'partner', key: 'gemeinschaftsschule-nord-beispiel' },
    agency,
  );
  assert.equal(introduced.statusCode, 303);
  await deliver();
  const toPartner = mailbox.to('kontakt@kulturforening.example.org');
  assert.deepEqual(
    toPartner.map((m) => m.subject),
    [
      t('da', 'network.mail.contact.subject', { name: 'Ole' }),
      t('da', 'network.mail.intro.subject', { name: 'Gemeinschaftsschule Nord (Beispiel)' }),
    ],
    'a Danish partner reads Danish, whoever wrote from which page',
  );
  assert.ok(toPartner[1]!.text!.startsWith('Goddag\n\nDigitalagenturet'));
  assert.equal(
    last('gemeinschaftsschule-nord-beispiel@example.org').subject,
    t('de', 'network.mail.intro.subject', { name: 'Dansk Kulturforening' }),
    'the other side in its own language',
  );

  // A project team asks for advice from the English page; the agency reads English, the advisor Danish.
  const team = await residentSession(t0.db);
  const asked = await postForm(
    t0.app,
    '/en/beratung',
    { title: 'Sensorer ved skolen', question: 'Hvordan?', stage: 'idea', team: 'Forældre' },
    team,
  );
  assert.equal(asked.statusCode, 303);
  const id = Number(/beratung\/(\d+)/.exec(String(asked.headers.location))![1]);
  await deliver();
  assert.equal(last(agency.email).subject, t('en', 'network.mail.newCase.subject', { title: 'Sensorer ved skolen' }));
  assert.ok(last(agency.email).text!.includes(`${TEST_BASE_URL}/en/verwaltung/beratung/${id}`));
  const advisor = await staffIn('da', [{ role: 'agency' }], 'raadgiver-da@lotse.test');
  await t0.db.updateTable('advisory_cases').set({ advisor_id: advisor.userId, status: 'in_progress' }).where('id', '=', id).execute();
  const boundary = '----case';
  const message = await t0.app.inject({
    method: 'POST',
    url: `/de/beratung/${id}/nachricht`,
    payload: `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${team.csrf}\r\n--${boundary}\r\nContent-Disposition: form-data; name="body"\r\n\r\nEr der nyt?\r\n--${boundary}--\r\n`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    cookies: team.cookies,
  });
  assert.equal(message.statusCode, 303);
  await deliver();
  assert.equal(last(advisor.email).subject, t('da', 'network.mail.teamMessage.subject'));
  assert.equal(last(advisor.email).text!.trim(), t('da', 'network.mail.teamMessage.text', { id: String(id) }));
});

test('a finance reminder, a reported comment and a quorum reached: each staff member in their language', async () => {
  const finance = await staffIn('da', [{ role: 'finance' }], 'kasse-da@lotse.test');
  const deadline = await t0.db.selectFrom('finance_deadlines').select(['title', 'due_on']).orderBy('due_on').executeTakeFirstOrThrow();
  const day30 = new Date(Date.parse(`${deadline.due_on}T00:00:00Z`) - 30 * 86_400_000).toISOString().slice(0, 10);
  assert.ok((await sendDeadlineReminders(t0.db, TEST_BASE_URL, day30)) >= 1);
  await deliver();
  const reminder = mailbox.to(finance.email).find((m) => m.subject?.includes(deadline.title));
  assert.ok(reminder, 'the reminder of that deadline');
  assert.equal(reminder.subject, `Frist om 30 dage: ${deadline.title}`);
  assert.ok(reminder.text!.startsWith('Goddag\n\nFristen') && reminder.text!.includes(`${TEST_BASE_URL}/da/verwaltung/finanzen`));

  const moderator = await staffIn('da', [{ role: 'moderator' }], 'moderation-da@lotse.test');
  const comment = await t0.db.selectFrom('comments').select('id').where('hidden_at', 'is', null).orderBy('id').executeTakeFirstOrThrow();
  const reporter = await residentSession(t0.db);
  assert.equal((await postForm(t0.app, `/de/kommentare/${comment.id}/melden`, { reason: 'Fornærmelse' }, reporter)).statusCode, 303);
  await deliver();
  const report = last(moderator.email);
  assert.match(report.subject ?? '', /^Anmeldt kommentar: /);
  assert.ok(report.text!.includes('Begrundelse: Fornærmelse') && report.text!.includes(`${TEST_BASE_URL}/da/verwaltung/moderation`));

  // The demo signature collection lacks one signature; the agency (English) hears of the quorum.
  const request = await t0.db
    .selectFrom('participation_requests')
    .select(['id', 'title', 'signature_count'])
    .where('kind', '=', 'signatures')
    .executeTakeFirstOrThrow();
  await t0.db
    .updateTable('participation_requests')
    .set({ quorum: request.signature_count + 1 })
    .where('id', '=', request.id)
    .execute();
  const signer = { name: 'Karen', residence: 'Flensburg', age: 'on' as const, email: 'karen@example.org', consent: 'on' as const };
  assert.equal(await sign(t0.db, request.id, signer, '10.80.0.1', 'da', TEST_BASE_URL), 'sent');
  await deliver();
  const token = /token=([\w-]+)/.exec(last('karen@example.org').text ?? '')![1]!;
  assert.ok((await confirm(t0.db, 'unterschrift', token, TEST_BASE_URL)).ok);
  await deliver();
  const quorum = last(agency.email);
  assert.equal(quorum.subject, t('en', 'participation.mail.quorum.subject', { title: request.title }));
  assert.ok(quorum.text!.includes(`${TEST_BASE_URL}/en/verwaltung/beteiligung/anregungen/${request.id}`));
});
