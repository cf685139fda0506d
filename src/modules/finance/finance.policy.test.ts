import assert from 'node:assert/strict';
import { test } from 'node:test';
import { roles, type Role } from '../../db/schema.js';
import { cliActor, type Actor } from '../../platform/actor.js';
import { mayOnFinance, mayUseFinance } from './finance.policy.js';

const staff = (role: Role, municipality: string | null = null): Actor => ({
  kind: 'staff',
  id: 1,
  email: 'x@y.z',
  name: null,
  roles: [{ role, municipality }],
});

test('finance: only finance and admin see and keep the books; the agency and everyone else see nothing internal', () => {
  const table: Record<Role, [boolean, boolean]> = {
    admin: [true, true],
    finance: [true, true],
    agency: [false, false],
    coordinator: [false, false],
    editor: [false, false],
    moderator: [false, false],
    reviewer: [false, false],
  };
  for (const role of roles) {
    const [read, manage] = table[role];
    assert.equal(mayOnFinance(staff(role, role === 'editor' || role === 'coordinator' ? 'flensburg' : null), 'read'), read, `${role} read`);
    assert.equal(mayOnFinance(staff(role), 'manage'), manage, `${role} manage`);
    assert.equal(mayUseFinance(staff(role)), read);
  }
  assert.equal(mayOnFinance(cliActor, 'manage'), true, 'the command line is trusted like an admin');
  assert.equal(mayOnFinance({ kind: 'system', label: 'x' }, 'read'), false);
});
