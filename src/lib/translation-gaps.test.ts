import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasGaps, translationGaps } from './translation-gaps.js';

test('a field is missing in a language only where German has it', () => {
  const gaps = translationGaps({ title: { de: 'Radweg', da: 'Cykelsti', en: ' ' }, description: { de: 'Lang', en: 'Long' } });
  assert.deepEqual([gaps.da, gaps.en], [['description'], ['title']]);
  assert.equal(hasGaps(gaps, 'da'), true);
});

test('no German description: nothing to translate there', () => {
  const gaps = translationGaps({ title: { de: 'Radweg', da: 'Cykelsti', en: 'Cycle path' }, description: null });
  assert.deepEqual([gaps.da, gaps.en], [[], []]);
  assert.equal(hasGaps(gaps, 'da') || hasGaps(gaps, 'en'), false);
});
