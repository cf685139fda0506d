// "Jetzt abgleichen" while a sync of the municipality runs: the settings page says since when one runs,
// and the button queues nothing but says so, instead of "beauftragt".
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { configureOparl } from '../helpers/council.js';
import { get, postForm, staffSession } from '../helpers/staff.js';

let t: TestApp;

before(async () => {
  t = await startTestApp('municipalities');
  await configureOparl(t.db, 'flensburg', 'https://ris.flensburg.example/oparl/system');
});
after(async () => {
  await t.close();
});

const base = '/de/verwaltung/ratsinformation/flensburg';
const queued = async () =>
  (await sql<{ n: number }>`select count(*)::int as n from graphile_worker.jobs where key = 'oparl_sync:flensburg'`.execute(t.db)).rows[0]!
    .n;

test('"sync now" while a sync runs says since when it runs and queues nothing', async () => {
  const coordinator = await staffSession(t.db, [{ role: 'coordinator', municipality: 'flensburg' }]);
  const { id } = await t.db.selectFrom('municipalities').select('id').where('slug', '=', 'flensburg').executeTakeFirstOrThrow();
  // 14:05 Berlin time (winter).
  await t.db
    .insertInto('council_sync_runs')
    .values({ municipality_id: id, mode: 'full', status: 'running', started_at: new Date('2026-12-07T13:05:00Z'), resume: '{}' })
    .execute();
  const page = await get(t.app, base, coordinator);
  assert.ok(page.body.includes('Seit 7. Dezember 2026 um 14:05 läuft ein Abgleich dieser Kommune.'), page.body);
  const answer = await postForm(t.app, `${base}/abgleichen`, {}, coordinator);
  assert.equal(answer.statusCode, 303);
  assert.equal(answer.headers.location, `${base}?hinweis=laeuft`);
  const after = await get(t.app, answer.headers.location, coordinator);
  assert.ok(after.body.includes('Es läuft bereits ein Abgleich dieser Kommune, seit 7. Dezember 2026 um 14:05.'));
  assert.ok(!after.body.includes('beauftragt und läuft'));
  assert.equal(await queued(), 0);

  await t.db.updateTable('council_sync_runs').set({ status: 'succeeded' }).where('municipality_id', '=', id).execute();
  const free = await postForm(t.app, `${base}/abgleichen`, {}, coordinator);
  assert.equal(free.headers.location, `${base}?hinweis=abgleich`);
  assert.ok((await get(t.app, free.headers.location, coordinator)).body.includes('Der Abgleich ist beauftragt'));
  assert.equal(await queued(), 1);
});
