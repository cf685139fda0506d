import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffVersions } from './version-diff.js';

test('sections are matched by anchor: changed words marked on each side, new and gone sections named', () => {
  const rows = diffVersions(
    [
      { anchor: 'ziele', heading: 'Ziele', body: 'Wir bauen fünf Sensoren.' },
      { anchor: 'alt', heading: 'Alt', body: 'Entfällt.' },
      { anchor: 'gleich', heading: 'Gleich', body: 'Bleibt.' },
    ],
    [
      { anchor: 'ziele', heading: 'Ziele', body: 'Wir bauen zehn Sensoren.', changeNote: 'Mehr Sensoren', cited: [7] },
      { anchor: 'gleich', heading: 'Gleich', body: 'Bleibt.' },
      { anchor: 'neu', heading: 'Neu', body: 'Hinzu.' },
    ],
  );
  assert.deepEqual(
    rows.map((r) => [r.anchor, r.status]),
    [
      ['ziele', 'changed'],
      ['gleich', 'same'],
      ['neu', 'new'],
      ['alt', 'gone'],
    ],
  );
  const ziele = rows[0]!;
  assert.deepEqual(
    ziele.before!.parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim()),
    ['fünf'],
  );
  assert.deepEqual(
    ziele.after!.parts.filter((p) => p.kind === 'added').map((p) => p.text.trim()),
    ['zehn'],
  );
  assert.equal(ziele.after!.parts.map((p) => p.text).join(''), 'Wir bauen zehn Sensoren.');
  assert.deepEqual([ziele.changeNote, ziele.cited], ['Mehr Sensoren', [7]]);
});
