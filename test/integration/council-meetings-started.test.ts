// The quarter-hourly check for meetings that began: a Vorhaben's cached page names its next deliberation
// until a change notice, so the check sends one when a meeting on the agenda of a published Vorhaben's
// paper started since its last run, and none otherwise (no meeting began, the Vorhaben is a draft, the
// meeting was cancelled).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { syncMunicipality } from '../../src/modules/council/index.js';
import { noticeStartedMeetings } from '../../src/modules/council/meetings-started.service.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { addMunicipality, configureOparl, testClient, vorhabenWithDecisions } from '../helpers/council.js';
import { meeting, organization, page, paper, serveSystem } from '../helpers/oparl-objects.js';
import { oparlTestServer, type OparlTestServer } from '../helpers/oparl-server.js';

let t: TestApp;
let server: OparlTestServer;
let listener: pg.Client;
let slug: string;
const heard: string[] = [];
const bodies = [{ prefix: 'RV', name: 'Rat' }];
// The fixture's meeting starts at 2026-11-20 17:00 Berlin time.
const START = Date.parse('2026-11-20T16:00:00Z');
const minutes = (n: number) => new Date(START + n * 60_000);

before(async () => {
  t = await startTestApp('municipalities');
  server = await oparlTestServer(() => null);
  await addMunicipality(t.db, 'wandelhafen', 'Wandelhafen', bodies);
  await configureOparl(t.db, 'wandelhafen', serveSystem(server));
  server.on('/body/1/organizations', { body: page([organization(1, 'Bauausschuss')]) });
  server.on('/body/1/meetings', { body: page([meeting(1, 'Sitzung des Bauausschusses')]) });
  server.on('/body/1/papers', { body: page([paper(1, 'RV-1/2026', 'Radweg am Hafen', { consultations: [{ n: 1, meeting: 1 }] })]) });
  slug = await vorhabenWithDecisions(t.db, 'wandelhafen', 'Radweg am Hafen', ['RV-1/2026 vom 20.11.2026'], bodies);
  await publish('published');
  assert.equal((await syncMunicipality(t.db, 'wandelhafen', { client: testClient })).matched, 1);
  listener = new pg.Client({ connectionString: t.database.url });
  await listener.connect();
  listener.on('notification', (n) => heard.push(n.payload ?? ''));
  await listener.query('listen lotse_changes');
});

after(async () => {
  await listener.end();
  await server.close();
  await t.close();
});

const publish = (state: 'draft' | 'published') =>
  t.db.updateTable('projects').set({ publication_state: state }).where('slug', '=', slug).execute();

const moveMeeting = (at: Date, cancelled = false) =>
  t.db.updateTable('council_meetings').set({ start_at: at, cancelled }).where('url', 'like', '%/meeting/1').execute();

/** The notices heard so far: the listening connection reads those committed before a round trip on it. */
async function noticesHeard(expected: number): Promise<number> {
  for (let i = 0; i < 40 && heard.length < expected; i++) {
    await listener.query('select 1');
    if (heard.length < expected) await new Promise((r) => setTimeout(r, 25));
  }
  return heard.length;
}

test('a change notice when a meeting of a published Vorhaben began since the last check, and only then', async () => {
  assert.equal(await noticeStartedMeetings(t.db, minutes(-30)), false, 'the first check only records its time');
  assert.equal(await noticeStartedMeetings(t.db, minutes(-15)), false, 'no meeting began');
  assert.equal(await noticesHeard(0), 0);

  assert.equal(await noticeStartedMeetings(t.db, minutes(0)), true, 'the meeting began at this check');
  assert.equal(await noticesHeard(1), 1);
  assert.equal(await noticeStartedMeetings(t.db, minutes(15)), false, 'it is told once');

  await publish('draft');
  await moveMeeting(minutes(20));
  assert.equal(await noticeStartedMeetings(t.db, minutes(30)), false, 'a draft is on no public page');

  await publish('published');
  await moveMeeting(minutes(35), true);
  assert.equal(await noticeStartedMeetings(t.db, minutes(45)), false, 'a cancelled meeting is never the next deliberation');

  await moveMeeting(minutes(50));
  assert.equal(await noticeStartedMeetings(t.db, minutes(60)), true);
  assert.equal(await noticesHeard(2), 2);
  const stored = await t.db.selectFrom('app_meta').select('value').where('key', '=', 'council.meetings_checked_at').executeTakeFirst();
  assert.equal(stored?.value, minutes(60).toISOString());
});
