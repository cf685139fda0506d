// Single sign-on cannot be bypassed with a password: an account linked to the provider neither signs in
// with a password nor gets a password link (a reset mails a note where to sign in, an older link dies);
// with LOTSE_PASSWORD_LOGIN=false nobody signs in with a password, invitations carry no password link and
// the reset page offers nothing. A reset request does the same work for known and unknown addresses.
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../src/config.js';
import { checkNewUser } from '../../src/modules/accounts/accounts.schemas.js';
import { addUser } from '../../src/modules/accounts/accounts.service.js';
import { startTestApp, TEST_BASE_URL, type TestApp } from '../helpers/app.js';
import { deliverMail, type Mailbox, startMailbox } from '../helpers/mailbox.js';
import { OIDC_CLIENT, startProvider, type TestProvider, walkProvider } from '../helpers/oidc-provider.js';
import { postPublicForm } from '../helpers/public-form.js';
import { postForm, staffSession } from '../helpers/staff.js';

const CALLBACK = `${TEST_BASE_URL}/oidc/callback`;
const PASSWORD = 'ein-langes-passwort-1';
let provider: TestProvider;
let mailbox: Mailbox;
before(async () => {
  provider = await startProvider(CALLBACK);
  mailbox = await startMailbox();
});
after(async () => {
  await mailbox.close();
  await provider.close();
});

const oidcEnv = (extra: Record<string, string> = {}) => ({
  LOTSE_OIDC_ISSUER: provider.issuer,
  LOTSE_OIDC_CLIENT_ID: OIDC_CLIENT.id,
  LOTSE_OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
  LOTSE_OIDC_NAME: 'Kreis-Konto',
  ...extra,
});

async function addStaff(t: TestApp, email: string, password?: string) {
  const user = checkNewUser({ email, role: 'editor', municipality: 'nordfriesland', ...(password ? { password } : {}) });
  assert.ok(!Array.isArray(user));
  await addUser(t.db, user);
}

const form = (t: TestApp, url: string, fields: Record<string, string>, ip = '10.4.4.4') =>
  postPublicForm(t.app, '/de/anmelden', url, fields, { ip });

async function linkThroughProvider(t: TestApp, email: string) {
  const start = await t.app.inject({ url: '/de/anmelden/oidc' });
  const state = start.cookies.find((c) => c.name === 'lotse_oidc_state')!.value;
  const back = await walkProvider(String(start.headers.location), email, CALLBACK);
  const res = await t.app.inject({ url: back.slice(TEST_BASE_URL.length), cookies: { lotse_oidc_state: state } });
  assert.equal(res.statusCode, 303, res.body);
}

const queuedJobs = async (t: TestApp) =>
  Number(
    (await sql<{ n: string }>`select count(*) as n from graphile_worker.jobs where task_identifier <> 'send_mail'`.execute(t.db)).rows[0]!
      .n,
  );

describe('with single sign-on configured', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('municipalities', oidcEnv());
    await addStaff(t, 'sso@nordfriesland.example', PASSWORD);
    await addStaff(t, 'lokal@nordfriesland.example', PASSWORD);
  });
  after(() => t.close());

  test('an account linked to the provider no longer signs in with its password, an unlinked one does', async () => {
    assert.equal((await form(t, '/de/anmelden', { email: 'sso@nordfriesland.example', password: PASSWORD })).statusCode, 303);
    await linkThroughProvider(t, 'sso@nordfriesland.example');
    const refused = await form(t, '/de/anmelden', { email: 'sso@nordfriesland.example', password: PASSWORD });
    assert.equal(refused.statusCode, 403);
    assert.ok(refused.body.includes('meldet sich über die zentrale Anmeldung'));
    assert.equal(
      refused.cookies.find((c) => c.name === 'lotse_session'),
      undefined,
    );
    // A wrong password gets the usual answer: the hint does not tell strangers which accounts are linked.
    const wrong = await form(t, '/de/anmelden', { email: 'sso@nordfriesland.example', password: 'falsch-falsch-falsch' });
    assert.equal(wrong.statusCode, 401);
    assert.ok(!wrong.body.includes('zentrale Anmeldung'));
    assert.equal((await form(t, '/de/anmelden', { email: 'lokal@nordfriesland.example', password: PASSWORD })).statusCode, 303);
  });

  test('a reset for a linked account mails where to sign in, never a password link; an older link dies', async () => {
    await addStaff(t, 'spaeter@nordfriesland.example', PASSWORD);
    assert.equal((await form(t, '/de/passwort-vergessen', { email: 'spaeter@nordfriesland.example' }, '10.4.4.5')).statusCode, 200);
    await deliverMail(mailbox, t.database.url);
    const [before] = mailbox.to('spaeter@nordfriesland.example');
    const link = /http:\/\/lotse\.test(\/de\/passwort-neu\?token=[\w-]+)/.exec(before!.text ?? '')![1]!;
    assert.equal((await t.app.inject({ url: link })).statusCode, 200);

    await linkThroughProvider(t, 'spaeter@nordfriesland.example');
    assert.equal((await t.app.inject({ url: link })).statusCode, 410);
    const token = new URL(link, TEST_BASE_URL).searchParams.get('token')!;
    const use = await form(
      t,
      '/de/passwort-neu',
      { token, password: 'ganz-neues-passwort-2', password2: 'ganz-neues-passwort-2' },
      '10.4.4.5',
    );
    assert.equal(use.statusCode, 410);

    assert.equal((await form(t, '/de/passwort-vergessen', { email: 'spaeter@nordfriesland.example' }, '10.4.4.5')).statusCode, 200);
    await deliverMail(mailbox, t.database.url);
    const note = mailbox.to('spaeter@nordfriesland.example')[1]!;
    assert.ok(note.text!.includes('zentrale Anmeldung'));
    assert.ok(note.text!.includes('http://lotse.test/de/anmelden'));
    assert.ok(!note.text!.includes('passwort-neu'));
  });

  test('a reset request costs the same whether the address has an account: one queued job, looked up later', async () => {
    const resetsBefore = await t.db
      .selectFrom('password_resets')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(await queuedJobs(t), 0);
    await form(t, '/de/passwort-vergessen', { email: 'lokal@nordfriesland.example' }, '10.4.4.6');
    await form(t, '/de/passwort-vergessen', { email: 'niemand@nordfriesland.example' }, '10.4.4.6');
    assert.equal(await queuedJobs(t), 2);
    const resetsAfter = await t.db
      .selectFrom('password_resets')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(resetsAfter.n, resetsBefore.n, 'no link is made while the person waits for the answer');
    await deliverMail(mailbox, t.database.url);
    assert.equal(await queuedJobs(t), 0);
    assert.equal(mailbox.to('niemand@nordfriesland.example').length, 0);
    assert.ok(mailbox.to('lokal@nordfriesland.example').at(-1)!.text!.includes('/de/passwort-neu?token='));
  });
});

describe('with LOTSE_PASSWORD_LOGIN=false', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('municipalities', oidcEnv({ LOTSE_PASSWORD_LOGIN: 'false' }));
    await addStaff(t, 'passwort@nordfriesland.example', PASSWORD);
  });
  after(() => t.close());

  test('the sign-in page offers only single sign-on and a password is refused', async () => {
    const page = await t.app.inject({ url: '/de/anmelden' });
    assert.ok(page.body.includes('Mit Kreis-Konto anmelden'));
    assert.ok(!page.body.includes('name="password"'));
    assert.ok(!page.body.includes('/de/passwort-vergessen'));
    const refused = await form(t, '/de/anmelden', { email: 'passwort@nordfriesland.example', password: PASSWORD });
    assert.equal(refused.statusCode, 403);
    assert.equal(
      refused.cookies.find((c) => c.name === 'lotse_session'),
      undefined,
    );
  });

  test('no password link is sent: the reset page explains, an invitation says where to sign in', async () => {
    const page = await t.app.inject({ url: '/de/passwort-vergessen' });
    assert.equal(page.statusCode, 404);
    assert.ok(page.body.includes('ein Lotse-Passwort gibt es nicht'));
    assert.ok(!page.body.includes('name="email"'));
    assert.equal((await form(t, '/de/passwort-vergessen', { email: 'passwort@nordfriesland.example' })).statusCode, 404);

    const admin = await staffSession(t.db, [{ role: 'admin' }]);
    const invited = await postForm(
      t.app,
      '/de/verwaltung/konten/neu',
      { email: 'neu-sso@nordfriesland.example', role: 'editor', municipality: 'nordfriesland' },
      admin,
    );
    assert.equal(invited.statusCode, 303);
    await deliverMail(mailbox, t.database.url);
    assert.equal(mailbox.to('passwort@nordfriesland.example').length, 0);
    const [mail] = mailbox.to('neu-sso@nordfriesland.example');
    assert.ok(mail!.text!.includes('zentrale Anmeldung'));
    assert.ok(!mail!.text!.includes('passwort-neu'));
    assert.equal((await t.db.selectFrom('password_resets').selectAll().execute()).length, 0);
  });

  test('turning passwords off without single sign-on is a configuration error', () => {
    assert.throws(() => loadConfig({ LOTSE_PASSWORD_LOGIN: 'false' }), /LOTSE_PASSWORD_LOGIN: false needs single sign-on/);
    assert.equal(loadConfig({}).passwordLogin, true);
  });
});
