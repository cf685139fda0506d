import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MATCH_END as E, MATCH_START as S, infixStems, markInfixMatches } from './search-highlight.js';

const cases: { text: string; stems: string[]; expected: string }[] = [
  { text: '516 Bodensensoren und 35 Kameras', stems: ['sensor'], expected: `516 ${S}Bodensensoren${E} und 35 Kameras` },
  { text: 'Parkraumsensorik an Orten', stems: ['sensor'], expected: `${S}Parkraumsensorik${E} an Orten` },
  { text: `Vier ${S}Sensoren${E} zählen`, stems: ['sensor'], expected: `Vier ${S}Sensoren${E} zählen` },
  { text: 'Sensor-Netz und Netzsensorik', stems: ['sensor', 'netz'], expected: `${S}Sensor-Netz${E} und ${S}Netzsensorik${E}` },
  { text: 'Keine Treffer hier', stems: ['sensor'], expected: 'Keine Treffer hier' },
  { text: 'SENSOREN GROSS', stems: ['sensor'], expected: `${S}SENSOREN${E} GROSS` },
  { text: 'a.b (c) [d]', stems: ['(c)'], expected: 'a.b (c) [d]' },
  { text: 'Egal', stems: [], expected: 'Egal' },
];
for (const c of cases)
  test(`marks ${JSON.stringify(c.stems)} in ${JSON.stringify(c.text)}`, () => assert.equal(markInfixMatches(c.text, c.stems), c.expected));

test('only stems of four letters or more take part', () => {
  assert.deepEqual(infixStems(['sensor', 'bau', 'rad', 'parkplatz', 'sensor', '2024', 'a-b']), ['sensor', 'parkplatz']);
});
