// What residents see of the council: a Vorhaben's decisions linked to their papers in the council
// system, with deliberations (committee, meeting, agenda item, result) and the paper's files; the next
// deliberation; the API's `paper` and `consultations`, valid against the OpenAPI document; followers
// told once when a paper is put on an agenda and when a result is recorded (incremental syncs of a
// changed council); and every page changed by a sync shown at once although pages are cached.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { syncMunicipality } from '../../src/modules/council/index.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { addMunicipality, configureOparl, testClient, vorhabenWithDecisions } from '../helpers/council.js';
import { meeting, organization, page, paper, serveSystem } from '../helpers/oparl-objects.js';
import { oparlTestServer, type OparlTestServer } from '../helpers/oparl-server.js';
import { residentSession } from '../helpers/residents.js';

let t: TestApp;
let server: OparlTestServer;
let slug: string;
let residentId: number;
/** What the council's lists answer when asked for changes (`modified_since`). */
const changes: Record<string, unknown> = {};
const bodies = [{ prefix: 'RV', name: 'Rat' }];
const FUTURE = '2027-01-14T17:00:00+01:00';

before(async () => {
  t = await startTestApp('municipalities', { LOTSE_RESPONSE_CACHE: 'true' });
  server = await oparlTestServer((pathAndQuery) => {
    const [path, query = ''] = pathAndQuery.split('?');
    if (!query.startsWith('modified_since=')) return null;
    return { body: changes[path!] ?? page([]) };
  });
  await addMunicipality(t.db, 'wandelhafen', 'Wandelhafen', bodies);
  await configureOparl(t.db, 'wandelhafen', serveSystem(server));
  server.on('/body/1/organizations', { body: page([organization(1, 'Bauausschuss')]) });
  server.on('/body/1/meetings', {
    body: page([
      meeting(1, 'Sitzung des Bauausschusses', {
        agenda: [{ n: 10, number: 'Ö 5', name: 'Radweg am Hafen', consultation: 1, result: 'zur Kenntnis genommen' }],
      }),
    ]),
  });
  server.on('/body/1/papers', {
    body: page([
      paper(1, 'RV-1/2026', 'Radweg am Hafen: Vorplanung', { consultations: [{ n: 1, meeting: 1, agendaItem: 10, role: 'Vorberatung' }] }),
    ]),
  });
  slug = await vorhabenWithDecisions(t.db, 'wandelhafen', 'Radweg am Hafen', ['RV-1/2026 vom 20.11.2026'], bodies);
  const project = await t.db
    .updateTable('projects')
    .set({ publication_state: 'published' })
    .where('slug', '=', slug)
    .returning('id')
    .executeTakeFirstOrThrow();
  const resident = await residentSession(t.db, { notifyMode: 'daily' });
  residentId = resident.residentId;
  await t.db.insertInto('follows').values({ resident_id: residentId, project_id: project.id }).execute();
});

after(async () => {
  await server.close();
  await t.close();
});

const html = async (url: string) => (await t.app.inject({ url })).body;
const notices = () =>
  t.db.selectFrom('notification_items').select(['kind', 'text', 'link']).where('resident_id', '=', residentId).orderBy('id').execute();

/** Pages are cached until a change notice arrives (a moment after the commit). */
async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 60; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`waited in vain for ${what}`);
}

test('the Vorhaben page links each decision to its paper, with deliberations and files, and the next deliberation', async () => {
  // Cached before the sync: the sync's change notice must empty the cache.
  assert.ok(!(await html(`/de/vorhaben/${slug}`)).includes('ris.example.org'));
  const run = await syncMunicipality(t.db, 'wandelhafen', { client: testClient });
  assert.equal(run.matched, 1);
  assert.deepEqual(await notices(), [], 'the first sync mails no history');

  await until(async () => (await html(`/de/vorhaben/${slug}`)).includes('https://ris.example.org/vorlage/1'), 'the page to show the paper');
  const page1 = await html(`/de/vorhaben/${slug}`);
  assert.match(page1, /<a class="kern-link" href="https:\/\/ris.example.org\/vorlage\/1"[^>]*>RV-1\/2026<\/a>/);
  assert.ok(page1.includes('Radweg am Hafen: Vorplanung'), "the paper's name");
  assert.ok(page1.includes('href="https://ris.example.org/sitzung/1"') && page1.includes('Bauausschuss'), 'the committee and its meeting');
  assert.ok(page1.includes('TOP Ö 5') && page1.includes('zur Kenntnis genommen'), 'agenda item and result');
  assert.ok(page1.includes('20. November 2026 um 17:00'), 'the meeting in Berlin time');
  assert.ok(page1.includes('href="https://ris.example.org/files/1.pdf"'), "the paper's file");
  assert.ok(page1.includes('Erste Beratung in einem Gremium'));
  assert.ok(!page1.includes('Nächste Beratung'), 'no meeting ahead yet');
  const en = await html(`/en/vorhaben/${slug}`);
  assert.ok(en.includes('Agenda item Ö 5') && en.includes('Paper RV-1/2026 in the council information system'));
});

test('followers are told once when a paper is put on an agenda and when a result is recorded', async () => {
  // A second deliberation in the council, read through the paper (its consultation) and the meeting (its agenda item).
  changes['/body/1/papers'] = page([
    paper(1, 'RV-1/2026', 'Radweg am Hafen: Vorplanung', {
      consultations: [
        { n: 1, meeting: 1, agendaItem: 10, role: 'Vorberatung' },
        { n: 2, meeting: 2, agendaItem: 20 },
      ],
      modified: '2026-12-06T10:00:00+01:00',
    }),
  ]);
  changes['/body/1/meetings'] = page([
    { ...meeting(2, 'Ratssitzung', { agenda: [{ n: 20, number: '7', name: 'Radweg am Hafen', consultation: 2 }] }), start: FUTURE },
  ]);
  await syncMunicipality(t.db, 'wandelhafen', { client: testClient });
  assert.deepEqual(await notices(), [
    { kind: 'council_agenda', text: 'RV-1/2026 – Ratssitzung, 14.01.2027', link: `/vorhaben/${slug}#decisions` },
  ]);
  await until(async () => (await html(`/de/vorhaben/${slug}`)).includes('Nächste Beratung'), 'the next deliberation');
  assert.ok((await html(`/de/vorhaben/${slug}`)).includes('14. Januar 2027 um 17:00'));

  // Read again unchanged: nobody is told twice.
  await syncMunicipality(t.db, 'wandelhafen', { client: testClient });
  assert.equal((await notices()).length, 1);

  changes['/body/1/meetings'] = page([
    {
      ...meeting(2, 'Ratssitzung', { agenda: [{ n: 20, number: '7', name: 'Radweg am Hafen', consultation: 2, result: 'beschlossen' }] }),
      start: FUTURE,
      modified: '2026-12-06T11:00:00+01:00',
    },
  ]);
  await syncMunicipality(t.db, 'wandelhafen', { client: testClient });
  const told = await notices();
  assert.equal(told.length, 2);
  assert.deepEqual(told[1], {
    kind: 'council_result',
    text: 'RV-1/2026 – Ratssitzung, 14.01.2027 – beschlossen',
    link: `/vorhaben/${slug}#decisions`,
  });
});

test("the API's decisions carry their paper and consultations, the Vorhaben its first deliberation, as the OpenAPI document describes them", async () => {
  const document = JSON.parse((await t.app.inject({ url: '/api/v1/openapi.json' })).body) as {
    components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
  };
  const response = await t.app.inject({ url: `/api/v1/projects/${slug}` });
  assert.equal(response.statusCode, 200);
  const body = JSON.parse(response.body) as { decisions: { paper: unknown; consultations: unknown[] }[]; firstDeliberation: unknown };
  const [decision] = body.decisions;
  assert.deepEqual(decision!.paper, {
    url: server.url('/paper/1'),
    web: 'https://ris.example.org/vorlage/1',
    name: 'Radweg am Hafen: Vorplanung',
    reference: 'RV-1/2026',
    paperType: 'Beschlussvorlage',
    date: '2026-10-15',
  });
  assert.deepEqual(decision!.consultations, [
    {
      organization: 'Bauausschuss',
      meeting: { name: 'Sitzung des Bauausschusses', start: '2026-11-20T16:00:00.000Z', web: 'https://ris.example.org/sitzung/1' },
      agendaItem: { number: 'Ö 5', name: 'Radweg am Hafen', result: 'zur Kenntnis genommen' },
      role: 'Vorberatung',
    },
    {
      organization: 'Bauausschuss',
      meeting: { name: 'Ratssitzung', start: '2027-01-14T16:00:00.000Z', web: 'https://ris.example.org/sitzung/2' },
      agendaItem: { number: '7', name: 'Radweg am Hafen', result: 'beschlossen' },
      role: 'Beschlussfassung',
    },
  ]);

  assert.deepEqual(body.firstDeliberation, {
    start: '2026-11-20T16:00:00.000Z',
    meeting: 'Sitzung des Bauausschusses',
    organization: 'Bauausschuss',
    web: 'https://ris.example.org/sitzung/1',
  });
  assert.ok(document.components.schemas['Project']!.properties!['firstDeliberation'], 'in the OpenAPI document');
  const ajv = new Ajv2020.default({ strict: false, validateFormats: false });
  ajv.addSchema({ $id: 'lotse', components: document.components });
  const validate = ajv.compile({ $ref: 'lotse#/components/schemas/Project' });
  assert.ok(validate(body), JSON.stringify(validate.errors));
  // The list answers the same decisions.
  const list = JSON.parse((await t.app.inject({ url: '/api/v1/projects?municipality=wandelhafen' })).body) as { items: (typeof body)[] };
  assert.deepEqual(list.items[0]!.decisions, body.decisions);
  // The validation can fail: a consultation without its meeting is no Project.
  const broken = structuredClone(body) as { decisions: { consultations: Record<string, unknown>[] }[] };
  delete broken.decisions[0]!.consultations[0]!.meeting;
  assert.equal(validate(broken), false);
});

test('a council system at an internal address is refused unless allowed', async () => {
  await addMunicipality(t.db, 'innenhafen', 'Innenhafen', bodies);
  await configureOparl(t.db, 'innenhafen', server.url('/system'));
  const before = server.requests.length;
  const { allowPrivateAddresses: _allowed, ...client } = testClient;
  const run = await syncMunicipality(t.db, 'innenhafen', { client });
  assert.equal(run.status, 'failed');
  assert.equal(run.error, 'council.problem.privateAddress');
  assert.deepEqual(
    run.faults.map((f) => f.kind),
    ['private_address'],
  );
  assert.equal(server.requests.length, before, 'no request reached the server');
});
