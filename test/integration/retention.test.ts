// Retention periods over the real job queue: each daily purge job runs as graphile-worker runs it, after
// the test has moved timestamps back to simulate the time that passed. Data past its period is gone or
// anonymised, data within it stays; deleting a resident account takes the advisory cases and files along.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { runDueJobs } from '../../src/worker.js';
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
  projectId = (
    await t.db.selectFrom('projects').select('id').where('publication_state', '=', 'published').orderBy('id').executeTakeFirstOrThrow()
  ).id;
});
after(async () => {
  await mailbox.close();
  await t.close();
});

/** Queues one run of a (crontab) job and works through the queue, as the worker would at its time. */
async function runJob(name: string): Promise<void> {
  await sql`select graphile_worker.add_job(${name}, '{}'::json, max_attempts => 1)`.execute(t.db);
  await runDueJobs({ smtpUrl: mailbox.url, mailFrom: 'Lotse <lotse@test.example>', publicUrl: TEST_BASE_URL }, t.database.url);
  // A job that succeeded leaves the queue; an unknown or failing one stays with its error.
  const left = await sql<{
    last_error: string | null;
  }>`select last_error from graphile_worker.jobs where task_identifier = ${name}`.execute(t.db);
  assert.deepEqual(left.rows, [], `${name} ran and succeeded`);
}

const ago = (interval: string) => sql<Date>`now() - ${interval}::interval`;
const ahead = (interval: string) => sql<Date>`now() + ${interval}::interval`;

test('ended staff sessions, spent password links, old rate-limit counters and unfinished single sign-ons are deleted daily', async () => {
  const staff = await staffSession(t.db, [{ role: 'agency' }]);
  await t.db
    .insertInto('sessions')
    .values({ user_id: staff.userId, token_hash: 'ended-session', expires_at: ago('1 minute') })
    .execute();
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
  assert.deepEqual(
    (await t.db.selectFrom('password_resets').select('token_hash').where('user_id', '=', staff.userId).execute()).map((r) => r.token_hash),
    ['live-link'],
  );
  assert.deepEqual(
    (await t.db.selectFrom('sign_in_failures').select('key').where('key', 'like', 'reset-client:10.9.9.%').execute()).map((r) => r.key),
    ['reset-client:10.9.9.8'],
  );
  assert.deepEqual(
    (await t.db.selectFrom('oidc_logins').select('state').where('state', 'in', ['abandoned', 'under-way']).execute()).map((r) => r.state),
    ['under-way'],
  );
});

test('ended resident sessions and used or expired sign-in links are deleted daily', async () => {
  const resident = await residentSession(t.db);
  await t.db
    .insertInto('resident_sessions')
    .values({ resident_id: resident.residentId, token_hash: 'ended-resident-session', expires_at: ago('1 minute') })
    .execute();
  await t.db
    .insertInto('resident_links')
    .values([
      { email: 'unterwegs@example.org', token_hash: 'link-live', expires_at: ahead('30 minutes') },
      { email: 'benutzt@example.org', token_hash: 'link-used', expires_at: ahead('30 minutes'), used_at: ago('5 minutes') },
      { email: 'abgelaufen@example.org', token_hash: 'link-expired', expires_at: ago('5 minutes') },
    ])
    .execute();

  await runJob('purge_resident_sign_ins');

  assert.equal(
    (await t.db.selectFrom('resident_sessions').select('id').where('resident_id', '=', resident.residentId).execute()).length,
    1,
    'only the live session stays',
  );
  assert.deepEqual(
    (await t.db.selectFrom('resident_links').select('token_hash').where('token_hash', 'like', 'link-%').execute()).map((r) => r.token_hash),
    ['link-live'],
  );
});

test('authors of notices and requests lose name and address six months after closing, or two years after they were last touched; the text stays', async () => {
  const moderator = await staffSession(t.db, [{ role: 'moderator' }]);
  const notice = (body: string, extra: { status?: 'received'; created_at?: ReturnType<typeof ago> } = {}) =>
    t.db
      .insertInto('notices')
      .values({
        project_id: projectId,
        body,
        name: 'Jo Anwohner',
        email: 'jo@example.org',
        status: 'received',
        confirmed_at: new Date(),
        ...extra,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  const released = await notice('Lange her veröffentlicht.');
  const recent = await notice('Eben veröffentlicht.');
  const stale = await notice('Nie bearbeitet, alt.', { created_at: ago('25 months') });
  const waiting = await notice('Nie bearbeitet, jung.', { created_at: ago('11 months') });
  for (const n of [released, recent])
    assert.equal(
      (
        await postForm(
          t.app,
          `/de/verwaltung/beteiligung/hinweise/${n.id}`,
          { action: 'release', weighing: 'Wird berücksichtigt.' },
          moderator,
        )
      ).statusCode,
      303,
    );
  const closedAt = await t.db.selectFrom('notices').select('closed_at').where('id', '=', released.id).executeTakeFirstOrThrow();
  assert.ok(closedAt.closed_at, 'releasing closes the notice');
  await t.db
    .updateTable('notices')
    .set({ closed_at: ago('7 months') })
    .where('id', '=', released.id)
    .execute();

  const request = (title: string, extra: { updated_at?: ReturnType<typeof ago> } = {}) =>
    t.db
      .insertInto('participation_requests')
      .values({
        project_id: projectId,
        kind: 'informal',
        title,
        reasoning: 'Weil es alle angeht.',
        initiator_name: 'Ina Initiative',
        initiator_email: 'ina@example.org',
        status: 'received',
        ...extra,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  const accepted = await request('Angenommen vor langer Zeit');
  const justAccepted = await request('Eben angenommen');
  const forgotten = await request('Nie entschieden, alt', { updated_at: ago('25 months') });
  const shownAgain = await request('Versteckt und wieder gezeigt');
  for (const r of [accepted, justAccepted])
    assert.equal(
      (
        await postForm(
          t.app,
          `/de/verwaltung/beteiligung/anregungen/${r.id}`,
          { status: 'accepted', decisionText: 'Ein Infoabend findet statt.' },
          moderator,
        )
      ).statusCode,
      303,
    );
  await t.db
    .updateTable('participation_requests')
    .set({ closed_at: ago('7 months'), updated_at: ago('7 months') })
    .where('id', '=', accepted.id)
    .execute();
  assert.equal(
    (await postForm(t.app, `/de/verwaltung/beteiligung/anregungen/${shownAgain.id}`, { status: 'hidden' }, moderator)).statusCode,
    303,
  );
  assert.equal(
    (await postForm(t.app, `/de/verwaltung/beteiligung/anregungen/${shownAgain.id}`, { status: 'received' }, moderator)).statusCode,
    303,
  );
  assert.equal(
    (await t.db.selectFrom('participation_requests').select('closed_at').where('id', '=', shownAgain.id).executeTakeFirstOrThrow())
      .closed_at,
    null,
    'shown again, the request is open',
  );

  await runJob('purge_participation_data');

  const notices = await t.db
    .selectFrom('notices')
    .select(['id', 'body', 'name', 'email'])
    .where('id', 'in', [released.id, recent.id, stale.id, waiting.id])
    .orderBy('id')
    .execute();
  assert.deepEqual(
    notices.map((n) => [n.body, n.name, n.email]),
    [
      ['Lange her veröffentlicht.', null, null],
      ['Eben veröffentlicht.', 'Jo Anwohner', 'jo@example.org'],
      ['Nie bearbeitet, alt.', null, null],
      ['Nie bearbeitet, jung.', 'Jo Anwohner', 'jo@example.org'],
    ],
  );
  const requests = await t.db
    .selectFrom('participation_requests')
    .select(['title', 'reasoning', 'initiator_name', 'initiator_email'])
    .where('id', 'in', [accepted.id, justAccepted.id, forgotten.id, shownAgain.id])
    .orderBy('id')
    .execute();
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
      .values({
        event_id: event.id,
        mode: 'onsite',
        status: 'confirmed',
        name,
        email: `${name.toLowerCase()}@example.org`,
        accessibility_needs: 'Rollstuhlplatz',
        confirm_token_hash: `c-${name}`,
        manage_token_hash: `m-${name}`,
        confirmed_at: new Date(),
      })
      .execute();
  };
  const past = await publishedEvent(t.db, { retentionDays: 30 });
  const coming = await publishedEvent(t.db, { retentionDays: 30 });
  const longAgo = await publishedEvent(t.db, { retentionDays: 30 });
  await register(past, 'Gestern');
  await register(coming, 'Bald');
  await register(longAgo, 'Damals');
  await t.db
    .updateTable('events')
    .set({ starts_at: ago('2 days 2 hours'), ends_at: ago('2 days') })
    .where('slug', '=', past)
    .execute();
  // Saved before the form capped the period at a year.
  await t.db
    .updateTable('events')
    .set({ starts_at: ago('400 days 2 hours'), ends_at: ago('400 days'), retention_days: 3650 })
    .where('slug', '=', longAgo)
    .execute();

  await runJob('purge_event_registrations');

  const rows = await t.db
    .selectFrom('event_registrations')
    .select(['name', 'accessibility_needs', 'anonymised_at'])
    .where('confirm_token_hash', 'in', ['c-Gestern', 'c-Bald', 'c-Damals'])
    .orderBy('id')
    .execute();
  assert.deepEqual(
    rows.map((r) => [r.name, r.accessibility_needs, !!r.anonymised_at]),
    [
      ['Gestern', null, false],
      ['Bald', 'Rollstuhlplatz', false],
      ['', null, true],
    ],
  );
});

test('advisory cases go 12 months after closing or 24 months without activity, with their messages and files', async () => {
  const team = await residentSession(t.db);
  const kase = async (title: string, values: Record<string, unknown>) => {
    const { id } = await t.db
      .insertInto('advisory_cases')
      .values({
        title,
        question: 'Wie fangen wir an?',
        stage: 'idea',
        team: 'Erika Muster, Max Muster',
        resident_id: team.residentId,
        ...values,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('advisory_messages')
      .values({
        case_id: id,
        resident_id: values.resident_id === null ? null : team.residentId,
        body: 'Anbei der Plan.',
        file_name: 'plan.pdf',
        content_type: 'application/pdf',
        content: Buffer.from('%PDF-1.4 plan'),
        size: 13,
      })
      .execute();
    await t.db.insertInto('advisory_sessions').values({ case_id: id, held_on: '2025-01-10', notes: 'Erstgespräch.' }).execute();
    return id;
  };
  const closedLongAgo = await kase('Vor 13 Monaten abgeschlossen', {
    status: 'closed',
    outcome: 'dropped',
    closed_at: ago('13 months'),
    updated_at: ago('13 months'),
  });
  const closedRecently = await kase('Vor 11 Monaten abgeschlossen', {
    status: 'closed',
    outcome: 'dropped',
    closed_at: ago('11 months'),
    updated_at: ago('11 months'),
  });
  const abandoned = await kase('Seit 25 Monaten still', { status: 'requested', updated_at: ago('25 months') });
  const quiet = await kase('Seit 23 Monaten still', { status: 'in_progress', updated_at: ago('23 months') });
  const orphaned = await kase('Konto schon gelöscht', { resident_id: null });
  const example = await t.db.selectFrom('advisory_cases').select('id').where('example', '=', true).executeTakeFirstOrThrow();
  await t.db
    .updateTable('advisory_cases')
    .set({ updated_at: ago('30 months') })
    .where('id', '=', example.id)
    .execute();

  await runJob('purge_advisory_cases');

  const ids = [closedLongAgo, closedRecently, abandoned, quiet, orphaned, example.id];
  const left = (await t.db.selectFrom('advisory_cases').select('id').where('id', 'in', ids).orderBy('id').execute()).map((r) => r.id);
  assert.deepEqual(
    left,
    [example.id, closedRecently, quiet].sort((a, b) => a - b),
  );
  const files = await t.db
    .selectFrom('advisory_messages')
    .select('case_id')
    .where('case_id', 'in', [closedLongAgo, abandoned, orphaned])
    .execute();
  assert.deepEqual(files, [], 'messages and files go with their case');
  assert.equal(
    (await t.db.selectFrom('advisory_sessions').select('id').where('case_id', 'in', [closedLongAgo, abandoned, orphaned]).execute()).length,
    0,
  );
  const logged = await t.db
    .selectFrom('audit_log')
    .select(['entity_id', 'summary', 'actor_label'])
    .where('action', '=', 'case.purged')
    .orderBy('entity_id')
    .execute();
  assert.deepEqual(
    logged.map((l) => [Number(l.entity_id), l.actor_label]).sort((a, b) => Number(a[0]) - Number(b[0])),
    [closedLongAgo, abandoned, orphaned].sort((a, b) => a - b).map((id) => [id, 'retention']),
  );
  assert.ok(
    logged.every((l) => !l.summary.includes('Monaten')),
    'the log does not keep the title',
  );
});

test("deleting a resident account deletes the team's advisory cases with their messages and uploaded files", async () => {
  const team = await residentSession(t.db, { email: 'geht@example.org' });
  const other = await residentSession(t.db, { email: 'bleibt@example.org' });
  const ask = async (who: typeof team, title: string) => {
    const made = await postForm(
      t.app,
      '/de/beratung',
      { title, question: 'Wie finanzieren wir Sensoren?', stage: 'idea', team: 'Elternbeirat Mürwik' },
      who,
    );
    assert.equal(made.statusCode, 303);
    return Number(/beratung\/(\d+)/.exec(String(made.headers.location))![1]);
  };
  const caseId = await ask(team, 'Sensoren am Schulweg');
  const otherCase = await ask(other, 'Bänke am Hafen');
  const boundary = '----retention';
  const payload =
    `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${team.csrf}\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="body"\r\n\r\nHier der Lageplan.\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="lageplan.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\r\n--${boundary}--\r\n`;
  const upload = await t.app.inject({
    method: 'POST',
    url: `/de/beratung/${caseId}/nachricht`,
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    cookies: team.cookies,
  });
  assert.equal(upload.statusCode, 303);
  assert.equal(
    (await t.db.selectFrom('advisory_messages').select('id').where('case_id', '=', caseId).where('content', 'is not', null).execute())
      .length,
    1,
    'the file is stored',
  );

  assert.equal((await postForm(t.app, '/de/buergerkonto/loeschen', { confirm: 'on' }, team)).statusCode, 200);

  assert.equal(await t.db.selectFrom('advisory_cases').select('id').where('id', '=', caseId).executeTakeFirst(), undefined);
  assert.deepEqual(
    await t.db.selectFrom('advisory_messages').select('id').where('case_id', '=', caseId).execute(),
    [],
    'the message and its file are gone',
  );
  assert.equal(
    (
      await t.db
        .selectFrom('advisory_messages')
        .select('id')
        .where('file_name', '=', 'lageplan.pdf')
        .where('body', '=', 'Hier der Lageplan.')
        .execute()
    ).length,
    0,
  );
  assert.ok(
    await t.db.selectFrom('advisory_cases').select('id').where('id', '=', otherCase).executeTakeFirst(),
    "another team's case stays",
  );

  // Also when an account row is deleted some other way (by hand, by a script), its cases go with it.
  await t.db.deleteFrom('residents').where('id', '=', other.residentId).execute();
  assert.equal(await t.db.selectFrom('advisory_cases').select('id').where('id', '=', otherCase).executeTakeFirst(), undefined);
});

test('audit log entries are kept ten years', async () => {
  const entry = (summary: string, at: ReturnType<typeof ago>) => ({
    at,
    actor_id: null,
    actor_label: 'alt@lotse.test',
    action: 'project.publish',
    entity_type: 'project',
    entity_id: 'alt',
    summary,
    before: 'null',
    after: 'null',
  });
  await t.db
    .insertInto('audit_log')
    .values([entry('vor elf Jahren', ago('11 years')), entry('vor neun Jahren', ago('9 years'))])
    .execute();

  await runJob('purge_audit_log');

  assert.deepEqual(
    (await t.db.selectFrom('audit_log').select('summary').where('entity_id', '=', 'alt').execute()).map((r) => r.summary),
    ['vor neun Jahren'],
  );
});
