import assert from 'node:assert/strict';
import { test } from 'node:test';
import { guardFormula, unguardFormula } from '../../../lib/formula-guard.js';

const cases = [
  ['=HYPERLINK("http://evil","klick")', `'=HYPERLINK("http://evil","klick")`],
  ['+49 461 85-0', `'+49 461 85-0`],
  ['-5 % Kosten', `'-5 % Kosten`],
  ['@SUM(A1)', `'@SUM(A1)`],
  ['\tTab', `'\tTab`],
  ['Normaler Text', 'Normaler Text'],
  ["'Zitat' bleibt", "'Zitat' bleibt"],
  ['', ''],
  ['1.250.000 €', '1.250.000 €'],
] as const;

for (const [plain, guarded] of cases) {
  test(`guards ${JSON.stringify(plain)} and takes the guard off again`, () => {
    assert.equal(guardFormula(plain), guarded);
    assert.equal(unguardFormula(guardFormula(plain)), plain);
  });
}

test('an apostrophe that is not a guard stays', () => {
  assert.equal(unguardFormula("'nur ein Apostroph"), "'nur ein Apostroph");
});
