// The first administrator: a one-time link while there is none, a form with field errors, and a link
// that works once.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createAdminSetupToken } from '../../src/modules/accounts/admin-setup.service.js';
import { listUsers } from '../../src/modules/accounts/accounts.service.js';
import { startTestApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
let token: string;
before(async () => {
  t = await startTestApp('municipalities');
  token = (await createAdminSetupToken(t.db))!;
  assert.ok(token);
});
after(() => t.close());

async function form(url: string) {
  const res = await t.app.inject({ url });
  return { res, csrf: res.cookies.find((c) => c.name === 'lotse_csrf')?.value ?? '' };
}

const submit = (fields: Record<string, string>, csrf: string) =>
  t.app.inject({
    method: 'POST',
    url: '/de/einrichten',
    payload: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    cookies: { lotse_csrf: csrf },
  });

test('a wrong or missing token shows that the link is invalid', async () => {
  for (const url of ['/de/einrichten?token=falsch', '/de/einrichten']) {
    const { res } = await form(url);
    assert.equal(res.statusCode, 403);
    assert.ok(res.body.includes('Dieser Einrichtungslink ist ungültig'));
    assert.ok(!res.body.includes('name="password"'));
  }
});

test('field errors are shown next to the fields and nothing is created', async () => {
  const { res, csrf } = await form(`/de/einrichten?token=${token}`);
  assert.equal(res.statusCode, 200);
  const bad = await submit(
    { token, _csrf: csrf, email: 'keine-adresse', name: 'Erste Admin', password: 'kurz', password2: 'anders' },
    csrf,
  );
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.body.includes('Keine gültige E-Mail-Adresse: „keine-adresse“.'));
  assert.ok(bad.body.includes('Das Passwort muss zwischen 12 und 200 Zeichen lang sein.'));
  assert.ok(bad.body.includes('Die beiden Passwörter stimmen nicht überein.'));
  assert.ok(bad.body.includes('aria-invalid="true"'));
  assert.ok(bad.body.includes('value="Erste Admin"'), 'what was typed is kept');
  assert.deepEqual(await listUsers(t.db), []);
});

test('without the CSRF token nothing happens', async () => {
  const res = await submit(
    { token, email: 'admin@example.org', password: 'lang-genug-und-sicher', password2: 'lang-genug-und-sicher' },
    '',
  );
  assert.equal(res.statusCode, 403);
  assert.deepEqual(await listUsers(t.db), []);
});

test('the link creates the admin, signs them in and then works no more', async () => {
  const { csrf } = await form(`/de/einrichten?token=${token}`);
  const ok = await submit(
    {
      token,
      _csrf: csrf,
      email: 'Admin@Example.org',
      name: 'Erste Admin',
      password: 'lang-genug-und-sicher',
      password2: 'lang-genug-und-sicher',
    },
    csrf,
  );
  assert.equal(ok.statusCode, 303);
  assert.equal(ok.headers.location, '/de/konto');
  const session = ok.cookies.find((c) => c.name === 'lotse_session')!;
  const account = await t.app.inject({ url: '/de/konto', cookies: { lotse_session: session.value } });
  assert.ok(account.body.includes('Plattform-Administration'));
  assert.deepEqual(
    (await listUsers(t.db)).map(({ id: _id, ...u }) => u),
    [{ email: 'admin@example.org', name: 'Erste Admin', hasPassword: true, disabled: false, roles: ['admin'] }],
  );

  assert.equal((await form(`/de/einrichten?token=${token}`)).res.statusCode, 403, 'used up');
  assert.equal(await createAdminSetupToken(t.db), null, 'no new link once an admin exists');
});
