// A decision's council paper and hand-typed address stay with that decision when the Vorhaben's
// decisions are written anew (an edit, an import), also when two decisions share a reference and
// differ only in the supplement ("FA-10/2023" and "FA-10/2023 1. Ergänzung").
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parseDecisions } from '../../src/modules/decisions/index.js';
import { replaceLinks } from '../../src/modules/projects/projects.writes.repository.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { addMunicipality, vorhabenWithDecisions } from '../helpers/council.js';

let database: TestDatabase;
before(async () => {
  database = await createTestDatabase();
});
after(async () => {
  await database.drop();
});

const bodies = [{ prefix: 'FA', name: 'Finanzausschuss' }];

test('a supplement keeps its own council address when the decisions are written anew in another order', async () => {
  const municipalityId = await addMunicipality(database.db, 'ergaenzhafen', 'Ergänzhafen', bodies);
  const texts = ['FA-10/2023', 'FA-10/2023 1. Ergänzung'];
  const slug = await vorhabenWithDecisions(database.db, 'ergaenzhafen', 'Hafenbad', texts, bodies);
  const project = await database.db.selectFrom('projects').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
  for (const [raw, url] of [
    ['FA-10/2023', 'https://ris.example.org/vorlage/10'],
    ['FA-10/2023 1. Ergänzung', 'https://ris.example.org/vorlage/10-1'],
  ])
    await database.db
      .updateTable('decisions')
      .set({ council_web_url: url })
      .where('project_id', '=', project.id)
      .where('raw', '=', raw!)
      .execute();

  const decisions = [...texts].reverse().map((text) => parseDecisions(text, bodies)[0]!);
  await replaceLinks(database.db, [{ projectId: project.id, municipalityIds: [municipalityId], topicIds: [], decisions }]);

  const rows = await database.db
    .selectFrom('decisions')
    .select(['raw', 'council_web_url'])
    .where('project_id', '=', project.id)
    .orderBy('position')
    .execute();
  assert.deepEqual(rows, [
    { raw: 'FA-10/2023 1. Ergänzung', council_web_url: 'https://ris.example.org/vorlage/10-1' },
    { raw: 'FA-10/2023', council_web_url: 'https://ris.example.org/vorlage/10' },
  ]);
});
