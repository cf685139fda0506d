// Decision suggestions over HTTP (/{lang}/verwaltung/ratsinformation/{municipality}/vorschlaege): papers
// that mention a Vorhaben's title or a decision's reference without being linked are listed; staff confirm
// one for a decision without a paper or as a new decision, or dismiss one for good; each is audited and
// leaves the list; only the municipality's coordinators (and admins) may, and a suggestion that is no
// longer one is not found.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { syncMunicipality } from '../../src/modules/council/index.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { addMunicipality, configureOparl, decisionPapers, testClient, vorhabenWithDecisions } from '../helpers/council.js';
import { page, paper, serveSystem } from '../helpers/oparl-objects.js';
import { oparlTestServer, type OparlTestServer } from '../helpers/oparl-server.js';
import { get, postForm, type StaffSession, staffSession } from '../helpers/staff.js';

let t: TestApp;
let server: OparlTestServer;
let coordinator: StaffSession;
let slug: string;
let projectId: number;
const bodies = [{ prefix: 'RV', name: 'Rat' }];
const base = '/de/verwaltung/ratsinformation/wandelhafen/vorschlaege';

before(async () => {
  t = await startTestApp('municipalities');
  server = await oparlTestServer();
  await addMunicipality(t.db, 'wandelhafen', 'Wandelhafen', bodies);
  await configureOparl(t.db, 'wandelhafen', serveSystem(server));
  server.on('/body/1/organizations', { body: page([]) });
  server.on('/body/1/meetings', { body: page([]) });
  server.on('/body/1/papers', {
    body: page([
      paper(1, 'RV-1/2026', 'Radweg am Hafen: Vorplanung'),
      paper(3, 'RV-7/2026', 'Radweg am Hafen: Bauausführung'),
      paper(4, 'RV-8/2026', 'Radweg am Hafen: Beleuchtung'),
      paper(5, 'RV-9/2026', 'Ergänzung zu RV-1/2026'),
    ]),
  });
  slug = await vorhabenWithDecisions(t.db, 'wandelhafen', 'Radweg am Hafen', ['RV-1/2026', 'Beschluss vom 12.05.2026'], bodies);
  projectId = (
    await t.db
      .updateTable('projects')
      .set({ publication_state: 'published' })
      .where('slug', '=', slug)
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await syncMunicipality(t.db, 'wandelhafen', { client: testClient });
  coordinator = await staffSession(t.db, [{ role: 'coordinator', municipality: 'wandelhafen' }]);
});
after(async () => {
  await server.close();
  await t.close();
});

const paperId = async (n: number) =>
  (
    await t.db
      .selectFrom('council_papers')
      .select('id')
      .where('url', '=', server.url(`/paper/${n}`))
      .executeTakeFirstOrThrow()
  ).id;
const action = async (n: number, what: 'bestaetigen' | 'verwerfen') => `${base}/${projectId}/${await paperId(n)}/${what}`;

test('the list names each paper that mentions the Vorhaben or a decision, with a choice of decision', async () => {
  const list = await get(t.app, base, coordinator);
  assert.equal(list.statusCode, 200);
  assert.ok(list.body.includes('Vorschläge: Vorlagen zu Vorhaben in Wandelhafen'));
  for (const text of [
    'RV-7/2026 – Radweg am Hafen: Bauausführung',
    'RV-8/2026 – Radweg am Hafen: Beleuchtung',
    'RV-9/2026 – Ergänzung zu RV-1/2026',
  ])
    assert.ok(list.body.includes(text), text);
  assert.ok(!list.body.includes('RV-1/2026 – Radweg am Hafen: Vorplanung'), 'the linked paper is no suggestion');
  assert.ok(list.body.includes('Neuer Beschluss RV-7/2026'));
  assert.ok(list.body.includes(`action="${await action(4, 'verwerfen')}"`));
});

test('only the municipality’s coordinators and admins may confirm or dismiss', async () => {
  const other = await staffSession(t.db, [{ role: 'coordinator', municipality: 'flensburg' }]);
  const editor = await staffSession(t.db, [{ role: 'editor', municipality: 'wandelhafen' }]);
  for (const who of [other, editor]) {
    assert.equal((await get(t.app, base, who)).statusCode, 403);
    assert.equal((await postForm(t.app, await action(4, 'verwerfen'), {}, who)).statusCode, 403);
    assert.equal((await postForm(t.app, await action(3, 'bestaetigen'), { decision: 'new' }, who)).statusCode, 403);
  }
  assert.equal((await postForm(t.app, await action(4, 'verwerfen'), {})).statusCode, 303, 'no session: to sign-in');
  assert.equal((await t.db.selectFrom('council_dismissed_suggestions').selectAll().execute()).length, 0);
  assert.equal((await t.db.selectFrom('council_confirmed_papers').selectAll().execute()).length, 0);
});

test('confirming links a decision without a paper, or adds a new decision; dismissing hides the suggestion; all audited', async () => {
  const [, open] = await t.db.selectFrom('decisions').select('id').where('project_id', '=', projectId).orderBy('position').execute();
  const confirmed = await postForm(t.app, await action(3, 'bestaetigen'), { decision: String(open!.id) }, coordinator);
  assert.equal(confirmed.statusCode, 303);
  assert.equal(confirmed.headers.location, base);

  const added = await postForm(t.app, await action(5, 'bestaetigen'), { decision: 'new' }, coordinator);
  assert.equal(added.statusCode, 303);
  assert.deepEqual(
    (await decisionPapers(t.db, slug)).map((d) => [d.raw, d.paper]),
    [
      ['RV-1/2026', 'RV-1/2026'],
      ['Beschluss vom 12.05.2026', 'RV-7/2026'],
      ['RV-9/2026', 'RV-9/2026'],
    ],
  );

  const dismissed = await postForm(t.app, await action(4, 'verwerfen'), {}, coordinator);
  assert.equal(dismissed.statusCode, 303);
  const list = await get(t.app, base, coordinator);
  assert.ok(list.body.includes('Zurzeit gibt es keine Vorschläge.'));

  // What is no longer a suggestion cannot be confirmed or dismissed again.
  assert.equal((await postForm(t.app, await action(4, 'verwerfen'), {}, coordinator)).statusCode, 404);
  assert.equal((await postForm(t.app, await action(3, 'bestaetigen'), { decision: 'new' }, coordinator)).statusCode, 404);

  const audit = await t.db
    .selectFrom('audit_log')
    .select(['action', 'actor_label'])
    .where('action', 'like', 'council.suggestion.%')
    .orderBy('id')
    .execute();
  assert.deepEqual(
    audit.map((a) => a.action),
    ['council.suggestion.confirm', 'council.suggestion.confirm', 'council.suggestion.dismiss'],
  );
  assert.ok(audit.every((a) => a.actor_label === coordinator.email));
  const en = await get(t.app, '/en/verwaltung/ratsinformation/wandelhafen/vorschlaege', coordinator);
  assert.equal(en.statusCode, 200);
});

test('a confirmed paper stays with the supplement it was confirmed for, and papers of a former system are not suggested', async () => {
  const second = await oparlTestServer();
  try {
    await addMunicipality(t.db, 'fendermuende', 'Fendermünde', bodies);
    await configureOparl(t.db, 'fendermuende', serveSystem(second));
    second.on('/body/1/organizations', { body: page([]) });
    second.on('/body/1/meetings', { body: page([]) });
    // The supplement's paper has no reference the matching could read; its name mentions the original's.
    second.on('/body/1/papers', {
      body: page([paper(10, 'RV-10/2026', 'Hafenbrücke'), paper(11, '', 'Ergänzung zu RV-10/2026: Geländer')]),
    });
    const brücke = await vorhabenWithDecisions(t.db, 'fendermuende', 'Hafenbrücke', ['RV-10/2026', 'RV-10/2026 1. Ergänzung'], bodies);
    const id = (
      await t.db
        .updateTable('projects')
        .set({ publication_state: 'published' })
        .where('slug', '=', brücke)
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await syncMunicipality(t.db, 'fendermuende', { client: testClient });
    const list = '/de/verwaltung/ratsinformation/fendermuende/vorschlaege';
    const supplementPaper = (
      await t.db.selectFrom('council_papers').select('id').where('url', '=', second.url('/paper/11')).executeTakeFirstOrThrow()
    ).id;
    const confirm = `${list}/${id}/${supplementPaper}/bestaetigen`;

    // After a switch to another system (its body), the former system's papers are no suggestions.
    const settings = await t.db
      .selectFrom('council_settings')
      .select(['municipality_id', 'body_url'])
      .where('system_url', '=', second.url('/system'))
      .executeTakeFirstOrThrow();
    await t.db
      .updateTable('council_settings')
      .set({ body_url: 'https://ris.example.net/oparl/body/9' })
      .where('municipality_id', '=', settings.municipality_id)
      .execute();
    const admin = await staffSession(t.db, [{ role: 'admin' }]);
    assert.ok((await get(t.app, list, admin)).body.includes('Zurzeit gibt es keine Vorschläge.'));
    const [, supplement] = await t.db.selectFrom('decisions').select('id').where('project_id', '=', id).orderBy('position').execute();
    assert.equal((await postForm(t.app, confirm, { decision: String(supplement!.id) }, admin)).statusCode, 404);
    await t.db
      .updateTable('council_settings')
      .set({ body_url: settings.body_url })
      .where('municipality_id', '=', settings.municipality_id)
      .execute();

    assert.ok((await get(t.app, list, admin)).body.includes('Ergänzung zu RV-10/2026: Geländer'));
    assert.equal((await postForm(t.app, confirm, { decision: String(supplement!.id) }, admin)).statusCode, 303);
    const key = await t.db
      .selectFrom('council_confirmed_papers')
      .select('decision_key')
      .where('project_id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(key.decision_key, 'RV-10/2026 1. Ergänzung');
    // The next sync matches again: the original keeps its own paper, the supplement the confirmed one.
    await syncMunicipality(t.db, 'fendermuende', { client: testClient, full: true });
    assert.deepEqual(
      (await decisionPapers(t.db, brücke)).map((d) => [d.raw, d.web]),
      [
        ['RV-10/2026', 'https://ris.example.org/vorlage/10'],
        ['RV-10/2026 1. Ergänzung', 'https://ris.example.org/vorlage/11'],
      ],
    );
  } finally {
    await second.close();
  }
});
