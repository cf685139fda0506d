import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseDecimal } from './decimal.js';

test('parseDecimal reads German and Danish notation on their pages', () => {
  const cases: [string, number | null][] = [
    ['2,5', 2.5],
    ['1.234,5', 1234.5],
    ['1.234', 1234],
    ['516', 516],
    ['0,25', 0.25],
    ['12.345.678,9', 12_345_678.9],
    [' 7 ', 7],
    ['2.5', null],
    ['1,234.5', null],
    ['1.23', null],
    ['0.234', null],
    ['2,', null],
    [',5', null],
    ['1,2,3', null],
    ['-1', null],
    ['abc', null],
    ['', null],
  ];
  for (const locale of ['de', 'da'] as const)
    for (const [text, expected] of cases) assert.equal(parseDecimal(text, locale), expected, `${locale} ${text}`);
});

test('parseDecimal reads English notation on English pages', () => {
  const cases: [string, number | null][] = [
    ['2.5', 2.5],
    ['1,234.5', 1234.5],
    ['1,234', 1234],
    ['516', 516],
    ['0.25', 0.25],
    ['2,5', null],
    ['1.234,5', null],
    ['1,23', null],
    ['2.', null],
    ['1.2.3', null],
  ];
  for (const [text, expected] of cases) assert.equal(parseDecimal(text, 'en'), expected, text);
});

test('parseDecimal reads back what Intl writes', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 1e9 }),
      fc.integer({ min: 0, max: 3 }),
      fc.constantFrom('de', 'da', 'en'),
      (n, digits, locale) => {
        const value = n / 10 ** digits;
        const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(value);
        assert.equal(parseDecimal(text, locale), value, text);
      },
    ),
  );
});
