import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientKey } from './client-key.js';

test('IPv6 clients are counted by their /64, whatever address they pick in it', () => {
  assert.equal(clientKey('2001:db8:1:2:aaaa::1'), '2001:db8:1:2::/64');
  assert.equal(clientKey('2001:db8:1:2:ffff:ffff:ffff:ffff'), '2001:db8:1:2::/64');
  assert.equal(clientKey('2001:0db8:0001:0002::7'), '2001:db8:1:2::/64');
  assert.notEqual(clientKey('2001:db8:1:3::1'), clientKey('2001:db8:1:2::1'));
  assert.equal(clientKey('::1'), '0:0:0:0::/64');
});

test('IPv4 clients, also IPv4-mapped, are counted by their address', () => {
  assert.equal(clientKey('192.0.2.7'), '192.0.2.7');
  assert.equal(clientKey('::ffff:192.0.2.7'), '192.0.2.7');
  assert.notEqual(clientKey('192.0.2.7'), clientKey('192.0.2.8'));
});
