// A joint Vorhaben of Flensburg and the Kreis Schleswig-Flensburg rests on a decision of each council.
// Each municipality's sync links only its own council's decisions: one that runs while the other links
// the Kreis's decision does not undo that link. And a coordinator of one municipality cannot type the
// council address of the other council's decision.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parseDecisions } from '../../src/modules/decisions/index.js';
import * as editorial from '../../src/modules/editorial/editorial.service.js';
import { matchMunicipalityDecisions, type MatchingTarget } from '../../src/modules/council/decision-matching.service.js';
import { cliActor } from '../../src/platform/actor.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { decisionPapers } from '../helpers/council.js';
import { projectInput } from '../helpers/matrix-fixtures.js';
import { get, postForm, staffSession } from '../helpers/staff.js';

let t: TestApp;
let vorhaben: string;
const target: Record<'flensburg' | 'kreis', MatchingTarget> = {} as never;
const bodies = [
  { prefix: 'RV', name: 'Ratsversammlung' },
  { prefix: 'KT', name: 'Kreistag' },
];

before(async () => {
  t = await startTestApp('municipalities');
  const ids = new Map((await t.db.selectFrom('municipalities').select(['id', 'slug']).execute()).map((m) => [m.slug, m.id] as const));
  const text = 'RV-22/2021; KT-45/2022';
  vorhaben = await editorial.createProject(t.db, cliActor, {
    ...projectInput('Gemeinsamer Radweg', ['flensburg', 'schleswig-flensburg']),
    decisionsText: text,
    decisions: parseDecisions(text, bodies),
  });
  await t.db
    .insertInto('council_papers')
    .values([
      {
        municipality_id: ids.get('flensburg')!,
        url: 'https://ris.flensburg.example/paper/1',
        reference: 'RV-22/2021',
        body_url: 'https://ris.flensburg.example/body/1',
      },
      {
        municipality_id: ids.get('schleswig-flensburg')!,
        url: 'https://ris.kreis.example/paper/1',
        reference: 'KT-45/2022',
        body_url: 'https://ris.kreis.example/body/1',
      },
    ])
    .execute();
  target.flensburg = {
    municipalityId: ids.get('flensburg')!,
    bodyUrl: 'https://ris.flensburg.example/body/1',
    referencePattern: null,
    bodyPrefixes: ['RV', 'HA', 'FA'],
  };
  target.kreis = {
    municipalityId: ids.get('schleswig-flensburg')!,
    bodyUrl: 'https://ris.kreis.example/body/1',
    referencePattern: null,
    bodyPrefixes: ['KT', 'HA'],
  };
});
after(async () => {
  await t.close();
});

test('a sync matching while another municipality links its decision of a joint Vorhaben does not undo that link', async () => {
  // Flensburg's matching reads the decisions (the Kreis's still without paper), then waits at this gate
  // before it writes; meanwhile the Kreis's sync links its decision.
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let read!: () => void;
  const hasRead = new Promise<void>((resolve) => (read = resolve));
  let results = 0;
  const paused = t.db.withPlugin({
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      // Its three reads: decisions, papers, confirmed papers; the write comes after.
      if (++results === 3) read();
      await gate;
      return args.result;
    },
  });
  const flensburg = matchMunicipalityDecisions(paused, target.flensburg);
  await hasRead;
  await matchMunicipalityDecisions(t.db, target.kreis);
  open();
  await flensburg;
  assert.deepEqual(
    (await decisionPapers(t.db, vorhaben)).map((d) => [d.raw, d.paper]),
    [
      ['RV-22/2021', 'RV-22/2021'],
      ['KT-45/2022', 'KT-45/2022'],
    ],
  );
});

test("a coordinator cannot type the council address of another council's decision; an admin can", async () => {
  const [, kt] = await t.db
    .selectFrom('decisions as d')
    .innerJoin('projects as p', 'p.id', 'd.project_id')
    .where('p.slug', '=', vorhaben)
    .select('d.id')
    .orderBy('d.position')
    .execute();
  const coordinator = await staffSession(t.db, [{ role: 'coordinator', municipality: 'flensburg' }]);
  const base = '/de/verwaltung/ratsinformation/flensburg/beschluesse';
  const list = await get(t.app, base, coordinator);
  assert.ok(!list.body.includes(`href="${base}/${kt!.id}"`), 'no link to type it');
  assert.equal((await get(t.app, `${base}/${kt!.id}`, coordinator)).statusCode, 403);
  const refused = await postForm(t.app, `${base}/${kt!.id}`, { web_url: 'https://example.org/falsch' }, coordinator);
  assert.equal(refused.statusCode, 403);
  const stored = await t.db.selectFrom('decisions').select('council_web_url').where('id', '=', kt!.id).executeTakeFirstOrThrow();
  assert.equal(stored.council_web_url, null, 'nothing changed');
  const own = await staffSession(t.db, [{ role: 'coordinator', municipality: 'schleswig-flensburg' }]);
  const allowed = await postForm(
    t.app,
    `/de/verwaltung/ratsinformation/schleswig-flensburg/beschluesse/${kt!.id}`,
    { web_url: 'https://ris.kreis.example/vorlage/45' },
    own,
  );
  assert.equal(allowed.statusCode, 303);
});
