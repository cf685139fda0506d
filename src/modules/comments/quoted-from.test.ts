import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotedFrom } from './comments.service.js';

const section = `Die Region baut bis 2030 ein **offenes** Datennetz auf.

- Glasfaser in jedem Ort
- [WLAN](https://example.org/wlan) in Büchereien

1. Erst die Schulen`;

test('a passage marked on the rendered page is found in the Markdown source', () => {
  assert.ok(quotedFrom(section, 'ein offenes Datennetz'), 'emphasis');
  assert.ok(quotedFrom(section, 'Glasfaser in jedem Ort\nWLAN in Büchereien'), 'across list items, as a browser copies them');
  assert.ok(quotedFrom(section, 'wlan in   büchereien'), 'a link’s text; case and spaces');
  assert.ok(quotedFrom(section, 'Erst die Schulen'), 'a numbered item');
});

test('a passage that is not in the section is refused', () => {
  assert.ok(!quotedFrom(section, 'ein geschlossenes Datennetz'));
  assert.ok(!quotedFrom(section, 'example.org'), 'a link’s address is not its text');
  assert.ok(!quotedFrom(section, '   '), 'nothing marked');
});
