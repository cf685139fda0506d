// PostgreSQL binds at most 65,535 parameters per statement. The import's statements that take a list
// from the file (which Vorhaben to relink, which topics to create) must work for more entries than that:
// 100,000 rows used to fail with "bind message has 34464 parameter formats but 0 parameters".
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { importVorhabenliste } from '../../src/modules/projects/import/import.service.js';
import { type ProjectLinks, replaceLinks } from '../../src/modules/projects/projects.repository.js';
import { ensureRegion } from '../../src/seed/region.js';
import { flensburgVorhaben, vorhabenCsv } from '../helpers/factories.js';
import { ensureTopicIds } from '../../src/modules/topics/topics.service.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

const MORE_THAN_THE_LIMIT = 70_000;
let database: TestDatabase;

before(async () => {
  database = await createTestDatabase();
  await ensureRegion(database.db);
});
after(() => database.drop());

test('relinking more Vorhaben than one statement can bind parameters', async () => {
  const report = await importVorhabenliste(database.db, vorhabenCsv([flensburgVorhaben()]));
  assert.equal(report.applied, true);
  const project = await database.db.selectFrom('projects').select('id').executeTakeFirstOrThrow();
  const municipality = await database.db
    .selectFrom('municipalities')
    .select('id')
    .where('slug', '=', 'flensburg')
    .executeTakeFirstOrThrow();
  // One real Vorhaben among 70,000 ids: its links are replaced, the others have none to remove.
  const links = Array.from({ length: MORE_THAN_THE_LIMIT }, (_, i): ProjectLinks => ({
    projectId: i + 1_000_000,
    municipalityIds: [],
    topicIds: [],
    decisions: [],
  }));
  links.push({ projectId: project.id, municipalityIds: [municipality.id], topicIds: [], decisions: [] });
  await database.db.transaction().execute((trx) => replaceLinks(trx, links));
  const linked = await database.db
    .selectFrom('project_municipalities')
    .select('municipality_id')
    .where('project_id', '=', project.id)
    .execute();
  assert.deepEqual(linked, [{ municipality_id: municipality.id }]);
});

const topicCount = async () =>
  Number(
    (
      await database.db
        .selectFrom('topics')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

test('creating more new topics than one statement can bind parameters (two per topic)', async () => {
  const names = Array.from({ length: 40_000 }, (_, i) => `Thema ${i}`);
  const before = await topicCount();
  const { ids, created } = await database.db.transaction().execute((trx) => ensureTopicIds(trx, names));
  assert.equal(created.length, names.length);
  assert.equal(new Set(names.map((n) => ids.get(n.toLowerCase()))).size, names.length, 'each name has its own topic');
  assert.equal((await topicCount()) - before, names.length);
});
