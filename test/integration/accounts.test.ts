// Staff accounts: created by the service and by `lotse user add`, with clear refusals.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { type AppError } from '../../src/lib/errors.js';
import { checkNewUser } from '../../src/modules/accounts/accounts.schemas.js';
import { addUser, listUsers } from '../../src/modules/accounts/accounts.service.js';
import { verifyPassword } from '../../src/modules/accounts/passwords.js';
import { ensureRegion } from '../../src/seed/region.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

let database: TestDatabase;
before(async () => {
  database = await createTestDatabase();
  await ensureRegion(database.db);
});
after(() => database.drop());

const bin = path.resolve(import.meta.dirname, '../../bin/lotse.js');
function lotse(args: string[], input = '') {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const r = spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: 'utf8',
    env: { ...env, DATABASE_URL: database.url, LANG: 'en_GB.UTF-8' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('an editor of Flensburg is created with a hashed password and one scoped role', async () => {
  const user = checkNewUser({ email: 'Redaktion@Flensburg.de', role: 'editor', municipality: 'flensburg', password: 'lange-genug-123' });
  assert.ok(!Array.isArray(user));
  await addUser(database.db, user);
  const row = await database.db.selectFrom('users').selectAll().where('email', '=', 'redaktion@flensburg.de').executeTakeFirstOrThrow();
  assert.equal(await verifyPassword(row.password_hash!, 'lange-genug-123'), true);
  assert.deepEqual(
    (await listUsers(database.db)).map(({ id: _id, ...u }) => u),
    [{ email: 'redaktion@flensburg.de', name: null, hasPassword: true, disabled: false, roles: ['editor@flensburg'] }],
  );
});

test('the same address twice, in any case, is refused', async () => {
  const user = checkNewUser({ email: 'REDAKTION@flensburg.de', role: 'reviewer' });
  assert.ok(!Array.isArray(user));
  await assert.rejects(addUser(database.db, user), (err: AppError) => err.code === 'email_taken' && err.status === 409);
});

test('a municipality that does not exist is refused', async () => {
  const user = checkNewUser({ email: 'x@kiel.de', role: 'coordinator', municipality: 'kiel' });
  assert.ok(!Array.isArray(user));
  await assert.rejects(addUser(database.db, user), (err: AppError) => err.code === 'unknown_municipality');
});

test('npx lotse user add / list', () => {
  const added = lotse(
    ['user', 'add', '--email', 'admin@digitalagentur.de', '--role', 'admin', '--name', 'Erste Admin', '--password-stdin'],
    'ein-sicheres-passwort\n',
  );
  assert.equal(added.code, 0, added.stderr);
  assert.match(added.stdout, /Account created: admin@digitalagentur\.de \(admin\)\./);

  const refused = lotse(['user', 'add', '--email', 'k@nf.de', '--role', 'coordinator']);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /The role “coordinator” acts for one municipality: please give --municipality\./);

  const listed = lotse(['user', 'list']);
  assert.equal(listed.code, 0);
  assert.match(listed.stdout, /admin@digitalagentur\.de\tErste Admin\tadmin/);
  assert.match(listed.stdout, /redaktion@flensburg\.de\teditor@flensburg/);
});
