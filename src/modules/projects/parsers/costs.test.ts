import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCosts, type ParsedCosts } from './costs.js';

const euro = (text: string, amountCents: number | null, approximate = false): ParsedCosts => ({
  text,
  amountCents,
  currency: 'EUR',
  approximate,
});

const cases: { input: string; expected: ParsedCosts }[] = [
  // From the sample register.
  { input: '17.5 Mio (Bundesförderung)', expected: euro('17.5 Mio (Bundesförderung)', 1_750_000_000) },
  { input: 'ca. 1,2 Mio. €', expected: euro('ca. 1,2 Mio. €', 120_000_000, true) },
  { input: 'rund 850.000 Euro', expected: euro('rund 850.000 Euro', 85_000_000, true) },
  { input: 'nicht bezifferbar', expected: euro('nicht bezifferbar', null) },
  { input: '250.000 €', expected: euro('250.000 €', 25_000_000) },
  { input: '1.250.000 €', expected: euro('1.250.000 €', 125_000_000) },
  // German notations.
  { input: '17.5 Mio', expected: euro('17.5 Mio', 1_750_000_000) },
  { input: '17,2 Mio. €', expected: euro('17,2 Mio. €', 1_720_000_000) },
  { input: 'EUR 45.000,00', expected: euro('EUR 45.000,00', 4_500_000) },
  { input: '450 T€', expected: euro('450 T€', 45_000_000) },
  { input: '1.250 T€', expected: euro('1.250 T€', 125_000_000) },
  { input: '0,5 Mio €', expected: euro('0,5 Mio €', 50_000_000) },
  { input: '45.000,50 €', expected: euro('45.000,50 €', 4_500_050) },
  { input: '1.250 €', expected: euro('1.250 €', 125_000) },
  { input: '12.345.678,90', expected: euro('12.345.678,90', 1_234_567_890) },
  { input: '12.345.678,90 €', expected: euro('12.345.678,90 €', 1_234_567_890) },
  { input: '450 Tsd. €', expected: euro('450 Tsd. €', 45_000_000) },
  { input: '450 TEUR', expected: euro('450 TEUR', 45_000_000) },
  { input: '2 Mrd. €', expected: euro('2 Mrd. €', 200_000_000_000) },
  { input: '1,5 Milliarden Euro', expected: euro('1,5 Milliarden Euro', 150_000_000_000) },
  { input: '3 Millionen Euro', expected: euro('3 Millionen Euro', 300_000_000) },
  { input: '1 250 000 €', expected: euro('1 250 000 €', 125_000_000) },
  { input: '1\u202f250\u202f000,50 €', expected: euro('1\u202f250\u202f000,50 €', 125_000_050) },
  { input: '€ 99,99', expected: euro('€ 99,99', 9_999) },
  { input: '250.000,- €', expected: euro('250.000,- €', 25_000_000) },
  { input: '250.000,-- EUR', expected: euro('250.000,-- EUR', 25_000_000) },
  { input: '1,5 €', expected: euro('1,5 €', 150) },
  // English notations.
  { input: '1,250,000 EUR', expected: euro('1,250,000 EUR', 125_000_000) },
  { input: '€2.5m', expected: euro('€2.5m', 250_000_000) },
  { input: '2.5 million euros', expected: euro('2.5 million euros', 250_000_000) },
  { input: 'EUR 3.5 bn', expected: euro('EUR 3.5 bn', 350_000_000_000) },
  { input: 'EUR3.5bn', expected: euro('EUR3.5bn', 350_000_000_000) },
  { input: '€250k', expected: euro('€250k', 25_000_000) },
  { input: '1,250,000.75 EUR', expected: euro('1,250,000.75 EUR', 125_000_075) },
  // Approximations.
  { input: 'etwa 300.000 €', expected: euro('etwa 300.000 €', 30_000_000, true) },
  { input: 'circa 2 Mio. €', expected: euro('circa 2 Mio. €', 200_000_000, true) },
  { input: 'ungefähr 40.000 Euro', expected: euro('ungefähr 40.000 Euro', 4_000_000, true) },
  { input: 'approx. EUR 1.2m', expected: euro('approx. EUR 1.2m', 120_000_000, true) },
  { input: 'about €2.5m', expected: euro('about €2.5m', 250_000_000, true) },
  { input: '~ 500.000 €', expected: euro('~ 500.000 €', 50_000_000, true) },
  { input: '~500.000 €', expected: euro('~500.000 €', 50_000_000, true) },
  { input: 'ca.1,2 Mio. €', expected: euro('ca.1,2 Mio. €', 120_000_000, true) },
  { input: '800.000 € (geschätzt)', expected: euro('800.000 € (geschätzt)', 80_000_000, true) },
  { input: '1,2 – 1,5 Mio. €', expected: euro('1,2 – 1,5 Mio. €', 120_000_000, true) },
  // Several numbers: the first euro amount wins, percentages and years do not count.
  { input: '250.000 € (davon 65 % Bund)', expected: euro('250.000 € (davon 65 % Bund)', 25_000_000) },
  { input: '2024: 300.000 €', expected: euro('2024: 300.000 €', 30_000_000) },
  { input: '65 % von 1 Mio €', expected: euro('65 % von 1 Mio €', 100_000_000) },
  { input: 'ca. 65 % von 1 Mio €', expected: euro('ca. 65 % von 1 Mio €', 100_000_000) },
  { input: '2024-2026: ca. 300.000 € jährlich', expected: euro('2024-2026: ca. 300.000 € jährlich', 30_000_000, true) },
  { input: 'Stand 01.01.2024: 300.000 €', expected: euro('Stand 01.01.2024: 300.000 €', 30_000_000) },
  {
    input: 'Phase 2 ab 2025: 1,1 Mio €, Phase 3: 0,4 Mio €',
    expected: euro('Phase 2 ab 2025: 1,1 Mio €, Phase 3: 0,4 Mio €', 110_000_000),
  },
  { input: '2,5 mio. kr. (ca. 335.000 €)', expected: euro('2,5 mio. kr. (ca. 335.000 €)', 33_500_000, true) },
  { input: '516 Sensoren, 120.000 €', expected: euro('516 Sensoren, 120.000 €', 12_000_000) },
  // Bare numbers only when they are the whole text.
  { input: '250000', expected: euro('250000', 25_000_000) },
  { input: ' 250.000 ', expected: euro('250.000', 25_000_000) },
  { input: 'Phase 2', expected: euro('Phase 2', null) },
  { input: 'Umsetzung 2025', expected: euro('Umsetzung 2025', null) },
  { input: '65 %', expected: euro('65 %', null) },
  { input: '2,5 m Breite', expected: euro('2,5 m Breite', null) },
  // No amount.
  { input: 'noch offen', expected: euro('noch offen', null) },
  { input: '', expected: euro('', null) },
  { input: '   ', expected: euro('', null) },
  { input: 'ca. noch offen', expected: euro('ca. noch offen', null) },
  { input: 'DKK 500.000', expected: euro('DKK 500.000', null) },
  // Rounding to whole cents, half up.
  { input: '0,005 €', expected: euro('0,005 €', 1) },
  { input: '1,2345 €', expected: euro('1,2345 €', 123) },
  { input: '1,2355 €', expected: euro('1,2355 €', 124) },
  { input: '1,2345678 Mio €', expected: euro('1,2345678 Mio €', 123_456_780) },
];

for (const { input, expected } of cases) {
  test(`parseCosts(${JSON.stringify(input)})`, () => {
    assert.deepEqual(parseCosts(input), expected);
  });
}
