import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addressKey, canonicalAddress } from './address-key.js';

test('sub-addresses, case and provider aliases count as one mailbox', () => {
  assert.equal(canonicalAddress(' X+1@Example.org '), 'x@example.org');
  assert.equal(addressKey('x+1@example.org'), addressKey('x+2@example.org'));
  assert.equal(addressKey('X@EXAMPLE.ORG'), addressKey('x@example.org'));
  assert.equal(canonicalAddress('Vor.Name+lotse@googlemail.com'), 'vorname@gmail.com');
  assert.equal(addressKey('v.o.r.name@gmail.com'), addressKey('vorname@googlemail.com'));
});

test('different mailboxes stay different', () => {
  assert.notEqual(addressKey('vor.name@example.org'), addressKey('vorname@example.org'), 'dots matter outside known providers');
  assert.notEqual(addressKey('x@example.org'), addressKey('y@example.org'));
  assert.notEqual(addressKey('x@example.org'), addressKey('x@example.com'));
  assert.equal(canonicalAddress('+tag@example.org'), '+tag@example.org', 'a local part of only a tag is kept');
});
