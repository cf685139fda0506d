import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { addMonths, daysBetween, isoDate } from './dates.js';

test('proof-of-spending deadlines: 30 months and 5 years 6 months after the grant', () => {
  assert.equal(addMonths('2021-12-15', 30), '2024-06-15');
  assert.equal(addMonths('2021-12-15', 66), '2027-06-15');
  assert.equal(addMonths('2023-08-31', 6), '2024-02-29', 'a day that does not exist becomes the month’s last');
  assert.equal(addMonths('2023-01-31', 1), '2023-02-28');
  fc.assert(
    fc.property(
      fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
      fc.integer({ min: 0, max: 240 }),
      (d, m) => {
        const from = d.toISOString().slice(0, 10);
        const to = addMonths(from, m);
        assert.equal(isoDate(to), to);
        assert.ok(daysBetween(from, to) >= m * 28 && daysBetween(from, to) <= m * 31 + 3);
      },
    ),
  );
});

test('dates as typed', () => {
  assert.equal(isoDate('2024-02-29'), '2024-02-29');
  assert.equal(isoDate('1.3.2024'), '2024-03-01');
  assert.equal(isoDate('2023-02-29'), null);
  assert.equal(isoDate('gestern'), null);
  assert.equal(daysBetween('2026-01-01', '2026-01-31'), 30);
});

test('berlinToday: the calendar day in Berlin, not in UTC', async () => {
  const { berlinToday } = await import('./dates.js');
  assert.equal(berlinToday(new Date('2024-06-30T21:59:00Z')), '2024-06-30');
  assert.equal(berlinToday(new Date('2024-06-30T22:30:00Z')), '2024-07-01', 'summer: midnight in Berlin is 22:00 UTC');
  assert.equal(berlinToday(new Date('2024-12-31T22:59:00Z')), '2024-12-31');
  assert.equal(berlinToday(new Date('2024-12-31T23:00:00Z')), '2025-01-01', 'winter: 23:00 UTC');
});
