import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashPassword, verifyPassword } from './passwords.js';

test('a password hash is argon2id, salted, and verifies only the right password', async () => {
  const first = await hashPassword('Förde-Brücke 2026!');
  const second = await hashPassword('Förde-Brücke 2026!');
  assert.match(first, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  assert.notEqual(first, second, 'each hash has its own salt');
  assert.equal(await verifyPassword(first, 'Förde-Brücke 2026!'), true);
  assert.equal(await verifyPassword(first, 'förde-brücke 2026!'), false);
  assert.equal(await verifyPassword('not a hash', 'Förde-Brücke 2026!'), false);
});
