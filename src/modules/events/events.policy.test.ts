import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Role } from '../../db/schema.js';
import type { Actor } from '../../platform/actor.js';
import { eventScope, mayOnEvent, mayUseEvents } from './events.policy.js';

const staff = (...roles: [Role, string?][]): Actor => ({
  kind: 'staff',
  id: 1,
  email: 'x@y.z',
  name: null,
  roles: roles.map(([role, municipality]) => ({ role, municipality: municipality ?? null })),
});

test('events: admins and the agency organise every event, municipal staff their municipality’s', () => {
  assert.equal(mayOnEvent(staff(['agency']), 'manage', null), true);
  assert.equal(mayOnEvent(staff(['admin']), 'manage', 'nordfriesland'), true);
  assert.equal(mayOnEvent(staff(['editor', 'flensburg']), 'manage', 'flensburg'), true);
  assert.equal(mayOnEvent(staff(['coordinator', 'flensburg']), 'manage', 'nordfriesland'), false);
  assert.equal(mayOnEvent(staff(['editor', 'flensburg']), 'manage', null), false, 'the agency’s own events');
  assert.equal(mayOnEvent(staff(['reviewer']), 'view', 'flensburg'), true);
  assert.equal(mayOnEvent(staff(['reviewer']), 'manage', 'flensburg'), false);
  for (const r of ['moderator', 'finance'] as Role[]) {
    assert.equal(mayUseEvents(staff([r])), false);
    assert.equal(mayOnEvent(staff([r]), 'view', 'flensburg'), false);
  }
  assert.equal(eventScope(staff(['agency'])), null);
  assert.deepEqual(eventScope(staff(['editor', 'flensburg'])), ['flensburg']);
});
