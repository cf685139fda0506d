import assert from 'node:assert/strict';
import { test } from 'node:test';
import { berlinParts, fromBerlin } from './berlin-time.js';

const cases: [string, string, string][] = [
  ['2026-12-03', '18:30', '2026-12-03T17:30:00.000Z'], // winter, UTC+1
  ['2026-07-01', '09:00', '2026-07-01T07:00:00.000Z'], // summer, UTC+2
  ['2027-03-28', '01:59', '2027-03-28T00:59:00.000Z'], // just before the spring change
  ['2027-03-28', '03:00', '2027-03-28T01:00:00.000Z'], // just after it
  ['2026-10-25', '02:30', '2026-10-25T00:30:00.000Z'], // the doubled autumn hour: the first one
  ['2026-10-25', '03:00', '2026-10-25T02:00:00.000Z'],
];

for (const [date, time, utc] of cases) {
  test(`Berlin ${date} ${time} is ${utc} and reads back`, () => {
    assert.equal(fromBerlin(date, time)?.toISOString(), utc);
    assert.deepEqual(berlinParts(new Date(utc)), { date, time });
  });
}

test('the skipped spring hour is read an hour later', () => {
  assert.equal(fromBerlin('2027-03-28', '02:30')?.toISOString(), '2027-03-28T01:30:00.000Z');
});

test('no valid day or time gives null', () => {
  for (const [d, t] of [
    ['2026-02-30', '10:00'],
    ['2026-13-01', '10:00'],
    ['2026-01-01', '24:00'],
    ['01.01.2026', '10:00'],
    ['2026-01-01', ''],
  ])
    assert.equal(fromBerlin(d!, t!), null);
});
