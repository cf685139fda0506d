// Retention periods over the real job queue: each daily purge job runs as graphile-worker runs it, after
// the test has moved timestamps back to simulate the time that passed. Data past its period is gone or
// anonymised, data within it stays; deleting a resident account takes the advisory cases and files along.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { runDueJobs } from '../../src/jobs/worker.js';
import { startTestApp, TEST_BASE_URL, type TestApp } from '../helpers/app.js';
import { publishedEvent } from '../helpers/events.js';
import { type Mailbox, startMailbox } from '../helpers/mailbox.js';
import { residentSession } from '../helpers/residents.js';
import { postForm, staffSession } from '../helpers/staff.js';

let t: TestApp;
let mailbox: Mailbox;
let projectId: number;
before(async () => {
  t = await startTestApp('demo');
  mailbox = await startMailbox();
  projectId = (await t.db.selectFrom('projects').select('id').where('publication_state', '=', 'published').orderBy('id').executeTakeFirstOrThrow()).id;
});
after(async () => {
  await mailbox.close();
  await t.close();
});

/** Queues one run of a (crontab) job and works through the queue, as the worker would at its time. */
async function runJob(name: string): Promise<void> {
  await sql`select graphile_worker.add_job(${name}, '{}'::json, max_attempts => 1)`.execute(t.db);
  await runDueJobs({ smtpUrl: mailbox.url, mailFrom: 'Lotse <lotse@test.example>', publicUrl: TEST_BASE_URL }, t.database.url);
  const failed = await sql<{ last_error: string }>`select last_error from graphile_worker.jobs where task_identifier = ${name} and last_error is not null`.execute(t.db);
  assert.deepEqual(failed.rows, [], `${name} ran without error`);
}

const ago = (interval: string) => sql<Date>`now() - ${interval}::interval`;
const ahead = (interval: string) => sql<Date>`now() + ${interval}::interval`;

test('ended staff sessions, spent password links, old rate-limit counters and unfinished single sign-ons are deleted daily', async () => {
  const staff = await staffSession(t.db, [{ role: 'agency' }]);
  await t.db.insertInto('sessions').values({ user_id: staff.userId, token_hash: 'ended-session', expires_at: ago('1 minute') }).execute();
  await t.db
    .insertInto('password_resets')
    .values([
      { user_id: staff.userId, token_hash: 'live-link', expires_at: ahead('1 hour') },
      { user_id: staff.userId, token_hash: 'used-link', expires_at: ahead('1 hour'), used_at: ago('1 minute') },
      { user_id: staff.userId, token_hash: 'expired-link', expires_at: ago('1 minute') },
    ])
    .execute();
  await t.db
    .insertInto('sign_in_failures')
    .values([
      { key: 'reset-client:10.9.9.9', window_start: ago('25 hours'), failures: 3 },
      { key: 'reset-client:10.9.9.8', window_start: ago('10 minutes'), failures: 1 },
    ])
    .execute();
  await t.db
    .insertInto('oidc_logins')
    .values([
      { state: 'abandoned', code_verifier: 'v', nonce: 'n', locale: 'de', return_to: null, created_at: ago('1 hour') },
      { state: 'under-way', code_verifier: 'v', nonce: 'n', locale: 'de', return_to: null },
    ])
    .execute();

  await runJob('purge_sign_in_records');

  const sessions = await t.db.selectFrom('sessions').select('token_hash').where('user_id', '=', staff.userId).execute();
  assert.equal(sessions.length, 1, 'the live session stays');
  assert.notEqual(sessions[0]!.token_hash, 'ended-session');
  assert.deepEqual((await t.db.selectFrom('password_resets').select('token_hash').where('user_id', '=', staff.userId).execute()).map((r) => r.token_hash), ['live-link']);
  assert.deepEqual((await t.db.selectFrom('sign_in_failures').select('key').where('key', 'like', 'reset-client:10.9.9.%').execute()).map((r) => r.key), ['reset-client:10.9.9.8']);
  assert.deepEqual((await t.db.selectFrom('oidc_logins').select('state').where('state', 'in', ['abandoned', 'under-way']).execute()).map((r) => r.state), ['under-way']);
});

test('ended resident sessions and used or expired sign-in links are deleted daily', async () => {
  const resident = await residentSession(t.db);
  await t.db.insertInto('resident_sessions').values({ resident_id: resident.residentId, token_hash: 'ended-resident-session', expires_at: ago('1 minute') }).execute();
  await t.db
    .insertInto('resident_links')
    .values([
      { email: 'unterwegs@example.org', token_hash: 'link-live', expires_at: ahead('30 minutes') },
      { email: 'benutzt@example.org', token_hash: 'link-used', expires_at: ahead('30 minutes'), used_at: ago('5 minutes') },
      { email: 'abgelaufen@example.org', token_hash: 'link-expired', expires_at: ago('5 minutes') },
    ])
    .execute();

  await runJob('purge_resident_sign_ins');

  assert.equal((await t.db.selectFrom('resident_sessions').select('id').where('resident_id', '=', resident.residentId).execute()).length, 1, 'only the live session stays');
  assert.deepEqual((await t.db.selectFrom('resident_links').select('token_hash').where('token_hash', 'like', 'link-%').execute()).map((r) => r.token_hash), ['link-live']);
});

test('authors of notices and requests lose name and address six months after closing, or two years after they were last touched; the text stays', async () => {
  const moderator = await staffSession(t.db, [{ role: 'moderator' }]);
  const notice = (body: string, extra: { status?: 'received'; created_at?: ReturnType<typeof ago> } = {}) =>
    t.db.insertInto('notices').values({ project_id: projectId, body, name: 'Jo Anwohner', email: 'jo@example.org', status: 'received', confirmed_at: new Date(), ...extra }).returning('id').executeTakeFirstOrThrow();
  const released = await notice('Lange her veröffentlicht.');
  const recent = await notice('Eben veröffentlicht.');
  const stale = await notice('Nie bearbeitet, alt.', { created_at: ago('25 months') });
  const waiting = await notice('Nie bearbeitet, jung.', { created_at: ago('11 months') });
  for (const n of [released, recent])
    assert.equal((await postForm(t.app, `/de/verwaltung/beteiligung/hinweise/${n.id}`, { action: 'release', weighing: 'Wird berücksichtigt.' }, moderator)).statusCode, 303);
  const closedAt = await t.db.selectFrom('notices').select('closed_at').where('id', '=', released.id).executeTakeFirstOrThrow();
  assert.ok(closedAt.closed_at, 'releasing closes the notice');
  await t.db.updateTable('notices').set({ closed_at: ago('7 months') }).where('id', '=', released.id).execute();

  const request = (title: string, extra: { updated_at?: ReturnType<typeof ago> } = {}) =>
    t.db.insertInto('participation_requests').values({ project_id: projectId, kind: 'informal', title, reasoning: 'Weil es alle angeht.', initiator_name: 'Ina Initiative', initiator_email: 'ina@example.org', status: 'received', ...extra }).returning('id').executeTakeFirstOrThrow();
  const accepted = await request('Angenommen vor langer Zeit');
  const justAccepted = await request('Eben angenommen');
  const forgotten = await request('Nie entschieden, alt', { updated_at: ago('25 months') });
  const shownAgain = await request('Versteckt und wieder gezeigt');
  for (const r of [accepted, justAccepted])
    assert.equal((await postForm(t.app, `/de/verwaltung/beteiligung/anregungen/${r.id}`, { status: 'accepted', decisionText: 'Ein Infoabend findet statt.' }, moderator)).statusCode, 303);
  await t.db.updateTable('participation_requests').set({ closed_at: ago('7 months'), updated_at: ago('7 months') }).where('id', '=', accepted.id).execute();
  assert.equal((await postForm(t.app, `/de/verwaltung/beteiligung/anregungen/${shownAgain.id}`, { status: 'hidden' }, moderator)).statusCode, 303);
  assert.equal((await postForm(t.app, `/de/verwaltung/beteiligung/anregungen/${shownAgain.id}`, { status: 'received' }, moderator)).statusCode, 303);
  assert.equal((await t.db.selectFrom('participation_requests').select('closed_at').where('id', '=', shownAgain.id).executeTakeFirstOrThrow()).closed_at, null, 'shown again, the request is open');

  await runJob('purge_participation_data');

  const notices = await t.db.selectFrom('notices').select(['id', 'body', 'name', 'email']).where('id', 'in', [released.id, recent.id, stale.id, waiting.id]).orderBy('id').execute();
  assert.deepEqual(
    notices.map((n) => [n.body, n.name, n.email]),
    [
      ['Lange her veröffentlicht.', null, null],
      ['Eben veröffentlicht.', 'Jo Anwohner', 'jo@example.org'],
      ['Nie bearbeitet, alt.', null, null],
      ['Nie bearbeitet, jung.', 'Jo Anwohner', 'jo@example.org'],
    ],
  );
  const requests = await t.db.selectFrom('participation_requests').select(['title', 'reasoning', 'initiator_name', 'initiator_email']).where('id', 'in', [accepted.id, justAccepted.id, forgotten.id, shownAgain.id]).orderBy('id').execute();
  assert.deepEqual(
    requests.map((r) => [r.title, r.reasoning, r.initiator_name, r.initiator_email]),
    [
      ['Angenommen vor langer Zeit', 'Weil es alle angeht.', null, null],
      ['Eben angenommen', 'Weil es alle angeht.', 'Ina Initiative', 'ina@example.org'],
      ['Nie entschieden, alt', 'Weil es alle angeht.', null, null],
      ['Versteckt und wieder gezeigt', 'Weil es alle angeht.', 'Ina Initiative', 'ina@example.org'],
    ],
  );
});

test('support needs (Art. 9 GDPR) go the day after the event whatever its period; no event keeps names beyond a year', async () => {
  const register = async (slug: string, name: string) => {
    const event = await t.db.selectFrom('events').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
    await t.db
      .insertInto('event_registrations')
      .values({ event_id: event.id, mode: 'onsite', status: 'confirmed', name, email: `${name.toLowerCase()}@example.org`, accessibility_needs: 'Rollstuhlplatz', confirm_token_hash: `c-${name}`, manage_token_hash: `m-${name}`, confirmed_at: new Date() })
      .execute();
  };
  const past = await publishedEvent(t.db, { retentionDays: 30 });
  const coming = await publishedEvent(t.db, { retentionDays: 30 });
  const longAgo = await publishedEvent(t.db, { retentionDays: 30 });
  await register(past, 'Gestern');
  await register(coming, 'Bald');
  await register(longAgo, 'Damals');
  await t.db.updateTable('events').set({ starts_at: ago('2 days 2 hours'), ends_at: ago('2 days') }).where('slug', '=', past).execute();
  // Saved before the form capped the period at a year.
  await t.db.updateTable('events').set({ starts_at: ago('400 days 2 hours'), ends_at: ago('400 days'), retention_days: 3650 }).where('slug', '=', longAgo).execute();

  await runJob('purge_event_registrations');

  const rows = await t.db.selectFrom('event_registrations').select(['name', 'accessibility_needs', 'anonymised_at']).where('confirm_token_hash', 'in', ['c-Gestern', 'c-Bald', 'c-Damals']).orderBy('id').execute();
  assert.deepEqual(
    rows.map((r) => [r.name, r.accessibility_needs, !!r.anonymised_at]),
    [
      ['Gestern', null, false],
      ['Bald', 'Rollstuhlplatz', false],
      ['', null, true],
    ],
  );
});
