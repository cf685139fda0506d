import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mayReadFromReplica } from '../plugins/read-replica.js';
import { isPlainRead } from './read-routing.js';

test('only plain reads may go to the replica', () => {
  for (const [text, plain] of [
    ['select "id" from "projects" where "slug" = $1', true],
    ['with t as (select 1) select * from t', true],
    ['  SELECT count(*) FROM events', true],
    ['select * from events where id = $1 for update', false],
    ['select * from events for no key update', false],
    ["select pg_notify('lotse_changes', $1)", false],
    ['select graphile_worker.add_job($1, $2::json)', false],
    ['with moved as (delete from jobs returning *) select * from moved', false],
    ['with n as (insert into notes (text) values ($1) returning id) select id from n', false],
    ['insert into "projects" ("slug") values ($1)', false],
    ['update "projects" set "title" = $1', false],
    ['begin', false],
  ] as const)
    assert.equal(isPlainRead(text), plain, text);
});

test('anonymous public GET requests read from the replica; sessions, the back office and writers do not', () => {
  const request = (method: string, url: string, cookie?: string) => ({ method, url, headers: cookie ? { cookie } : {} });
  assert.equal(mayReadFromReplica(request('GET', '/de/vorhaben')), true);
  assert.equal(mayReadFromReplica(request('HEAD', '/api/v1/projects?limit=5')), true);
  assert.equal(mayReadFromReplica(request('GET', '/de/vorhaben', 'lotse_csrf=abc')), true);
  assert.equal(mayReadFromReplica(request('POST', '/de/anmelden')), false);
  assert.equal(mayReadFromReplica(request('GET', '/de/verwaltung')), false);
  assert.equal(mayReadFromReplica(request('GET', '/da/verwaltung/vorhaben?seite=2')), false);
  assert.equal(mayReadFromReplica(request('GET', '/de/vorhaben', 'lotse_session=s')), false);
  assert.equal(mayReadFromReplica(request('GET', '/de/konto', 'a=b; lotse_resident=r')), false);
  assert.equal(mayReadFromReplica(request('GET', '/de/vorhaben/x', 'lotse_primary=1')), false);
});
