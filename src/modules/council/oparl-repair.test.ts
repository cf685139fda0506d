// Repairing and reading OParl objects: the specification's own examples (1.1) read as the spec means them,
// and each bend of a real server is repaired the same way and reported once.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { emptyBatch, meetingRows, paperRows } from './oparl-mapping.js';
import { repairObject } from './oparl-repair.js';
import { bodySchema, fileSchema, meetingSchema, organizationSchema, paperSchema, systemSchema } from './oparl.schemas.js';
import { FaultLog } from './sync-faults.js';

const examples = path.resolve(import.meta.dirname, '../../../test/fixtures/oparl/spec-1.1/examples');
const example = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(examples, `${name}.json`), 'utf8'));

test("the specification's examples read as it means them", () => {
  const log = new FaultLog();
  const system = systemSchema.parse(repairObject(example('System-01'), 'System', log.report));
  assert.equal(system.body, 'https://oparl.example.org/bodies');
  assert.equal(system.oparlVersion, 'https://schema.oparl.org/1.1/');
  const body = bodySchema.parse(repairObject(example('Body-01'), 'Body', log.report));
  assert.deepEqual(
    [body.name, body.paper, body.meeting],
    ['Stadt Köln, kreisfreie Stadt', 'https://oparl.example.org/body/0/papers/', 'https://oparl.example.org/body/0/meetings/'],
  );
  assert.equal(organizationSchema.parse(repairObject(example('Organization-01'), 'Organization', log.report)).shortName, 'Finanzausschuss');
  assert.equal(
    fileSchema.parse(repairObject(example('File-01'), 'File', log.report)).downloadUrl,
    'https://oparl.example.org/files/download/57737.pdf',
  );

  const batch = emptyBatch();
  paperRows(paperSchema.parse(repairObject(example('Paper-01'), 'Paper', log.report)), batch);
  meetingRows(meetingSchema.parse(repairObject(example('Meeting-01'), 'Meeting', log.report)), batch);
  assert.deepEqual(
    batch.papers.map((p) => [p.reference, p.paper_type, p.date]),
    [['1234/2014', 'Beantwortung einer Anfrage', '2014-04-04']],
  );
  assert.deepEqual(
    batch.consultations.map((c) => [c.paper_url, c.meeting_url, c.agenda_item_url, c.role, c.authoritative]),
    [
      [
        'https://oparl.example.org/paper/749',
        'https://oparl.example.org/meeting/243',
        'https://oparl.example.org/agendaitem/15569',
        'Beschlussfassung',
        false,
      ],
    ],
  );
  assert.deepEqual(
    batch.files.map((f) => [f.role, f.name, f.paper_url]),
    [
      ['main', 'Anlage 1 zur Anfrage', 'https://oparl.example.org/paper/749'],
      ['auxiliary', 'Anlage 1 zur Anfrage', 'https://oparl.example.org/paper/749'],
    ],
  );
  assert.deepEqual(
    batch.meetings.map((m) => [m.name, m.start_at?.toISOString(), m.cancelled]),
    [['4. Sitzung des Finanzausschusses', '2013-01-04T07:00:00.000Z', false]],
  );
  assert.deepEqual(
    batch.agendaItems.map((a) => [a.number, a.position, a.public, a.result, a.consultation_url]),
    [['10.1', 1, true, 'Geändert beschlossen', 'https://oparl.example.org/consultation/1034']],
  );
  // The spec's own Body, Organization and Meeting examples put their town hall at latitude 10, longitude 50,
  // and its Location example the Reichstag at latitude 13, longitude 52.
  const reichstag = repairObject(example('Location-01'), 'Location', log.report) as { geojson: { geometry: { coordinates: number[] } } };
  assert.deepEqual(reichstag.geojson.geometry.coordinates, [13.376198, 52.518855]);
  assert.deepEqual(
    log.list().map((f) => [f.kind, f.count]),
    [['swapped_coordinates', 4]],
  );
});

test('"N/A", empty and blank strings become null; other strings are trimmed; one fault per object names the fields', () => {
  const log = new FaultLog();
  const repaired = repairObject(
    { id: 'https://ris.test/paper/1', type: 'x', name: ' Radweg  ', reference: 'N/A', paperType: '', date: ' ', web: 'n/a' },
    'Paper',
    log.report,
  );
  assert.deepEqual(repaired, {
    id: 'https://ris.test/paper/1',
    type: 'x',
    name: 'Radweg',
    reference: null,
    paperType: null,
    date: null,
    web: null,
  });
  assert.deepEqual(log.list(), [
    { kind: 'placeholder_value', count: 1, examples: [{ url: 'https://ris.test/paper/1', detail: 'reference, paperType, date, web' }] },
  ]);
});

test('an object where the specification says list becomes a list of one', () => {
  const log = new FaultLog();
  const repaired = repairObject(
    { id: 'https://ris.test/meeting/1', type: 'x', organization: 'https://ris.test/organization/1', keyword: ['Rat'] },
    'Meeting',
    log.report,
  );
  assert.deepEqual(repaired?.organization, ['https://ris.test/organization/1']);
  assert.deepEqual(repaired?.keyword, ['Rat']);
  assert.deepEqual(log.list(), [
    { kind: 'object_instead_of_list', count: 1, examples: [{ url: 'https://ris.test/meeting/1', detail: 'organization' }] },
  ]);
});

test('a missing type is filled in from the list and reported; coordinates already right stay', () => {
  const log = new FaultLog();
  const repaired = repairObject({ id: 'https://ris.test/paper/9', deleted: true }, 'Paper', log.report);
  assert.equal(repaired?.type, 'https://schema.oparl.org/1.1/Paper');
  const location = repairObject(
    { id: 'https://ris.test/location/1', type: 'x', geojson: { type: 'Point', coordinates: [6.3957, 50.722] } },
    'Location',
    log.report,
  );
  assert.deepEqual((location?.geojson as { coordinates: number[] }).coordinates, [6.3957, 50.722]);
  assert.deepEqual(log.list(), [{ kind: 'missing_type', count: 1, examples: [{ url: 'https://ris.test/paper/9', detail: 'deleted' }] }]);
});

test('no object at all is not repaired; a link that is no web address is dropped', () => {
  const log = new FaultLog();
  assert.equal(repairObject('https://ris.test/paper/1', 'Paper', log.report), null);
  assert.equal(repairObject([1, 2], 'Paper', log.report), null);
  const paper = paperSchema.parse(
    repairObject({ id: 'https://ris.test/paper/1', type: 'x', web: 'javascript:alert(1)' }, 'Paper', log.report),
  );
  assert.equal(paper.web, null);
});

test('the fault log counts every fault and keeps the first ten addresses of each kind', () => {
  const log = new FaultLog();
  for (let i = 0; i < 25; i++) log.report('not_found', `https://ris.test/meeting/${i}`, 'HTTP 404');
  log.report('timeout', 'https://ris.test/paper', null);
  assert.equal(log.total(), 26);
  const [notFound, timeout] = log.list();
  assert.equal(notFound!.count, 25);
  assert.equal(notFound!.examples.length, 10);
  assert.equal(notFound!.examples[9]!.url, 'https://ris.test/meeting/9');
  assert.deepEqual(timeout, { kind: 'timeout', count: 1, examples: [{ url: 'https://ris.test/paper', detail: null }] });
  assert.equal(new FaultLog(log.list()).total(), 26, 'a resumed run goes on counting');
});
