// Marked matches in titles and the passages of a description a result shows.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MATCH_END, MATCH_START, PASSAGE_GAP } from '../../../lib/search-highlight.js';
import { markAll, passages } from './highlight.js';

const shown = (text: string) => text.replaceAll(MATCH_START, '[').replaceAll(MATCH_END, ']').replaceAll(PASSAGE_GAP, '…');
const filler = (n: number, word = 'Text') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

describe('highlighting a search', () => {
  test('every matched word is marked, in any spelling that folds to it', () => {
    assert.equal(
      shown(markAll('Neues Bürgerbüro, neue Buergerbuero-Zeiten', new Set(['burgerburo']))),
      'Neues [Bürgerbüro], neue [Buergerbuero]-Zeiten',
    );
    assert.equal(shown(markAll('Nichts davon', new Set(['radweg']))), 'Nichts davon');
  });

  test('a long description is cut to two passages around its first matches, at most 35 words', () => {
    const text = `${filler(5)} Radweg ${filler(40, 'Mitte')} Radweg ${filler(40, 'Ende')}.`;
    const out = shown(passages(text, new Set(['radweg'])));
    const parts = out.split(' … ');
    assert.equal(parts.length, 2);
    assert.ok(parts[0]!.startsWith('Text2 Text3 Text4 [Radweg] Mitte0'), parts[0]);
    assert.ok(parts[1]!.startsWith('Mitte37 Mitte38 Mitte39 [Radweg] Ende0'), parts[1]);
    assert.ok(out.split(/\s+/).filter((w) => w !== '…').length <= 35);
  });

  test('without a match, the first 35 words', () => {
    const out = passages(filler(50), new Set(['radweg']));
    assert.equal(out, filler(35));
  });
});
