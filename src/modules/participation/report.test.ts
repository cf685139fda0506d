// The report's arithmetic: a day belongs to the first phase containing it, a resident who contributed in
// several ways counts once, offline entries count as one person each, and every total adds up.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildReport, phaseOf } from './report.js';

const phases = [
  { kind: 'ideas' as const, startsOn: '2026-01-01', endsOn: '2026-01-31' },
  { kind: 'comments' as const, startsOn: '2026-01-31', endsOn: '2026-02-28' },
];
const row = (over: Partial<Parameters<typeof buildReport>[1][number]>) => ({
  kind: 'report.kind.ideas' as const,
  section: null,
  channel: 'online' as const,
  municipality: null,
  day: '2026-01-10',
  answered: false,
  takenUp: false,
  count: 1,
  ...over,
});

test('a day belongs to the first phase containing it, else to none', () => {
  assert.equal(phaseOf(phases, '2026-01-31'), 'ideas');
  assert.equal(phaseOf(phases, '2026-02-01'), 'comments');
  assert.equal(phaseOf(phases, '2025-12-31'), null);
});

test('residents count once across kinds; totals add up by channel, phase and outcome', () => {
  const report = buildReport(
    phases,
    [
      row({ count: 2, answered: true, takenUp: true }),
      row({ kind: 'report.kind.comments', channel: 'paper', day: '2026-03-05', municipality: 'Husum' }),
      row({ kind: 'report.kind.comments', channel: 'event', day: '2026-02-02' }),
    ],
    [
      { residentIds: [1, 2], anonymousOnline: 0, event: 1, paper: 0 },
      { residentIds: [2, 3], anonymousOnline: 4, event: 0, paper: 1 },
    ],
  );
  assert.deepEqual(report.participants, { online: 7, event: 1, paper: 1, total: 9 });
  assert.deepEqual(report.contributions, { online: 2, event: 1, paper: 1, total: 4 });
  assert.deepEqual(
    report.phases.map((p) => [p.phase, p.counts.total]),
    [
      ['ideas', 2],
      ['comments', 1],
      [null, 1],
    ],
  );
  assert.deepEqual(report.kinds[0], {
    kind: 'report.kind.ideas',
    counts: { online: 2, event: 0, paper: 0, total: 2 },
    answered: 2,
    takenUp: 2,
  });
  assert.deepEqual(report.municipalities, [
    { name: 'Husum', count: 1 },
    { name: null, count: 3 },
  ]);
});
