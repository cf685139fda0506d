import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseParticipation, type ParsedParticipation } from './participation.js';

const p = (text: string, formal: boolean, informal: boolean): ParsedParticipation => ({ formal, informal, text });

const keineBegruendung =
  'Keine Beteiligung vorgesehen. Begründung: technische Infrastruktur ohne direkte Auswirkungen auf Einwohner*innen.';
const sampleInformal =
  'Informelle Beteiligung\nDie finalen Inhalte der Digitalisierungsstrategie werden durch breite Beteiligungsprozesse und abschließende politische Befassung in den drei Gebietskörperschaften legitimiert.';

const cases: { input: string; expected: ParsedParticipation }[] = [
  { input: 'Informelle Beteiligung', expected: p('Informelle Beteiligung', false, true) },
  { input: 'Formelle und informelle Beteiligung', expected: p('Formelle und informelle Beteiligung', true, true) },
  {
    input: 'formell nach § 3 BauGB; zusätzlich informelle Workshops',
    expected: p('formell nach § 3 BauGB; zusätzlich informelle Workshops', true, true),
  },
  { input: 'Keine', expected: p('Keine', false, false) },
  { input: keineBegruendung, expected: p(keineBegruendung, false, false) },
  {
    input: 'keine formelle Beteiligung, aber informelle Workshops',
    expected: p('keine formelle Beteiligung, aber informelle Workshops', false, true),
  },
  { input: 'Bürgerbeteiligung nach BauGB', expected: p('Bürgerbeteiligung nach BauGB', true, false) },
  { input: 'Beteiligung nach § 3 Abs. 1 BauGB', expected: p('Beteiligung nach § 3 Abs. 1 BauGB', true, false) },
  { input: 'Planfeststellungsverfahren mit Anhörung', expected: p('Planfeststellungsverfahren mit Anhörung', true, false) },
  { input: 'im Rahmen der Bauleitplanung', expected: p('im Rahmen der Bauleitplanung', true, false) },
  { input: 'Formelle Beteiligung', expected: p('Formelle Beteiligung', true, false) },
  { input: '  Informelle Beteiligung (Infostände vor Ort)  ', expected: p('Informelle Beteiligung (Infostände vor Ort)', false, true) },
  { input: sampleInformal, expected: p(sampleInformal, false, true) },
  {
    input: 'Informelle Beteiligung: Workshops mit Vereinen, Volkshochschulen und Ehrenamtlichen',
    expected: p('Informelle Beteiligung: Workshops mit Vereinen, Volkshochschulen und Ehrenamtlichen', false, true),
  },
  { input: 'Formell: nein; informell: ja', expected: p('Formell: nein; informell: ja', false, true) },
  { input: 'Formell: ja, Informell: nein', expected: p('Formell: ja, Informell: nein', true, false) },
  {
    input: 'Eine formelle Beteiligung ist nicht erforderlich.',
    expected: p('Eine formelle Beteiligung ist nicht erforderlich.', false, false),
  },
  { input: 'weder formelle noch informelle Beteiligung', expected: p('weder formelle noch informelle Beteiligung', false, false) },
  {
    input: 'Informelle Beteiligung nicht nur online, sondern auch vor Ort',
    expected: p('Informelle Beteiligung nicht nur online, sondern auch vor Ort', false, true),
  },
  { input: 'Keine Beteiligung nach BauGB erforderlich', expected: p('Keine Beteiligung nach BauGB erforderlich', false, false) },
  {
    input: 'Keine Beteiligung, da Umfrage bereits 2022 erfolgt',
    expected: p('Keine Beteiligung, da Umfrage bereits 2022 erfolgt', false, false),
  },
  { input: 'Online-Umfrage und Workshops im Quartier', expected: p('Online-Umfrage und Workshops im Quartier', false, true) },
  { input: 'formal and informal participation', expected: p('formal and informal participation', true, true) },
  { input: 'informal participation only', expected: p('informal participation only', false, true) },
  { input: 'no formal participation; informal workshops', expected: p('no formal participation; informal workshops', false, true) },
  { input: 'Formel og uformel borgerinddragelse', expected: p('Formel og uformel borgerinddragelse', true, true) },
  { input: 'Uformel inddragelse', expected: p('Uformel inddragelse', false, true) },
  { input: 'Ingen', expected: p('Ingen', false, false) },
  {
    input: 'Öffentliche Auslegung des Bebauungsplans, dazu eine Zukunftswerkstatt',
    expected: p('Öffentliche Auslegung des Bebauungsplans, dazu eine Zukunftswerkstatt', true, true),
  },
  {
    input: 'Beteiligung nach § 47f GO (Kinder und Jugendliche)',
    expected: p('Beteiligung nach § 47f GO (Kinder und Jugendliche)', true, false),
  },
  { input: 'noch offen', expected: p('noch offen', false, false) },
  { input: '', expected: p('', false, false) },
  { input: '-', expected: p('-', false, false) },
];

for (const { input, expected } of cases) {
  test(`parseParticipation(${JSON.stringify(input)})`, () => {
    assert.deepEqual(parseParticipation(input), expected);
  });
}
