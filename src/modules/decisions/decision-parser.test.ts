import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseReference, parseDecisions, type DecisionBody, type ParsedDecision } from './decision-parser.js';

const bodies: DecisionBody[] = [
  { prefix: 'RV', name: 'Ratsversammlung' },
  { prefix: 'HA', name: 'Hauptausschuss' },
  { prefix: 'KT', name: 'Kreistag' },
  { prefix: 'SUPA', name: 'Ausschuss für Umwelt und Planung' },
];

const names: Record<string, string> = { RV: 'Ratsversammlung', HA: 'Hauptausschuss', KT: 'Kreistag' };

// A decision with a reference; body, name, number and year follow from the reference.
function ref(raw: string, reference: string, date: string | null, supplement: string | null = null): ParsedDecision {
  const [, body = '', number = '', year = ''] = /^(\w+)-(\d+)\/(\d+)$/.exec(reference) ?? [];
  return { raw, reference, body, bodyName: names[body] ?? null, number: Number(number), year: Number(year), supplement, date };
}

function loose(raw: string, date: string | null, body: string | null = null, supplement: string | null = null): ParsedDecision {
  return { raw, reference: null, body, bodyName: body ? (names[body] ?? null) : null, number: null, year: null, supplement, date };
}

const cases: { input: string; expected: ParsedDecision[] }[] = [
  {
    input:
      'RV-22/2021 vom 18.02.2021 ; HA-53/2021 vom 23.09.2021, RV-7/2022 vom 27.01.2022; RV-83/2023 vom 04.05.2023; HA 18-2023 vom 02.05.2023',
    expected: [
      ref('RV-22/2021 vom 18.02.2021', 'RV-22/2021', '2021-02-18'),
      ref('HA-53/2021 vom 23.09.2021', 'HA-53/2021', '2021-09-23'),
      ref('RV-7/2022 vom 27.01.2022', 'RV-7/2022', '2022-01-27'),
      ref('RV-83/2023 vom 04.05.2023', 'RV-83/2023', '2023-05-04'),
      ref('HA 18-2023 vom 02.05.2023', 'HA-18/2023', '2023-05-02'),
    ],
  },
  { input: 'HA 18-2023', expected: [ref('HA 18-2023', 'HA-18/2023', null)] },
  { input: 'KT 45/2022', expected: [ref('KT 45/2022', 'KT-45/2022', null)] },
  {
    input: 'HA-7/2025 2. Ergänzung vom 27.02.2025',
    expected: [ref('HA-7/2025 2. Ergänzung vom 27.02.2025', 'HA-7/2025', '2025-02-27', '2. Ergänzung')],
  },
  {
    input: 'KT-12/2025 vom 20.03.2025; HA-7/2025 2. Ergänzung vom 27.02.2025',
    expected: [
      ref('KT-12/2025 vom 20.03.2025', 'KT-12/2025', '2025-03-20'),
      ref('HA-7/2025 2. Ergänzung vom 27.02.2025', 'HA-7/2025', '2025-02-27', '2. Ergänzung'),
    ],
  },
  // A supplement counts only right after the reference and standing alone; elsewhere it is a title's word.
  { input: 'RV-22/2021 Änderung des B-Plans Nr. 5', expected: [ref('RV-22/2021 Änderung des B-Plans Nr. 5', 'RV-22/2021', null)] },
  {
    input: 'RV-22/2021 vom 18.02.2021 zur Änderung der Satzung',
    expected: [ref('RV-22/2021 vom 18.02.2021 zur Änderung der Satzung', 'RV-22/2021', '2021-02-18')],
  },
  { input: 'HA-7/2025 (1. Nachtrag)', expected: [ref('HA-7/2025 (1. Nachtrag)', 'HA-7/2025', null, '1. Nachtrag')] },
  { input: 'HA-7/2025 Neufassung', expected: [ref('HA-7/2025 Neufassung', 'HA-7/2025', null, 'Neufassung')] },
  {
    input: 'Beschluss der Ratsversammlung vom 12.05.2022',
    expected: [loose('Beschluss der Ratsversammlung vom 12.05.2022', '2022-05-12', 'RV')],
  },
  { input: 'noch kein Beschluss', expected: [] },
  { input: 'keiner', expected: [] },
  { input: 'Keine', expected: [] },
  { input: '-', expected: [] },
  { input: '–', expected: [] },
  { input: '', expected: [] },
  { input: '   \n ', expected: [] },
  { input: 'n/a', expected: [] },
  { input: 'Beschluss steht noch aus', expected: [] },
  { input: 'RV-22/2021', expected: [ref('RV-22/2021', 'RV-22/2021', null)] },
  { input: 'RV-22/21 vom 18.02.21', expected: [ref('RV-22/21 vom 18.02.21', 'RV-22/2021', '2021-02-18')] },
  { input: 'ha-18/2023 v. 2.5.2023', expected: [ref('ha-18/2023 v. 2.5.2023', 'HA-18/2023', '2023-05-02')] },
  { input: 'RV 007/2022 am 27.01.2022', expected: [ref('RV 007/2022 am 27.01.2022', 'RV-7/2022', '2022-01-27')] },
  { input: 'RV - 22 / 2021', expected: [ref('RV - 22 / 2021', 'RV-22/2021', null)] },
  {
    input: 'BUA-3/2024 vom 11.03.2024',
    expected: [
      {
        raw: 'BUA-3/2024 vom 11.03.2024',
        reference: 'BUA-3/2024',
        body: 'BUA',
        bodyName: null,
        number: 3,
        year: 2024,
        supplement: null,
        date: '2024-03-11',
      },
    ],
  },
  {
    input: 'RV-22/2021 und HA-53/2021 vom 23.09.2021',
    expected: [ref('RV-22/2021', 'RV-22/2021', null), ref('HA-53/2021 vom 23.09.2021', 'HA-53/2021', '2021-09-23')],
  },
  {
    input: 'RV-22/2021 vom 18.02.2021\nHA-53/2021 vom 23.09.2021',
    expected: [ref('RV-22/2021 vom 18.02.2021', 'RV-22/2021', '2021-02-18'), ref('HA-53/2021 vom 23.09.2021', 'HA-53/2021', '2021-09-23')],
  },
  {
    input: 'RV-22/2021 vom 18.02.2021 / HA-53/2021 vom 23.09.2021',
    expected: [ref('RV-22/2021 vom 18.02.2021', 'RV-22/2021', '2021-02-18'), ref('HA-53/2021 vom 23.09.2021', 'HA-53/2021', '2021-09-23')],
  },
  {
    input: 'RV-22/2021 vom 18.02.2021 HA-53/2021 vom 23.09.2021',
    expected: [ref('RV-22/2021 vom 18.02.2021', 'RV-22/2021', '2021-02-18'), ref('HA-53/2021 vom 23.09.2021', 'HA-53/2021', '2021-09-23')],
  },
  {
    input: 'RV-22/2021; HA-53/2021 vom 23.09.2021; RV-7/2022',
    expected: [
      ref('RV-22/2021', 'RV-22/2021', null),
      ref('HA-53/2021 vom 23.09.2021', 'HA-53/2021', '2021-09-23'),
      ref('RV-7/2022', 'RV-7/2022', null),
    ],
  },
  { input: 'HA-53/2021, vom 23.09.2021', expected: [ref('HA-53/2021, vom 23.09.2021', 'HA-53/2021', '2021-09-23')] },
  {
    input: 'HA-7/2025, 2. Ergänzung vom 27.02.2025',
    expected: [ref('HA-7/2025, 2. Ergänzung vom 27.02.2025', 'HA-7/2025', '2025-02-27', '2. Ergänzung')],
  },
  { input: 'am 02.05.2023: HA-18/2023', expected: [ref('am 02.05.2023: HA-18/2023', 'HA-18/2023', '2023-05-02')] },
  { input: 'HA-18/2023 (02.05.2023)', expected: [ref('HA-18/2023 (02.05.2023)', 'HA-18/2023', '2023-05-02')] },
  { input: 'VI-A-01083', expected: [loose('VI-A-01083', null)] },
  { input: '12/SVV/0539 vom 03.03.2021', expected: [loose('12/SVV/0539 vom 03.03.2021', '2021-03-03')] },
  { input: 'Drs. 0123/2021', expected: [loose('Drs. 0123/2021', null)] },
  {
    input: 'VI-A-01083; RV-22/2021 vom 18.02.2021',
    expected: [loose('VI-A-01083', null), ref('RV-22/2021 vom 18.02.2021', 'RV-22/2021', '2021-02-18')],
  },
  {
    input: 'Beschluss des Hauptausschusses am 02.05.2023',
    expected: [loose('Beschluss des Hauptausschusses am 02.05.2023', '2023-05-02', 'HA')],
  },
  { input: 'Grundsatzbeschluss des Kreistages', expected: [loose('Grundsatzbeschluss des Kreistages', null, 'KT')] },
  { input: 'Beschluss im HA vom 02.05.2023', expected: [loose('Beschluss im HA vom 02.05.2023', '2023-05-02', 'HA')] },
  {
    input: 'Beschluss des Ausschusses für Umwelt und Planung vom 04.04.2024',
    expected: [
      {
        raw: 'Beschluss des Ausschusses für Umwelt und Planung vom 04.04.2024',
        reference: null,
        body: null,
        bodyName: null,
        number: null,
        year: null,
        supplement: null,
        date: '2024-04-04',
      },
    ],
  },
  {
    input: 'Beschluss: Ausschuss für Umwelt und Planung, 04.04.2024',
    expected: [
      {
        raw: 'Beschluss: Ausschuss für Umwelt und Planung, 04.04.2024',
        reference: null,
        body: 'SUPA',
        bodyName: 'Ausschuss für Umwelt und Planung',
        number: null,
        year: null,
        supplement: null,
        date: '2024-04-04',
      },
    ],
  },
  {
    input: 'Beschluss des Haupt- und Finanzausschusses vom 01.02.2024',
    expected: [loose('Beschluss des Haupt- und Finanzausschusses vom 01.02.2024', '2024-02-01')],
  },
  { input: 'HA-18/2023, 02.05.2023', expected: [ref('HA-18/2023, 02.05.2023', 'HA-18/2023', '2023-05-02')] },
  {
    input: 'RV-22/2021 vom 18.02.2021, 19.02.2021',
    expected: [ref('RV-22/2021 vom 18.02.2021', 'RV-22/2021', '2021-02-18'), loose('19.02.2021', '2021-02-19')],
  },
  {
    input: 'Beschluss der Ratsversammlung vom 12.05.2022 und des Hauptausschusses vom 02.05.2023',
    expected: [
      loose('Beschluss der Ratsversammlung vom 12.05.2022', '2022-05-12', 'RV'),
      loose('des Hauptausschusses vom 02.05.2023', '2023-05-02', 'HA'),
    ],
  },
  {
    input: 'Ratsversammlung 12.05.2022 und Kreistag 14.12.2023',
    expected: [loose('Ratsversammlung 12.05.2022', '2022-05-12', 'RV'), loose('Kreistag 14.12.2023', '2023-12-14', 'KT')],
  },
  { input: 'RV-22/2021 vom 18.02.2021, TOP 5', expected: [ref('RV-22/2021 vom 18.02.2021', 'RV-22/2021', '2021-02-18')] },
  { input: 'Beschluss vom 18. Februar 2021', expected: [loose('Beschluss vom 18. Februar 2021', '2021-02-18')] },
  { input: 'Vorlage 12/2021 vom 2.3.2021', expected: [loose('Vorlage 12/2021 vom 2.3.2021', '2021-03-02')] },
  {
    input: 'RV-22/2021 vom 18.02.2021 sowie HA-53/2021 1. Nachtrag vom 23.09.2021',
    expected: [
      ref('RV-22/2021 vom 18.02.2021', 'RV-22/2021', '2021-02-18'),
      ref('HA-53/2021 1. Nachtrag vom 23.09.2021', 'HA-53/2021', '2021-09-23', '1. Nachtrag'),
    ],
  },
  {
    input: 'Sitzung 01.03.2021: RV-22/2021 vom 18.02.2021',
    expected: [ref('Sitzung 01.03.2021: RV-22/2021 vom 18.02.2021', 'RV-22/2021', '2021-02-18')],
  },
];

for (const { input, expected } of cases) {
  test(`parseDecisions(${JSON.stringify(input)})`, () => {
    assert.deepEqual(parseDecisions(input, bodies), expected);
  });
}

const referenceCases: { input: string; expected: string | null }[] = [
  { input: 'HA 18-2023', expected: 'HA-18/2023' },
  { input: 'KT 45/2022', expected: 'KT-45/2022' },
  { input: 'RV-22/2021', expected: 'RV-22/2021' },
  { input: ' rv-22/21 ', expected: 'RV-22/2021' },
  { input: 'HA18/2023', expected: 'HA-18/2023' },
  { input: 'HA – 18 / 2023', expected: 'HA-18/2023' },
  { input: 'RV-007/2022', expected: 'RV-7/2022' },
  { input: 'VI-A-01083', expected: null },
  { input: '12/SVV/0539', expected: null },
  { input: 'HA-18/2023 vom 02.05.2023', expected: null },
  { input: 'Hauptausschuss 18/2023', expected: null },
  { input: '', expected: null },
];

for (const { input, expected } of referenceCases) {
  test(`normaliseReference(${JSON.stringify(input)})`, () => {
    assert.equal(normaliseReference(input), expected);
  });
}
