import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Role } from '../../db/schema.js';
import { cliActor, type Actor } from '../../platform/actor.js';
import { secondFactorRequired } from '../../platform/second-factor-rule.js';
import { mayResetSecondFactor, mayTurnOffSecondFactor } from './second-factor.policy.js';

const staff = (id: number, ...roles: Role[]): Actor => ({
  kind: 'staff',
  id,
  email: 'x@y.z',
  name: null,
  roles: roles.map((role) => ({ role, municipality: null })),
});

test('a second factor is required for admins and finance while the setting is on', () => {
  const table: [Role[], boolean][] = [
    [['admin'], true],
    [['finance'], true],
    [['editor', 'finance'], true],
    [['agency'], false],
    [['coordinator'], false],
    [['editor'], false],
    [['moderator'], false],
    [['reviewer'], false],
    [[], false],
  ];
  for (const [roles, required] of table) {
    assert.equal(secondFactorRequired('required-for-admin-finance', roles), required, roles.join(','));
    assert.equal(mayTurnOffSecondFactor('required-for-admin-finance', roles), !required, roles.join(','));
    assert.equal(secondFactorRequired('off', roles), false);
    assert.equal(mayTurnOffSecondFactor('off', roles), true);
  }
});

test('admins reset the second factor of others, not their own; nobody else does', () => {
  assert.equal(mayResetSecondFactor(staff(1, 'admin'), 2), true);
  assert.equal(mayResetSecondFactor(staff(1, 'admin'), 1), false);
  assert.equal(mayResetSecondFactor(cliActor, 1), true);
  for (const r of ['agency', 'finance', 'coordinator', 'editor', 'moderator', 'reviewer'] as Role[])
    assert.equal(mayResetSecondFactor(staff(1, r), 2), false);
});
