// Staff accounts in the back office: an admin invites a person (the invitation arrives by e-mail and sets
// the password), gives and takes roles with the same rules as the command line, and locks an account,
// which ends its sessions. The last admin cannot be removed; nobody but admins gets in.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { signIn } from '../../src/modules/accounts/sign-in.service.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { deliverMail, type Mailbox, startMailbox } from '../helpers/mailbox.js';
import { get, postForm, type StaffSession, staffSession } from '../helpers/staff.js';

let t: TestApp;
let mailbox: Mailbox;
let admin: StaffSession;
before(async () => {
  t = await startTestApp('municipalities');
  mailbox = await startMailbox();
  admin = await staffSession(t.db, [{ role: 'admin' }], 'admin@lotse.test');
});
after(async () => {
  await mailbox.close();
  await t.close();
});

const base = '/de/verwaltung/konten';
const idOf = async (email: string) => (await t.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

test('an admin invites a new editor, who sets a password from the e-mail and signs in', async () => {
  const bad = await postForm(t.app, `${base}/neu`, { email: 'kein-mail', role: 'editor', municipality: '' }, admin);
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.body.includes('Bitte eine gültige E-Mail-Adresse angeben.'));
  assert.ok(bad.body.includes('Diese Rolle gilt für eine Kommune: bitte eine wählen.'));

  const res = await postForm(
    t.app,
    `${base}/neu`,
    { email: 'Neu@Flensburg.example', name: 'Nele Neu', role: 'editor', municipality: 'flensburg' },
    admin,
  );
  assert.equal(res.statusCode, 303);
  const id = await idOf('neu@flensburg.example');
  assert.equal(res.headers.location, `${base}/${id}?hinweis=angelegt`);
  assert.ok((await get(t.app, base, admin)).body.includes('Eingeladen'));
  const twice = await postForm(t.app, `${base}/neu`, { email: 'neu@flensburg.example', role: 'reviewer', municipality: '' }, admin);
  assert.equal(twice.statusCode, 400);
  assert.ok(twice.body.includes('Es gibt schon ein Konto'));

  await deliverMail(mailbox, t.database.url);
  const [mail] = mailbox.to('neu@flensburg.example');
  assert.equal(mail?.subject, 'Lotse: Ihr Zugang zur Verwaltung');
  const path = /http:\/\/lotse\.test(\/de\/passwort-neu\?token=[\w-]+)/.exec(mail.text ?? '')![1]!;
  const token = new URL(path, 'http://x').searchParams.get('token')!;
  const form = await t.app.inject({ url: path });
  const csrf = form.cookies.find((c) => c.name === 'lotse_csrf')!.value;
  const set = await t.app.inject({
    method: 'POST',
    url: '/de/passwort-neu',
    payload: new URLSearchParams({ token, password: 'mein-neues-passwort', password2: 'mein-neues-passwort', _csrf: csrf }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    cookies: { lotse_csrf: csrf },
  });
  assert.equal(set.statusCode, 303);
  assert.equal(
    (await signIn(t.db, 'neu@flensburg.example', 'mein-neues-passwort', '10.0.0.1', { passwordLogin: true, sso: false })).ok,
    true,
  );
  assert.ok((await get(t.app, base, admin)).body.includes('Aktiv'));
});

test('roles are given and taken with the same rules as on the command line', async () => {
  const id = await idOf('neu@flensburg.example');
  const missing = await postForm(t.app, `${base}/${id}/rollen`, { role: 'coordinator', municipality: '' }, admin);
  assert.equal(missing.statusCode, 400);
  assert.ok(missing.body.includes('Diese Rolle gilt für eine Kommune'));
  const wrong = await postForm(t.app, `${base}/${id}/rollen`, { role: 'reviewer', municipality: 'flensburg' }, admin);
  assert.equal(wrong.statusCode, 400);
  assert.ok(wrong.body.includes('Diese Rolle gilt für das ganze Programm'));
  assert.equal(
    (await postForm(t.app, `${base}/${id}/rollen`, { role: 'coordinator', municipality: 'nordfriesland' }, admin)).statusCode,
    303,
  );
  assert.equal(
    (await postForm(t.app, `${base}/${id}/rollen`, { role: 'coordinator', municipality: 'nordfriesland' }, admin)).statusCode,
    409,
  );
  const page = await get(t.app, `${base}/${id}`, admin);
  assert.ok(page.body.includes('Koordination für Kreis Nordfriesland'));
  assert.ok(page.body.includes('Redaktion für Stadt Flensburg'));
  const role = await t.db
    .selectFrom('user_roles')
    .select('id')
    .where('user_id', '=', id)
    .where('role', '=', 'coordinator')
    .executeTakeFirstOrThrow();
  assert.equal((await postForm(t.app, `${base}/${id}/rollen/${role.id}/entfernen`, {}, admin)).statusCode, 303);
  assert.ok(!(await get(t.app, `${base}/${id}`, admin)).body.includes('Koordination für Kreis Nordfriesland'));
  const audit = await t.db
    .selectFrom('audit_log')
    .where('entity_id', '=', 'neu@flensburg.example')
    .select('action')
    .orderBy('id')
    .execute();
  assert.deepEqual(
    audit.map((a) => a.action),
    ['user.create', 'user.password.reset', 'user.role.add', 'user.role.remove'],
  );
});

test('locking ends every session at once; the last admin stays', async () => {
  const id = await idOf('neu@flensburg.example');
  const session = await signIn(t.db, 'neu@flensburg.example', 'mein-neues-passwort', '10.0.0.2', { passwordLogin: true, sso: false });
  assert.ok(session.ok && session.step === 'done');
  assert.equal((await postForm(t.app, `${base}/${id}/sperren`, {}, admin)).statusCode, 303);
  assert.equal((await t.app.inject({ url: '/de/konto', cookies: { lotse_session: session.token } })).statusCode, 303);
  assert.equal(
    (await signIn(t.db, 'neu@flensburg.example', 'mein-neues-passwort', '10.0.0.3', { passwordLogin: true, sso: false })).ok,
    false,
  );
  assert.equal((await postForm(t.app, `${base}/${id}/entsperren`, {}, admin)).statusCode, 303);
  assert.equal(
    (await signIn(t.db, 'neu@flensburg.example', 'mein-neues-passwort', '10.0.0.3', { passwordLogin: true, sso: false })).ok,
    true,
  );

  // The only admin can neither lock themself nor drop their admin role.
  assert.equal((await postForm(t.app, `${base}/${admin.userId}/sperren`, {}, admin)).statusCode, 409);
  const adminRole = await t.db.selectFrom('user_roles').select('id').where('user_id', '=', admin.userId).executeTakeFirstOrThrow();
  const last = await postForm(t.app, `${base}/${admin.userId}/rollen/${adminRole.id}/entfernen`, {}, admin);
  assert.equal(last.statusCode, 409);
  assert.ok(last.body.includes('Das ist die letzte aktive Plattform-Administration.'));
});

test('only admins manage accounts', async () => {
  const agency = await staffSession(t.db, [{ role: 'agency' }]);
  assert.equal((await get(t.app, base, agency)).statusCode, 403);
  assert.equal((await get(t.app, `${base}/neu`, agency)).statusCode, 403);
  assert.ok(!(await get(t.app, '/de/verwaltung', agency)).body.includes('/verwaltung/konten'));
  assert.ok((await get(t.app, '/de/verwaltung', admin)).body.includes('/verwaltung/konten'));
});
