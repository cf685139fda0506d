// A sync's process holds its run by a token and renews its heartbeat on a timer while it waits for a
// slow server. Another process takes the run over only when the heartbeat is older than the limit; the
// first process, should it wake up, writes nothing more: neither its page nor the run's end.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, test } from 'node:test';
import type { AppError } from '../../src/lib/errors.js';
import { syncMunicipality } from '../../src/modules/council/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { addMunicipality, configureOparl, testClient } from '../helpers/council.js';
import { page, paper, serveSystem } from '../helpers/oparl-objects.js';
import { oparlTestServer, type OparlTestServer } from '../helpers/oparl-server.js';

let database: TestDatabase;
const servers: OparlTestServer[] = [];
const releases: (() => void)[] = [];

before(async () => {
  database = await createTestDatabase();
});
after(async () => {
  for (const release of releases) release();
  for (const s of servers) await s.close();
  await database.drop();
});

/** A held reply and the function that sends it. */
function held(body: unknown) {
  let release!: () => void;
  const after = new Promise<void>((resolve) => (release = resolve));
  releases.push(release);
  return { reply: { body, after }, release };
}

async function setUp(slug: string) {
  await addMunicipality(database.db, slug, slug);
  const server = await oparlTestServer();
  servers.push(server);
  await configureOparl(database.db, slug, serveSystem(server));
  server.on('/body/1/organizations', { body: page([]) });
  server.on('/body/1/meetings', { body: page([]) });
  server.on('/body/1/papers', { body: page([paper(1, '1/2026', 'Eins')], '/body/1/papers?page=2', 2) });
  return server;
}

const runRow = (id: number) =>
  database.db
    .selectFrom('council_sync_runs')
    .select(['status', 'owner', 'heartbeat_at', 'finished_at', 'objects_read'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
const papers = async (slug: string) =>
  (
    await database.db
      .selectFrom('council_papers as p')
      .innerJoin('municipalities as m', 'm.id', 'p.municipality_id')
      .where('m.slug', '=', slug)
      .select('p.reference')
      .orderBy('p.reference')
      .execute()
  ).map((p) => p.reference);

const running = async () =>
  (await database.db.selectFrom('council_sync_runs').select('id').where('status', '=', 'running').executeTakeFirstOrThrow()).id;

test('a live run renews its heartbeat on a timer while it waits for a page, and is not taken over meanwhile', async () => {
  const server = await setUp('ankerhafen');
  const slow = held(page([paper(2, '2/2026', 'Zwei')]));
  server.on('/body/1/papers?page=2', slow.reply);
  let nextBeat: ((isHeld: boolean) => void) | null = null;
  const first = syncMunicipality(database.db, 'ankerhafen', {
    client: testClient,
    heartbeatMs: 20,
    onHeartbeat: (isHeld) => nextBeat?.(isHeld),
  });
  await server.arrived('/body/1/papers?page=2');
  const id = await running();
  const before = await runRow(id);
  assert.ok(before.owner, 'the run has an owner');
  // A beat that wrote just before `before` was read may report only now: wait for beats until one shows.
  let renewed = before;
  for (let beat = 0; beat < 50 && !(renewed.heartbeat_at > before.heartbeat_at); beat++) {
    const isHeld = await new Promise<boolean>((resolve) => (nextBeat = resolve));
    nextBeat = null;
    assert.equal(isHeld, true);
    renewed = await runRow(id);
  }
  assert.ok(renewed.heartbeat_at > before.heartbeat_at, 'the timer renewed the heartbeat without a page arriving');
  assert.equal(renewed.owner, before.owner);
  await assert.rejects(
    syncMunicipality(database.db, 'ankerhafen', { client: testClient }),
    (err: AppError) => err.status === 409 && err.code === 'oparl_sync_running',
  );
  slow.release();
  const summary = await first;
  assert.equal(summary.status, 'succeeded');
  assert.equal((await runRow(id)).status, 'succeeded');
});

test('a run whose heartbeat is older than the limit is taken over; its former process then writes nothing', async () => {
  const server = await setUp('bojehafen');
  // The first process's second page hangs until the test lets it arrive; the one that takes over gets another at once.
  const slow = held(page([paper(2, '2/2026', 'Zwei'), paper(99, '99/2026', 'Nur beim ersten Prozess')]));
  server.on('/body/1/papers?page=2', slow.reply, { body: page([paper(2, '2/2026', 'Zwei')]) });
  // A stalled process: its timer does not come round while the test runs.
  const first = syncMunicipality(database.db, 'bojehafen', { client: testClient, heartbeatMs: 3_600_000 });
  await server.arrived('/body/1/papers?page=2');
  const id = await running();
  const firstOwner = (await runRow(id)).owner;
  await database.db
    .updateTable('council_sync_runs')
    .set({ heartbeat_at: new Date(Date.now() - 11 * 60_000) })
    .where('id', '=', id)
    .execute();
  const second = await syncMunicipality(database.db, 'bojehafen', { client: testClient });
  assert.equal(second.runId, id);
  assert.equal(second.resumed, true);
  assert.equal(second.status, 'succeeded');
  const taken = await runRow(id);
  assert.notEqual(taken.owner, firstOwner);

  slow.release();
  const late = await first;
  assert.equal(late.status, 'interrupted');
  assert.deepEqual(await papers('bojehafen'), ['1/2026', '2/2026'], 'the first process stored nothing of its late page');
  assert.deepEqual(await runRow(id), taken, 'nor changed the run');
});

test('a run that finds at its heartbeat that it was taken over stops at once', async () => {
  const server = await setUp('dalbenhafen');
  server.on('/body/1/papers?page=2', held(page([paper(2, '2/2026', 'Zwei')])).reply);
  const first = syncMunicipality(database.db, 'dalbenhafen', { client: testClient, heartbeatMs: 20 });
  await server.arrived('/body/1/papers?page=2');
  const id = await running();
  // What another process's takeover writes.
  await database.db.updateTable('council_sync_runs').set({ owner: crypto.randomUUID() }).where('id', '=', id).execute();
  const taken = await runRow(id);
  const summary = await first;
  assert.equal(summary.status, 'interrupted');
  assert.deepEqual(await runRow(id), taken, 'still running, for the other process');
  assert.equal(taken.status, 'running');
  assert.equal(taken.finished_at, null);
});

test('a run taken over does not record the failed try of a pending reference', async () => {
  const server = await setUp('fendershafen');
  // Page 2 names a meeting no list holds; its fetch hangs until the run was taken over, then fails.
  server.on('/body/1/papers?page=2', { body: page([paper(2, '2/2026', 'Zwei', { consultations: [{ n: 2, meeting: 7 }] })]) });
  let release!: () => void;
  const answered = new Promise<void>((resolve) => (release = resolve));
  releases.push(release);
  server.on('/meeting/7', { status: 404, body: {}, after: answered });
  const first = syncMunicipality(database.db, 'fendershafen', { client: { ...testClient, retries: 0 }, heartbeatMs: 3_600_000 });
  await server.arrived('/meeting/7');
  // What another process's takeover writes (the earlier test's run of another municipality still runs).
  await database.db
    .updateTable('council_sync_runs')
    .set({ owner: crypto.randomUUID() })
    .where('status', '=', 'running')
    .where('municipality_id', '=', (eb) => eb.selectFrom('municipalities').select('id').where('slug', '=', 'fendershafen'))
    .execute();
  release();
  assert.equal((await first).status, 'interrupted');
  const pending = await database.db
    .selectFrom('council_pending_references')
    .select(['tried_at', 'attempts'])
    .where('url', '=', server.url('/meeting/7'))
    .executeTakeFirstOrThrow();
  assert.deepEqual(pending, { tried_at: null, attempts: 0 }, 'the failed try is not recorded under another owner');
});
