// A large import leaves PostgreSQL's full-text columns to a job that runs right after it commits (the
// register's own index does not need them). What people see: until the job has run, the back office's
// search and the register without its index do not find the new Vorhaben by their words; afterwards they
// do, exactly as after a small import, which computes the columns at once.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { importVorhabenliste } from '../../src/modules/projects/import/import.service.js';
import { runDueJobs } from '../../src/worker.js';
import { startTestApp, TEST_BASE_URL, type TestApp } from '../helpers/app.js';
import { flensburgVorhaben, nordfrieslandVorhaben, vorhabenCsv } from '../helpers/factories.js';
import { type Mailbox, startMailbox } from '../helpers/mailbox.js';

let t: TestApp;
let mailbox: Mailbox;

before(async () => {
  t = await startTestApp('municipalities');
  mailbox = await startMailbox();
});
after(async () => {
  await mailbox.close();
  await t.close();
});

/** Titles the API list finds for a search (the test app answers from PostgreSQL, not from the index). */
const found = async (q: string) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/projects?q=${encodeURIComponent(q)}` });
  return (res.json() as { items: { title: string }[] }).items.map((p) => p.title).sort();
};
const queuedFills = async () =>
  Number(
    (await sql<{ n: string }>`select count(*) as n from graphile_worker.jobs where task_identifier = 'project_search_fill'`.execute(t.db))
      .rows[0]!.n,
  );

test('a small import is searchable at once; a large one after the job that follows it, with the same columns', async () => {
  await importVorhabenliste(t.db, vorhabenCsv([flensburgVorhaben()]));
  assert.deepEqual(await found('Bürgerbüro'), ['Digitale Bürgerdienste im Rathaus Flensburg']);
  assert.equal(await queuedFills(), 0, 'no job for a small import');

  // The same threshold as 2,000 rows in a real file, reached at the first row here.
  const report = await importVorhabenliste(
    t.db,
    vorhabenCsv([
      nordfrieslandVorhaben(),
      nordfrieslandVorhaben({ Titel: 'Bodensensoren im Hafen', 'Inhaltliche Beschreibung': 'Pegel und Feuchte' }),
    ]),
    { deferSearchAfter: 1 },
  );
  assert.equal(report.created.length, 2);
  assert.deepEqual(await found('Fähranlegern'), [], 'the words are not in PostgreSQL yet');
  assert.equal(await queuedFills(), 1, 'the job is queued with the import');

  await runDueJobs({ smtpUrl: mailbox.url, mailFrom: 'Lotse <lotse@test.example>', publicUrl: TEST_BASE_URL }, t.database.url);
  assert.equal(await queuedFills(), 0, 'the job ran and succeeded');
  assert.deepEqual(await found('Fähranlegern'), ['Mobilitätsstationen auf den Halligen']);
  // A compound part (the trigram column) and a word of the text (the stems) both count again.
  assert.deepEqual(await found('Sensoren'), ['Bodensensoren im Hafen']);
  assert.deepEqual(await found('Feuchte'), ['Bodensensoren im Hafen']);
  assert.deepEqual(await found('Bürgerbüro'), ['Digitale Bürgerdienste im Rathaus Flensburg']);

  // Filled in by the job or computed at a write: the same values (any update computes them afresh).
  const byJob = await sql<{
    id: number;
    search: string;
    search_text: string;
  }>`select id, search::text, search_text from projects order by id`.execute(t.db);
  const atWrite = await sql<{ id: number; search: string; search_text: string }>`update projects set status = status
    returning id, search::text, search_text`.execute(t.db);
  assert.deepEqual(
    byJob.rows,
    atWrite.rows.sort((a, b) => a.id - b.id),
  );
  const unfilled = await sql<{ n: string }>`select count(*) as n from projects where search is null or search_text is null`.execute(t.db);
  assert.equal(Number(unfilled.rows[0]!.n), 0);
});
