// Every message exists in every language, is not empty, and keeps the German placeholders: a missing
// {count} in a translation would show users a wrong or broken sentence.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { da } from './da.js';
import { de } from './de.js';
import { en } from './en.js';
import { t } from './index.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

for (const [name, catalogue] of [['da', da], ['en', en]] as const) {
  test(`${name}: same keys as German, none empty, same placeholders`, () => {
    assert.deepEqual(Object.keys(catalogue).sort(), Object.keys(de).sort());
    for (const [key, german] of Object.entries(de)) {
      const text = catalogue[key as keyof typeof de];
      assert.ok(text.trim().length > 0, `${name} ${key} is empty`);
      assert.deepEqual(placeholders(text), placeholders(german), `${name} ${key} placeholders`);
    }
  });
}

test('t() fills placeholders and leaves unknown ones visible', () => {
  assert.equal(t('de', 'register.results.count', { count: 12 }), '12 Vorhaben gefunden');
  assert.equal(t('en', 'register.results.count', { count: 3 }), '3 projects found');
  assert.equal(t('de', 'register.results.count'), '{count} Vorhaben gefunden');
});
