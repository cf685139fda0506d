import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkNewUser } from './accounts.schemas.js';

const reasons = (input: Parameters<typeof checkNewUser>[0]) => {
  const result = checkNewUser(input);
  return Array.isArray(result) ? result.map((p) => `${p.field}:${p.reason}`) : [];
};

const cases: { name: string; input: Parameters<typeof checkNewUser>[0]; expected: string[] }[] = [
  { name: 'an admin without municipality', input: { email: 'Admin@Flensburg.de', role: 'admin' }, expected: [] },
  { name: 'an editor of Flensburg', input: { email: 'e@flensburg.de', role: 'editor', municipality: 'flensburg' }, expected: [] },
  {
    name: 'a coordinator without municipality',
    input: { email: 'k@nf.de', role: 'coordinator' },
    expected: ['municipality:accounts.municipalityRequired'],
  },
  {
    name: 'agency staff with a municipality',
    input: { email: 'a@agentur.de', role: 'agency', municipality: 'flensburg' },
    expected: ['municipality:accounts.municipalityNotAllowed'],
  },
  { name: 'an unknown role', input: { email: 'x@y.de', role: 'king' }, expected: ['role:accounts.roleUnknown'] },
  { name: 'a bad address', input: { email: 'nobody', role: 'admin' }, expected: ['email:accounts.emailInvalid'] },
  { name: 'a short password', input: { email: 'x@y.de', role: 'admin', password: 'kurz' }, expected: ['password:accounts.passwordLength'] },
  {
    name: 'everything wrong at once',
    input: { email: '', role: '', password: '' },
    expected: ['email:accounts.emailInvalid', 'role:accounts.roleUnknown', 'password:accounts.passwordLength'],
  },
];
for (const c of cases) test(`checks ${c.name}`, () => assert.deepEqual(reasons(c.input), c.expected));

test('addresses are stored in lower case, names trimmed', () => {
  assert.deepEqual(checkNewUser({ email: ' Admin@Flensburg.DE ', role: 'admin', name: '  Kim Muster ' }), {
    email: 'admin@flensburg.de',
    role: 'admin',
    municipality: null,
    displayName: 'Kim Muster',
    password: null,
  });
});
