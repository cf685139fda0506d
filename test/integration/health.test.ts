// Liveness, readiness (database, migrations, worker) and the Prometheus metrics with their access rules.
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { after, before, test } from 'node:test';
import { enqueue } from '../../src/jobs/queue.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { deliverMail, startMailbox, type Mailbox } from '../helpers/mailbox.js';

const TOKEN = 'metrics-token-for-the-test-7c1e';
let t: TestApp;
let mailbox: Mailbox;
before(async () => {
  t = await startTestApp('empty', { LOTSE_METRICS_TOKEN: TOKEN, LOTSE_METRICS_ALLOW: '192.0.2.0/24' });
  mailbox = await startMailbox();
});
after(async () => {
  await t.close();
  await mailbox.close();
});

const readyz = async () => {
  const res = await t.app.inject({ url: '/readyz' });
  return { status: res.statusCode, body: res.json() };
};

test('/healthz answers without asking anything else', async () => {
  const res = await t.app.inject({ url: '/healthz' });
  assert.equal(res.statusCode, 200);
  assert.deepEqual(res.json(), { status: 'ok' });
});

test('/readyz: not ready until a worker has said it is alive, nor while a migration is missing', async () => {
  const before = await readyz();
  assert.equal(before.status, 503);
  assert.deepEqual(before.body, { status: 'unavailable', ready: false, database: 'ok', migrations: 'ok', worker: 'stale' });

  await deliverMail(mailbox, t.database.url); // a worker run writes its heartbeat
  const ready = await readyz();
  assert.equal(ready.status, 200);
  assert.deepEqual(ready.body, { status: 'ready', ready: true, database: 'ok', migrations: 'ok', worker: 'ok' });

  await sql`delete from kysely_migration where name = '2026-11-27-013-network'`.execute(t.db);
  const pending = await readyz();
  assert.equal(pending.status, 503);
  assert.equal(pending.body.migrations, 'pending');
  assert.deepEqual(pending.body.pendingMigrations, ['2026-11-27-013-network']);
  await sql`insert into kysely_migration (name, timestamp) values ('2026-11-27-013-network', now()::text)`.execute(t.db);
});

test('/metrics: refused without the token or an allowed address, never public', async () => {
  for (const headers of [{}, { authorization: 'Bearer wrong-token-wrong-token' }, { authorization: TOKEN }]) {
    const res = await t.app.inject({ url: '/metrics', headers, remoteAddress: '203.0.113.5' });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error, 'forbidden');
    assert.ok(!res.body.includes('lotse_'));
  }
  const fromNetwork = await t.app.inject({ url: '/metrics', remoteAddress: '192.0.2.44' });
  assert.equal(fromNetwork.statusCode, 200);
});

test('/metrics: request durations by route pattern (never the URL), queue depth and the database pool', async () => {
  await t.app.inject({ url: '/de/vorhaben/ein-geheimer-titel?q=Mueller' });
  await t.app.inject({ url: '/de/vorhaben?q=Mueller' });
  await t.app.inject({ url: '/nirgendwo-xyz/gar/nicht' });
  await t.db.transaction().execute((trx) => enqueue(trx, 'send_mail', { to: 'x@example.org' }, { maxAttempts: 1 }));

  const res = await t.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(res.statusCode, 200);
  assert.match(res.headers['content-type'] as string, /^text\/plain/);
  const text = res.body;
  assert.match(text, /lotse_http_request_duration_seconds_count\{method="GET",route="\/:lang\/vorhaben\/:slug",status_code="404"\} 1/);
  assert.match(text, /lotse_http_request_duration_seconds_count\{method="GET",route="\/:lang\/vorhaben",status_code="200"\} 1/);
  assert.match(text, /lotse_http_request_duration_seconds_count\{method="GET",route="\(unmatched\)",status_code="404"\} 1/);
  for (const secret of ['ein-geheimer-titel', 'Mueller', 'nirgendwo']) assert.ok(!text.includes(secret), secret);
  assert.match(text, /lotse_job_queue_jobs\{task="send_mail",state="waiting"\} 1/);
  assert.match(text, /lotse_db_pool_connections\{state="max"\} 5/);
  assert.match(text, /lotse_db_pool_connections\{state="in_use"\} \d+/);
  assert.match(text, /lotse_process_resident_memory_bytes \d+/);
});
