// A participation request's "on the agenda" step linked to the council's agenda item, over HTTP: staff
// choose among the agenda items of the Vorhaben's linked papers (an item of another Vorhaben's paper is
// refused beside the field); the agenda reference is written from the item when left empty; the
// request's public page links the meeting with its date and the item's number, in German and English;
// only staff who handle the Vorhaben's participation may do it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { syncMunicipality } from '../../src/modules/council/index.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { addMunicipality, configureOparl, testClient, vorhabenWithDecisions } from '../helpers/council.js';
import { meeting, organization, page, paper, serveSystem } from '../helpers/oparl-objects.js';
import { oparlTestServer, type OparlTestServer } from '../helpers/oparl-server.js';
import { get, postForm, staffSession } from '../helpers/staff.js';

let t: TestApp;
let server: OparlTestServer;
let requestId: number;
const bodies = [{ prefix: 'RV', name: 'Rat' }];

before(async () => {
  t = await startTestApp('municipalities');
  server = await oparlTestServer();
  await addMunicipality(t.db, 'wandelhafen', 'Wandelhafen', bodies);
  await configureOparl(t.db, 'wandelhafen', serveSystem(server));
  server.on('/body/1/organizations', { body: page([organization(1, 'Bauausschuss')]) });
  server.on('/body/1/meetings', {
    body: page([
      meeting(1, 'Sitzung des Bauausschusses', {
        agenda: [
          { n: 10, number: 'Ö 5', name: 'Radweg am Hafen', consultation: 1 },
          { n: 11, number: 'Ö 6', name: 'Hafenbad', consultation: 2 },
          { n: 12, number: 'Ö 9', name: 'Radweg am Hafen, Fortsetzung', consultation: 3 },
        ],
      }),
    ]),
  });
  server.on('/body/1/papers', {
    body: page([
      paper(1, 'RV-1/2026', 'Radweg am Hafen', {
        consultations: [
          { n: 1, meeting: 1, agendaItem: 10 },
          { n: 3, meeting: 1, agendaItem: 12 },
        ],
      }),
      paper(2, 'RV-2/2026', 'Hafenbad', { consultations: [{ n: 2, meeting: 1, agendaItem: 11 }] }),
    ]),
  });
  const slug = await vorhabenWithDecisions(t.db, 'wandelhafen', 'Radweg am Hafen', ['RV-1/2026'], bodies);
  await vorhabenWithDecisions(t.db, 'wandelhafen', 'Hafenbad', ['RV-2/2026'], bodies);
  const project = await t.db
    .updateTable('projects')
    .set({ publication_state: 'published' })
    .where('slug', '=', slug)
    .returning('id')
    .executeTakeFirstOrThrow();
  await syncMunicipality(t.db, 'wandelhafen', { client: testClient });
  requestId = (
    await t.db
      .insertInto('participation_requests')
      .values({ project_id: project.id, kind: 'informal', title: 'Radweg breiter', reasoning: 'Weil', status: 'received' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
});
after(async () => {
  await server.close();
  await t.close();
});

const itemId = async (url: string) =>
  (await t.db.selectFrom('council_agenda_items').select('id').where('url', '=', server.url(url)).executeTakeFirstOrThrow()).id;
const staffPage = () => `/de/verwaltung/beteiligung/anregungen/${requestId}`;

test("staff choose among the agenda items of the Vorhaben's papers; another Vorhaben's item is refused beside the field", async () => {
  const coordinator = await staffSession(t.db, [{ role: 'coordinator', municipality: 'wandelhafen' }]);
  const form = await get(t.app, staffPage(), coordinator);
  assert.equal(form.statusCode, 200);
  const own = await itemId('/agendaitem/10');
  const foreign = await itemId('/agendaitem/11');
  assert.ok(form.body.includes('Tagesordnungspunkt im Ratsinformationssystem'));
  assert.match(
    form.body,
    new RegExp(
      `<option value="${own}">Sitzung des Bauausschusses, 20\\. November 2026 um 17:00 – TOP Ö 5 Radweg am Hafen \\(RV-1/2026\\)</option>`,
    ),
  );
  assert.ok(!form.body.includes(`<option value="${foreign}">`), "another Vorhaben's item is not offered");

  const refused = await postForm(
    t.app,
    staffPage(),
    { status: 'on_agenda', agendaReference: '', agendaItem: String(foreign) },
    coordinator,
  );
  assert.equal(refused.statusCode, 400);
  assert.ok(refused.body.includes('Diesen Tagesordnungspunkt gibt es bei den Vorlagen des Vorhabens nicht (mehr).'));
  assert.match(refused.body, /<select[^>]*id="agendaItem"[^>]*aria-invalid="true"|<select[^>]*aria-invalid="true"[^>]*id="agendaItem"/);
  const unchanged = await t.db.selectFrom('participation_requests').select(['status', 'agenda_item_id']).executeTakeFirstOrThrow();
  assert.deepEqual(unchanged, { status: 'received', agenda_item_id: null });

  const other = await staffSession(t.db, [{ role: 'editor', municipality: 'flensburg' }]);
  assert.equal((await get(t.app, staffPage(), other)).statusCode, 403);
  assert.equal((await postForm(t.app, staffPage(), { status: 'on_agenda', agendaItem: String(own) }, other)).statusCode, 403);
  assert.equal((await t.db.selectFrom('participation_requests').select('status').executeTakeFirstOrThrow()).status, 'received');

  const saved = await postForm(t.app, staffPage(), { status: 'on_agenda', agendaReference: '', agendaItem: String(own) }, coordinator);
  assert.equal(saved.statusCode, 303);
  const row = await t.db
    .selectFrom('participation_requests')
    .select(['status', 'agenda_item_id', 'agenda_reference'])
    .executeTakeFirstOrThrow();
  assert.deepEqual(row, {
    status: 'on_agenda',
    agenda_item_id: own,
    agenda_reference: 'Sitzung des Bauausschusses am 20.11.2026, TOP Ö 5, Radweg am Hafen',
  });
  const audit = await t.db.selectFrom('audit_log').select('after').where('action', '=', 'request.on_agenda').executeTakeFirstOrThrow();
  assert.equal((audit.after as { agendaItemId: number }).agendaItemId, own);
});

test("the request's public page links the agenda item's meeting, with its date and the item's number (de, en)", async () => {
  const de = (await t.app.inject({ url: `/de/beteiligung/anregungen/${requestId}` })).body;
  assert.ok(
    de.includes('Tagesordnungspunkt: <a class="kern-link" href="https://ris.example.org/sitzung/1">Sitzung des Bauausschusses</a>'),
  );
  assert.ok(de.includes('20. November 2026 um 17:00</time>, TOP Ö 5 <span>Radweg am Hafen</span>'));
  const en = (await t.app.inject({ url: `/en/beteiligung/anregungen/${requestId}` })).body;
  assert.ok(
    en.includes('Agenda item: <a class="kern-link" href="https://ris.example.org/sitzung/1" lang="de">Sitzung des Bauausschusses</a>'),
  );
  assert.ok(en.includes('Agenda item Ö 5 <span lang="de">Radweg am Hafen</span>'));
});

test('staff change or clear the agenda item of a request on the agenda; the reference written from the item follows it', async () => {
  const coordinator = await staffSession(t.db, [{ role: 'coordinator', municipality: 'wandelhafen' }]);
  const change = `${staffPage()}/tagesordnungspunkt`;
  const form = await get(t.app, staffPage(), coordinator);
  assert.ok(form.body.includes(`action="${change}"`), 'the page offers the change');
  const later = await itemId('/agendaitem/12');
  const foreign = await itemId('/agendaitem/11');
  const row = () =>
    t.db.selectFrom('participation_requests').select(['status', 'agenda_item_id', 'agenda_reference']).executeTakeFirstOrThrow();
  const before = await row();

  const refused = await postForm(t.app, change, { agendaItem: String(foreign) }, coordinator);
  assert.equal(refused.statusCode, 400);
  assert.ok(refused.body.includes('Diesen Tagesordnungspunkt gibt es bei den Vorlagen des Vorhabens nicht (mehr).'));
  assert.deepEqual(await row(), before);
  const other = await staffSession(t.db, [{ role: 'editor', municipality: 'flensburg' }]);
  assert.equal((await postForm(t.app, change, { agendaItem: String(later) }, other)).statusCode, 403);
  assert.deepEqual(await row(), before);

  assert.equal((await postForm(t.app, change, { agendaItem: String(later) }, coordinator)).statusCode, 303);
  assert.deepEqual(await row(), {
    status: 'on_agenda',
    agenda_item_id: later,
    agenda_reference: 'Sitzung des Bauausschusses am 20.11.2026, TOP Ö 9, Radweg am Hafen, Fortsetzung',
  });
  const de = (await t.app.inject({ url: `/de/beteiligung/anregungen/${requestId}` })).body;
  assert.ok(de.includes('TOP Ö 9 <span>Radweg am Hafen, Fortsetzung</span>'));

  assert.equal((await postForm(t.app, change, { agendaItem: '' }, coordinator)).statusCode, 303);
  const cleared = await row();
  assert.equal(cleared.agenda_item_id, null);
  assert.equal(cleared.status, 'on_agenda');
  const audit = await t.db.selectFrom('audit_log').select('after').where('action', '=', 'request.agenda_item').orderBy('id').execute();
  assert.deepEqual(
    audit.map((a) => (a.after as { agendaItemId: number | null }).agendaItemId),
    [later, null],
  );
});
