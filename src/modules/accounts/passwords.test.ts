import assert from 'node:assert/strict';
import { test } from 'node:test';
import { STAND_IN_HASH, hashingStats, hashPassword, verifyPassword } from './passwords.js';

test('a password hash is argon2id, salted, and verifies only the right password', async () => {
  const first = await hashPassword('Förde-Brücke 2026!');
  const second = await hashPassword('Förde-Brücke 2026!');
  assert.match(first, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  assert.notEqual(first, second, 'each hash has its own salt');
  assert.equal(await verifyPassword(first, 'Förde-Brücke 2026!'), true);
  assert.equal(await verifyPassword(first, 'förde-brücke 2026!'), false);
  assert.equal(await verifyPassword('not a hash', 'Förde-Brücke 2026!'), false);
});

test('many hashes at once run a few at a time and all finish', async () => {
  const { slots } = hashingStats();
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, hashingStats().running)), 1);
  const hashes = await Promise.all(Array.from({ length: slots * 4 }, (_, i) => hashPassword(`Passwort-Nummer ${i}`)));
  clearInterval(sampler);
  assert.equal(new Set(hashes).size, slots * 4);
  assert.equal(peak, slots, 'the slots were all used, and never more');
  assert.equal(hashingStats().running, 0);
});

test('the stand-in hash for unknown accounts costs what a real one costs: same algorithm and parameters', async () => {
  const parameters = (hash: string) => hash.split('$').slice(0, 4).join('$');
  assert.equal(parameters(STAND_IN_HASH), parameters(await hashPassword('Förde-Brücke 2026!')));
  assert.equal(await verifyPassword(STAND_IN_HASH, ''), false);
});
