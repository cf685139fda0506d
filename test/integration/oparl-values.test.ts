// One value PostgreSQL refuses must not stop a council's sync for good: impossible dates, instants out of
// range, an agenda item's order beyond `integer` and NUL in a text are stored as none (or the nearest),
// and an object the database still refuses is skipped and reported while the rest of its page is kept.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, test } from 'node:test';
import { syncMunicipality } from '../../src/modules/council/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { addMunicipality, configureOparl, testClient } from '../helpers/council.js';
import { at, meeting, organization, page, paper, serveSystem } from '../helpers/oparl-objects.js';
import { oparlTestServer, type OparlTestServer } from '../helpers/oparl-server.js';

let database: TestDatabase;
const servers: OparlTestServer[] = [];

before(async () => {
  database = await createTestDatabase();
});
after(async () => {
  for (const s of servers) await s.close();
  await database.drop();
});

async function setUp(slug: string): Promise<OparlTestServer> {
  await addMunicipality(database.db, slug, slug);
  const server = await oparlTestServer();
  servers.push(server);
  await configureOparl(database.db, slug, serveSystem(server));
  server.on('/body/1/organizations', { body: page([organization(1, 'Rat')]) });
  return server;
}

test('impossible dates, instants out of range, a huge order and NUL are stored as none or the nearest, and reported', async () => {
  const server = await setUp('wertheim-1');
  const broken = meeting(1, 'Rat\u0000ssitzung', { agenda: [{ n: 10, number: '1', name: 'Haushalt' }] });
  broken.end = '0000-01-01T00:00:00Z';
  (broken.agendaItem[0] as Record<string, unknown>).order = 99_999_999_999;
  server.on('/body/1/meetings', { body: page([broken]) });
  server.on('/body/1/papers', {
    body: page([{ ...paper(1, '1/2015', 'Haushalt\u0000 2016'), date: '2015-02-30', modified: '-005000-01-01T00:00:00Z' }]),
  });
  const summary = await syncMunicipality(database.db, 'wertheim-1', { client: testClient });
  assert.equal(summary.status, 'succeeded');
  const stored = await database.db
    .selectFrom('council_papers')
    .select(['name', 'date', 'modified'])
    .where('url', '=', server.url('/paper/1'))
    .executeTakeFirstOrThrow();
  assert.deepEqual(stored, { name: 'Haushalt 2016', date: null, modified: null });
  const meetingRow = await database.db
    .selectFrom('council_meetings')
    .select(['name', 'end_at'])
    .where('url', '=', server.url('/meeting/1'))
    .executeTakeFirstOrThrow();
  assert.deepEqual(meetingRow, { name: 'Ratssitzung', end_at: null });
  const item = await database.db
    .selectFrom('council_agenda_items')
    .select('position')
    .where('url', '=', server.url('/agendaitem/10'))
    .executeTakeFirstOrThrow();
  assert.equal(item.position, 2147483647);
  const invalid = summary.faults.find((f) => f.kind === 'invalid_value');
  assert.ok(invalid && invalid.count >= 3, 'each object with such a value is reported');
});

test('an object the database refuses is skipped and reported; the rest of its page and the next pages are stored', async () => {
  const server = await setUp('wertheim-2');
  server.on('/body/1/meetings', { body: page([]) });
  // Random characters do not compress: an address of 4,000 characters exceeds what a b-tree index entry can
  // hold (about 2,700 bytes), yet stays under the 10,000 characters at which texts are cut.
  const longId = at(`/paper/${crypto.randomBytes(2000).toString('hex')}`);
  server.on('/body/1/papers', {
    body: page([paper(1, '1/2026', 'Haushalt'), { ...paper(2, '2/2026', 'Zu lang'), id: longId }], '/papers-2'),
  });
  server.on('/papers-2', { body: page([paper(3, '3/2026', 'Radweg')]) });
  const summary = await syncMunicipality(database.db, 'wertheim-2', { client: testClient });
  assert.equal(summary.status, 'succeeded');
  const papers = await database.db
    .selectFrom('council_papers as p')
    .innerJoin('municipalities as m', 'm.id', 'p.municipality_id')
    .where('m.slug', '=', 'wertheim-2')
    .select('p.reference')
    .orderBy('p.reference')
    .execute();
  assert.deepEqual(
    papers.map((p) => p.reference),
    ['1/2026', '3/2026'],
  );
  const fault = summary.faults.find((f) => f.kind === 'invalid_object');
  assert.equal(fault?.count, 1);
  assert.equal(fault.examples[0]!.url, longId.replace('http://oparl.test', server.base));
});
