// Nothing secret reaches the request log: one-time tokens, passwords, addresses and search words sent
// in the query string, the form body or cookies of every route are never written, at the most verbose
// log level, while the log still says which route was asked with which parameters.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, test } from 'node:test';
import { startTestApp, type TestApp } from '../helpers/app.js';

const SECRET = 'Geheimnis7f3a9c';
const lines: string[] = [];
let t: TestApp;

before(async () => {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  t = await startTestApp('demo', { LOG_LEVEL: 'trace' }, stream);
});
after(() => t.close());

function routes(methods: string[]) {
  return [...new Map(t.app.routeList.filter((r) => methods.includes(r.method)).map((r) => [`${r.method} ${r.url}`, r])).values()];
}

test('no route writes a token, password or query value to the log', async () => {
  const query = `token=${SECRET}&q=${SECRET}&art=${SECRET}&email=${SECRET}%40example.org&weiter=${SECRET}`;
  const body = new URLSearchParams({
    token: SECRET,
    email: `${SECRET}@example.org`,
    password: SECRET,
    password2: SECRET,
    name: SECRET,
    body: SECRET,
    _csrf: SECRET,
  }).toString();
  let requests = 0;
  for (const route of routes(['GET', 'POST'])) {
    const url = `${route.url.replace(/:(\w+)/g, (_m, name: string) => (name === 'lang' ? 'de' : '1'))}?${query}`;
    await t.app.inject({
      method: route.method as 'GET' | 'POST',
      url,
      cookies: { lotse_session: SECRET, lotse_resident: SECRET, lotse_csrf: SECRET },
      ...(route.method === 'POST'
        ? { payload: body, headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${SECRET}` } }
        : {}),
    });
    requests++;
  }
  assert.ok(requests > 100, `walked ${requests} routes`);
  const log = lines.join('');
  assert.ok(log.includes('/de/passwort-neu?token=[redacted]'), 'the log still names the route and its parameters');
  const leaks = lines.filter((l) => l.includes(SECRET));
  assert.deepEqual(leaks.slice(0, 3), [], `${leaks.length} log lines hold the secret`);
});
