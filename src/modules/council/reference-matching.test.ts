import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDecisions } from '../decisions/index.js';
import {
  decisionKey,
  defaultPattern,
  matchDecisions,
  normaliseSupplement,
  paperKey,
  type DecisionForMatching,
  type PaperForMatching,
  validPattern,
} from './reference-matching.js';

const flensburgBodies = [
  { prefix: 'RV', name: 'Ratsversammlung' },
  { prefix: 'HA', name: 'Hauptausschuss' },
  { prefix: 'FA', name: 'Finanzausschuss' },
];

/** A decision as the parser reads it from the typed text, the way a Vorhaben stores it. */
function decision(id: number, text: string, bodies = flensburgBodies): DecisionForMatching {
  const [parsed] = parseDecisions(text, bodies);
  assert.ok(parsed, `the parser reads "${text}"`);
  return { id, ...parsed };
}

const flensburgPapers: PaperForMatching[] = [
  { id: 1, reference: 'RV-22/2021' },
  { id: 2, reference: 'HA-18/2023' },
  { id: 3, reference: 'FA-10/2023' },
  { id: 4, reference: 'FA-10/2023 1. Ergänzung' },
  { id: 5, reference: 'RV-7/2022' },
  { id: 6, reference: 'HA-53/2021' },
  { id: 7, reference: 'RV 83/2023' },
];

const huertgenwaldPapers: PaperForMatching[] = [
  { id: 11, reference: '30/2015' },
  { id: 12, reference: '27/2019' },
  { id: 13, reference: '27/2019 1. Ergänzung' },
  { id: 14, reference: '27/2019 2. Ergänzung' },
  { id: 15, reference: '102/2002' },
];

const flensburg = { pattern: '{body}-{number}/{year}', bodyPrefixes: ['RV', 'HA', 'FA'] };
const huertgenwald = { pattern: '{number}/{year}', bodyPrefixes: [] };

const cases: { name: string; text: string; papers: PaperForMatching[]; settings: typeof flensburg; expected: number | string }[] = [
  { name: 'Flensburg, council', text: 'RV-22/2021 vom 18.02.2021', papers: flensburgPapers, settings: flensburg, expected: 1 },
  { name: 'Flensburg, typed with blanks', text: 'HA 18-2023 vom 02.05.2023', papers: flensburgPapers, settings: flensburg, expected: 2 },
  { name: 'Flensburg, lower case', text: 'ha-18/2023', papers: flensburgPapers, settings: flensburg, expected: 2 },
  { name: 'Flensburg, the original paper', text: 'FA-10/2023', papers: flensburgPapers, settings: flensburg, expected: 3 },
  {
    name: 'Flensburg, the supplement',
    text: 'FA-10/2023 1. Ergänzung vom 12.06.2023',
    papers: flensburgPapers,
    settings: flensburg,
    expected: 4,
  },
  { name: 'Flensburg, two-digit year, leading zero', text: 'RV 007/22', papers: flensburgPapers, settings: flensburg, expected: 5 },
  { name: 'Flensburg, paper typed with a blank', text: 'RV-83/2023', papers: flensburgPapers, settings: flensburg, expected: 7 },
  { name: 'Flensburg, number of another body', text: 'HA-22/2021', papers: flensburgPapers, settings: flensburg, expected: 'no_paper' },
  { name: 'Flensburg, another year', text: 'RV-22/2020', papers: flensburgPapers, settings: flensburg, expected: 'no_paper' },
  {
    name: 'Flensburg, a supplement not synced',
    text: 'HA-18/2023 2. Ergänzung',
    papers: flensburgPapers,
    settings: flensburg,
    expected: 'no_paper',
  },
  { name: 'Flensburg, a district decision', text: 'KT-45/2022', papers: flensburgPapers, settings: flensburg, expected: 'other_body' },
  {
    name: 'Flensburg, no reference typed',
    text: 'Beschluss der Ratsversammlung vom 12.05.2022',
    papers: flensburgPapers,
    settings: flensburg,
    expected: 'no_reference',
  },
  { name: 'Hürtgenwald, number and year', text: '30/2015', papers: huertgenwaldPapers, settings: huertgenwald, expected: 11 },
  {
    name: 'Hürtgenwald, in running text',
    text: 'Ratsbeschluss 30/2015 vom 05.05.2015',
    papers: huertgenwaldPapers,
    settings: huertgenwald,
    expected: 11,
  },
  {
    name: 'Hürtgenwald, original of a paper with supplements',
    text: '27/2019',
    papers: huertgenwaldPapers,
    settings: huertgenwald,
    expected: 12,
  },
  {
    name: 'Hürtgenwald, second supplement',
    text: '27/2019 2. Ergänzung',
    papers: huertgenwaldPapers,
    settings: huertgenwald,
    expected: 14,
  },
  { name: 'Hürtgenwald, two-digit year', text: '30/15', papers: huertgenwaldPapers, settings: huertgenwald, expected: 11 },
  { name: 'Hürtgenwald, unknown number', text: '31/2015', papers: huertgenwaldPapers, settings: huertgenwald, expected: 'no_paper' },
  {
    name: 'Hürtgenwald, a date is no reference',
    text: 'Beschluss vom 05.05.2015',
    papers: huertgenwaldPapers,
    settings: huertgenwald,
    expected: 'no_reference',
  },
  {
    name: 'ALLRIS scheme with leading zeros',
    text: 'VO/2021/123',
    papers: [{ id: 21, reference: 'VO/2021/0123' }],
    settings: { pattern: 'VO/{year}/{number}', bodyPrefixes: [] },
    expected: 21,
  },
  {
    name: 'no body in the scheme: the reference of a district is another council',
    text: 'KT-45/2022',
    papers: [{ id: 31, reference: '45/2022' }],
    settings: huertgenwald,
    expected: 'other_body',
  },
  {
    name: 'a supplement word that begins the title is no supplement',
    text: 'RV-22/2021 Änderung des B-Plans Nr. 5',
    papers: flensburgPapers,
    settings: flensburg,
    expected: 1,
  },
  {
    name: 'a supplement in brackets',
    text: 'FA-10/2023 (1. Ergänzung)',
    papers: flensburgPapers,
    settings: flensburg,
    expected: 4,
  },
  {
    name: 'a typed text without reference: a title word is no supplement',
    text: 'Ratsbeschluss 27/2019 Änderung der Satzung',
    papers: huertgenwaldPapers,
    settings: huertgenwald,
    expected: 12,
  },
  {
    name: 'two papers with one reference match neither',
    text: '30/2015',
    papers: [...huertgenwaldPapers, { id: 16, reference: '30/2015' }],
    settings: huertgenwald,
    expected: 'ambiguous',
  },
];

for (const c of cases) {
  test(`matchDecisions: ${c.name} ("${c.text}")`, () => {
    const [outcome] = matchDecisions([decision(1000, c.text, c.settings === flensburg ? flensburgBodies : [])], c.papers, c.settings);
    if (typeof c.expected === 'number') assert.deepEqual(outcome, { decisionId: 1000, paperId: c.expected, reason: 'matched' });
    else assert.deepEqual(outcome, { decisionId: 1000, paperId: null, reason: c.expected });
  });
}

test('paper references are read whole; a reference in another scheme gives no key', () => {
  assert.deepEqual(paperKey('FA-10/2023 1. Ergänzung', '{body}-{number}/{year}'), {
    body: 'FA',
    number: 10,
    year: 2023,
    supplement: '1 ergänzung',
  });
  assert.deepEqual(paperKey(' 27/2019 3. Ergänzung ', '{number}/{year}'), {
    body: null,
    number: 27,
    year: 2019,
    supplement: '3 ergänzung',
  });
  assert.equal(paperKey('Drucksache 12', '{number}/{year}'), null);
  assert.equal(paperKey('30/20151', '{number}/{year}'), null);
});

test('a decision without year cannot match a scheme with year', () => {
  assert.equal(
    decisionKey({ raw: 'RV-22', reference: 'RV-22', body: 'RV', number: 22, year: null, supplement: null }, '{body}-{number}/{year}'),
    null,
  );
});

test('supplements are compared by their number and kind', () => {
  assert.equal(normaliseSupplement('1. Ergänzung'), '1 ergänzung');
  assert.equal(normaliseSupplement('1.Ergänzung'), '1 ergänzung');
  assert.equal(normaliseSupplement('2. Erg.'), '2 ergänzung');
  assert.equal(normaliseSupplement('Ergänzungsvorlage'), 'ergänzung');
  assert.equal(normaliseSupplement('Nachtrag'), 'nachtrag');
  assert.equal(normaliseSupplement(null), null);
  assert.equal(normaliseSupplement('vom 12.05.2022'), null);
  assert.equal(normaliseSupplement(' 1. Ergänzung vom 12.06.2023'), '1 ergänzung');
  assert.equal(normaliseSupplement(', 2. Nachtrag'), '2 nachtrag');
  assert.equal(normaliseSupplement(' Änderung des B-Plans Nr. 5'), null);
  assert.equal(normaliseSupplement(' zur 1. Ergänzung'), null);
});

test('patterns must name the number, each placeholder once, nothing else', () => {
  assert.ok(validPattern('{body}-{number}/{year}'));
  assert.ok(validPattern('{number}/{year}'));
  assert.ok(validPattern('VO/{year}/{number}'));
  assert.ok(!validPattern('{body}/{year}'));
  assert.ok(!validPattern('{number}/{number}'));
  assert.ok(!validPattern('{nummer}/{year}'));
  assert.equal(defaultPattern(['RV']), '{body}-{number}/{year}');
  assert.equal(defaultPattern([]), '{number}/{year}');
});

test('long runs of blanks in references and texts are read at once (no backtracking)', () => {
  const blanks = ' '.repeat(80_000);
  assert.equal(paperKey(`${blanks}x`, '{body} - {number} / {year}'), null);
  assert.equal(paperKey(`RV${' '.repeat(500)}-${' '.repeat(500)}22 /2021`, '{body} - {number} / {year}')?.number, 22);
  const raw = `Beschluss${blanks}RV${blanks}x`;
  assert.equal(
    decisionKey({ raw, reference: null, body: null, number: null, year: null, supplement: null }, '{body} - {number} / {year}'),
    null,
  );
  assert.deepEqual(
    matchDecisions(
      [{ id: 1, raw: '30 / 2015', reference: null, body: null, number: null, year: null, supplement: null }],
      [
        { id: 11, reference: `30${' '.repeat(500)}/2015` },
        { id: 12, reference: `${' '.repeat(500)}x` },
      ],
      { pattern: '{number} / {year}', bodyPrefixes: [] },
    ),
    [{ decisionId: 1, paperId: 11, reason: 'matched' }],
  );
  assert.equal(normaliseSupplement(`${blanks}1. Ergänzung`), '1 ergänzung');
});
