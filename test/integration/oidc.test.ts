// Single sign-on against a real OpenID Connect provider started in the test: an identity whose verified
// e-mail belongs to a Lotse account signs in (and is linked to it); one without an account is refused;
// a replayed or forged callback is refused.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkNewUser } from '../../src/modules/accounts/accounts.schemas.js';
import { addUser } from '../../src/modules/accounts/accounts.service.js';
import { startTestApp, TEST_BASE_URL, type TestApp } from '../helpers/app.js';
import { OIDC_CLIENT, startProvider, type TestProvider, walkProvider } from '../helpers/oidc-provider.js';

let t: TestApp;
let provider: TestProvider;
const CALLBACK = `${TEST_BASE_URL}/oidc/callback`;
before(async () => {
  provider = await startProvider(CALLBACK);
  t = await startTestApp('municipalities', {
    LOTSE_OIDC_ISSUER: provider.issuer,
    LOTSE_OIDC_CLIENT_ID: OIDC_CLIENT.id,
    LOTSE_OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
    LOTSE_OIDC_NAME: 'Kreis-Konto',
  });
  const user = checkNewUser({ email: 'redaktion@nordfriesland.example', role: 'editor', municipality: 'nordfriesland' });
  assert.ok(!Array.isArray(user));
  await addUser(t.db, user);
});
after(async () => {
  await t.close();
  await provider.close();
});

async function signInWith(login: string, next?: string) {
  const start = await t.app.inject({ url: `/de/anmelden/oidc${next ? `?weiter=${encodeURIComponent(next)}` : ''}` });
  assert.equal(start.statusCode, 303);
  assert.ok(String(start.headers.location).startsWith(`${provider.issuer}/`));
  const state = start.cookies.find((c) => c.name === 'lotse_oidc_state')!;
  assert.equal(state.httpOnly, true);
  assert.equal(state.path, '/oidc/callback');
  const back = await walkProvider(String(start.headers.location), login, CALLBACK);
  const cookies = { lotse_oidc_state: state.value };
  return { back, cookies, res: await t.app.inject({ url: back.slice(TEST_BASE_URL.length), cookies }) };
}

test('the sign-in page offers the configured provider', async () => {
  const page = await t.app.inject({ url: '/de/anmelden' });
  assert.ok(page.body.includes('Mit Kreis-Konto anmelden'));
  assert.ok(page.body.includes('href="/de/anmelden/oidc"'));
});

test('a known person signs in through the provider and lands where they wanted to go', async () => {
  const { res, back, cookies } = await signInWith('Redaktion@Nordfriesland.example', '/de/verwaltung');
  assert.equal(res.statusCode, 303, res.body);
  assert.equal(res.headers.location, '/de/verwaltung');
  const session = res.cookies.find((c) => c.name === 'lotse_session')!;
  assert.equal(session.httpOnly, true);
  const list = await t.app.inject({ url: '/de/verwaltung', cookies: { lotse_session: session.value } });
  assert.equal(list.statusCode, 200);
  const user = await t.db
    .selectFrom('users')
    .select(['oidc_issuer', 'oidc_subject'])
    .where('email', '=', 'redaktion@nordfriesland.example')
    .executeTakeFirstOrThrow();
  assert.equal(user.oidc_issuer, provider.issuer);
  assert.equal(user.oidc_subject, 'Redaktion@Nordfriesland.example');

  // The same callback a second time (a replay) does not sign anybody in.
  const replay = await t.app.inject({ url: back.slice(TEST_BASE_URL.length), cookies });
  assert.equal(replay.statusCode, 401);
  assert.ok(replay.body.includes('Die Anmeldung hat zu lange gedauert oder wurde schon abgeschlossen.'));
  assert.equal(
    replay.cookies.find((c) => c.name === 'lotse_session'),
    undefined,
  );
});

test('an identity without a Lotse account is refused', async () => {
  const { res } = await signInWith('fremd@example.org');
  assert.equal(res.statusCode, 403);
  assert.ok(res.body.includes('Für diese Anmeldung gibt es kein Lotse-Konto.'));
  assert.equal(
    res.cookies.find((c) => c.name === 'lotse_session'),
    undefined,
  );
});

test('a callback from another browser’s sign-in (login CSRF) is refused', async () => {
  const start = await t.app.inject({ url: '/de/anmelden/oidc' });
  const back = await walkProvider(String(start.headers.location), 'redaktion@nordfriesland.example', CALLBACK);
  // The victim's browser has no state cookie, or another one.
  const res = await t.app.inject({ url: back.slice(TEST_BASE_URL.length), cookies: { lotse_oidc_state: 'anderer-zustand' } });
  assert.equal(res.statusCode, 401);
  assert.equal(
    res.cookies.find((c) => c.name === 'lotse_session'),
    undefined,
  );
});

test('an address the provider has not verified claims no account', async () => {
  const unverified = await startProvider(CALLBACK, (sub) => sub, false);
  const other = await startTestApp('municipalities', {
    LOTSE_OIDC_ISSUER: unverified.issuer,
    LOTSE_OIDC_CLIENT_ID: OIDC_CLIENT.id,
    LOTSE_OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
  });
  try {
    const user = checkNewUser({ email: 'redaktion@nordfriesland.example', role: 'editor', municipality: 'nordfriesland' });
    assert.ok(!Array.isArray(user));
    await addUser(other.db, user);
    const start = await other.app.inject({ url: '/de/anmelden/oidc' });
    const state = start.cookies.find((c) => c.name === 'lotse_oidc_state')!.value;
    const back = await walkProvider(String(start.headers.location), 'redaktion@nordfriesland.example', CALLBACK);
    const res = await other.app.inject({ url: back.slice(TEST_BASE_URL.length), cookies: { lotse_oidc_state: state } });
    assert.equal(res.statusCode, 403);
    const linked = await other.db.selectFrom('users').select('oidc_subject').executeTakeFirstOrThrow();
    assert.equal(linked.oidc_subject, null);
  } finally {
    await other.close();
    await unverified.close();
  }
});

test('a forged callback without a known state is refused', async () => {
  const res = await t.app.inject({ url: '/oidc/callback?code=abc&state=erfunden', cookies: { lotse_oidc_state: 'erfunden' } });
  assert.equal(res.statusCode, 401);
  assert.equal(
    res.cookies.find((c) => c.name === 'lotse_session'),
    undefined,
  );
});

test('without configuration there is no single sign-on', async () => {
  const plain = await startTestApp('empty');
  try {
    assert.equal((await plain.app.inject({ url: '/de/anmelden/oidc' })).statusCode, 404);
    assert.ok(!(await plain.app.inject({ url: '/de/anmelden' })).body.includes('anmelden/oidc'));
  } finally {
    await plain.close();
  }
});

test('one client cannot fill the database with started sign-ins', async () => {
  const start = () => t.app.inject({ url: '/de/anmelden/oidc', remoteAddress: '10.8.8.8' });
  for (let i = 0; i < 30; i++) assert.equal((await start()).statusCode, 303);
  const rows = async () => (await t.db.selectFrom('oidc_logins').select('state').execute()).length;
  const before = await rows();
  const refused = await start();
  assert.equal(refused.statusCode, 429);
  assert.equal(await rows(), before);
  assert.equal(
    (await t.app.inject({ url: '/de/anmelden/oidc', remoteAddress: '10.8.8.9' })).statusCode,
    303,
    'another client still gets in',
  );
});
