// Every route, walked with what a scanner or a careless link sends: ids that are not numbers (or too big
// for the database), NUL bytes, over-long values and invalid UTF-8, in the path, the query string and
// the form body. Each answer is a client error (400 or 404, or the usual redirect), never a 500.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { csrfFor } from '../helpers/csrf.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { residentSession } from '../helpers/residents.js';
import { staffSession } from '../helpers/staff.js';

let t: TestApp;
let cookies: Record<string, string>;
let csrf: string;

before(async () => {
  t = await startTestApp('demo');
  const admin = await staffSession(t.db, [{ role: 'admin' }]);
  const resident = await residentSession(t.db);
  // One client that is both (a staff member who also has a resident account): every route reaches its handler.
  csrf = await csrfFor(t.db, { lotse_session: admin.cookies.lotse_session!, lotse_resident: resident.cookies.lotse_resident! });
  cookies = { ...resident.cookies, ...admin.cookies, lotse_csrf: csrf };
});
after(() => t.close());

const BAD_VALUES = [
  'abc',
  '0',
  '-1',
  '1.5',
  '99999999999',
  '%00',
  'a%00b',
  '%C3%28',
  '%FF',
  'x'.repeat(190),
  '1e5',
  '3f2b6c1e-0000-4000-8000-000000000000',
];
const BAD_TEXT = ['\u0000', 'a\u0000b', 'x'.repeat(20_000)];
const QUERY_NAMES = [
  'q',
  'page',
  'token',
  'weiter',
  'municipality',
  'topic',
  'status',
  'project',
  'vorhaben',
  'from',
  'to',
  'cursor',
  'limit',
  'art',
  'lang',
  'changedSince',
  'jahr',
  'monat',
];
const FORM_NAMES = [
  'title',
  'title_de',
  'body',
  'text',
  'email',
  'name',
  'reason',
  'password',
  'password2',
  'token',
  'slug',
  'project',
  'process',
  'id',
  'amount',
  'date',
  'startDate',
  'municipality',
  'topic',
  'target',
  'parent',
];

function routes(methods: string[]) {
  return [...new Map(t.app.routeList.filter((r) => methods.includes(r.method)).map((r) => [`${r.method} ${r.url}`, r])).values()];
}

/** The route's URL with `:lang` in German, the parameter `bad` set to `value` and the others to 1. */
function fill(url: string, bad: string | null, value: string): string {
  return url.replace(/:(\w+)/g, (_m, name: string) => (name === 'lang' ? 'de' : name === bad ? value : '1'));
}

function inject(method: string, url: string, payload?: string) {
  return t.app.inject({
    method: method as 'GET' | 'POST',
    url,
    cookies,
    ...(payload !== undefined ? { payload, headers: { 'content-type': 'application/x-www-form-urlencoded' } } : {}),
  });
}

function assertNoServerError(res: { statusCode: number; body: string }, what: string) {
  assert.ok(res.statusCode < 500, `${what} answered ${res.statusCode}`);
}

test('malformed path parameters answer 4xx on every route', async () => {
  let requests = 0;
  for (const route of routes(['GET', 'POST'])) {
    const params = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1]!).filter((p) => p !== 'lang');
    for (const param of params) {
      for (const value of BAD_VALUES) {
        const url = fill(route.url, param, value);
        const res = await inject(route.method, url, route.method === 'POST' ? `_csrf=${csrf}` : undefined);
        requests++;
        assertNoServerError(res, `${route.method} ${url}`);
        if (res.statusCode === 200 && /^\d*$/.test(value) === false && /:id\b|Id\b/.test(`:${param}`))
          assert.fail(`${route.method} ${url} accepted a malformed id`);
      }
    }
  }
  assert.ok(requests > 300, `walked ${requests} requests`);
});

test('NUL bytes, invalid UTF-8 and over-long values in the query string answer 4xx', async () => {
  for (const route of routes(['GET'])) {
    if (/:(?!lang)\w+/.test(route.url)) continue; // routes with parameters are walked above
    // The readiness probe answers 503 until a job worker has reported (none runs in tests): that is its answer.
    if (route.url === '/readyz') continue;
    for (const value of ['%00', 'a%00b', '%C3%28', '%FF%FE', 'x'.repeat(5000)]) {
      const query = QUERY_NAMES.map((n) => `${n}=${value}`).join('&');
      const url = `${fill(route.url, null, '')}?${query}`;
      assertNoServerError(await inject('GET', url), `GET ${url.slice(0, 120)}`);
    }
  }
});

test('NUL bytes, invalid UTF-8 and over-long values in form bodies answer 4xx', async () => {
  for (const route of routes(['POST'])) {
    const url = fill(route.url, null, '');
    for (const value of BAD_TEXT) {
      const body = new URLSearchParams({ _csrf: csrf });
      for (const n of FORM_NAMES) body.append(n, value);
      assertNoServerError(await inject('POST', url, body.toString()), `POST ${url} with ${JSON.stringify(value.slice(0, 5))}`);
    }
    // Bytes that are not UTF-8 at all, percent-encoded in the form body.
    const raw = `_csrf=${csrf}&${FORM_NAMES.map((n) => `${n}=%C3%28%FF`).join('&')}`;
    assertNoServerError(await inject('POST', url, raw), `POST ${url} with invalid UTF-8`);
  }
});

test('a malformed id gets the usual error page, and the API answers with its JSON error body', async () => {
  const page = await inject('GET', '/de/beteiligung/anregungen/abc');
  assert.equal(page.statusCode, 404);
  assert.match(page.headers['content-type'] as string, /text\/html/);
  assert.ok(page.body.includes('HTTP 404'));
  const nul = await inject('GET', '/de/vorhaben/%00');
  assert.ok([400, 404].includes(nul.statusCode), `got ${nul.statusCode}`);
  const api = await t.app.inject({ url: '/api/v1/projects?q=%00' });
  assert.equal(api.statusCode, 400);
  assert.equal(api.json().error.status, 400);
  assert.equal(typeof api.json().error.code, 'string');
});
