import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Role } from '../../db/schema.js';
import type { Actor } from '../../platform/actor.js';
import { mayOnSurveys } from './surveys.policy.js';

const as = (role: Role, municipality: string | null = null): Actor => ({
  kind: 'staff',
  id: 1,
  email: 'x@lotse.test',
  name: null,
  roles: [{ role, municipality }],
});

test('who may view and manage surveys', () => {
  const table: [Role, boolean, boolean][] = [
    ['admin', true, true],
    ['agency', true, true],
    ['moderator', true, true],
    ['reviewer', true, false],
    ['coordinator', false, false],
    ['editor', false, false],
    ['finance', false, false],
  ];
  for (const [role, view, manage] of table) {
    assert.equal(mayOnSurveys(as(role, 'flensburg'), 'view'), view, `${role} view`);
    assert.equal(mayOnSurveys(as(role, 'flensburg'), 'manage'), manage, `${role} manage`);
  }
});
