import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchMunicipalities, type MunicipalityMatch, type MunicipalityName } from './municipality-matcher.js';

const municipalities: MunicipalityName[] = [
  { slug: 'flensburg', name: 'Stadt Flensburg', aliases: ['Flensburg', 'Flensborg'] },
  { slug: 'schleswig-flensburg', name: 'Kreis Schleswig-Flensburg', aliases: ['Schleswig-Flensburg', 'SL-FL'] },
  { slug: 'nordfriesland', name: 'Kreis Nordfriesland', aliases: ['Nordfriesland', 'NF'] },
];

const m = (slugs: string[], unknown: string[] = []): MunicipalityMatch => ({ slugs, unknown });

const cases: { input: string; expected: MunicipalityMatch }[] = [
  {
    input: 'Stadt Flensburg, Kreis Schleswig-Flensburg, Kreis Nordfriesland',
    expected: m(['flensburg', 'schleswig-flensburg', 'nordfriesland']),
  },
  { input: 'Kreis Nordfriesland, Stadt Flensburg', expected: m(['nordfriesland', 'flensburg']) },
  { input: 'Stadt Flensburg', expected: m(['flensburg']) },
  { input: 'Flensburg', expected: m(['flensburg']) },
  { input: 'Flensborg', expected: m(['flensburg']) },
  { input: 'flensburg', expected: m(['flensburg']) },
  { input: 'STADT FLENSBURG', expected: m(['flensburg']) },
  { input: 'Hansestadt Flensburg', expected: m(['flensburg']) },
  { input: '  Stadt   Flensburg  ', expected: m(['flensburg']) },
  { input: 'Schleswig-Flensburg', expected: m(['schleswig-flensburg']) },
  { input: 'Kreis Schleswig-Flensburg', expected: m(['schleswig-flensburg']) },
  { input: 'Landkreis Schleswig - Flensburg', expected: m(['schleswig-flensburg']) },
  { input: 'SL-FL', expected: m(['schleswig-flensburg']) },
  { input: 'NF', expected: m(['nordfriesland']) },
  { input: 'Kreis Nordfriesland', expected: m(['nordfriesland']) },
  { input: 'Flensburg und Nordfriesland', expected: m(['flensburg', 'nordfriesland']) },
  { input: 'Flensburg and Nordfriesland', expected: m(['flensburg', 'nordfriesland']) },
  { input: 'Flensburg & Nordfriesland', expected: m(['flensburg', 'nordfriesland']) },
  { input: 'Flensburg/Nordfriesland', expected: m(['flensburg', 'nordfriesland']) },
  { input: 'Flensburg; Schleswig-Flensburg', expected: m(['flensburg', 'schleswig-flensburg']) },
  { input: 'Stadt Flensburg\nKreis Nordfriesland\n', expected: m(['flensburg', 'nordfriesland']) },
  { input: 'Flensburg, Stadt Flensburg, Flensborg', expected: m(['flensburg']) },
  { input: 'Kreise Schleswig-Flensburg und Nordfriesland', expected: m(['schleswig-flensburg', 'nordfriesland']) },
  { input: 'der Kreis Nordfriesland', expected: m(['nordfriesland']) },
  { input: 'Flensborg Kommune', expected: m(['flensburg']) },
  { input: 'Stadt Flensburg, Kreis Rendsburg-Eckernförde', expected: m(['flensburg'], ['Kreis Rendsburg-Eckernförde']) },
  { input: 'Kiel, Lübeck', expected: m([], ['Kiel', 'Lübeck']) },
  { input: 'Flensburger Förde', expected: m([], ['Flensburger Förde']) },
  { input: 'Schleswig', expected: m([], ['Schleswig']) },
  { input: 'Kiel, Kiel', expected: m([], ['Kiel']) },
  { input: 'Stadt', expected: m([], ['Stadt']) },
  { input: 'alle Verbundkommunen', expected: m([], ['alle Verbundkommunen']) },
  { input: '', expected: m([]) },
  { input: ' , ; ', expected: m([]) },
];

for (const { input, expected } of cases) {
  test(`matchMunicipalities(${JSON.stringify(input)})`, () => {
    assert.deepEqual(matchMunicipalities(input, municipalities), expected);
  });
}

test('an empty configuration matches nothing', () => {
  assert.deepEqual(matchMunicipalities('Flensburg', []), m([], ['Flensburg']));
});
