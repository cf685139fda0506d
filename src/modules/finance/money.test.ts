import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { formatEuro } from '../../lib/format.js';
import { locales } from '../../lib/localized.js';
import { allocate, bpToPercent, centsToDecimal, parseEuro, splitFunding, sumCents } from './money.js';

const cents = fc.integer({ min: -1e13, max: 1e13 });
const weights = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 });

test('allocate: the parts always add up to the total, whatever the weights', () => {
  fc.assert(
    fc.property(cents, weights, (total, w) => {
      const parts = allocate(total, w);
      assert.equal(parts.length, w.length);
      assert.equal(sumCents(parts), total);
      for (const p of parts) assert.ok(Number.isSafeInteger(p));
    }),
  );
});

test('allocate: every part is within one cent of its exact share, and zero weights get nothing', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 1e12 }), weights, (total, w) => {
      const sum = w.reduce((a, b) => a + b, 0);
      const parts = allocate(total, w);
      parts.forEach((p, i) => {
        const exact = sum === 0 ? total / w.length : (total * w[i]!) / sum;
        assert.ok(Math.abs(p - exact) < 1 + 1e-6, `part ${i}: ${p} vs ${exact}`);
        if (sum > 0 && w[i] === 0) assert.equal(p, 0);
      });
    }),
  );
});

test('splitFunding: federal share and own contribution add up at 65 % and 90 % and any rate', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 1e13 }),
      fc.oneof(fc.constant(6500), fc.constant(9000), fc.integer({ min: 0, max: 10_000 })),
      (total, rate) => {
        const { federal, own } = splitFunding(total, rate);
        assert.equal(federal + own, total);
        assert.ok(Math.abs(federal - (total * rate) / 10_000) <= 1);
      },
    ),
  );
  assert.deepEqual(splitFunding(100, 6500), { federal: 65, own: 35 });
  assert.deepEqual(splitFunding(1, 6500), { federal: 1, own: 0 }, 'the larger remainder gets the cent');
  assert.deepEqual(allocate(100, [1, 1, 1]), [34, 33, 33], 'ties go to the earlier part');
  assert.deepEqual(allocate(-100, [1, 1, 1]), [-34, -33, -33]);
  assert.deepEqual(allocate(10, [0, 0]), [5, 5]);
});

test('sumCents refuses to lose precision', () => {
  assert.throws(() => sumCents([Number.MAX_SAFE_INTEGER, 1]), RangeError);
});

test('parseEuro reads amounts as people type them, and nothing else', () => {
  const cases: [string, number | null][] = [
    ['12.345,67', 1_234_567],
    ['12345,67', 1_234_567],
    ['12,345.67', 1_234_567],
    ['12345.67', 1_234_567],
    ['1.000', 100_000],
    ['1,000,000', 100_000_000],
    ['500 €', 50_000],
    ['€ 0,5', 50],
    ['17.500.000', 1_750_000_000],
    ['0', 0],
    ['abc', null],
    ['-5', null],
    ['1.2.3,4,5', null],
    ['12,3456', null],
    ['', null],
    ['1.00.000', null],
    ['0,5', 50],
    ['0.05', 5],
    ['1.234.567,89', 123_456_789],
    ['1,234,567.89', 123_456_789],
    ['999.999', 99_999_900],
    // Malformed groupings are refused, not read as something else.
    ['0,001', null],
    ['0.001', null],
    ['0.001,50', null],
    ['01.000', null],
    ['00,000', null],
    ['1.2345', null],
    ['12.34.567', null],
    ['1.000.00', null],
    ['1234.567,5', null],
    ['1,', null],
    ['1.000,', null],
    [',5', null],
    ['1,,5', null],
    ['1.,5', null],
    ['1,5.000', null],
  ];
  for (const [text, expected] of cases) assert.equal(parseEuro(text), expected, text);
  fc.assert(fc.property(fc.integer({ min: 0, max: 1e13 }), (c) => assert.equal(parseEuro(centsToDecimal(c)), c)));
  // What the pages show reads back as the same amount, in every language.
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 1e13 }), fc.constantFrom(...locales), (c, locale) =>
      assert.equal(parseEuro(formatEuro(c, locale)), c, formatEuro(c, locale)),
    ),
  );
  assert.equal(bpToPercent(6500), '65');
  assert.equal(bpToPercent(6250), '62,5');
});
