// Values PostgreSQL refuses are read as none (or the nearest) and reported, and a long run of blanks
// costs no more than reading it once; a paper without a body gets the body of its list.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyBatch, meetingRows, paperRows } from './oparl-mapping.js';
import { repairObject } from './oparl-repair.js';
import { calendarDay, validInstant } from './oparl-values.js';
import { meetingSchema, paperSchema } from './oparl.schemas.js';
import { pageBatches } from './sync-batches.js';
import { FaultLog } from './sync-faults.js';

test('a calendar day must exist; an instant must lie within years 1 to 9999', () => {
  const cases: [string, string | null][] = [
    ['2015-02-28', '2015-02-28'],
    ['2016-02-29', '2016-02-29'],
    ['2015-02-29', null],
    ['2015-02-30', null],
    ['2000-02-29T00:00:00+01:00', '2000-02-29'],
    ['1900-02-29', null],
    ['2015-13-01', null],
    ['2015-04-31', null],
    ['0000-01-01', null],
    ['15.02.2015', null],
  ];
  for (const [text, expected] of cases) assert.equal(calendarDay(text), expected, text);
  assert.equal(validInstant('2015-02-30T10:00:00Z'), null, 'not read as 2 March');
  assert.equal(validInstant('0000-06-01T10:00:00Z'), null);
  assert.equal(validInstant('-005000-01-01T00:00:00Z'), null);
  assert.equal(validInstant('+020150-01-01T00:00:00Z'), null);
  assert.equal(validInstant('kein Datum'), null);
  assert.equal(validInstant('2026-11-20T17:00:00+01:00')?.toISOString(), '2026-11-20T16:00:00.000Z');
});

test('an impossible date, an instant out of range, an order beyond integer and NUL in a text are repaired and reported', () => {
  const log = new FaultLog();
  const paper = paperSchema.parse(
    repairObject(
      {
        id: 'https://ris.test/paper/1',
        type: 'x',
        name: 'Haus\u0000halt',
        reference: '1/2015',
        date: '2015-02-30',
        modified: '0000-01-01T00:00:00Z',
        keyword: ['a\u0000b'],
      },
      'Paper',
      log.report,
    ),
  );
  const batch = emptyBatch();
  paperRows(paper, batch);
  assert.deepEqual(
    batch.papers.map((p) => [p.name, p.date, p.modified]),
    [['Haushalt', null, null]],
  );
  const meeting = meetingSchema.parse(
    repairObject(
      {
        id: 'https://ris.test/meeting/1',
        type: 'x',
        start: '2026-11-20T17:00:00+01:00',
        end: '99999-01-01T00:00:00Z',
        agendaItem: [{ id: 'https://ris.test/agendaitem/1', type: 'x', order: 1e12, name: 'Ö\u0000' }],
      },
      'Meeting',
      log.report,
    ),
  );
  meetingRows(meeting, batch);
  assert.deepEqual(
    batch.meetings.map((m) => [m.start_at?.toISOString(), m.end_at]),
    [['2026-11-20T16:00:00.000Z', null]],
  );
  assert.deepEqual(
    batch.agendaItems.map((a) => [a.position, a.name]),
    [[2147483647, 'Ö']],
  );
  assert.deepEqual(
    log.list().filter((g) => g.kind === 'invalid_value'),
    [
      {
        kind: 'invalid_value',
        count: 3,
        examples: [
          { url: 'https://ris.test/paper/1', detail: 'name, date, modified, keyword' },
          // NUL inside an embedded object is found where the object is embedded.
          { url: 'https://ris.test/meeting/1', detail: 'end, agendaItem' },
          { url: 'https://ris.test/agendaitem/1', detail: 'order' },
        ],
      },
    ],
  );
});

test('a value of 9,000 blanks and a letter is read at once (no backtracking)', () => {
  const log = new FaultLog();
  const value = `${' '.repeat(9_000)}x`;
  const repaired = repairObject(
    { id: 'https://ris.test/paper/1', type: 'x', name: value, reference: ' '.repeat(9_000) },
    'Paper',
    log.report,
  );
  assert.equal(repaired?.name, 'x');
  assert.equal(repaired?.reference, null);
  assert.deepEqual(
    log.list().map((g) => [g.kind, g.count]),
    [['placeholder_value', 1]],
  );
});

test('a paper that names no body belongs to the body whose paper list it came from', () => {
  const log = new FaultLog();
  const list = 'https://ris.test/body/1';
  const batches = pageBatches(
    'paper',
    [
      { id: 'https://ris.test/paper/1', type: 'https://schema.oparl.org/1.1/Paper', name: 'Ohne Körperschaft', reference: '1/2024' },
      { id: 'https://ris.test/paper/2', type: 'https://schema.oparl.org/1.1/Paper', body: 'https://ris.test/body/2', reference: '2/2024' },
    ],
    log.report,
    `${list}/papers`,
    list,
  );
  assert.deepEqual(
    batches.flatMap((b) => b.papers.map((p) => [p.reference, p.body_url])),
    [
      ['1/2024', list],
      ['2/2024', 'https://ris.test/body/2'],
    ],
  );
});
