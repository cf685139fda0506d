import assert from 'node:assert/strict';
import { test } from 'node:test';
import { metricsAccess } from './metrics-access.js';

test('nobody reads the metrics when neither a token nor networks are set', () => {
  const may = metricsAccess({ token: undefined, allow: [] });
  assert.equal(may(undefined, '127.0.0.1'), false);
  assert.equal(may('Bearer ', '::1'), false);
});

test('the bearer token opens them, a wrong one does not', () => {
  const may = metricsAccess({ token: 'a-long-metrics-secret', allow: [] });
  assert.equal(may('Bearer a-long-metrics-secret', '203.0.113.9'), true);
  assert.equal(may('Bearer a-long-metrics-secreT', '203.0.113.9'), false);
  assert.equal(may('a-long-metrics-secret', '203.0.113.9'), false);
});

test('allowed addresses and networks, IPv4 on a dual-stack socket included', () => {
  const may = metricsAccess({ token: undefined, allow: ['10.0.0.0/8', '192.0.2.7', 'fd00::/8'] });
  assert.equal(may(undefined, '10.1.2.3'), true);
  assert.equal(may(undefined, '::ffff:10.1.2.3'), true);
  assert.equal(may(undefined, '192.0.2.7'), true);
  assert.equal(may(undefined, '192.0.2.8'), false);
  assert.equal(may(undefined, 'fd12::1'), true);
  assert.equal(may(undefined, '2001:db8::1'), false);
});
