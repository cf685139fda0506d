// A full sync of a real council information system: the crawl of Hürtgenwald's SD.NET OParl 1.0 endpoint,
// served from a local server. Every paper, meeting and organisation ends up in Lotse's tables (deleted
// ones marked, not dropped), the real server's faults are reported, persons are never asked for, and the
// Vorhaben's decisions typed as "30/2015" are matched to their papers.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { syncMunicipality, type SyncSummary } from '../../src/modules/council/index.js';
import { ensureRegion } from '../../src/seed/region.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { addMunicipality, configureOparl, countRows, decisionPapers, testClient, vorhabenWithDecisions } from '../helpers/council.js';
import { CRAWL_ROOT, crawlServer, huertgenwaldCrawl, type OparlTestServer } from '../helpers/oparl-server.js';

let database: TestDatabase;
let server: OparlTestServer;
let summary: SyncSummary;
let vorhaben: string;

/** What the crawl holds, counted from its files. */
function crawlCounts() {
  const objects = (list: string) =>
    [...huertgenwaldCrawl().entries()]
      .filter(([name]) => name.startsWith(`body/1/${list}.json`) || name.startsWith(`body/1/${list}?page=`))
      .flatMap(([, content]) => (JSON.parse(content) as { data: Record<string, unknown>[] }).data);
  const papers = objects('paper');
  const meetings = objects('meeting');
  const pages = [...huertgenwaldCrawl().keys()].filter((n) => /^body\/1\/(paper|meeting|organization)(\?page=\d+)?\.json$/.test(n)).length;
  return {
    papers: papers.length,
    deletedPapers: papers.filter((p) => p.deleted === true).length,
    meetings: meetings.length,
    deletedMeetings: meetings.filter((m) => m.deleted === true).length,
    agendaItems: meetings.flatMap((m) => (m.agendaItem as unknown[] | undefined) ?? []).length,
    consultations: papers.flatMap((p) => (p.consultation as unknown[] | undefined) ?? []).length,
    organizations: objects('organization').length,
    pages,
  };
}

before(async () => {
  database = await createTestDatabase();
  await ensureRegion(database.db);
  await addMunicipality(database.db, 'huertgenwald', 'Gemeinde Hürtgenwald');
  server = await crawlServer();
  await configureOparl(database.db, 'huertgenwald', server.url(`${CRAWL_ROOT}/system`));
  vorhaben = await vorhabenWithDecisions(database.db, 'huertgenwald', 'Integriertes Handlungskonzept Hürtgenwald', [
    '30/2015 vom 23.04.2015',
    '27/2019 2. Ergänzung',
    '999/2099',
  ]);
  summary = await syncMunicipality(database.db, 'huertgenwald', { client: testClient });
});
after(async () => {
  await server.close();
  await database.drop();
});

test('the crawl as published: 2,115 papers (18 deleted), 367 meetings (21 deleted), 22 organisations', () => {
  const c = crawlCounts();
  assert.deepEqual(
    [c.papers, c.deletedPapers, c.meetings, c.deletedMeetings, c.organizations],
    [2115, 18, 367, 21, 22],
    'the fixture is the one the README describes',
  );
});

test('a full sync stores every object of the crawl, deleted ones marked', async () => {
  const c = crawlCounts();
  const db = database.db;
  assert.equal(summary.status, 'succeeded');
  assert.equal(summary.mode, 'full');
  assert.equal(await countRows(db, 'council_papers'), c.papers);
  assert.equal(await countRows(db, 'council_papers', { deleted: true }), c.deletedPapers);
  assert.equal(await countRows(db, 'council_meetings'), c.meetings);
  assert.equal(await countRows(db, 'council_meetings', { deleted: true }), c.deletedMeetings);
  assert.equal(await countRows(db, 'council_organizations'), c.organizations);
  assert.equal(await countRows(db, 'council_agenda_items'), c.agendaItems);
  assert.equal(await countRows(db, 'council_consultations'), c.consultations);
  const live =
    (await countRows(db, 'council_papers', { deleted: false })) +
    (await countRows(db, 'council_meetings', { deleted: false })) +
    (await countRows(db, 'council_organizations', { deleted: false })) +
    (await countRows(db, 'council_agenda_items', { deleted: false })) +
    (await countRows(db, 'council_consultations', { deleted: false })) +
    (await countRows(db, 'council_files', { deleted: false }));
  assert.equal(summary.created, live, 'every live row is new');
  assert.equal(summary.deleted, c.deletedPapers + c.deletedMeetings);
  assert.equal(summary.changed, 0);
  assert.equal(summary.read, live + summary.deleted);
  const run = await db.selectFrom('council_sync_runs').selectAll().where('id', '=', summary.runId).executeTakeFirstOrThrow();
  assert.equal(run.status, 'succeeded');
  assert.equal(run.complete, true);
  assert.equal(run.objects_created, summary.created);
  assert.ok(run.finished_at);
});

test('the papers keep what Lotse shows: reference, type, date, the council web page; consultations point at stored meetings', async () => {
  const db = database.db;
  const paper = await db
    .selectFrom('council_papers')
    .selectAll()
    .where('url', '=', server.url(`${CRAWL_ROOT}/body/1/paper/2397`))
    .executeTakeFirstOrThrow();
  assert.equal(paper.reference, '30/2015');
  assert.equal(paper.name, 'Erstellung eines integrierten Handlungskonzeptes (IHK)');
  assert.equal(paper.paper_type, 'Mitteilungsvorlage');
  assert.equal(paper.date, '2015-04-23');
  assert.match(paper.web!, /^https:\/\/sdnetrim\.kdvz-frechen\.de\/rim4220\/vorgang\/\?__=/);
  const files = await db.selectFrom('council_files').select(['role', 'mime_type']).where('paper_url', '=', paper.url).execute();
  assert.deepEqual(files, [{ role: 'main', mime_type: 'application/pdf' }]);
  const orphans = await db
    .selectFrom('council_consultations as c')
    .leftJoin('council_meetings as m', 'm.url', 'c.meeting_url')
    .where('c.meeting_url', 'is not', null)
    .where('m.id', 'is', null)
    .select('c.url')
    .execute();
  assert.deepEqual(orphans, [], 'every consultation names a meeting that was read');
  const deleted = await db
    .selectFrom('council_meetings')
    .select(['deleted', 'name'])
    .where('url', '=', server.url(`${CRAWL_ROOT}/body/1/meeting/2294`))
    .executeTakeFirstOrThrow();
  assert.deepEqual(deleted, { deleted: true, name: null });
});

test("the real server's faults are reported, and the sync asked for each list page once, never for persons", () => {
  const byKind = Object.fromEntries(summary.faults.map((f) => [f.kind, f.count]));
  assert.deepEqual(byKind, { swapped_coordinates: 1, missing_type: 39, placeholder_value: 1 });
  const swapped = summary.faults.find((f) => f.kind === 'swapped_coordinates')!;
  assert.equal(swapped.examples[0]!.url, server.url(`${CRAWL_ROOT}/body/1/location/0-1`), "the Body's location");
  assert.ok(server.requests.every((r) => !r.includes('/person')));
  const pages = server.requests.filter((r) => /\/body\/1\/(paper|meeting|organization)/.test(r));
  assert.equal(pages.length, crawlCounts().pages);
  assert.equal(new Set(pages).size, pages.length);
});

test('decisions typed as Hürtgenwald writes its references are matched to their papers', async () => {
  assert.deepEqual(await decisionPapers(database.db, vorhaben), [
    { raw: '30/2015 vom 23.04.2015', paper: '30/2015', web: webOf('30/2015') },
    { raw: '27/2019 2. Ergänzung', paper: '27/2019 2. Ergänzung', web: webOf('27/2019 2. Ergänzung') },
    { raw: '999/2099', paper: null, web: null },
  ]);
  assert.equal(summary.matched, 2);
  assert.deepEqual(
    summary.unmatched.map((u) => [u.projectSlug, u.text, u.reason]),
    [[vorhaben, '999/2099', 'no_paper']],
  );
});

/** The web page of a paper in the crawl, found by its reference. */
function webOf(reference: string): string {
  for (const [name, content] of huertgenwaldCrawl()) {
    if (!name.startsWith('body/1/paper')) continue;
    const paper = (JSON.parse(content) as { data: { reference?: string; web?: string }[] }).data.find((p) => p.reference === reference);
    if (paper) return paper.web!;
  }
  throw new Error(`no paper ${reference}`);
}
