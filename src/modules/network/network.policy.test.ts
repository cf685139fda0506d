import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StaffActor } from '../../platform/actor.js';
import { mayManageNetwork, mayReadCase, mayUseNetwork } from './network.policy.js';

const staff = (...roles: StaffActor['roles']): StaffActor => ({ kind: 'staff', id: 1, email: 'x@lotse.test', name: null, roles });

test("the agency and admins manage the network; coordinators read their own municipality's cases only", () => {
  // actor, manages, reads a Flensburg case, reads a case without municipality, uses the back-office section
  const rows: [StaffActor, boolean, boolean, boolean, boolean][] = [
    [staff({ role: 'admin', municipality: null }), true, true, true, true],
    [staff({ role: 'agency', municipality: null }), true, true, true, true],
    [staff({ role: 'coordinator', municipality: 'flensburg' }), false, true, false, true],
    [staff({ role: 'coordinator', municipality: 'nordfriesland' }), false, false, false, true],
    [staff({ role: 'editor', municipality: 'flensburg' }), false, false, false, false],
    [staff({ role: 'moderator', municipality: null }), false, false, false, false],
    [staff({ role: 'finance', municipality: null }), false, false, false, false],
  ];
  for (const [actor, manage, readFlensburg, readNone, use] of rows) {
    assert.equal(mayManageNetwork(actor), manage, JSON.stringify(actor.roles));
    assert.equal(mayReadCase(actor, 'flensburg'), readFlensburg, JSON.stringify(actor.roles));
    assert.equal(mayReadCase(actor, null), readNone, JSON.stringify(actor.roles));
    assert.equal(mayUseNetwork(actor), use, JSON.stringify(actor.roles));
  }
});
