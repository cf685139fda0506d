// Staff sign-in over HTTP: CSRF, wrong passwords, the lockout that cannot lock a person out from their
// own computer, the session cookie, the account page, and signing out here or everywhere.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { checkNewUser } from '../../src/modules/accounts/accounts.schemas.js';
import { addUser } from '../../src/modules/accounts/accounts.service.js';
import { startTestApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
const PASSWORD = 'Förde-Brücke-2026';
before(async () => {
  t = await startTestApp('municipalities');
  const user = checkNewUser({
    email: 'redaktion@flensburg.de',
    role: 'editor',
    municipality: 'flensburg',
    password: PASSWORD,
    name: 'Kim Redaktion',
  });
  assert.ok(!Array.isArray(user));
  await addUser(t.db, user);
});
after(() => t.close());

async function signInForm(ip = '10.1.1.1') {
  const res = await t.app.inject({ url: '/de/anmelden', remoteAddress: ip });
  const csrf = res.cookies.find((c) => c.name === 'lotse_csrf')!.value;
  assert.ok(res.body.includes(`name="_csrf" value="${csrf}"`));
  return csrf;
}

async function post(url: string, form: Record<string, string>, cookies: Record<string, string>, ip = '10.1.1.1') {
  return t.app.inject({
    method: 'POST',
    url,
    payload: new URLSearchParams(form).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    cookies,
    remoteAddress: ip,
  });
}

async function signIn(password: string, ip = '10.1.1.1') {
  const csrf = await signInForm(ip);
  return post('/de/anmelden', { email: 'Redaktion@Flensburg.de', password, _csrf: csrf }, { lotse_csrf: csrf }, ip);
}

/** The token of the account page (its sign-out forms) for this session. */
async function accountPageToken(session: string) {
  const page = await t.app.inject({ url: '/de/konto', cookies: { lotse_session: session } });
  return page.cookies.find((c) => c.name === 'lotse_csrf')!.value;
}

const sessionCookie = (res: Awaited<ReturnType<typeof signIn>>) => res.cookies.find((c) => c.name === 'lotse_session');

test('the sign-in page is a translated form with a CSRF token', async () => {
  const res = await t.app.inject({ url: '/en/anmelden' });
  assert.equal(res.statusCode, 200);
  assert.ok(res.body.includes('Staff sign-in'));
  assert.equal(res.headers['cache-control'], 'no-store');
  const cookie = res.cookies.find((c) => c.name === 'lotse_csrf')!;
  assert.equal(cookie.httpOnly, true);
  assert.equal(cookie.sameSite, 'Strict');
});

test('a form without the CSRF token is refused and signs nobody in', async () => {
  const res = await post('/de/anmelden', { email: 'redaktion@flensburg.de', password: PASSWORD }, {});
  assert.equal(res.statusCode, 403);
  assert.equal(sessionCookie(res), undefined);
  assert.ok(res.body.includes('Das Formular war veraltet.'));
});

test('a token made up by the client (a cookie planted from a sibling site) is refused', async () => {
  const planted = 'A'.repeat(32);
  const res = await post(
    '/de/anmelden',
    { email: 'redaktion@flensburg.de', password: PASSWORD, _csrf: planted },
    { lotse_csrf: planted },
    '10.7.1.1',
  );
  assert.equal(res.statusCode, 403);
  assert.equal(sessionCookie(res), undefined);
  const lookalike = `${'A'.repeat(32)}.${'B'.repeat(43)}`;
  const forged = await post(
    '/de/anmelden',
    { email: 'redaktion@flensburg.de', password: PASSWORD, _csrf: lookalike },
    { lotse_csrf: lookalike },
    '10.7.1.1',
  );
  assert.equal(forged.statusCode, 403);
});

test('signing in replaces the token: one from before, or of another session, no longer works', async () => {
  const before = await signInForm('10.7.2.2');
  const res = await post(
    '/de/anmelden',
    { email: 'redaktion@flensburg.de', password: PASSWORD, _csrf: before },
    { lotse_csrf: before },
    '10.7.2.2',
  );
  assert.equal(res.statusCode, 303);
  const cleared = res.cookies.find((c) => c.name === 'lotse_csrf');
  assert.equal(cleared?.value, '', 'the old token is dropped at sign-in');
  const session = sessionCookie(res)!.value;
  const stale = await post('/de/abmelden', { _csrf: before }, { lotse_csrf: before, lotse_session: session }, '10.7.2.2');
  assert.equal(
    (await t.app.inject({ url: '/de/konto', cookies: { lotse_session: session } })).statusCode,
    200,
    `still signed in after ${stale.statusCode}`,
  );
  const other = sessionCookie(await signIn(PASSWORD, '10.7.2.3'))!.value;
  const othersToken = await accountPageToken(other);
  await post('/de/abmelden', { _csrf: othersToken }, { lotse_csrf: othersToken, lotse_session: session }, '10.7.2.2');
  assert.equal(
    (await t.app.inject({ url: '/de/konto', cookies: { lotse_session: session } })).statusCode,
    200,
    'another session’s token does not sign this one out',
  );
  const own = await accountPageToken(session);
  assert.notEqual(own, before);
  await post('/de/abmelden', { _csrf: own }, { lotse_csrf: own, lotse_session: session }, '10.7.2.2');
  assert.equal((await t.app.inject({ url: '/de/konto', cookies: { lotse_session: session } })).statusCode, 303);
});

test('a wrong password re-renders the form with an error and keeps the address', async () => {
  const res = await signIn('falsch-falsch-falsch');
  assert.equal(res.statusCode, 401);
  assert.equal(sessionCookie(res), undefined);
  assert.ok(res.body.includes('E-Mail-Adresse oder Passwort stimmen nicht.'));
  assert.ok(res.body.includes('value="Redaktion@Flensburg.de"'));
});

test('the right password opens a session; the account page shows who and which roles', async () => {
  const res = await signIn(PASSWORD);
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/de/konto');
  const cookie = sessionCookie(res)!;
  assert.equal(cookie.httpOnly, true);
  assert.equal(cookie.sameSite, 'Lax');
  const account = await t.app.inject({ url: '/de/konto', cookies: { lotse_session: cookie.value } });
  assert.equal(account.statusCode, 200);
  assert.ok(account.body.includes('redaktion@flensburg.de'));
  assert.ok(account.body.includes('Kim Redaktion'));
  assert.ok(account.body.includes('Redaktion für Stadt Flensburg'));
  const stored = await t.db.selectFrom('sessions').select('token_hash').execute();
  assert.ok(!stored.some((s) => s.token_hash === cookie.value), 'only a hash of the token is stored');
});

test('after five failures one client is locked out for a while, another client is not', async () => {
  const attacker = '10.6.6.6';
  for (let i = 0; i < 5; i++) assert.equal((await signIn('geraten-' + i, attacker)).statusCode, 401);
  const locked = await signIn(PASSWORD, attacker);
  assert.equal(locked.statusCode, 429);
  assert.ok(locked.body.includes('Zu viele fehlgeschlagene Versuche'));
  assert.equal(sessionCookie(locked), undefined);
  const owner = await signIn(PASSWORD, '10.2.2.2');
  assert.equal(owner.statusCode, 303, 'the person can still sign in from their own computer');
});

test('signing out ends this session; signing out everywhere ends all of them', async () => {
  const first = sessionCookie(await signIn(PASSWORD, '10.3.3.3'))!.value;
  const second = sessionCookie(await signIn(PASSWORD, '10.3.3.4'))!.value;
  const csrf = await accountPageToken(first);

  const out = await post('/de/abmelden', { _csrf: csrf }, { lotse_csrf: csrf, lotse_session: first });
  assert.equal(out.statusCode, 303);
  assert.equal((await t.app.inject({ url: '/de/konto', cookies: { lotse_session: first } })).statusCode, 303);
  assert.equal((await t.app.inject({ url: '/de/konto', cookies: { lotse_session: second } })).statusCode, 200);

  const third = sessionCookie(await signIn(PASSWORD, '10.3.3.5'))!.value;
  const thirdCsrf = await accountPageToken(third);
  await post('/de/ueberall-abmelden', { _csrf: thirdCsrf }, { lotse_csrf: thirdCsrf, lotse_session: third });
  for (const token of [second, third]) {
    const res = await t.app.inject({ url: '/de/konto', cookies: { lotse_session: token } });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/de/anmelden');
  }
});

test('a session in use is extended, but never beyond a day after sign-in', async () => {
  const token = sessionCookie(await signIn(PASSWORD, '10.6.7.7'))!.value;
  const stored = async () =>
    await t.db.selectFrom('sessions').select(['id', 'created_at', 'expires_at']).orderBy('id', 'desc').executeTakeFirstOrThrow();
  const { id } = await stored();
  // Signed in 23 hours ago and busy since: the next request keeps it for one more hour, not twelve.
  await sql`update sessions set created_at = now() - interval '23 hours' where id = ${id}`.execute(t.db);
  assert.equal((await t.app.inject({ url: '/de/konto', cookies: { lotse_session: token } })).statusCode, 200);
  const after = await stored();
  assert.ok(after.expires_at.getTime() - after.created_at.getTime() <= 24 * 3600_000 + 1000);
  await sql`update sessions set created_at = now() - interval '25 hours', expires_at = now() + interval '11 hours' where id = ${id}`.execute(
    t.db,
  );
  const page = await t.app.inject({ url: '/de/konto', cookies: { lotse_session: token } });
  assert.equal(page.statusCode, 303);
  assert.equal(page.headers.location, '/de/anmelden');
});

test('signing out needs the CSRF token too', async () => {
  const token = sessionCookie(await signIn(PASSWORD, '10.4.4.4'))!.value;
  await post('/de/abmelden', {}, { lotse_session: token });
  assert.equal((await t.app.inject({ url: '/de/konto', cookies: { lotse_session: token } })).statusCode, 200);
});

test('a disabled account cannot sign in', async () => {
  await t.db.updateTable('users').set({ disabled_at: new Date() }).execute();
  assert.equal((await signIn(PASSWORD, '10.5.5.5')).statusCode, 401);
  await t.db.updateTable('users').set({ disabled_at: null }).execute();
});
