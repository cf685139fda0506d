import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keywords } from './matchmaking.service.js';

test('keywords keep the telling words of a text, longest first, without common words or duplicates', () => {
  assert.deepEqual(keywords('Digitale Bildung für Senioren: Digitale Sprechstunde in der Bibliothek, werden sollen'), [
    'sprechstunde',
    'bibliothek',
    'digitale',
    'senioren',
    'bildung',
  ]);
  assert.deepEqual(keywords('a b c'), []);
  assert.equal(
    keywords('eins zweii dreii vieri fünff sechs sieben achtt neunn zehnn elfff zwölf dreizehn vierzehn fünfzehn sechzehn', 3).length,
    3,
  );
});
