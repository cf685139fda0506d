import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Role } from '../../db/schema.js';
import type { Actor } from '../../platform/actor.js';
import { mayReviewTranslations } from './translation-coverage.policy.js';

const staff = (role: Role): Actor => ({ kind: 'staff', id: 1, email: 'a@example.org', name: null, roles: [{ role, municipality: null }] });

test('the roles that edit content see the translation coverage, the others do not', () => {
  const table: [Role, boolean][] = [
    ['admin', true],
    ['agency', true],
    ['coordinator', true],
    ['editor', true],
    ['moderator', false],
    ['finance', false],
    ['reviewer', false],
  ];
  for (const [role, expected] of table) assert.equal(mayReviewTranslations(staff(role)), expected, role);
});
