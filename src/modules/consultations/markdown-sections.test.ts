import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinSections, splitSections } from './markdown-sections.js';

test('a Markdown draft splits at its headings, each section with an anchor made from its heading', () => {
  const result = splitSections('# Ziele\n\nDie Region wird digital.\n\n## Daten & Plattform\nOffene Daten.\n\n```\n# kein Titel\n```\n');
  assert.ok('sections' in result);
  assert.deepEqual(
    result.sections.map((s) => [s.anchor, s.heading]),
    [
      ['ziele', 'Ziele'],
      ['daten-plattform', 'Daten & Plattform'],
    ],
  );
  assert.equal(result.sections[1]!.body, 'Offene Daten.\n\n```\n# kein Titel\n```');
});

test('a text file with underlined headings splits too; the same heading twice gets distinct anchors', () => {
  const result = splitSections('Einleitung\r\n==========\r\nErster Absatz.\r\n\r\nEinleitung\r\n----------\r\nZweiter.\r\n');
  assert.ok('sections' in result);
  assert.deepEqual(
    result.sections.map((s) => [s.anchor, s.body]),
    [
      ['einleitung', 'Erster Absatz.'],
      ['einleitung-2', 'Zweiter.'],
    ],
  );
});

test('text before the first heading, or no heading at all, is refused', () => {
  assert.deepEqual(splitSections('Ohne Überschrift.\n\n# Dann'), { error: 'textBeforeHeading' });
  assert.deepEqual(splitSections('   \n'), { error: 'empty' });
  assert.deepEqual(splitSections('- Liste\n---\n'), { error: 'textBeforeHeading' });
});

test('joining and splitting again gives the same sections', () => {
  const first = splitSections('# A\nEins\n\n# B\nZwei\n');
  assert.ok('sections' in first);
  const again = splitSections(joinSections(first.sections));
  assert.ok('sections' in again);
  assert.deepEqual(again.sections, first.sections);
});
