import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeReturnPath } from './staff-area.js';

test('after sign-in only our own pages are a destination, never another site', () => {
  for (const ok of ['/de/verwaltung', '/en/verwaltung/vorhaben/x?hinweis=1', '/da/konto']) assert.equal(safeReturnPath(ok), ok);
  for (const bad of [
    '//evil.example',
    '/\\evil.example',
    '/de//evil.example',
    'https://evil.example/de/x',
    '/de/\\evil',
    '/xx/verwaltung',
    '',
    undefined,
    42,
    '/de/',
  ]) {
    assert.equal(safeReturnPath(bad), null, String(bad));
  }
});
