// The Vorhabenliste import against a real database: formats, parsing into the model, re-import,
// all-or-nothing rejection, dry run, JSON, and export → import round trips.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, beforeEach, describe, test } from 'node:test';
import { importVorhabenliste, importVorhabenlisteStream } from '../../src/modules/projects/import/import.service.js';
import { csvPieces, writeCsv } from '../../src/modules/projects/import/vorhabenliste-writer.js';
import { presentProject } from '../../src/modules/projects/projects.presenter.js';
import { allProjects, projectPages, publicProject } from '../../src/modules/projects/projects.service.js';
import { ensureRegion } from '../../src/seed/region.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { flensburgVorhaben, nordfrieslandVorhaben, vorhabenCsv } from '../helpers/factories.js';

let database: TestDatabase;

async function resetRegister() {
  const db = database.db;
  await db.deleteFrom('projects').execute();
  await db.deleteFrom('topics').execute();
}

before(async () => {
  database = await createTestDatabase();
  await ensureRegion(database.db);
});
after(() => database.drop());
beforeEach(resetRegister);

const projectCount = async () =>
  Number(
    (
      await database.db
        .selectFrom('projects')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('CSV variants', () => {
  const variants = [
    { name: 'semicolon, LF, no BOM', opts: { delimiter: ';' as const } },
    { name: 'comma, CRLF, BOM', opts: { delimiter: ',' as const, bom: true, eol: '\r\n' as const } },
    { name: 'semicolon, CRLF, BOM', opts: { delimiter: ';' as const, bom: true, eol: '\r\n' as const } },
    { name: 'comma, LF', opts: { delimiter: ',' as const } },
  ];
  for (const v of variants) {
    test(`reads ${v.name} with quoted multi-line fields`, async () => {
      const report = await importVorhabenliste(database.db, vorhabenCsv([flensburgVorhaben(), nordfrieslandVorhaben()], v.opts));
      assert.deepEqual(report.problems, []);
      assert.equal(report.created.length, 2);
      const p = await publicProject(database.db, report.created[0]!.slug);
      assert.equal(p.title.de, 'Digitale Bürgerdienste im Rathaus Flensburg');
      assert.equal(
        p.description?.de,
        'Anträge für Anwohnerparkausweise und Sondernutzungen werden online gestellt.\nTerminbuchung im Bürgerbüro.',
      );
    });
  }

  test('only the Titel column is required', async () => {
    const report = await importVorhabenliste(database.db, 'Titel\nNur ein Titel\n');
    assert.equal(report.created.length, 1);
    const p = await publicProject(database.db, report.created[0]!.slug);
    assert.equal(p.status, 'unspecified');
    assert.deepEqual(p.municipalities, []);
    assert.equal(p.costs.amountCents, null);
  });
});

describe('parsing into the model', () => {
  test('decisions, costs, participation, municipalities, topics and location are parsed; raw texts are kept', async () => {
    const report = await importVorhabenliste(database.db, vorhabenCsv([flensburgVorhaben(), nordfrieslandVorhaben()]));
    const [fl, nf] = await Promise.all(report.created.map((c) => publicProject(database.db, c.slug)));
    assert.deepEqual(
      fl!.decisions.map((d) => [d.reference, d.date, d.bodyName]),
      [
        ['RV-12/2024', '2024-03-14', 'Ratsversammlung'],
        ['HA-5/2024', '2024-02-20', 'Hauptausschuss'],
      ],
    );
    assert.equal(fl!.decisionsText, 'RV-12/2024 vom 14.03.2024; HA 5-2024 vom 20.02.2024');
    assert.deepEqual(fl!.costs, { text: 'ca. 300.000 €', amountCents: 30_000_000, currency: 'EUR', approximate: true });
    assert.deepEqual([fl!.participation.formal, fl!.participation.informal], [false, true]);
    assert.deepEqual(fl!.municipalities, [{ slug: 'flensburg', name: 'Stadt Flensburg' }]);
    assert.deepEqual(
      fl!.topics.map((t) => t.name.de),
      ['Verwaltung', 'Digitalisierung'],
    );
    assert.deepEqual(fl!.location, { lat: null, lng: null, address: 'Rathausplatz 1, 24937 Flensburg' });
    assert.equal(fl!.addedOn, '2024-04-02');
    assert.equal(fl!.status, 'planned');

    assert.equal(nf!.decisions[0]!.reference, 'KT-45/2022');
    assert.equal(nf!.decisions[0]!.bodyName, 'Kreistag');
    assert.equal(nf!.costs.amountCents, 45_000_000);
    assert.deepEqual([nf!.participation.formal, nf!.participation.informal], [true, true]);
    assert.deepEqual(nf!.location, { lat: 54.5, lng: 8.6, address: null });
    assert.equal(nf!.version, 1);
    assert.equal(nf!.changes.length, 1);
    assert.equal(nf!.changes[0]!.note.de, 'Neu aufgenommen.');
  });

  test('the sample Vorhabenliste imports completely, the brief first and verbatim', async () => {
    const csv = fs.readFileSync(new URL('../../src/seed/vorhabenliste-sample.csv', import.meta.url), 'utf8');
    const report = await importVorhabenliste(database.db, csv);
    assert.deepEqual(report.problems, []);
    assert.equal(report.created.length, 6);
    const brief = await publicProject(database.db, report.created[0]!.slug);
    assert.equal(brief.title.de, 'Smarte Grenzregion zwischen den Meeren (Modellprojekt Smart Cities)');
    assert.ok(brief.description!.de.startsWith('Das durch den Bund geförderte Verbundprojekt'));
    assert.equal(brief.decisions.length, 5);
    assert.equal(brief.decisions[4]!.reference, 'HA-18/2023');
    assert.equal(brief.costs.amountCents, 1_750_000_000);
    assert.deepEqual(
      brief.municipalities.map((m) => m.slug),
      ['flensburg', 'schleswig-flensburg', 'nordfriesland'],
    );
    const rain = await publicProject(database.db, report.created[5]!.slug);
    assert.deepEqual(
      rain.decisions.map((d) => [d.reference, d.supplement, d.date]),
      [
        ['KT-12/2025', null, '2025-03-20'],
        ['HA-7/2025', '2. Ergänzung', '2025-02-27'],
      ],
    );
  });
});

describe('re-import', () => {
  test('the same file twice changes nothing the second time', async () => {
    const csv = vorhabenCsv([flensburgVorhaben(), nordfrieslandVorhaben()]);
    await importVorhabenliste(database.db, csv);
    const second = await importVorhabenliste(database.db, csv);
    assert.equal(second.created.length, 0);
    assert.equal(second.updated.length, 0);
    assert.equal(second.unchanged, 2);
    assert.equal(await projectCount(), 2);
  });

  test('a changed row updates its entry, raises the version and logs what changed', async () => {
    await importVorhabenliste(database.db, vorhabenCsv([flensburgVorhaben()]));
    const report = await importVorhabenliste(
      database.db,
      vorhabenCsv([flensburgVorhaben({ 'Kosten soweit bezifferbar': '350.000 €', Bearbeitungsstand: 'In Umsetzung' })]),
    );
    assert.equal(report.updated.length, 1);
    assert.deepEqual(report.updated[0]!.fields.sort(), ['costs', 'status', 'statusText']);
    const p = await publicProject(database.db, report.updated[0]!.slug);
    assert.equal(p.version, 2);
    assert.equal(p.costs.amountCents, 35_000_000);
    assert.equal(p.changes[0]!.version, 2);
    assert.equal(p.changes[0]!.note.de, 'Fortschreibung: Bearbeitungsstand, Kosten geändert.');
    assert.equal(p.changes[0]!.note.en, 'Update: Status, Costs changed.');
    assert.equal(await projectCount(), 1);
  });

  test('the same title in two municipalities gives two entries; rows match by title and municipalities', async () => {
    const rows = [flensburgVorhaben({ Titel: 'Freies WLAN' }), nordfrieslandVorhaben({ Titel: 'Freies WLAN' })];
    const first = await importVorhabenliste(database.db, vorhabenCsv(rows));
    assert.equal(first.created.length, 2);
    assert.notEqual(first.created[0]!.slug, first.created[1]!.slug);
    const again = await importVorhabenliste(database.db, vorhabenCsv(rows));
    assert.equal(again.unchanged, 2);
  });

  test('an ID column matches even when the title changes', async () => {
    await importVorhabenliste(database.db, vorhabenCsv([{ ID: 'fl-2024-07', ...flensburgVorhaben() }]));
    const report = await importVorhabenliste(
      database.db,
      vorhabenCsv([{ ID: 'fl-2024-07', ...flensburgVorhaben({ Titel: 'Digitales Rathaus' }) }]),
    );
    assert.deepEqual(
      report.updated.map((u) => [u.slug, u.fields]),
      [['fl-2024-07', ['title']]],
    );
    assert.equal((await publicProject(database.db, 'fl-2024-07')).title.de, 'Digitales Rathaus');
  });
});

describe('rejection is all-or-nothing', () => {
  test('a file with bad rows imports nothing and names line, column and reason of each', async () => {
    // Line numbers are the file's: each Flensburg row spans two lines (a multi-line description).
    const csv = vorhabenCsv([
      flensburgVorhaben(),
      flensburgVorhaben({ Titel: '', Aufnahmedatum: '31.02.2024' }),
      nordfrieslandVorhaben({ Kommune: 'Kreis Pinneberg' }),
      nordfrieslandVorhaben({ Titel: 'Sensoren', Ort: '154.2, 9.1' }),
    ]);
    const report = await importVorhabenliste(database.db, csv);
    assert.equal(report.applied, false);
    assert.deepEqual(
      report.problems.map((p) => [p.line, p.column, p.reason]),
      [
        [4, 'Titel', 'import.reason.titleRequired'],
        [4, 'Aufnahmedatum', 'import.reason.date.invalid'],
        [6, 'Kommune', 'import.reason.municipalityUnknown'],
        [7, 'Ort', 'import.reason.location.out_of_range'],
      ],
    );
    assert.equal(await projectCount(), 0);
  });

  test('line numbers are right for CRLF files with line breaks inside cells and blank lines', async () => {
    const csv = vorhabenCsv(
      [
        flensburgVorhaben(),
        flensburgVorhaben({ Titel: 'Zweites', 'Inhaltliche Beschreibung': 'a\r\nb\r\nc' }),
        nordfrieslandVorhaben({ Aufnahmedatum: 'morgen' }),
      ],
      {
        eol: '\r\n',
        bom: true,
      },
    );
    const withBlank = csv.replace('\r\nMobilitätsstationen', '\r\n\r\nMobilitätsstationen');
    assert.notEqual(withBlank, csv);
    const report = await importVorhabenliste(database.db, withBlank);
    // header 1; first row 2–3; second row 4–6; a blank line 7; third row 8
    assert.deepEqual(
      report.problems.map((p) => [p.line, p.column]),
      [[8, 'Aufnahmedatum']],
    );
  });

  test('duplicate rows in one file are rejected', async () => {
    const report = await importVorhabenliste(database.db, vorhabenCsv([flensburgVorhaben(), flensburgVorhaben()]));
    assert.deepEqual(
      report.problems.map((p) => [p.line, p.reason, p.params.line]),
      [[4, 'import.reason.duplicateRow', 2]],
    );
    assert.equal(await projectCount(), 0);
  });

  test('a file without a Titel column is rejected', async () => {
    const report = await importVorhabenliste(database.db, 'Name;Kommune\nX;Flensburg\n');
    assert.deepEqual(
      report.problems.map((p) => p.reason),
      ['import.reason.missingTitleColumn'],
    );
  });

  test('a broken CSV (unclosed quote) is rejected with its line', async () => {
    const report = await importVorhabenliste(database.db, 'Titel;Kommune\n"Offen;Flensburg\n');
    assert.equal(report.problems[0]!.reason, 'import.reason.csvMalformed');
    assert.equal(await projectCount(), 0);
  });
});

test('a dry run reports the plan and changes nothing', async () => {
  const report = await importVorhabenliste(database.db, vorhabenCsv([flensburgVorhaben(), nordfrieslandVorhaben()]), { dryRun: true });
  assert.equal(report.dryRun, true);
  assert.equal(report.applied, false);
  assert.deepEqual(
    report.created.map((c) => c.title),
    ['Digitale Bürgerdienste im Rathaus Flensburg', 'Mobilitätsstationen auf den Halligen'],
  );
  assert.deepEqual(report.newTopics, ['Verwaltung', 'Digitalisierung', 'Mobilität']);
  assert.equal(await projectCount(), 0);
  assert.equal((await database.db.selectFrom('topics').selectAll().execute()).length, 0);
});

describe('round trips', () => {
  test('CSV export → import into an empty register gives the same projects', async () => {
    const source = vorhabenCsv([
      flensburgVorhaben({ Links: 'Ratsinfo: https://ratsinfo.flensburg.de/vo0050.php?__kvonr=1\nhttps://example.org' }),
      nordfrieslandVorhaben({
        Zielsetzung: 'Weniger Autoverkehr',
        Beginn: '01.05.2023',
        Ende: '2025-12-31',
        Ansprechperson: '+49 4841 67-0, Fachdienst Mobilität',
      }),
    ]);
    await importVorhabenliste(database.db, source);
    const before = (await allProjects(database.db, { includeDrafts: true })).map((p) => presentProject(p, 'http://x', 'de', new Map()));
    const exported = writeCsv(await allProjects(database.db, { includeDrafts: true }));
    assert.ok(exported.includes(`"'+49 4841 67-0, Fachdienst Mobilität"`), 'a cell a spreadsheet would run as a formula is guarded');

    assert.equal((await importVorhabenliste(database.db, exported)).unchanged, 2, 'export → import over the same data changes nothing');
    await resetRegister();
    await importVorhabenliste(database.db, exported);
    const after = (await allProjects(database.db, { includeDrafts: true })).map((p) => presentProject(p, 'http://x', 'de', new Map()));
    const comparable = (list: typeof before) => list.map(({ updatedAt: _u, changes: _c, ...rest }) => rest);
    assert.deepEqual(comparable(after), comparable(before));
  });

  test('JSON export → import keeps translations and matches by slug', async () => {
    await importVorhabenliste(database.db, vorhabenCsv([flensburgVorhaben()]));
    const [p] = await allProjects(database.db, { includeDrafts: true });
    const json = presentProject(p!, 'http://x', 'de', new Map());
    json.translations = { ...json.translations, en: { title: 'Digital citizen services in Flensburg town hall' } };
    const report = await importVorhabenliste(database.db, JSON.stringify({ items: [json] }));
    assert.deepEqual(
      report.updated.map((u) => u.fields),
      [['title']],
    );
    const updated = await publicProject(database.db, p!.slug);
    assert.equal(updated.title.en, 'Digital citizen services in Flensburg town hall');
    assert.equal(updated.title.de, 'Digitale Bürgerdienste im Rathaus Flensburg');

    const german = await importVorhabenliste(database.db, vorhabenCsv([flensburgVorhaben()]));
    assert.equal(german.unchanged, 1, 'a German spreadsheet does not wipe translations');
    assert.equal((await publicProject(database.db, p!.slug)).title.en, 'Digital citizen services in Flensburg town hall');
  });

  test('an ID that a title in the same file already claimed is a problem, not a crash', async () => {
    const report = await importVorhabenliste(
      database.db,
      vorhabenCsv([
        { ID: '', ...flensburgVorhaben({ Titel: 'Foo' }) },
        { ID: 'foo', ...nordfrieslandVorhaben() },
      ]),
    );
    assert.deepEqual(
      report.problems.map((p) => [p.line, p.column, p.reason, p.params.line]),
      [[4, 'ID', 'import.reason.idTaken', 2]],
    );
    const long = await importVorhabenliste(database.db, vorhabenCsv([{ ID: 'x'.repeat(121), ...flensburgVorhaben() }]));
    assert.deepEqual(
      long.problems.map((p) => p.reason),
      ['import.reason.idInvalid'],
    );
    assert.equal(await projectCount(), 0);
  });

  test('JSON with half a location or a script link is rejected', async () => {
    const report = await importVorhabenliste(
      database.db,
      JSON.stringify([
        { title: 'Halb', location: { lat: 54, lng: null } },
        { title: 'Skript', links: [{ url: 'javascript:alert(1)' }] },
        { title: 'Gut', links: [{ url: 'mailto:info@example.org', label: 'Mail' }] },
      ]),
    );
    assert.deepEqual(
      report.problems.map((p) => [p.line, p.column]),
      [
        [1, 'location'],
        [2, 'links.0.url'],
      ],
    );
    assert.equal(await projectCount(), 0);
  });

  test('bad JSON items are reported by item number and field', async () => {
    const report = await importVorhabenliste(
      database.db,
      JSON.stringify([{ title: 'Gut' }, { title: '' }, { title: 'X', municipalities: ['Atlantis'] }]),
    );
    assert.deepEqual(
      report.problems.map((p) => [p.line, p.column]),
      [
        [2, 'title'],
        [3, 'municipalities'],
      ],
    );
    assert.equal(await projectCount(), 0);
  });
});

describe('large files, read in pieces and written in batches', () => {
  const rows = (n: number) =>
    Array.from({ length: n }, (_, i) => flensburgVorhaben({ ID: `gross-${i + 1}`, Titel: `Vorhaben Nummer ${i + 1}` }));

  test('a bad row after several written batches leaves nothing behind, and its line is named', async () => {
    const list = rows(2500);
    list[2399] = { ...list[2399]!, Aufnahmedatum: '31.02.2024' };
    const report = await importVorhabenliste(database.db, vorhabenCsv(list));
    assert.equal(report.applied, false);
    // The header is line 1; every row takes two lines (its description holds a line break).
    assert.deepEqual(
      report.problems.map((p) => [p.line, p.column]),
      [[2 + 2399 * 2, 'Aufnahmedatum']],
    );
    assert.equal(report.created.length, 0, 'a rejected file reports only its problems');
    assert.equal(await projectCount(), 0);
  });

  test('a file of several batches streamed in small pieces imports every row, once', async () => {
    const csv = Buffer.from(vorhabenCsv(rows(2500)));
    const pieces = Array.from({ length: Math.ceil(csv.length / 4096) }, (_, i) => csv.subarray(i * 4096, (i + 1) * 4096));
    const report = await importVorhabenlisteStream(database.db, pieces);
    assert.equal(report.applied, true, JSON.stringify(report.problems.slice(0, 3)));
    assert.equal(report.created.length, 2500);
    assert.equal(await projectCount(), 2500);
    // The same file again: every row matched by its ID, nothing new, nothing changed.
    const again = await importVorhabenlisteStream(database.db, pieces);
    assert.deepEqual([again.created.length, again.updated.length, again.unchanged], [0, 0, 2500]);
    // The export, written a page at a time, is the same file as written whole.
    let streamed = '';
    for await (const piece of csvPieces(projectPages(database.db, { includeDrafts: false }))) streamed += piece;
    assert.equal(streamed, writeCsv(await allProjects(database.db, { includeDrafts: false })));
    // The header, 2,500 records, and nothing after the last record's line break.
    assert.equal(streamed.split('\r\n').length, 1 + 2500 + 1);
  });
});
