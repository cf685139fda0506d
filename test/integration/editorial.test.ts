// The editorial workflow over HTTP: create a draft, edit, review, publish with a change note, edit a
// published Vorhaben in a working copy the public does not see, compare versions, internal notes,
// archive and restore — each step with its audit entry, and the field errors of bad forms.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { importVorhabenliste } from '../../src/modules/projects/import/import.service.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { flensburgVorhaben, nordfrieslandVorhaben, vorhabenCsv } from '../helpers/factories.js';
import { get, postForm, type StaffSession, staffSession } from '../helpers/staff.js';

let t: TestApp;
let editor: StaffSession;
let coordinator: StaffSession;
before(async () => {
  t = await startTestApp('municipalities');
  editor = await staffSession(t.db, [{ role: 'editor', municipality: 'flensburg' }], 'redaktion@flensburg.test');
  coordinator = await staffSession(t.db, [{ role: 'coordinator', municipality: 'flensburg' }]);
});
after(() => t.close());

const base = '/de/verwaltung';
const newForm = (overrides: Record<string, string | string[]> = {}) => ({
  title_de: 'Smarte Parkraumsensoren am Hafen',
  title_en: 'Smart parking sensors at the harbour',
  description_de: 'Sensoren zeigen freie Stellplätze an.',
  municipalities: 'flensburg',
  status: 'planned',
  newTopics: 'Mobilität',
  decisionsText: 'RV-12/2024 vom 14.03.2024',
  costsText: 'ca. 250.000 €',
  startDate: '2027-01-01',
  ...overrides,
});
const auditCount = async (action: string) =>
  Number(
    (
      await t.db
        .selectFrom('audit_log')
        .where('action', '=', action)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

test('without a session the back office sends to the sign-in page and back', async () => {
  const res = await get(t.app, `${base}/vorhaben/neu`);
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, `/de/anmelden?weiter=${encodeURIComponent(`${base}/vorhaben/neu`)}`);
});

test('a new Vorhaben starts as a draft that the public cannot see, then is published as version 1', async () => {
  const created = await postForm(t.app, `${base}/vorhaben/neu`, newForm(), editor);
  assert.equal(created.statusCode, 303, created.body);
  const overview = created.headers.location as string;
  assert.match(overview, /\/de\/verwaltung\/vorhaben\/smarte-parkraumsensoren-am-hafen\?hinweis=angelegt/);
  const slug = 'smarte-parkraumsensoren-am-hafen';

  assert.equal((await get(t.app, `/de/vorhaben/${slug}`)).statusCode, 404);
  assert.equal((await get(t.app, `/api/v1/projects/${slug}`)).statusCode, 404);
  const page = await get(t.app, overview, editor);
  assert.equal(page.statusCode, 200);
  assert.ok(page.body.includes('Entwurf'));
  assert.ok(page.body.includes('Noch nie veröffentlicht.'));
  assert.equal(page.headers['cache-control'], 'no-store');

  const published = await postForm(
    t.app,
    `${base}/vorhaben/${slug}/veroeffentlichen`,
    { note_de: 'Neu aufgenommen nach Ratsbeschluss.' },
    editor,
  );
  assert.equal(published.statusCode, 303);
  const api = await get(t.app, `/api/v1/projects/${slug}`);
  assert.equal(api.statusCode, 200);
  const body = api.json();
  assert.equal(body.version, 1);
  assert.equal(body.title, 'Smarte Parkraumsensoren am Hafen');
  assert.equal(body.costs.amount_eur ?? body.costs.amount, 250000);
  assert.deepEqual(
    body.topics.map((x: { name: string }) => x.name),
    ['Mobilität'],
  );
  assert.equal(body.decisions[0].reference, 'RV-12/2024');
  assert.equal(body.decisions[0].date, '2024-03-14');
  assert.equal((await get(t.app, `/en/vorhaben/${slug}`)).body.includes('Smart parking sensors at the harbour'), true);
  assert.equal(await auditCount('project.create'), 1);
  assert.equal(await auditCount('project.publish'), 1);
});

test('editing a published Vorhaben makes a working copy; the public sees the change only after publishing with a note', async () => {
  const slug = 'smarte-parkraumsensoren-am-hafen';
  const edit = await get(t.app, `${base}/vorhaben/${slug}/bearbeiten`, editor);
  assert.equal(edit.statusCode, 200);
  assert.ok(edit.body.includes('value="Smarte Parkraumsensoren am Hafen"'));
  // The amount comes from the cost text, so the separate amount field starts empty.
  assert.match(edit.body, /name="costsAmount" value(="")?[\s/>]/);

  const saved = await postForm(
    t.app,
    `${base}/vorhaben/${slug}/bearbeiten`,
    newForm({
      costsText: 'ca. 290.000 € (Mehrkosten durch Tiefbau)',
      startDate: '2027-04-01',
      decision_count: '1',
      decision_0_raw: 'RV-12/2024 vom 14.03.2024',
      decision_0_reference: 'RV-12/2024',
      decision_0_bodyName: 'Ratsversammlung',
      decision_0_date: '2024-03-14',
    }),
    editor,
  );
  assert.equal(saved.statusCode, 303, saved.body);
  // Still version 1 in public, with the old costs.
  const before = (await get(t.app, `/api/v1/projects/${slug}`)).json();
  assert.equal(before.version, 1);
  assert.ok(!(await get(t.app, `/de/vorhaben/${slug}`)).body.includes('Mehrkosten durch Tiefbau'));
  const overview = await get(t.app, `${base}/vorhaben/${slug}`, editor);
  assert.ok(overview.body.includes('Veröffentlicht, Änderungen in Arbeit'));

  // The diff shows both states side by side.
  const diff = await get(t.app, `${base}/vorhaben/${slug}/vergleich?von=1&bis=arbeitskopie`, editor);
  assert.equal(diff.statusCode, 200);
  assert.ok(diff.body.includes('<del>ca. 250.000 €'));
  assert.ok(diff.body.includes('<ins>ca. 290.000 € (Mehrkosten durch Tiefbau)'));
  assert.ok(diff.body.includes('2027-04-01'));

  // Publishing needs a note.
  const noNote = await postForm(t.app, `${base}/vorhaben/${slug}/veroeffentlichen`, { note_de: '  ' }, editor);
  assert.equal(noNote.statusCode, 400);
  assert.ok(noNote.body.includes('Bitte beschreiben Sie die Änderung'));
  assert.equal((await get(t.app, `/api/v1/projects/${slug}`)).json().version, 1);

  const ok = await postForm(
    t.app,
    `${base}/vorhaben/${slug}/veroeffentlichen`,
    { note_de: 'Baubeginn verschoben; Mehrkosten durch Tiefbau.', note_en: 'Start moved; extra civil works costs.' },
    editor,
  );
  assert.equal(ok.statusCode, 303);
  const after = (await get(t.app, `/api/v1/projects/${slug}`)).json();
  assert.equal(after.version, 2);
  assert.equal(after.costs.amount_eur ?? after.costs.amount, 290000);
  assert.equal(after.start_date ?? after.startDate, '2027-04-01');
  const page = await get(t.app, `/de/vorhaben/${slug}`);
  assert.ok(page.body.includes('Baubeginn verschoben; Mehrkosten durch Tiefbau.'));
  assert.ok((await get(t.app, `/en/vorhaben/${slug}`)).body.includes('Start moved; extra civil works costs.'));
  // Both published versions can be compared afterwards.
  const history = await get(t.app, `${base}/vorhaben/${slug}/vergleich?von=1&bis=2`, editor);
  assert.ok(history.body.includes('<ins>ca. 290.000 €'));
  const audit = await t.db
    .selectFrom('audit_log')
    .where('action', '=', 'project.publish')
    .where('entity_id', '=', slug)
    .orderBy('id', 'desc')
    .select(['before', 'after', 'actor_label'])
    .executeTakeFirstOrThrow();
  assert.equal(audit.actor_label, 'redaktion@flensburg.test');
  assert.equal((audit.before as { costs: { text: string } }).costs.text, 'ca. 250.000 €');
  assert.equal((audit.after as { costs: { text: string } }).costs.text, 'ca. 290.000 € (Mehrkosten durch Tiefbau)');
});

test('a bad form comes back with field errors, keeps what was typed and changes nothing', async () => {
  const slug = 'smarte-parkraumsensoren-am-hafen';
  const before = await t.db.selectFrom('project_drafts').selectAll().execute();
  const res = await postForm(
    t.app,
    `${base}/vorhaben/${slug}/bearbeiten`,
    newForm({ title_de: '', title_da: 'Parkeringssensorer', endDate: '31.02.2026', locationLat: '54.78', costsAmount: 'viel' }),
    editor,
  );
  assert.equal(res.statusCode, 400);
  assert.ok(res.body.includes('Bitte korrigieren Sie'));
  assert.ok(res.body.includes('value="Parkeringssensorer"'));
  assert.ok(res.body.includes('Kein gültiges Datum'));
  assert.ok(res.body.includes('Bitte Breiten- und Längengrad angeben'));
  assert.ok(res.body.includes('Kein Betrag erkannt'));
  assert.ok(res.body.includes('aria-invalid="true"'));
  assert.deepEqual(await t.db.selectFrom('project_drafts').selectAll().execute(), before);
});

test('the parser suggests decision fields without saving anything', async () => {
  const slug = 'smarte-parkraumsensoren-am-hafen';
  const res = await postForm(
    t.app,
    `${base}/vorhaben/${slug}/bearbeiten`,
    newForm({ action: 'suggest', decisionsText: 'RV-12/2024 vom 14.03.2024; HA 5-2024 vom 20.02.2024' }),
    editor,
  );
  assert.equal(res.statusCode, 200);
  assert.ok(res.body.includes('2 Beschlüsse erkannt'));
  assert.ok(res.body.includes('value="RV-12/2024"'));
  assert.ok(res.body.includes('value="HA-5/2024"'));
  assert.ok(res.body.includes('value="2024-02-20"'));
  assert.equal(await t.db.selectFrom('project_drafts').selectAll().executeTakeFirst(), undefined);
});

test('review, discard, notes, archive and restore', async () => {
  const slug = 'smarte-parkraumsensoren-am-hafen';
  assert.equal((await postForm(t.app, `${base}/vorhaben/${slug}/pruefung`, {}, editor)).statusCode, 409);
  await postForm(t.app, `${base}/vorhaben/${slug}/bearbeiten`, newForm({ title_de: 'Parkraumsensoren am Hafen (neu)' }), editor);
  assert.equal((await postForm(t.app, `${base}/vorhaben/${slug}/pruefung`, {}, editor)).statusCode, 303);
  assert.ok((await get(t.app, `${base}?zustand=review`, editor)).body.includes(`/verwaltung/vorhaben/${slug}`));
  assert.equal((await postForm(t.app, `${base}/vorhaben/${slug}/verwerfen`, {}, editor)).statusCode, 303);
  assert.equal(await t.db.selectFrom('project_drafts').selectAll().executeTakeFirst(), undefined);
  assert.equal((await get(t.app, `/api/v1/projects/${slug}`)).json().title, 'Smarte Parkraumsensoren am Hafen');

  assert.equal(
    (await postForm(t.app, `${base}/vorhaben/${slug}/notizen`, { body: 'Tiefbauamt fragt nach Leitungsplan. <script>x</script>' }, editor))
      .statusCode,
    303,
  );
  const overview = await get(t.app, `${base}/vorhaben/${slug}`, editor);
  assert.ok(overview.body.includes('Tiefbauamt fragt nach Leitungsplan. &lt;script>'));
  assert.ok(!(await get(t.app, `/de/vorhaben/${slug}`)).body.includes('Tiefbauamt'));
  assert.ok(!(await get(t.app, `/api/v1/projects/${slug}`)).body.includes('Tiefbauamt'));

  // Editors may not archive; the municipality's coordinator may, with a public reason.
  assert.equal((await postForm(t.app, `${base}/vorhaben/${slug}/archivieren`, { reason_de: 'Erledigt.' }, editor)).statusCode, 403);
  assert.equal((await postForm(t.app, `${base}/vorhaben/${slug}/archivieren`, { reason_de: '' }, coordinator)).statusCode, 400);
  assert.equal(
    (await postForm(t.app, `${base}/vorhaben/${slug}/archivieren`, { reason_de: 'Vom Rat gestoppt.' }, coordinator)).statusCode,
    303,
  );
  const archived = await get(t.app, `/de/vorhaben/${slug}`);
  assert.equal(archived.statusCode, 200);
  assert.ok(archived.body.includes('Vom Rat gestoppt.'));
  assert.ok(!(await get(t.app, '/de/vorhaben')).body.includes(slug));
  assert.equal(
    (await postForm(t.app, `${base}/vorhaben/${slug}/wiederherstellen`, { reason_de: 'Neuer Ratsbeschluss.' }, coordinator)).statusCode,
    303,
  );
  assert.ok((await get(t.app, '/de/vorhaben')).body.includes(slug));
  assert.equal((await get(t.app, `/api/v1/projects/${slug}`)).json().version, 4);
});

test('an editor of one municipality cannot see or change another municipality’s Vorhaben', async () => {
  await importVorhabenliste(t.db, vorhabenCsv([nordfrieslandVorhaben(), flensburgVorhaben()]));
  const slugOf = async (title: string) =>
    (
      await t.db
        .selectFrom('projects')
        .select('slug')
        .where(sql`title->>'de'`, '=', title)
        .executeTakeFirstOrThrow()
    ).slug;
  const slug = await slugOf('Mobilitätsstationen auf den Halligen');
  assert.equal((await get(t.app, `${base}/vorhaben/${slug}`, editor)).statusCode, 403);
  assert.equal(
    (await postForm(t.app, `${base}/vorhaben/${slug}/bearbeiten`, newForm({ municipalities: 'nordfriesland' }), editor)).statusCode,
    403,
  );
  // Nor put their own Vorhaben into another municipality's register, or create one there.
  assert.equal(
    (
      await postForm(
        t.app,
        `${base}/vorhaben/neu`,
        newForm({ title_de: 'Gemeinsam', municipalities: ['flensburg', 'nordfriesland'] }),
        editor,
      )
    ).statusCode,
    403,
  );
  assert.equal(
    (
      await postForm(
        t.app,
        `${base}/vorhaben/${await slugOf('Digitale Bürgerdienste im Rathaus Flensburg')}/bearbeiten`,
        newForm({ municipalities: ['flensburg', 'nordfriesland'] }),
        editor,
      )
    ).statusCode,
    403,
  );
  // Nor move their own Vorhaben out of reach.
  const own = await slugOf('Digitale Bürgerdienste im Rathaus Flensburg');
  assert.equal(
    (await postForm(t.app, `${base}/vorhaben/${own}/bearbeiten`, newForm({ municipalities: 'nordfriesland' }), editor)).statusCode,
    403,
  );
  const list = await get(t.app, base, editor);
  assert.ok(list.body.includes(own));
  assert.ok(!list.body.includes(slug));
});

test('a form post without the CSRF token is refused and changes nothing', async () => {
  const count = await auditCount('project.note.add');
  const res = await postForm(t.app, `${base}/vorhaben/smarte-parkraumsensoren-am-hafen/notizen`, { body: 'x' }, editor, { csrf: false });
  assert.equal(res.statusCode, 403);
  assert.equal(await auditCount('project.note.add'), count);
});

test('admins search the audit log; nobody else sees it', async () => {
  const admin = await staffSession(t.db, [{ role: 'admin' }]);
  assert.equal((await get(t.app, `${base}/protokoll`, editor)).statusCode, 403);
  assert.equal((await get(t.app, `${base}/protokoll`, coordinator)).statusCode, 403);
  const all = await get(t.app, `${base}/protokoll`, admin);
  assert.equal(all.statusCode, 200);
  assert.ok(all.body.includes('project.publish'));
  const mine = await get(t.app, `${base}/protokoll?person=redaktion%40flensburg&q=publish`, admin);
  assert.ok(mine.body.includes('Baubeginn verschoben'));
  assert.ok(!mine.body.includes('project.archive'));
  // Before and after are shown for each change.
  assert.ok(mine.body.includes('ca. 250.000 €'));
  const imports = await get(t.app, `${base}/protokoll?typ=project&q=import`, admin);
  assert.ok(imports.body.includes('project.import.create'));
  assert.ok(imports.body.includes('Kommandozeile'));
  const none = await get(t.app, `${base}/protokoll?von=2000-01-01&bis=2000-01-02`, admin);
  assert.ok(none.body.includes('0 Einträge'));
});

test('a working copy overtaken by a newer publication is published only when the editor confirms it', async () => {
  const slug = 'smarte-parkraumsensoren-am-hafen';
  assert.equal(
    (await postForm(t.app, `${base}/vorhaben/${slug}/bearbeiten`, newForm({ nextSteps_de: 'Ausschreibung 2027' }), editor)).statusCode,
    303,
  );
  // Meanwhile an import publishes a newer version of the same Vorhaben.
  const report = await importVorhabenliste(
    t.db,
    vorhabenCsv([flensburgVorhaben({ ID: slug, Titel: 'Smarte Parkraumsensoren am Hafen', 'Kosten soweit bezifferbar': 'ca. 300.000 €' })]),
  );
  assert.equal(report.updated.length, 1);
  const overview = await get(t.app, `${base}/vorhaben/${slug}`, editor);
  assert.ok(overview.body.includes('Die Arbeitskopie beruht auf Version'));
  const refused = await postForm(t.app, `${base}/vorhaben/${slug}/veroeffentlichen`, { note_de: 'Nächste Schritte ergänzt.' }, editor);
  assert.equal(refused.statusCode, 400);
  assert.ok(refused.body.includes('Seit Beginn dieser Arbeitskopie wurde eine neuere Fassung veröffentlicht.'));
  const version = (await get(t.app, `/api/v1/projects/${slug}`)).json().version;
  const ok = await postForm(
    t.app,
    `${base}/vorhaben/${slug}/veroeffentlichen`,
    { note_de: 'Nächste Schritte ergänzt.', overwrite_newer: 'on' },
    editor,
  );
  assert.equal(ok.statusCode, 303);
  assert.equal((await get(t.app, `/api/v1/projects/${slug}`)).json().version, version + 1);
});

test('a topic named only in an unpublished draft is not public until the draft is published', async () => {
  const res = await postForm(
    t.app,
    `${base}/vorhaben/neu`,
    newForm({ title_de: 'Geheimes Themenvorhaben', newTopics: 'Quantenverwaltung' }),
    editor,
  );
  assert.equal(res.statusCode, 303);
  const topics = async () => JSON.stringify((await get(t.app, '/de/vorhaben')).body);
  assert.ok(!(await topics()).includes('Quantenverwaltung'));
  const slug = String(res.headers.location).split('/').pop()!.split('?')[0]!;
  assert.equal((await postForm(t.app, `${base}/vorhaben/${slug}/veroeffentlichen`, { note_de: 'Neu.' }, editor)).statusCode, 303);
  assert.ok((await topics()).includes('Quantenverwaltung'));
  assert.deepEqual(
    (await get(t.app, `/api/v1/projects/${slug}`)).json().topics.map((x: { name: string }) => x.name),
    ['Quantenverwaltung'],
  );
});

test('all decision rows can be removed although the decision text remains', async () => {
  const slug = 'smarte-parkraumsensoren-am-hafen';
  const res = await postForm(
    t.app,
    `${base}/vorhaben/${slug}/bearbeiten`,
    newForm({
      decision_rows: '1',
      decision_count: '1',
      decision_0_raw: 'RV-12/2024',
      decision_0_reference: 'RV-12/2024',
      decision_0_remove: 'on',
    }),
    editor,
  );
  assert.equal(res.statusCode, 303);
  const draft = await t.db
    .selectFrom('project_drafts as d')
    .innerJoin('projects as p', 'p.id', 'd.project_id')
    .where('p.slug', '=', slug)
    .select('d.document')
    .executeTakeFirstOrThrow();
  assert.deepEqual((draft.document as { decisions: unknown[] }).decisions, []);
  assert.equal((draft.document as { decisionsText: string }).decisionsText, 'RV-12/2024 vom 14.03.2024');
});
