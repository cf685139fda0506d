// Password reset by e-mail over HTTP, with the mail going through the job queue to a real SMTP server:
// the same answer for known and unknown addresses, a link that works once, signs out everywhere, and
// requests limited per address.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkNewUser } from '../../src/modules/accounts/accounts.schemas.js';
import { addUser } from '../../src/modules/accounts/accounts.service.js';
import { hashingStats } from '../../src/modules/accounts/passwords.js';
import { signIn } from '../../src/modules/accounts/sign-in.service.js';
import { runDueJobs } from '../../src/worker.js';
import { startTestApp, TEST_BASE_URL, type TestApp } from '../helpers/app.js';
import { type Mailbox, startMailbox } from '../helpers/mailbox.js';

let t: TestApp;
let mailbox: Mailbox;
const EMAIL = 'koordination@schleswig-flensburg.example';
before(async () => {
  t = await startTestApp('municipalities');
  mailbox = await startMailbox();
  const user = checkNewUser({ email: EMAIL, role: 'coordinator', municipality: 'schleswig-flensburg', password: 'altes-passwort-123' });
  assert.ok(!Array.isArray(user));
  await addUser(t.db, user);
});
after(async () => {
  await mailbox.close();
  await t.close();
});

const mailConfig = () => ({ smtpUrl: mailbox.url, mailFrom: 'Lotse <lotse@test.example>', publicUrl: TEST_BASE_URL });

async function csrf(url: string) {
  const res = await t.app.inject({ url });
  return res.cookies.find((c) => c.name === 'lotse_csrf')!.value;
}

async function post(url: string, form: Record<string, string>, ip = '10.9.9.9') {
  const token = await csrf('/de/passwort-vergessen');
  return t.app.inject({
    method: 'POST',
    url,
    payload: new URLSearchParams({ ...form, _csrf: token }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    cookies: { lotse_csrf: token },
    remoteAddress: ip,
  });
}

test('a reset link arrives by e-mail, works once, and signs the person out everywhere', async () => {
  const session = await signIn(t.db, EMAIL, 'altes-passwort-123', '10.1.1.1', { passwordLogin: true, sso: false });
  assert.ok(session.ok);
  const res = await post('/de/passwort-vergessen', { email: 'Koordination@Schleswig-Flensburg.example' });
  assert.equal(res.statusCode, 200);
  assert.ok(res.body.includes('Wenn zu dieser Adresse ein Konto gehört'));
  assert.equal(mailbox.to(EMAIL).length, 0, 'the mail goes out from the job queue, not in the request');

  await runDueJobs(mailConfig(), t.database.url);
  const [mail] = mailbox.to(EMAIL);
  assert.ok(mail, 'the reset mail arrived');
  assert.equal(mail.subject, 'Lotse: Passwort zurücksetzen');
  assert.deepEqual(
    mail.from?.value.map((a) => [a.name, a.address]),
    [['Lotse', 'lotse@test.example']],
  );
  const link = /http:\/\/lotse\.test(\/de\/passwort-neu\?token=[\w-]+)/.exec(mail.text ?? '')![1]!;

  const form = await t.app.inject({ url: link });
  assert.equal(form.statusCode, 200);
  const token = new URL(link, 'http://x').searchParams.get('token')!;
  const mismatch = await post('/de/passwort-neu', { token, password: 'neues-passwort-456', password2: 'anderes-passwort' });
  assert.equal(mismatch.statusCode, 400);
  assert.ok(mismatch.body.includes('Die beiden Passwörter stimmen nicht überein.'));
  // Long enough, but in every list of leaked passwords: refused, and the link still works.
  const common = await post('/de/passwort-neu', { token, password: 'passwordpassword', password2: 'passwordpassword' });
  assert.equal(common.statusCode, 400);
  assert.ok(common.body.includes('Dieses Passwort ist zu leicht zu erraten'));

  const done = await post('/de/passwort-neu', { token, password: 'neues-passwort-456', password2: 'neues-passwort-456' });
  assert.equal(done.statusCode, 303);
  assert.equal(done.headers.location, '/de/anmelden?passwort=neu');
  assert.equal((await signIn(t.db, EMAIL, 'altes-passwort-123', '10.1.1.2', { passwordLogin: true, sso: false })).ok, false);
  assert.equal((await signIn(t.db, EMAIL, 'neues-passwort-456', '10.1.1.2', { passwordLogin: true, sso: false })).ok, true);
  // The old session is gone.
  const account = await t.app.inject({ url: '/de/konto', cookies: { lotse_session: (session as { token: string }).token } });
  assert.equal(account.statusCode, 303);

  const again = await post('/de/passwort-neu', { token, password: 'drittes-passwort-789', password2: 'drittes-passwort-789' });
  assert.equal(again.statusCode, 410);
  assert.equal((await t.app.inject({ url: link })).statusCode, 410);
  const audit = await t.db.selectFrom('audit_log').where('action', '=', 'user.password.reset').selectAll().execute();
  assert.equal(audit.length, 1);
  assert.ok(!JSON.stringify(audit).includes('neues-passwort'));
});

test('an unknown address gets the same answer and no mail', async () => {
  const before = mailbox.messages.length;
  const res = await post('/en/passwort-vergessen', { email: 'niemand@example.org' });
  assert.equal(res.statusCode, 200);
  assert.ok(res.body.includes('If an account belongs to this address'));
  await runDueJobs(mailConfig(), t.database.url);
  assert.equal(mailbox.messages.length, before);
});

test('requests are limited per address, and need the CSRF token', async () => {
  const address = 'limit@example.org';
  for (let i = 0; i < 3; i++) assert.equal((await post('/de/passwort-vergessen', { email: address }, `10.2.0.${i}`)).statusCode, 200);
  const limited = await post('/de/passwort-vergessen', { email: address }, '10.2.0.9');
  assert.equal(limited.statusCode, 429);
  assert.ok(limited.body.includes('Zu viele Anfragen'));
  const noToken = await t.app.inject({
    method: 'POST',
    url: '/de/passwort-vergessen',
    payload: 'email=a%40b.de',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(noToken.statusCode, 403);
  const invalid = await t.app.inject({ url: '/de/passwort-neu?token=unsinn' });
  assert.equal(invalid.statusCode, 410);
  assert.ok(invalid.body.includes('Dieser Link ist ungültig'));
});

test('an unknown link costs no password hash, and a client that keeps guessing links is stopped', async () => {
  const hashesBefore = hashingStats().started;
  const guesses = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      post('/de/passwort-neu', { token: `geraten-${i}`, password: 'neues-passwort-456', password2: 'neues-passwort-456' }, '10.7.7.7'),
    ),
  );
  assert.deepEqual([...new Set(guesses.map((r) => r.statusCode))], [410]);
  assert.equal(hashingStats().started, hashesBefore, 'no hash was computed for an unknown link');
  const limited = await post(
    '/de/passwort-neu',
    { token: 'geraten-11', password: 'neues-passwort-456', password2: 'neues-passwort-456' },
    '10.7.7.7',
  );
  assert.equal(limited.statusCode, 429);
  assert.ok(limited.body.includes('Zu viele Anfragen'));
  // Another client is not affected.
  assert.equal(
    (await post('/de/passwort-neu', { token: 'geraten-12', password: 'neues-passwort-456', password2: 'neues-passwort-456' }, '10.7.7.8'))
      .statusCode,
    410,
  );
});
