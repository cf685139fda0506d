// Editions of the Vorhabenliste over HTTP: staff (admin, agency) publish numbered, frozen editions with
// the decision that adopted them; bad input comes back with translated errors and changes nothing; other
// roles are refused. Between two editions Vorhaben are added, changed and archived: the second edition
// names them as new, changed (which fields, with the change notes) and gone (with the archiving note), on
// its page (de, en), in the API and in the PDF (read back with pdf.js); its CSV is the export format, and
// the first edition stays as it was.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import * as editorial from '../../src/modules/editorial/editorial.service.js';
import { publicEditions } from '../../src/modules/editions/index.js';
import type { ProjectInput } from '../../src/modules/projects/project.types.js';
import { cliActor } from '../../src/platform/actor.js';
import { pdfText } from '../helpers/pdf-text.js';
import { startTestApp, TEST_BASE_URL, type TestApp } from '../helpers/app.js';
import { get, postForm, staffSession, type StaffSession } from '../helpers/staff.js';

let t: TestApp;
let admin: StaffSession;
let editor: StaffSession;
const slugs: Record<'kept' | 'changed' | 'archived' | 'added', string> = { kept: '', changed: '', archived: '', added: '' };

function input(title: string): ProjectInput {
  return {
    title: { de: title, en: `${title} (en)` },
    description: null,
    goals: null,
    status: 'planned',
    statusText: null,
    nextSteps: null,
    expectedDuration: null,
    municipalities: ['flensburg'],
    topics: [],
    decisionsText: 'RV-83/2023',
    decisions: [
      { raw: 'RV-83/2023', reference: 'RV-83/2023', body: 'RV', bodyName: null, number: 83, year: 2023, supplement: null, date: null },
    ],
    costs: { text: null, amountCents: null, currency: 'EUR', approximate: false },
    participation: { formal: false, informal: false, text: null },
    location: null,
    contact: null,
    links: [],
    furtherInfo: null,
    summaryPlain: null,
    startDate: null,
    endDate: null,
    addedOn: null,
    publicationState: 'draft',
  };
}

async function published(title: string): Promise<string> {
  const slug = await editorial.createProject(t.db, cliActor, input(title));
  await editorial.publish(t.db, cliActor, slug, { de: 'Erstmals veröffentlicht.' });
  return slug;
}

const editionCount = async () => (await t.db.selectFrom('list_editions').select('id').execute()).length;

before(async () => {
  t = await startTestApp('municipalities');
  admin = await staffSession(t.db, [{ role: 'admin' }]);
  editor = await staffSession(t.db, [{ role: 'editor', municipality: 'flensburg' }]);
  slugs.kept = await published('Digitale Bürgerdienste');
  slugs.changed = await published('Smarte Straßenbeleuchtung');
  slugs.archived = await published('Parkraumsensoren Altstadt');
});
after(() => t.close());

const csvRows = (body: string) => parse(body, { delimiter: ';', bom: true }) as string[][];

test('only admins and the agency publish; bad input comes back with translated errors and changes nothing', async () => {
  assert.equal((await get(t.app, '/de/verwaltung/fortschreibungen', editor)).statusCode, 403);
  const refused = await postForm(t.app, '/de/verwaltung/fortschreibungen', { date: '2024-03-15', reference: 'RV-1/2024' }, editor);
  assert.equal(refused.statusCode, 403);

  const form = await get(t.app, '/de/verwaltung/fortschreibungen', admin);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /nächste Nummer \(1\)/);
  assert.match(form.body, /Jetzt veröffentlicht: 3 Vorhaben/);

  const bad = await postForm(
    t.app,
    '/de/verwaltung/fortschreibungen',
    { date: 'gestern', reference: '', url: 'javascript:alert(1)' },
    admin,
  );
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /Bitte geben Sie ein Datum ein/);
  assert.match(bad.body, /Bitte geben Sie eine Webadresse ein/);
  const unknown = await postForm(
    t.app,
    '/de/verwaltung/fortschreibungen',
    { date: '2024-03-15', reference: 'RV-83/2023', project: 'gibt-es-nicht' },
    admin,
  );
  assert.equal(unknown.statusCode, 400);
  assert.match(unknown.body, /Dieses Vorhaben gibt es nicht/);
  const otherDecision = await postForm(
    t.app,
    '/de/verwaltung/fortschreibungen',
    { date: '2024-03-15', reference: 'RV-1/1999', project: slugs.kept },
    admin,
  );
  assert.equal(otherDecision.statusCode, 400);
  assert.match(otherDecision.body, /Dieser Beschluss ist bei dem Vorhaben nicht eingetragen/);
  assert.equal(await editionCount(), 0);
});

test('two editions: new, changed (fields and notes) and gone (with the archiving note); pages, API, CSV and PDF', async () => {
  const first = await postForm(
    t.app,
    '/de/verwaltung/fortschreibungen',
    { date: '15.03.2024', reference: 'RV-83/2023', url: 'https://ratsinfo.example/rv-83' },
    admin,
  );
  assert.equal(first.statusCode, 303);
  assert.equal(first.headers.location, '/de/verwaltung/fortschreibungen?nr=1');
  const firstPage = await get(t.app, '/de/vorhabenliste/fortschreibungen/1');
  assert.equal(firstPage.statusCode, 200);
  assert.match(firstPage.body, /1\. Fortschreibung der Vorhabenliste/);
  assert.match(firstPage.body, /Erste Fortschreibung: alle Vorhaben sind neu/);
  assert.match(firstPage.body, /Neu \(3 Vorhaben\)/);
  assert.match(firstPage.body, /href="https:\/\/ratsinfo\.example\/rv-83"/);

  // Between the editions: one added, one changed with a note, one archived with a note, one untouched.
  slugs.added = await published('Bürgerbus Nordstadt');
  const project = await editorial.editorialProject(t.db, cliActor, slugs.changed);
  await editorial.saveDraft(t.db, cliActor, slugs.changed, {
    ...project.current,
    title: { de: 'Smarte Straßenbeleuchtung mit Sensoren' },
    status: 'in_progress',
  });
  await editorial.publish(t.db, cliActor, slugs.changed, { de: 'Ausschreibung vergeben, Umsetzung begonnen.' });
  await editorial.setArchived(t.db, cliActor, slugs.archived, true, { de: 'Zurückgezogen: keine Fördermittel.' });

  const second = await postForm(
    t.app,
    '/de/verwaltung/fortschreibungen',
    { date: '2025-02-20', reference: 'RV-83/2023', project: slugs.kept },
    admin,
  );
  assert.equal(second.statusCode, 303);
  assert.equal(second.headers.location, '/de/verwaltung/fortschreibungen?nr=2');

  const api = JSON.parse((await get(t.app, '/api/v1/editions/2')).body);
  assert.equal(api.number, 2);
  assert.equal(api.date, '2025-02-20');
  assert.equal(api.previous, 1);
  assert.equal(api.projects, 3);
  assert.deepEqual(api.decision, { reference: 'RV-83/2023', url: null, project: `${TEST_BASE_URL}/api/v1/projects/${slugs.kept}` });
  assert.deepEqual(api.counts, { new: 1, changed: 1, gone: 1 });
  const byKind = (kind: string) => api.changes.filter((c: { kind: string }) => c.kind === kind);
  assert.deepEqual(
    byKind('new').map((c: { slug: string }) => c.slug),
    [slugs.added],
  );
  const [changed] = byKind('changed');
  assert.equal(changed.slug, slugs.changed);
  assert.deepEqual([...changed.fields].sort(), ['status', 'title']);
  assert.deepEqual(
    changed.notes.map((n: { note: { de: string } }) => n.note.de),
    ['Ausschreibung vergeben, Umsetzung begonnen.'],
  );
  const [gone] = byKind('gone');
  assert.equal(gone.slug, slugs.archived);
  assert.deepEqual(
    gone.notes.map((n: { note: { de: string } }) => n.note.de),
    ['Zurückgezogen: keine Fördermittel.'],
  );
  assert.ok(!api.changes.some((c: { slug: string }) => c.slug === slugs.kept), 'an untouched Vorhaben is not listed');
  assert.equal(api.links.csv, `${TEST_BASE_URL}/de/vorhabenliste/fortschreibungen/2/vorhabenliste.csv`);

  const page = (await get(t.app, '/de/vorhabenliste/fortschreibungen/2')).body;
  assert.match(page, /Änderungen seit der 1\. Fortschreibung/);
  assert.match(page, /Neu \(1 Vorhaben\)/);
  assert.match(page, /Bürgerbus Nordstadt/);
  assert.match(page, /Geänderte Angaben: [^<]*Titel/);
  assert.match(page, /Ausschreibung vergeben, Umsetzung begonnen\./);
  assert.match(page, /Entfallen \(1 Vorhaben\)/);
  assert.match(page, /Zurückgezogen: keine Fördermittel\./);
  assert.match(page, /<caption class="kern-title">Vorhaben der 2\. Fortschreibung<\/caption>/);
  const english = (await get(t.app, '/en/vorhabenliste/fortschreibungen/2')).body;
  assert.match(english, /Edition 2 of the project list/);
  assert.match(english, /Changes since edition 1/);
  assert.match(english, /Removed \(1 project\)/);
  const list = (await get(t.app, '/de/vorhabenliste/fortschreibungen')).body;
  assert.match(list, /href="\/de\/vorhabenliste\/fortschreibungen\/2"/);
  assert.match(list, /href="\/de\/vorhabenliste\/fortschreibungen\/1"/);

  // The CSV is the export's format; the first edition stays as it was.
  const exportHeader = csvRows((await get(t.app, '/api/v1/projects.csv')).body)[0];
  const csv2 = await get(t.app, '/de/vorhabenliste/fortschreibungen/2/vorhabenliste.csv');
  assert.match(String(csv2.headers['content-type']), /^text\/csv/);
  const rows2 = csvRows(csv2.body);
  assert.deepEqual(rows2[0], exportHeader);
  assert.deepEqual(
    rows2
      .slice(1)
      .map((r) => r[0])
      .sort(),
    [slugs.kept, slugs.changed, slugs.added].sort(),
  );
  assert.ok(rows2.some((r) => r.includes('Smarte Straßenbeleuchtung mit Sensoren')));
  const rows1 = csvRows((await get(t.app, '/de/vorhabenliste/fortschreibungen/1/vorhabenliste.csv')).body);
  assert.deepEqual(
    rows1
      .slice(1)
      .map((r) => r[0])
      .sort(),
    [slugs.kept, slugs.changed, slugs.archived].sort(),
  );
  assert.ok(rows1.some((r) => r.includes('Smarte Straßenbeleuchtung')));
  assert.ok(!rows1.some((r) => r.includes('Smarte Straßenbeleuchtung mit Sensoren')));

  const pdf = await get(t.app, '/de/vorhabenliste/fortschreibungen/2/vorhabenliste.pdf');
  assert.equal(pdf.headers['content-type'], 'application/pdf');
  const text = await pdfText(pdf.rawPayload);
  for (const expected of [
    '2. Fortschreibung der Vorhabenliste',
    'RV-83/2023',
    'Bürgerbus Nordstadt',
    'Zurückgezogen: keine Fördermittel.',
    'Digitale Bürgerdienste',
  ])
    assert.ok(text.includes(expected), `${expected} in: ${text}`);
  const pdfEn = await pdfText((await get(t.app, '/en/vorhabenliste/fortschreibungen/2/vorhabenliste.pdf')).rawPayload);
  assert.ok(pdfEn.includes('Edition 2 of the project list'), pdfEn);
  assert.ok(pdfEn.includes('Removed (1 project)'), pdfEn);

  const offered = await publicEditions(t.db, TEST_BASE_URL);
  assert.deepEqual(
    offered.map((e) => [e.number, e.date, e.urls.pdf]),
    [
      [2, '2025-02-20', `${TEST_BASE_URL}/de/vorhabenliste/fortschreibungen/2/vorhabenliste.pdf`],
      [1, '2024-03-15', `${TEST_BASE_URL}/de/vorhabenliste/fortschreibungen/1/vorhabenliste.pdf`],
    ],
  );
  const audit = await t.db.selectFrom('audit_log').select('summary').where('action', '=', 'edition.publish').execute();
  assert.equal(audit.length, 2);
  assert.equal((await get(t.app, '/de/vorhabenliste/fortschreibungen/9')).statusCode, 404);
});
