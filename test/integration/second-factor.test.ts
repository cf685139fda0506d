// The second factor for staff over HTTP, with the requirement on (as in production): an admin without
// one is sent to enrol and reaches no other back-office page; enrolling takes a right code and shows the
// recovery codes once; the sign-in then asks for a code, refuses wrong and replayed ones under the sign-in
// limits, takes each recovery code once; an admin resets someone's second factor, audited.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkNewUser } from '../../src/modules/accounts/accounts.schemas.js';
import { addUser } from '../../src/modules/accounts/accounts.service.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { csrfFor } from '../helpers/csrf.js';
import { codeFor, enrolDirectly, secretOnPage } from '../helpers/second-factor.js';
import { get, postForm, type StaffSession, staffSession } from '../helpers/staff.js';

let t: TestApp;
const PASSWORD = 'Förde-Zweiter-Faktor-2026';
const ADMIN = 'admin@digitalagentur.example';
const EDITOR = 'redaktion@flensburg.example';
const ENROL = '/de/verwaltung/zweiter-faktor';

before(async () => {
  t = await startTestApp('municipalities', { LOTSE_STAFF_MFA: 'required-for-admin-finance' });
  for (const [email, role, municipality] of [
    [ADMIN, 'admin', undefined],
    [EDITOR, 'editor', 'flensburg'],
  ] as const) {
    const user = checkNewUser({ email, role, password: PASSWORD, ...(municipality ? { municipality } : {}) });
    assert.ok(!Array.isArray(user));
    await addUser(t.db, user);
  }
});
after(() => t.close());

const cookie = (res: { cookies: { name: string; value: string }[] }, name: string) => res.cookies.find((c) => c.name === name)?.value;
const userId = async (email: string) =>
  (await t.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
/** Pretends the last accepted code is long ago, so that the current code counts again (time passing). */
const timePasses = (email: string) =>
  userId(email).then((id) => t.db.updateTable('staff_totp').set({ last_step: null }).where('user_id', '=', id).execute());

async function form(url: string, fields: Record<string, string>, cookies: Record<string, string>, ip: string) {
  const page = await t.app.inject({ url: '/de/anmelden', remoteAddress: ip });
  const csrf = cookie(page, 'lotse_csrf')!;
  return t.app.inject({
    method: 'POST',
    url,
    payload: new URLSearchParams({ ...fields, _csrf: csrf }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    cookies: { ...cookies, lotse_csrf: csrf },
    remoteAddress: ip,
  });
}

/** The password step; returns the answer (a session, or the cookie of the sign-in waiting for its code). */
const passwordStep = (email: string, ip: string, password = PASSWORD) => form('/de/anmelden', { email, password }, {}, ip);
const codeStep = (challenge: string, code: string, ip: string) => form('/de/anmelden/code', { code }, { lotse_sign_in: challenge }, ip);

/** A session of the browser as the helpers use it (session cookie and a CSRF token signed for it). */
async function browser(session: string): Promise<StaffSession> {
  const csrf = await csrfFor(t.db, { lotse_session: session });
  return { userId: 0, email: '', cookies: { lotse_session: session, lotse_csrf: csrf }, csrf };
}

let adminSecret = '';
let recoveryCodes: string[] = [];

test('an admin without a second factor is sent to enrol and reaches no other back-office page', async () => {
  const signedIn = await passwordStep(ADMIN, '10.7.0.1');
  assert.equal(signedIn.statusCode, 303);
  assert.equal(signedIn.headers.location, ENROL, 'straight to enrolment after the password');
  const admin = await browser(cookie(signedIn, 'lotse_session')!);

  for (const url of ['/de/verwaltung', '/de/verwaltung/konten', '/de/verwaltung/protokoll', '/de/verwaltung/finanzen']) {
    const res = await get(t.app, url, admin);
    assert.equal(res.statusCode, 303, url);
    assert.equal(res.headers.location, `${ENROL}?weiter=${encodeURIComponent(url)}`);
  }
  const created = await postForm(
    t.app,
    '/de/verwaltung/konten/neu',
    { email: 'neu@matrix.test', role: 'reviewer', municipality: '' },
    admin,
  );
  assert.equal(created.statusCode, 303);
  assert.equal(created.headers.location, ENROL);
  assert.equal(
    await t.db.selectFrom('users').select('id').where('email', '=', 'neu@matrix.test').executeTakeFirst(),
    undefined,
    'nothing was done',
  );

  const json = await t.app.inject({ url: '/de/verwaltung/konten', cookies: admin.cookies, headers: { accept: 'application/json' } });
  assert.equal(json.statusCode, 403);
  assert.equal(json.json().error.code, 'second_factor_required');

  const account = await get(t.app, '/de/konto', admin);
  assert.equal(account.statusCode, 200);
  assert.ok(account.body.includes('verlangt einen zweiten Faktor'));

  // The enrolment page itself is open, without the sections the person cannot use yet.
  const page = await get(t.app, ENROL, admin);
  assert.equal(page.statusCode, 200);
  assert.ok(page.body.includes('Einrichtung beginnen'));
  assert.ok(!page.body.includes('href="/de/verwaltung/konten"'));

  // Other roles are not held up.
  const editor = await staffSession(t.db, [{ role: 'editor', municipality: 'flensburg' }]);
  assert.equal((await get(t.app, '/de/verwaltung', editor)).statusCode, 200);
  const finance = await staffSession(t.db, [{ role: 'finance' }]);
  assert.equal((await get(t.app, '/de/verwaltung/finanzen', finance)).statusCode, 303, 'finance must enrol too');
});

test('enrolling takes a right code and shows ten recovery codes once', async () => {
  const admin = await browser(cookie(await passwordStep(ADMIN, '10.7.0.2'), 'lotse_session')!);
  const started = await postForm(t.app, `${ENROL}/starten`, { weiter: '/de/verwaltung/konten' }, admin);
  assert.equal(started.statusCode, 303);
  assert.equal(started.headers.location, `${ENROL}?weiter=${encodeURIComponent('/de/verwaltung/konten')}`);

  const page = await get(t.app, String(started.headers.location), admin);
  assert.equal(page.statusCode, 200);
  assert.match(
    page.body,
    /<img class="lotse-qr" src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+" alt="QR-Code, mit dem Ihre Authenticator-App Lotse für admin@digitalagentur\.example hinzufügt"/,
  );
  adminSecret = secretOnPage(page.body);
  assert.equal(
    await t.db
      .selectFrom('staff_totp')
      .select('secret')
      .where('user_id', '=', await userId(ADMIN))
      .executeTakeFirstOrThrow()
      .then((r) => r.secret),
    null,
    'not stored as the secret before it is confirmed',
  );

  const wrong = await postForm(t.app, `${ENROL}/bestaetigen`, { code: codeFor(adminSecret, 5), weiter: '/de/verwaltung/konten' }, admin);
  assert.equal(wrong.statusCode, 400);
  assert.ok(wrong.body.includes('Der Code stimmt nicht.'));
  assert.ok(wrong.body.includes('aria-invalid="true"'));
  assert.equal((await get(t.app, '/de/verwaltung/konten', admin)).statusCode, 303, 'still not enrolled');

  const right = await postForm(t.app, `${ENROL}/bestaetigen`, { code: codeFor(adminSecret), weiter: '/de/verwaltung/konten' }, admin);
  assert.equal(right.statusCode, 200);
  assert.ok(right.body.includes('Der zweite Faktor ist eingeschaltet.'));
  recoveryCodes = [...right.body.matchAll(/<code>([a-z2-9]{5}-[a-z2-9]{5})<\/code>/g)].map((m) => m[1]!);
  assert.equal(recoveryCodes.length, 10);
  assert.ok(right.body.includes('href="/de/verwaltung/konten"'), 'and on to where the person wanted to go');

  const stored = await t.db
    .selectFrom('staff_recovery_codes')
    .select('code_hash')
    .where('user_id', '=', await userId(ADMIN))
    .execute();
  assert.equal(stored.length, 10);
  assert.ok(
    stored.every((r) => !recoveryCodes.some((c) => r.code_hash.includes(c.replace('-', '')))),
    'only hashes are stored',
  );
  assert.equal((await get(t.app, '/de/verwaltung/konten', admin)).statusCode, 200);
  const again = await get(t.app, ENROL, admin);
  assert.ok(!again.body.includes(recoveryCodes[0]!), 'the codes are shown once');
  assert.ok(again.body.includes('Unbenutzte Wiederherstellungscodes: 10.'));
  const audit = await t.db
    .selectFrom('audit_log')
    .select(['action', 'actor_label'])
    .where('action', '=', 'user.second_factor.enable')
    .execute();
  assert.deepEqual(audit, [{ action: 'user.second_factor.enable', actor_label: ADMIN }]);
});

test('the sign-in then needs the code: wrong and replayed codes are refused', async () => {
  const ip = '10.7.0.3';
  const first = await passwordStep(ADMIN, ip, 'falsches-passwort-123');
  assert.equal(first.statusCode, 401, 'a wrong password never reaches the code');
  const step = await passwordStep(ADMIN, ip);
  assert.equal(step.statusCode, 303);
  assert.equal(step.headers.location, '/de/anmelden/code');
  assert.equal(cookie(step, 'lotse_session'), undefined, 'no session before the code');
  const challenge = cookie(step, 'lotse_sign_in')!;
  assert.ok(challenge);
  const page = await t.app.inject({ url: '/de/anmelden/code', cookies: { lotse_sign_in: challenge } });
  assert.equal(page.statusCode, 200);
  assert.ok(page.body.includes('autocomplete="one-time-code"'));

  const wrong = await codeStep(challenge, codeFor(adminSecret, 3), ip);
  assert.equal(wrong.statusCode, 401);
  assert.ok(wrong.body.includes('Der Code stimmt nicht oder wurde schon benutzt.'));
  assert.equal(cookie(wrong, 'lotse_session'), undefined);

  // The enrolment used the current step; the app's next code (one step ahead) is accepted.
  const code = codeFor(adminSecret, 1);
  const right = await codeStep(challenge, code, ip);
  assert.equal(right.statusCode, 303);
  assert.equal(right.headers.location, '/de/konto');
  const session = cookie(right, 'lotse_session')!;
  assert.equal((await get(t.app, '/de/verwaltung/konten', await browser(session))).statusCode, 200);
  assert.equal(
    (await t.app.inject({ url: '/de/anmelden/code', cookies: { lotse_sign_in: challenge } })).statusCode,
    303,
    'the waiting sign-in is used up',
  );

  const replay = await codeStep(cookie(await passwordStep(ADMIN, ip), 'lotse_sign_in')!, code, ip);
  assert.equal(replay.statusCode, 401, 'a code works once');
  assert.equal(cookie(replay, 'lotse_session'), undefined);
});

test('wrong codes count against the sign-in limits', async () => {
  await timePasses(ADMIN);
  const ip = '10.7.0.4';
  const challenge = cookie(await passwordStep(ADMIN, ip), 'lotse_sign_in')!;
  // The password was attempt 1 of 5 for this address from this client; four wrong codes make five.
  for (let i = 0; i < 4; i++) assert.equal((await codeStep(challenge, '000000', ip)).statusCode, 401);
  const locked = await codeStep(challenge, codeFor(adminSecret), ip);
  assert.equal(locked.statusCode, 429);
  assert.ok(locked.body.includes('Zu viele fehlgeschlagene Versuche.'));
  assert.equal(cookie(locked, 'lotse_session'), undefined);
  // Another computer of the person is not locked out.
  const elsewhere = await codeStep(cookie(await passwordStep(ADMIN, '10.7.0.5'), 'lotse_sign_in')!, codeFor(adminSecret), '10.7.0.5');
  assert.equal(elsewhere.statusCode, 303);
});

test('a recovery code signs in once', async () => {
  const ip = '10.7.0.6';
  const code = recoveryCodes[0]!;
  const used = await codeStep(cookie(await passwordStep(ADMIN, ip), 'lotse_sign_in')!, ` ${code.toUpperCase()} `, ip);
  assert.equal(used.statusCode, 303);
  assert.equal(used.headers.location, `${ENROL}?hinweis=wiederherstellung`);
  const page = await get(t.app, String(used.headers.location), await browser(cookie(used, 'lotse_session')!));
  assert.ok(page.body.includes('mit einem Wiederherstellungscode angemeldet'));
  assert.ok(page.body.includes('Unbenutzte Wiederherstellungscodes: 9.'));

  const again = await codeStep(cookie(await passwordStep(ADMIN, ip), 'lotse_sign_in')!, code, ip);
  assert.equal(again.statusCode, 401);
  assert.equal(cookie(again, 'lotse_session'), undefined);
  assert.equal(
    (await t.db.selectFrom('audit_log').select('id').where('action', '=', 'user.second_factor.recovery_code_used').execute()).length,
    1,
  );
});

test('where not required, a staff member turns it off with the password; an admin cannot', async () => {
  const editorId = await userId(EDITOR);
  const secret = await enrolDirectly(t.db, editorId);
  const ip = '10.7.0.7';
  const signedIn = await codeStep(cookie(await passwordStep(EDITOR, ip), 'lotse_sign_in')!, codeFor(secret), ip);
  const editor = await browser(cookie(signedIn, 'lotse_session')!);
  const wrong = await postForm(t.app, `${ENROL}/ausschalten`, { confirmation: 'falsches-passwort-123' }, editor);
  assert.equal(wrong.statusCode, 400);
  assert.ok(wrong.body.includes('Code oder Passwort stimmen nicht.'));
  const off = await postForm(t.app, `${ENROL}/ausschalten`, { confirmation: PASSWORD }, editor);
  assert.equal(off.statusCode, 303);
  assert.equal(off.headers.location, `${ENROL}?hinweis=aus`);
  const plain = await passwordStep(EDITOR, ip);
  assert.ok(cookie(plain, 'lotse_session'), 'the password alone is enough again');

  const admin = await staffSession(t.db, [{ role: 'admin' }]);
  await enrolDirectly(t.db, admin.userId);
  const page = await get(t.app, ENROL, admin);
  assert.ok(page.body.includes('lässt sich nicht ausschalten'));
  const refused = await postForm(t.app, `${ENROL}/ausschalten`, { confirmation: PASSWORD }, admin);
  assert.equal(refused.statusCode, 403);
  assert.ok(await t.db.selectFrom('staff_totp').select('user_id').where('user_id', '=', admin.userId).executeTakeFirst());
});

test('an admin resets a lost second factor: audited, the person signed out, and enrolling again at the next sign-in', async () => {
  const resetter = await staffSession(t.db, [{ role: 'admin' }]);
  await enrolDirectly(t.db, resetter.userId);
  const lostId = await userId(ADMIN);
  await timePasses(ADMIN);
  const ip = '10.7.0.8';
  const lostSession = await browser(
    cookie(await codeStep(cookie(await passwordStep(ADMIN, ip), 'lotse_sign_in')!, codeFor(adminSecret), ip), 'lotse_session')!,
  );

  const detail = await get(t.app, `/de/verwaltung/konten/${lostId}`, resetter);
  assert.ok(detail.body.includes('Zweiten Faktor zurücksetzen'));
  const editor = await staffSession(t.db, [{ role: 'agency' }]);
  assert.equal((await postForm(t.app, `/de/verwaltung/konten/${lostId}/zweiter-faktor/zuruecksetzen`, {}, editor)).statusCode, 403);
  assert.equal(
    (await postForm(t.app, `/de/verwaltung/konten/${resetter.userId}/zweiter-faktor/zuruecksetzen`, {}, resetter)).statusCode,
    403,
    'not one’s own',
  );

  const reset = await postForm(t.app, `/de/verwaltung/konten/${lostId}/zweiter-faktor/zuruecksetzen`, {}, resetter);
  assert.equal(reset.statusCode, 303);
  assert.equal(reset.headers.location, `/de/verwaltung/konten/${lostId}?hinweis=faktor`);
  assert.equal(await t.db.selectFrom('staff_totp').select('user_id').where('user_id', '=', lostId).executeTakeFirst(), undefined);
  assert.equal((await t.db.selectFrom('staff_recovery_codes').select('id').where('user_id', '=', lostId).execute()).length, 0);
  assert.equal((await get(t.app, '/de/konto', lostSession)).statusCode, 303, 'signed out everywhere');
  const audit = await t.db
    .selectFrom('audit_log')
    .select(['actor_id', 'entity_id', 'before', 'after'])
    .where('action', '=', 'user.second_factor.reset')
    .executeTakeFirstOrThrow();
  assert.deepEqual(audit, { actor_id: resetter.userId, entity_id: ADMIN, before: { secondFactor: true }, after: { secondFactor: false } });

  const signedIn = await passwordStep(ADMIN, ip);
  assert.equal(signedIn.headers.location, ENROL, 'the password alone signs in, straight to enrolling again');
});

test('an admin who signs in only through single sign-on is not held up: the provider enforces its own second factor', async () => {
  const sso = await startTestApp('municipalities', {
    LOTSE_STAFF_MFA: 'required-for-admin-finance',
    LOTSE_OIDC_ISSUER: 'http://127.0.0.1:9/realms/staff',
    LOTSE_OIDC_CLIENT_ID: 'lotse',
    LOTSE_OIDC_CLIENT_SECRET: 'geheim',
  });
  try {
    const linked = await staffSession(sso.db, [{ role: 'admin' }]);
    await sso.db
      .updateTable('users')
      .set({ oidc_issuer: 'http://127.0.0.1:9/realms/staff', oidc_subject: 'abc' })
      .where('id', '=', linked.userId)
      .execute();
    assert.equal((await get(sso.app, '/de/verwaltung/konten', linked)).statusCode, 200);
    // An admin who may still use a password must enrol, single sign-on or not.
    const withPassword = await staffSession(sso.db, [{ role: 'admin' }]);
    assert.equal((await get(sso.app, '/de/verwaltung/konten', withPassword)).statusCode, 303);
  } finally {
    await sso.close();
  }
});
