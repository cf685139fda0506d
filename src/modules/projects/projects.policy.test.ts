import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Role } from '../../db/schema.js';
import { type Actor, cliActor } from '../../platform/actor.js';
import { maySearchAudit } from '../audit/audit.policy.js';
import { mayManageMunicipality } from '../municipalities/municipalities.policy.js';
import {
  editorialScope,
  mayAssignMunicipalities,
  mayOnProject,
  mayUseEditorial,
  type ProjectAction,
  projectActions,
} from './projects.policy.js';

const staff = (...roles: [Role, string?][]): Actor => ({
  kind: 'staff',
  id: 1,
  email: 'x@y.z',
  name: null,
  roles: roles.map(([role, municipality]) => ({ role, municipality: municipality ?? null })),
});

const flensburg = ['flensburg'];
const joint = ['flensburg', 'nordfriesland'];
const nordfriesland = ['nordfriesland'];

// [actor, action, municipalities of the Vorhaben, expected]
const table: [string, Actor, ProjectAction, string[], boolean][] = [
  ['admin publishes anywhere', staff(['admin']), 'publish', nordfriesland, true],
  ['agency archives anywhere', staff(['agency']), 'archive', nordfriesland, true],
  ['agency imports', staff(['agency']), 'import', [], true],
  ['coordinator edits own', staff(['coordinator', 'flensburg']), 'edit', flensburg, true],
  ['coordinator archives own', staff(['coordinator', 'flensburg']), 'archive', flensburg, true],
  ['coordinator may not touch another municipality', staff(['coordinator', 'flensburg']), 'edit', nordfriesland, false],
  ['coordinator may not import', staff(['coordinator', 'flensburg']), 'import', [], false],
  ['editor edits a joint Vorhaben', staff(['editor', 'flensburg']), 'edit', joint, true],
  ['editor publishes own', staff(['editor', 'flensburg']), 'publish', flensburg, true],
  ['editor may not archive', staff(['editor', 'flensburg']), 'archive', flensburg, false],
  ['editor may not restore', staff(['editor', 'flensburg']), 'restore', flensburg, false],
  ['editor in two municipalities', staff(['editor', 'flensburg'], ['editor', 'nordfriesland']), 'edit', nordfriesland, true],
  [
    'editor and coordinator elsewhere cannot archive here',
    staff(['editor', 'flensburg'], ['coordinator', 'nordfriesland']),
    'archive',
    flensburg,
    false,
  ],
  ['reviewer views everything', staff(['reviewer']), 'view', nordfriesland, true],
  ['reviewer edits nothing', staff(['reviewer']), 'edit', flensburg, false],
  ['moderator sees no drafts', staff(['moderator']), 'view', flensburg, false],
  ['finance edits nothing', staff(['finance']), 'edit', flensburg, false],
  ['a Vorhaben without municipality is the agency’s', staff(['coordinator', 'flensburg']), 'edit', [], false],
  ['the command line may everything', cliActor, 'archive', flensburg, true],
];

for (const [name, actor, action, municipalities, expected] of table) {
  test(`projects policy: ${name}`, () => assert.equal(mayOnProject(actor, action, municipalities), expected));
}

test('no role but admin and agency may do every action everywhere', () => {
  const all = (actor: Actor) => projectActions.every((a) => mayOnProject(actor, a, nordfriesland));
  assert.deepEqual(
    (['admin', 'agency', 'moderator', 'finance', 'reviewer'] as Role[]).filter((r) => all(staff([r]))),
    ['admin', 'agency'],
  );
});

test('the back office list is limited to the municipalities of coordinators and editors', () => {
  assert.equal(editorialScope(staff(['agency'])), null);
  assert.equal(editorialScope(staff(['reviewer'])), null);
  assert.deepEqual(editorialScope(staff(['editor', 'flensburg'], ['moderator'])), ['flensburg']);
  assert.equal(mayUseEditorial(staff(['moderator'])), false);
  assert.equal(mayUseEditorial(staff(['finance'])), false);
});

test('municipality settings: admins, the agency and the own coordinator', () => {
  assert.equal(mayManageMunicipality(staff(['admin']), 'nordfriesland'), true);
  assert.equal(mayManageMunicipality(staff(['agency']), 'nordfriesland'), true);
  assert.equal(mayManageMunicipality(staff(['coordinator', 'flensburg']), 'flensburg'), true);
  assert.equal(mayManageMunicipality(staff(['coordinator', 'flensburg']), 'nordfriesland'), false);
  assert.equal(mayManageMunicipality(staff(['editor', 'flensburg']), 'flensburg'), false);
});

test('the audit log is for platform admins only', () => {
  assert.equal(maySearchAudit(staff(['admin'])), true);
  for (const r of ['agency', 'moderator', 'finance', 'reviewer'] as Role[]) assert.equal(maySearchAudit(staff([r])), false);
  assert.equal(maySearchAudit(staff(['coordinator', 'flensburg'])), false);
});

test('changing a Vorhaben’s municipalities needs the role for each one added or removed', () => {
  const editor = staff(['editor', 'flensburg']);
  assert.equal(mayAssignMunicipalities(editor, 'edit', flensburg, flensburg), true);
  assert.equal(mayAssignMunicipalities(editor, 'edit', flensburg, joint), false, 'adding Nordfriesland');
  assert.equal(mayAssignMunicipalities(editor, 'edit', joint, flensburg), false, 'removing Nordfriesland');
  assert.equal(mayAssignMunicipalities(editor, 'edit', joint, joint), true, 'keeping the joint list');
  assert.equal(mayAssignMunicipalities(editor, 'create', [], joint), false);
  assert.equal(mayAssignMunicipalities(staff(['editor', 'flensburg'], ['editor', 'nordfriesland']), 'create', [], joint), true);
  assert.equal(mayAssignMunicipalities(staff(['agency']), 'edit', flensburg, nordfriesland), true);
});
