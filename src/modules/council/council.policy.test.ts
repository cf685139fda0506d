import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cliActor, type StaffActor } from '../../platform/actor.js';
import type { Role } from '../../db/schema.js';
import { mayLinkDecision, mayManageCouncil, mayUseCouncil } from './council.policy.js';

const staff = (...roles: [Role, string | null][]): StaffActor => ({
  kind: 'staff',
  id: 1,
  email: 'x@lotse.test',
  name: null,
  roles: roles.map(([role, municipality]) => ({ role, municipality })),
});

const cases: { who: string; actor: StaffActor | typeof cliActor; section: boolean; flensburg: boolean }[] = [
  { who: 'admin', actor: staff(['admin', null]), section: true, flensburg: true },
  { who: 'coordinator of Flensburg', actor: staff(['coordinator', 'flensburg']), section: true, flensburg: true },
  { who: 'coordinator of Nordfriesland', actor: staff(['coordinator', 'nordfriesland']), section: true, flensburg: false },
  { who: 'editor of Flensburg', actor: staff(['editor', 'flensburg']), section: false, flensburg: false },
  { who: 'agency', actor: staff(['agency', null]), section: false, flensburg: false },
  { who: 'moderator', actor: staff(['moderator', null]), section: false, flensburg: false },
  { who: 'finance', actor: staff(['finance', null]), section: false, flensburg: false },
  { who: 'reviewer', actor: staff(['reviewer', null]), section: false, flensburg: false },
  { who: 'the command line', actor: cliActor, section: true, flensburg: true },
];

for (const c of cases) {
  test(`council settings: ${c.who}`, () => {
    assert.equal(mayUseCouncil(c.actor), c.section);
    assert.equal(mayManageCouncil(c.actor, 'flensburg'), c.flensburg);
  });
}

const flensburg = { id: 1, prefixes: ['RV', 'HA', 'FA'] };
const linkCases: { who: string; actor: StaffActor; decision: { paperMunicipalityId: number | null; body: string | null }; may: boolean }[] =
  [
    {
      who: 'own coordinator, own paper',
      actor: staff(['coordinator', 'flensburg']),
      decision: { paperMunicipalityId: 1, body: 'RV' },
      may: true,
    },
    {
      who: 'own coordinator, unmatched own body',
      actor: staff(['coordinator', 'flensburg']),
      decision: { paperMunicipalityId: null, body: 'ha' },
      may: true,
    },
    {
      who: 'own coordinator, no body',
      actor: staff(['coordinator', 'flensburg']),
      decision: { paperMunicipalityId: null, body: null },
      may: true,
    },
    {
      who: "own coordinator, the Kreis's paper",
      actor: staff(['coordinator', 'flensburg']),
      decision: { paperMunicipalityId: 2, body: 'HA' },
      may: false,
    },
    {
      who: "own coordinator, the Kreis's committee",
      actor: staff(['coordinator', 'flensburg']),
      decision: { paperMunicipalityId: null, body: 'KT' },
      may: false,
    },
    { who: 'admin, the Kreis’s paper', actor: staff(['admin', null]), decision: { paperMunicipalityId: 2, body: 'KT' }, may: true },
    {
      who: 'other coordinator',
      actor: staff(['coordinator', 'nordfriesland']),
      decision: { paperMunicipalityId: 1, body: 'RV' },
      may: false,
    },
  ];

for (const c of linkCases) {
  test(`typing a decision's council address: ${c.who}`, () => {
    assert.equal(mayLinkDecision(c.actor, 'flensburg', flensburg, c.decision), c.may);
  });
}
