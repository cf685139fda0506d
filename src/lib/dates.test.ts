import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, parseDate, type FoundDate, type ParsedDate } from './dates.js';

const invalid: ParsedDate = { ok: false, reason: 'date.invalid' };
const ok = (value: string | null): ParsedDate => ({ ok: true, value });

const parseCases: { input: string; expected: ParsedDate }[] = [
  { input: '', expected: ok(null) },
  { input: '   ', expected: ok(null) },
  { input: '\t\n', expected: ok(null) },
  { input: '2021-02-18', expected: ok('2021-02-18') },
  { input: '  2021-02-18  ', expected: ok('2021-02-18') },
  { input: '2021-2-8', expected: ok('2021-02-08') },
  { input: '18.02.2021', expected: ok('2021-02-18') },
  { input: '18.2.2021', expected: ok('2021-02-18') },
  { input: '8.2.21', expected: ok('2021-02-08') },
  { input: '08.02.21', expected: ok('2021-02-08') },
  { input: ' 01.07.2023 ', expected: ok('2023-07-01') },
  { input: '31.12.1999', expected: ok('1999-12-31') },
  { input: '29.02.2024', expected: ok('2024-02-29') },
  { input: '29.02.2000', expected: ok('2000-02-29') },
  { input: '29.02.2023', expected: invalid },
  { input: '29.02.1900', expected: invalid },
  { input: '2023-02-29', expected: invalid },
  { input: '31.02.2021', expected: invalid },
  { input: '31.04.2021', expected: invalid },
  { input: '31.05.2021', expected: ok('2021-05-31') },
  { input: '00.01.2021', expected: invalid },
  { input: '12.13.2021', expected: invalid },
  { input: '2021-13-01', expected: invalid },
  { input: '2021-00-10', expected: invalid },
  { input: '18.02.0221', expected: invalid },
  { input: '18.02.221', expected: invalid },
  { input: '18.02.', expected: invalid },
  { input: '18/02/2021', expected: invalid },
  { input: '2021/02/18', expected: invalid },
  { input: '18-02-2021', expected: invalid },
  { input: '18.02.2021 12:00', expected: invalid },
  { input: 'gestern', expected: invalid },
  { input: '2021', expected: invalid },
  { input: '18. Februar 2021', expected: ok('2021-02-18') },
  { input: '1. März 2024', expected: ok('2024-03-01') },
  { input: '3 Dec 2023', expected: ok('2023-12-03') },
  { input: '30. Februar 2021', expected: invalid },
];

for (const { input, expected } of parseCases) {
  test(`parseDate(${JSON.stringify(input)})`, () => {
    assert.deepEqual(parseDate(input), expected);
  });
}

const at = (index: number, length: number, value: string): FoundDate => ({ index, length, value });

const findCases: { input: string; expected: FoundDate[] }[] = [
  { input: '', expected: [] },
  { input: 'keine Daten', expected: [] },
  { input: 'RV-22/2021 vom 18.02.2021', expected: [at(15, 10, '2021-02-18')] },
  {
    input: 'RV-22/2021 vom 18.02.2021 ; HA-53/2021 vom 23.09.2021',
    expected: [at(15, 10, '2021-02-18'), at(43, 10, '2021-09-23')],
  },
  { input: 'am 8.2.21 beschlossen', expected: [at(3, 6, '2021-02-08')] },
  { input: 'Start 2023-07-01, Ende 31.12.2026', expected: [at(6, 10, '2023-07-01'), at(23, 10, '2026-12-31')] },
  { input: 'Sitzung vom 18.02.2021.', expected: [at(12, 10, '2021-02-18')] },
  { input: '(02.05.2023)', expected: [at(1, 10, '2023-05-02')] },
  { input: 'vom 31.02.2021 und 01.03.2021', expected: [at(19, 10, '2021-03-01')] },
  { input: '1.250.000 €', expected: [] },
  { input: '12.345.678,90', expected: [] },
  { input: 'HA 18-2023', expected: [] },
  { input: '12/SVV/0539', expected: [] },
  { input: 'Version 1.2.3', expected: [] },
  { input: '18.02.20215', expected: [] },
  { input: 'v.2.5.2023', expected: [at(2, 8, '2023-05-02')] },
  { input: 'am 18. Februar 2021 im HA', expected: [at(3, 16, '2021-02-18')] },
  { input: 'Zeitraum 01.01.2022–30.06.2023', expected: [at(9, 10, '2022-01-01'), at(20, 10, '2023-06-30')] },
];

for (const { input, expected } of findCases) {
  test(`findDates(${JSON.stringify(input)})`, () => {
    assert.deepEqual(findDates(input), expected);
  });
}
