// Participation processes over HTTP: staff create one on a Vorhaben with dated phases, publish it, link
// an event; the public list sorts it by its phases; field errors for bad dates; municipal scope.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { get, postForm, type StaffSession, staffSession } from '../helpers/staff.js';

let t: TestApp;
let moderator: StaffSession;
let slug: string;
before(async () => {
  t = await startTestApp('demo');
  moderator = await staffSession(t.db, [{ role: 'moderator' }]);
  // A Vorhaben that is not Nordfriesland's, so that Nordfriesland's coordinator has no rights on it.
  slug = (
    await t.db
      .selectFrom('projects as p')
      .select('p.slug')
      .where('p.publication_state', '=', 'published')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('project_municipalities as pm')
              .innerJoin('municipalities as m', 'm.id', 'pm.municipality_id')
              .whereRef('pm.project_id', '=', 'p.id')
              .where('m.slug', '=', 'nordfriesland')
              .select('pm.project_id'),
          ),
        ),
      )
      .orderBy('p.id')
      .executeTakeFirstOrThrow()
  ).slug;
});
after(() => t.close());

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test('the demo has a running process on its Vorhaben, linked to an event', async () => {
  const list = await get(t.app, '/de/beteiligung');
  assert.equal(list.statusCode, 200);
  const running = list.body.slice(list.body.indexOf('id="p-running"'), list.body.indexOf('id="p-upcoming"'));
  assert.ok(running.includes('Parken im Quartier'));
  assert.ok(running.includes('jetzt: Ideen sammeln'));
  const page = await get(t.app, '/de/beteiligung/parken-im-quartier-beispiel');
  assert.ok(page.body.includes('Werkstatt: Offene Daten für alle'));
  const event = /href="(\/de\/veranstaltungen\/werkstatt-offene-daten[^"]+)"/.exec(page.body)![1]!;
  assert.ok((await get(t.app, event)).body.includes('/de/beteiligung/parken-im-quartier-beispiel'));
});

test('staff create a process with phases; bad dates come back at their fields; it is public once published', async () => {
  const bad = await postForm(
    t.app,
    '/de/verwaltung/beteiligung/prozesse/neu',
    { projectSlug: slug, title_de: '', phase_ideas_start: day(5), phase_ideas_end: day(1) },
    moderator,
  );
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.body.includes('Bitte ausfüllen.') && bad.body.includes('Das Ende liegt vor dem Beginn.'));
  const unknown = await postForm(
    t.app,
    '/de/verwaltung/beteiligung/prozesse/neu',
    { projectSlug: 'gibt-es-nicht', title_de: 'X' },
    moderator,
  );
  assert.equal(unknown.statusCode, 400);
  assert.ok(unknown.body.includes('Kein veröffentlichtes Vorhaben mit dieser Adresse.'));

  const draft = await postForm(
    t.app,
    '/de/verwaltung/beteiligung/prozesse/neu',
    {
      projectSlug: slug,
      title_de: 'Zukunft des Marktplatzes',
      description_de: 'Was wird aus dem Platz?',
      phase_information_start: day(10),
      phase_information_end: day(20),
      phase_ideas_start: day(21),
      phase_ideas_end: day(40),
    },
    moderator,
  );
  assert.equal(draft.statusCode, 303);
  assert.equal((await get(t.app, '/de/beteiligung/zukunft-des-marktplatzes')).statusCode, 404, 'a draft is not public');
  const published = await postForm(
    t.app,
    '/de/verwaltung/beteiligung/prozesse/zukunft-des-marktplatzes',
    {
      projectSlug: slug,
      title_de: 'Zukunft des Marktplatzes',
      phase_information_start: day(10),
      phase_information_end: day(20),
      published: 'on',
      results_de: 'Noch offen.',
    },
    moderator,
  );
  assert.equal(published.statusCode, 303);
  const list = await get(t.app, '/de/beteiligung');
  const upcoming = list.body.slice(list.body.indexOf('id="p-upcoming"'), list.body.indexOf('id="p-finished"'));
  assert.ok(upcoming.includes('Zukunft des Marktplatzes'));
  const page = await get(t.app, '/de/beteiligung/zukunft-des-marktplatzes');
  assert.ok(page.body.includes('Information') && page.body.includes('Noch offen.'));
  assert.ok((await get(t.app, `/de/vorhaben/${slug}`)).body.includes('/de/beteiligung/zukunft-des-marktplatzes'));
  const audit = await t.db.selectFrom('audit_log').where('entity_type', '=', 'process').select('action').orderBy('id').execute();
  assert.deepEqual(
    audit.map((a) => a.action),
    ['process.create', 'process.update'],
  );
});

test('coordinators of another municipality cannot edit the process', async () => {
  const other = await staffSession(t.db, [{ role: 'coordinator', municipality: 'nordfriesland' }]);
  assert.equal((await get(t.app, '/de/verwaltung/beteiligung/prozesse/zukunft-des-marktplatzes', other)).statusCode, 403);
});

test('an event can be put into a process only by someone who may moderate the process’s Vorhaben', async () => {
  const { eventInput } = await import('../helpers/events.js');
  const { createEvent } = await import('../../src/modules/events/events.service.js');
  const nordfriesland = await staffSession(t.db, [{ role: 'editor', municipality: 'nordfriesland' }]);
  const actor = {
    kind: 'staff' as const,
    id: nordfriesland.userId,
    email: nordfriesland.email,
    name: null,
    roles: [{ role: 'editor' as const, municipality: 'nordfriesland' }],
  };
  await assert.rejects(
    createEvent(t.db, actor, eventInput({ organiserMunicipality: 'nordfriesland', processSlug: 'zukunft-des-marktplatzes' })),
    /forbidden/,
  );
  assert.ok(await createEvent(t.db, actor, eventInput({ organiserMunicipality: 'nordfriesland', processSlug: null })));
});
