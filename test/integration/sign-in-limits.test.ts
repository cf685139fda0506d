// The sign-in limits under attack: a burst of parallel guesses is counted exactly, and behind a proxy a
// client cannot dodge its limit by writing its own X-Forwarded-For nor by changing addresses within its IPv6 /64.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkNewUser } from '../../src/modules/accounts/accounts.schemas.js';
import { addUser } from '../../src/modules/accounts/accounts.service.js';
import { startTestApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
before(async () => {
  t = await startTestApp('municipalities', { LOTSE_TRUST_PROXY: 'true' });
  const user = checkNewUser({ email: 'ziel@example.org', role: 'reviewer', password: 'das-richtige-passwort' });
  assert.ok(!Array.isArray(user));
  await addUser(t.db, user);
});
after(() => t.close());

async function attempt(password: string, forwardedFor: string) {
  const page = await t.app.inject({ url: '/de/anmelden' });
  const csrf = page.cookies.find((c) => c.name === 'lotse_csrf')!.value;
  return t.app.inject({
    method: 'POST',
    url: '/de/anmelden',
    payload: new URLSearchParams({ email: 'ziel@example.org', password, _csrf: csrf }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': forwardedFor },
    cookies: { lotse_csrf: csrf },
    remoteAddress: '10.0.0.1', // the proxy
  });
}

test('twenty parallel guesses from one client: five are checked, the rest are refused unchecked', async () => {
  const results = await Promise.all(Array.from({ length: 20 }, () => attempt('falsch', '198.51.100.1')));
  const codes = results.map((r) => r.statusCode);
  assert.equal(codes.filter((c) => c === 401).length, 5);
  assert.equal(codes.filter((c) => c === 429).length, 15);
});

test('behind the proxy, a made-up X-Forwarded-For does not give a fresh client', async () => {
  for (let i = 0; i < 5; i++) assert.equal((await attempt('falsch', `1.1.1.${i}, 198.51.100.2`)).statusCode, 401);
  assert.equal((await attempt('das-richtige-passwort', '9.9.9.9, 198.51.100.2')).statusCode, 429);
  // Another real client is not affected and gets in.
  assert.equal((await attempt('das-richtige-passwort', '198.51.100.3')).statusCode, 303);
});

test('IPv6 clients share the limit of their /64, however many addresses they use from it', async () => {
  for (let i = 1; i <= 5; i++) assert.equal((await attempt('falsch', `2001:db8:7:7::${i}`)).statusCode, 401);
  assert.equal((await attempt('das-richtige-passwort', '2001:db8:7:7:ffff::99')).statusCode, 429);
  assert.equal((await attempt('das-richtige-passwort', '2001:db8:7:8::1')).statusCode, 303);
});
