import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Role } from '../db/schema.js';
import type { Actor } from './actor.js';
import { mayModerate, mayUseParticipation, participationScope } from './contribution-roles.js';

const staff = (...roles: [Role, string?][]): Actor => ({
  kind: 'staff',
  id: 1,
  email: 'x@y.z',
  name: null,
  roles: roles.map(([role, municipality]) => ({ role, municipality: municipality ?? null })),
});

test('participation: moderators, the agency and admins everywhere; municipal staff on their Vorhaben', () => {
  assert.equal(mayModerate(staff(['moderator']), ['nordfriesland']), true);
  assert.equal(mayModerate(staff(['agency']), ['flensburg']), true);
  assert.equal(mayModerate(staff(['coordinator', 'flensburg']), ['flensburg', 'nordfriesland']), true);
  assert.equal(mayModerate(staff(['editor', 'flensburg']), ['nordfriesland']), false);
  for (const r of ['finance', 'reviewer'] as Role[]) {
    assert.equal(mayModerate(staff([r]), ['flensburg']), false);
    assert.equal(mayUseParticipation(staff([r])), false);
  }
  assert.equal(participationScope(staff(['moderator'])), null);
  assert.deepEqual(participationScope(staff(['editor', 'flensburg'])), ['flensburg']);
});
