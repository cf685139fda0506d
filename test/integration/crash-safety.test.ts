// Crash safety with real `lotse start` processes. 500 confirmations (event registrations for too few seats,
// and signatures, some of one address in two spellings) arrive at once; the process is killed with
// SIGKILL after the first 150 answers and started again on the same database. Then: every confirmation
// answered before the kill is still there, the event holds no more than its seats, no address is counted
// twice, confirming again changes nothing, and the job queue goes on where it stopped. And a mail job
// running when SIGTERM arrives is finished before the process exits, and runs once.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import type { ParsedMail } from 'mailparser';
import { enqueue } from '../../src/jobs/queue.js';
import { publicEvent } from '../../src/modules/events/events.service.js';
import { register } from '../../src/modules/events/registrations.service.js';
import { confirm, sign, startRequest } from '../../src/modules/participation/participation.service.js';
import { TEST_BASE_URL } from '../helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { publishedEvent } from '../helpers/events.js';
import { type LotseProcess, startLotse } from '../helpers/lotse-process.js';
import { deliverMail, type Mailbox, startMailbox } from '../helpers/mailbox.js';

const SEATS = 40;
const REGISTRATIONS = 200;
const SIGNERS = 275;
/** Of the signers, this many sign a second time under another spelling of their address. */
const TWICE = 25;
const QUORUM = 100;
/** Answers before the kill. All requests leave at once, and a connection waiting 30 s for its answer is closed (TIMEOUTS.connectionMs): on a slow machine only the first answers arrive in time. */
const KILL_AFTER = 100;

let database: TestDatabase;
let mailbox: Mailbox;
const running: LotseProcess[] = [];

before(async () => {
  database = await createTestDatabase('demo');
  mailbox = await startMailbox();
});
after(async () => {
  for (const p of running) await p.stop('SIGKILL');
  await mailbox.close();
  await database.drop();
});

/** `name` tells the database connections of this process apart (PostgreSQL's application_name). */
async function lotse(name: string, on = { database, mailbox }): Promise<LotseProcess> {
  const p = await startLotse({ DATABASE_URL: on.database.url, LOTSE_WORKER: 'true', LOTSE_SMTP_URL: on.mailbox.url, PGAPPNAME: name });
  running.push(p);
  return p;
}

/** Waits (polling the database) until `done` holds; fails with `what` if it never does. */
async function eventually(what: string, done: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await done()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`never happened: ${what}`);
}

/** The queued mails' confirmation tokens by recipient, read from the job queue (the outbox). */
async function queuedTokens(): Promise<Map<string, string>> {
  const rows = await sql<{ payload: { to: string; text: string } }>`
    select j.payload from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
     where t.identifier = 'send_mail'`.execute(database.db);
  const tokens = new Map<string, string>();
  for (const { payload } of rows.rows) {
    const token = /bestaetigen\?(?:art=\w+&)?token=([\w-]+)/.exec(payload.text)?.[1];
    if (token) tokens.set(payload.to, token);
  }
  return tokens;
}

const recipients = (m: ParsedMail) =>
  (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) => a.value.map((v) => v.address!.toLowerCase()));

interface Confirmation {
  kind: 'registration' | 'signature';
  email: string;
  token: string;
}

/** A browser's CSRF cookie for the confirmation forms of `p` (double submission: the same value in the form). */
async function csrfOf(p: LotseProcess): Promise<string> {
  const page = await fetch(`${p.url}/de/veranstaltungen/anmeldung/bestaetigen?token=x`);
  const cookie = /lotse_csrf=([^;]+)/.exec(page.headers.get('set-cookie') ?? '')?.[1];
  assert.ok(cookie, 'the confirmation page sets a CSRF cookie');
  return cookie;
}

/** Presses the confirmation button as the mailed link's page does; resolves with the status code. */
async function press(p: LotseProcess, csrf: string, c: Confirmation): Promise<number> {
  const [path, fields] =
    c.kind === 'registration'
      ? ['/de/veranstaltungen/anmeldung/bestaetigen', { token: c.token }]
      : ['/de/beteiligung/bestaetigen', { art: 'unterschrift', token: c.token }];
  const res = await fetch(`${p.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `lotse_csrf=${csrf}` },
    body: new URLSearchParams({ ...fields, _csrf: csrf }).toString(),
  });
  await res.arrayBuffer();
  return res.status;
}

async function registrationsOf(eventId: number) {
  return database.db
    .selectFrom('event_registrations')
    .select(['email', 'status', 'confirmed_at', 'waiting_since'])
    .where('event_id', '=', eventId)
    .execute();
}

async function signaturesOf(requestId: number) {
  return database.db.selectFrom('signatures').select(['email', 'email_key', 'confirmed_at']).where('request_id', '=', requestId).execute();
}

/** Everything prepared before the server starts: the event, the request, 500 unconfirmed addresses and their tokens. */
async function prepare(): Promise<{ eventId: number; requestId: number; confirmations: Confirmation[] }> {
  const db = database.db;
  const event = await publicEvent(db, await publishedEvent(db, { capacityOnsite: SEATS }));
  await db.updateTable('municipalities').set({ participation_quorum: QUORUM }).execute();
  const project = await db
    .selectFrom('projects')
    .select('slug')
    .where('publication_state', '=', 'published')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const initiator = 'initiative@example.org';
  const request = {
    kind: 'signatures',
    title: 'Ein Bürgerforum zum Hafen',
    reasoning: 'Viele sind betroffen.',
    name: null,
    sprache: 'de',
  } as const;
  await startRequest(db, project.slug, { ...request, email: initiator, consent: 'on' }, '10.90.0.1', 'de', TEST_BASE_URL);
  const started = await confirm(db, 'anregung', (await queuedTokens()).get(initiator)!, TEST_BASE_URL);
  assert.ok(started.ok && started.requestId);

  const registrants = Array.from({ length: REGISTRATIONS }, (_, i) => `teilnahme${i}@example.org`);
  const signers = Array.from({ length: SIGNERS }, (_, i) => `stimme${i}@example.org`);
  // The same mailbox again: another case and a sub-address (one address key).
  const again = signers.slice(0, TWICE).map((e) => e.replace('stimme', 'Stimme').replace('@', '+nochmal@'));
  const client = (i: number) => `10.91.${i >> 8}.${i & 255}`;
  const person = { organisation: null, accessibilityNeeds: null, answer: null, consent: 'on' } as const;
  const signature = { residence: 'Flensburg', age: 'on', consent: 'on' } as const;
  for (let i = 0; i < REGISTRATIONS; i += 25)
    await Promise.all(
      registrants
        .slice(i, i + 25)
        .map((email, j) => register(db, event, { ...person, name: `Teilnahme ${i + j}`, email }, client(i + j), 'de', TEST_BASE_URL)),
    );
  const signing = [...signers, ...again];
  for (let i = 0; i < signing.length; i += 25)
    await Promise.all(
      signing
        .slice(i, i + 25)
        .map((email, j) =>
          sign(db, started.requestId!, { ...signature, name: `Stimme ${i + j}`, email }, client(1000 + i + j), 'de', TEST_BASE_URL),
        ),
    );

  const tokens = await queuedTokens();
  // The links are read: those mails are not what this test is about.
  await sql`select graphile_worker.complete_jobs(array(select id from graphile_worker.jobs where task_identifier = 'send_mail'))`.execute(
    db,
  );
  const of = (kind: Confirmation['kind'], email: string): Confirmation => {
    const token = tokens.get(email);
    assert.ok(token, `a confirmation link was queued for ${email}`);
    return { kind, email, token };
  };
  // Interleaved, each second spelling next to the first, so that both arrive at the same moment.
  const confirmations: Confirmation[] = [];
  for (let i = 0; i < Math.max(REGISTRATIONS, SIGNERS); i++) {
    if (i < REGISTRATIONS) confirmations.push(of('registration', registrants[i]!));
    if (i < SIGNERS) confirmations.push(of('signature', signers[i]!));
    if (i < TWICE) confirmations.push(of('signature', again[i]!));
  }
  return { eventId: event.id, requestId: started.requestId, confirmations };
}

test('SIGKILL during 500 concurrent confirmations: nothing acknowledged is lost, no seat or address counted twice, the queue resumes', async () => {
  const { eventId, requestId, confirmations } = await prepare();
  assert.equal(confirmations.length, REGISTRATIONS + SIGNERS + TWICE);

  // The first process's mails do not get through: its worker is busy with two of them until the kill,
  // and whatever the confirmations queue waits in the queue.
  const smtp = mailbox.hold();
  const first = await lotse('lotse-crash-first');
  const csrf = await csrfOf(first);
  const acknowledged: Confirmation[] = [];
  const answers: number[] = [];
  // Answers that were on their way when the kill was sent are answers too: they count as acknowledged.
  const presses = confirmations.map(async (c) => {
    const status = await press(first, csrf, c);
    answers.push(status);
    if (status === 303) acknowledged.push(c);
    if (answers.length === KILL_AFTER) first.child.kill('SIGKILL');
  });
  await Promise.allSettled(presses);
  assert.equal(await first.stop('SIGKILL'), null, 'the process was killed');
  smtp.release();
  assert.ok(answers.length >= KILL_AFTER && answers.length < confirmations.length, `killed in the middle (${answers.length} answers)`);
  assert.deepEqual(
    answers.filter((s) => s !== 303),
    [],
    'every confirmation answered before the kill was a success',
  );

  // Its database sessions are gone (a statement already sent may still have finished): what is locked
  // now stays locked by the dead worker; everything else in the queue is waiting for the next one.
  await eventually('the killed process has no database session left', async () => {
    const r = await sql<{
      n: number;
    }>`select count(*)::int as n from pg_stat_activity where application_name = 'lotse-crash-first'`.execute(database.db);
    return r.rows[0]!.n === 0;
  });
  const lockedByTheDead = (
    await sql<{
      id: string;
      to: string | null;
    }>`select id::text, payload->>'to' as to from graphile_worker._private_jobs where locked_at is not null`.execute(database.db)
  ).rows;
  assert.ok(lockedByTheDead.length <= 2, `at most the worker's two running jobs were interrupted: ${JSON.stringify(lockedByTheDead)}`);
  const queuedMails = (
    await sql<{
      n: number;
    }>`select count(*)::int as n from graphile_worker.jobs where task_identifier = 'send_mail' and locked_at is null`.execute(database.db)
  ).rows[0]!.n;
  const acknowledgedRegistrations = acknowledged.filter((c) => c.kind === 'registration').length;
  assert.ok(queuedMails >= acknowledgedRegistrations - 2, `the mails of acknowledged confirmations wait in the queue (${queuedMails})`);

  // Every acknowledged confirmation survived.
  const registrationsAfterCrash = new Map((await registrationsOf(eventId)).map((r) => [r.email, r]));
  const signaturesAfterCrash = await signaturesOf(requestId);
  const keyOf = new Map(signaturesAfterCrash.map((s) => [s.email, s.email_key]));
  const confirmedKeys = new Set(signaturesAfterCrash.filter((s) => s.confirmed_at).map((s) => s.email_key));
  for (const c of acknowledged) {
    if (c.kind === 'registration')
      assert.ok(['confirmed', 'waiting'].includes(registrationsAfterCrash.get(c.email)!.status), `${c.email} kept their registration`);
    else assert.ok(confirmedKeys.has(keyOf.get(c.email)!), `${c.email}'s signature kept`);
  }

  // Everyone presses again (an answer lost in the crash): what was confirmed stays as it was, the rest is
  // confirmed now. Twenty at a time: each waits its turn for the event's lock, and a connection without
  // an answer for 30 seconds is closed (TIMEOUTS.connectionMs) on a slow machine.
  const second = await lotse('lotse-crash-second');
  const csrfAfter = await csrfOf(second);
  const again: { c: Confirmation; status: number }[] = [];
  const queue = [...confirmations];
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      for (let c = queue.shift(); c; c = queue.shift()) again.push({ c, status: await press(second, csrfAfter, c) });
    }),
  );
  const signedAfterCrash = new Set(signaturesAfterCrash.filter((s) => s.confirmed_at).map((s) => s.email));
  for (const { c, status } of again) {
    const used = c.kind === 'registration' ? registrationsAfterCrash.get(c.email)!.status !== 'unconfirmed' : signedAfterCrash.has(c.email);
    // A used link says so ("invalid or used already"); another spelling of a counted address is welcomed, not counted.
    assert.equal(status, used ? 410 : 303, `${c.email} pressed again`);
  }
  const registrations = await registrationsOf(eventId);
  for (const r of registrations) {
    const before = registrationsAfterCrash.get(r.email)!;
    if (before.status !== 'unconfirmed') assert.deepEqual(r, before, `confirming ${r.email} again changed nothing`);
  }
  const byStatus = (s: string) => registrations.filter((r) => r.status === s).length;
  assert.equal(byStatus('confirmed'), SEATS, 'every seat taken, none twice');
  assert.equal(byStatus('waiting'), REGISTRATIONS - SEATS, 'everyone else on the waiting list');
  const positions = await sql<{ n: number }>`
    select count(distinct (waiting_since, id))::int as n from event_registrations where event_id = ${eventId} and status = 'waiting'`.execute(
    database.db,
  );
  assert.equal(positions.rows[0]!.n, REGISTRATIONS - SEATS, 'every waiting place is its own');

  const signatures = await signaturesOf(requestId);
  const confirmedSignatures = signatures.filter((s) => s.confirmed_at);
  assert.equal(confirmedSignatures.length, SIGNERS, 'one confirmed signature per address');
  assert.equal(new Set(confirmedSignatures.map((s) => s.email_key)).size, SIGNERS);
  const row = await database.db
    .selectFrom('participation_requests')
    .select(['signature_count', 'status'])
    .where('id', '=', requestId)
    .executeTakeFirstOrThrow();
  assert.deepEqual(row, { signature_count: SIGNERS, status: 'quorum_reached' }, 'the count is the confirmed addresses');
  const quorumNoted = await sql<{ n: number }>`
    select count(*)::int as n from audit_log where action = 'request.quorum' and entity_id = ${String(requestId)}`.execute(database.db);
  assert.equal(quorumNoted.rows[0]!.n, 1, 'the quorum was reached once');

  // The queue resumed: every job but the two interrupted ones ran, none failed.
  const locked = lockedByTheDead.map((j) => j.id);
  await eventually('the new worker worked through the queue', async () => {
    const failed = await sql<{ last_error: string }>`
      select last_error from graphile_worker.jobs where task_identifier = 'send_mail' and last_error is not null`.execute(database.db);
    assert.deepEqual(failed.rows, [], 'no job failed');
    const left = await sql<{ n: number }>`
      select count(*)::int as n from graphile_worker.jobs
       where task_identifier = 'send_mail' and not (id::text = any(${locked}::text[]))`.execute(database.db);
    return left.rows[0]!.n === 0;
  });
  // Each registrant got the mail with the seat or the waiting place, once (a mail whose job was
  // interrupted goes out when its lock expires).
  const interrupted = new Set(lockedByTheDead.map((j) => j.to));
  const mails = new Map<string, ParsedMail[]>();
  for (const m of mailbox.messages) for (const to of recipients(m)) mails.set(to, [...(mails.get(to) ?? []), m]);
  for (const r of registrations) {
    const got = mails.get(r.email) ?? [];
    const told = got.filter((m) => /veranstaltungen\/anmeldung\?token=/.test(m.text ?? '')).length;
    if (interrupted.has(r.email)) assert.ok(told <= 1, `${r.email}: no mail twice`);
    else assert.equal(told, 1, `${r.email}'s mail`);
  }
  await second.stop('SIGTERM');
});

test('a job running when SIGTERM arrives is finished before the process exits, and runs once', async () => {
  // A database and a mailbox of its own: no other job in the queue.
  const own = { database: await createTestDatabase(), mailbox: await startMailbox() };
  try {
    const p = await lotse('lotse-crash-sigterm', own);
    const hold = own.mailbox.hold();
    await enqueue(own.database.db, 'send_mail', { to: 'langsam@example.org', subject: 'Eine langsame Mail', text: 'Sie ist unterwegs.' });
    await hold.arrived;
    const exited = p.stop('SIGTERM');
    await eventually('the process begins to stop', async () => /SIGTERM received/.test(p.output()));
    assert.equal(p.child.exitCode, null, 'the process waits for its running job');
    hold.release();
    assert.equal(await exited, 0, `a stopped process exits cleanly:\n${p.output()}`);
    assert.match(p.output(), /SIGTERM received[^]*Lotse stopped/);

    const left = await sql`select * from graphile_worker.jobs where task_identifier = 'send_mail'`.execute(own.database.db);
    assert.deepEqual(left.rows, [], 'the job is done, not left in the queue');
    await deliverMail(own.mailbox, own.database.url);
    assert.equal(own.mailbox.to('langsam@example.org').length, 1, 'the mail went out once');
  } finally {
    await own.mailbox.close();
    await own.database.drop();
  }
});
