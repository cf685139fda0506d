import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashRecoveryCode, newRecoveryCodes, normaliseRecoveryCode } from './recovery-codes.js';
import { currentCode, matchingStep, newTotpSecret, normaliseTotpCode, qrCodeDataUri, totpUri } from './totp.js';

// RFC 6238, appendix B: the SHA-1 secret "12345678901234567890" at 59 s gives 94287082 (8 digits); the
// last six digits are the 6-digit code.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

test('codes follow RFC 6238', () => {
  assert.equal(currentCode(RFC_SECRET, 59_000), '287082');
  assert.equal(currentCode(RFC_SECRET, 1_111_111_109_000), '081804');
});

test('a code is accepted within one step either side, and tells its step', () => {
  const secret = newTotpSecret();
  const now = 1_800_000_000_000;
  const step = Math.floor(now / 30_000);
  assert.equal(matchingStep(secret, currentCode(secret, now), now), step);
  assert.equal(matchingStep(secret, currentCode(secret, now - 30_000), now), step - 1);
  assert.equal(matchingStep(secret, currentCode(secret, now + 30_000), now), step + 1);
  assert.equal(matchingStep(secret, currentCode(secret, now - 90_000), now), null);
});

test('typed codes are normalised', () => {
  assert.equal(normaliseTotpCode(' 123 456 '), '123456');
  assert.equal(normaliseTotpCode('123-456'), '123456');
  assert.equal(normaliseTotpCode('12345'), null);
  assert.equal(normaliseTotpCode('12345a'), null);
});

test('recovery codes are distinct, readable, and match however they are typed', () => {
  const codes = newRecoveryCodes();
  assert.equal(new Set(codes).size, codes.length);
  for (const code of codes) assert.match(code, /^[a-z2-9]{5}-[a-z2-9]{5}$/);
  const first = codes[0]!;
  assert.equal(
    hashRecoveryCode(normaliseRecoveryCode(` ${first.toUpperCase().replace('-', ' ')} `)!),
    hashRecoveryCode(normaliseRecoveryCode(first)!),
  );
  assert.equal(normaliseRecoveryCode('123456'), null);
});

test('the QR code is an SVG image address for the otpauth URI', async () => {
  const uri = totpUri(RFC_SECRET, 'admin@example.org');
  assert.match(uri, /^otpauth:\/\/totp\/Lotse:admin%40example\.org\?/);
  const data = await qrCodeDataUri(uri);
  assert.match(data, /^data:image\/svg\+xml;base64,/);
  assert.match(Buffer.from(data.split(',')[1]!, 'base64').toString('utf8'), /^<svg /);
});
