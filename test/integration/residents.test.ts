// Residents' own accounts over HTTP with mail from a real SMTP server: sign-in by a one-time link that
// makes the account, optional password, profile, JSON export and deletion that keeps contributions
// without their author.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { deliverMail, type Mailbox, startMailbox } from '../helpers/mailbox.js';
import { postPublicForm } from '../helpers/public-form.js';
import { anotherSession, residentSession } from '../helpers/residents.js';
import { get, postForm } from '../helpers/staff.js';

let t: TestApp;
let mailbox: Mailbox;
before(async () => {
  t = await startTestApp('demo');
  mailbox = await startMailbox();
});
after(async () => {
  await mailbox.close();
  await t.close();
});

const deliver = () => deliverMail(mailbox, t.database.url);
const tokenIn = (text: string | undefined) => /token=([\w-]+)/.exec(text ?? '')![1]!;
const signInPage = '/de/buergerkonto/anmelden';

test('a sign-in link makes the account, works once and brings the person back where they were', async () => {
  const bad = await postPublicForm(t.app, signInPage, signInPage, { email: 'keine-adresse' });
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.body.includes('Bitte eine gültige E-Mail-Adresse angeben.'));

  const back = '/de/beteiligung/parken-im-quartier-beispiel';
  const sent = await postPublicForm(t.app, signInPage, signInPage, { email: 'Mia@Example.org', weiter: back });
  assert.equal(sent.statusCode, 200);
  assert.ok(sent.body.includes('Anmeldelink'));
  assert.equal(
    await t.db.selectFrom('residents').select('id').where('email', '=', 'mia@example.org').executeTakeFirst(),
    undefined,
    'no account before the link is used',
  );
  await deliver();
  const mail = mailbox.to('mia@example.org').at(-1)!;
  const token = tokenIn(mail.text);

  const page = await t.app.inject({ url: `/de/buergerkonto/link?token=${token}` });
  assert.equal(page.statusCode, 200, 'opening the link only shows a button');
  const used = await postPublicForm(t.app, `/de/buergerkonto/link?token=${token}`, '/de/buergerkonto/link', { token });
  assert.equal(used.statusCode, 303);
  assert.equal(used.headers.location, back);
  const cookie = used.cookies.find((c) => c.name === 'lotse_resident')!;
  assert.ok(cookie.httpOnly);
  const profile = await t.app.inject({ url: '/de/buergerkonto', cookies: { lotse_resident: cookie.value } });
  assert.equal(profile.statusCode, 200);
  assert.ok(profile.body.includes('mia@example.org'));
  assert.equal(profile.headers['cache-control'], 'no-store');

  const again = await postPublicForm(t.app, `/de/buergerkonto/link?token=${token}`, '/de/buergerkonto/link', { token });
  assert.equal(again.statusCode, 410);
  assert.ok(again.body.includes('abgelaufen oder wurde schon benutzt'));
});

test('an unknown visitor is sent to sign in; an open redirect is refused', async () => {
  const res = await t.app.inject({ url: '/de/buergerkonto' });
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, `/de/buergerkonto/anmelden?weiter=${encodeURIComponent('/de/buergerkonto')}`);
  await postPublicForm(t.app, signInPage, signInPage, { email: 'evil@example.org', weiter: '//evil.example/x' });
  const link = await t.db
    .selectFrom('resident_links')
    .select('return_path')
    .where('email', '=', 'evil@example.org')
    .executeTakeFirstOrThrow();
  assert.equal(link.return_path, null);
});

test('sign-in links are limited per address; the honeypot sends nothing', async () => {
  for (let i = 0; i < 5; i++)
    assert.equal(
      (await postPublicForm(t.app, signInPage, signInPage, { email: 'viel@example.org' }, { ip: `10.71.0.${i}` })).statusCode,
      200,
    );
  const limited = await postPublicForm(t.app, signInPage, signInPage, { email: 'viel@example.org' }, { ip: '10.71.0.99' });
  assert.equal(limited.statusCode, 429);
  const bot = await postPublicForm(t.app, signInPage, signInPage, { email: 'bot@example.org', website: 'http://spam' });
  assert.equal(bot.statusCode, 200);
  assert.equal((await t.db.selectFrom('resident_links').select('id').where('email', '=', 'bot@example.org').execute()).length, 0);
});

test('the profile saves name, language and notifications; a password set there signs in', async () => {
  const r = await residentSession(t.db, { email: 'profil@example.org', displayName: null });
  const short = await postForm(
    t.app,
    '/de/buergerkonto',
    { display_name: 'Möwe', locale: 'de', notify_mode: 'immediate', password: 'kurz', password2: 'kurz' },
    r,
  );
  assert.equal(short.statusCode, 400);
  assert.ok(short.body.includes('mindestens 12 Zeichen'));
  const saved = await postForm(
    t.app,
    '/de/buergerkonto',
    { display_name: 'Möwe', locale: 'en', notify_mode: 'immediate', password: 'ein langes passwort', password2: 'ein langes passwort' },
    r,
  );
  assert.equal(saved.statusCode, 303);
  assert.equal(saved.headers.location, '/en/buergerkonto?gespeichert=1');
  const row = await t.db.selectFrom('residents').selectAll().where('id', '=', r.residentId).executeTakeFirstOrThrow();
  assert.deepEqual([row.display_name, row.locale, row.notify_mode], ['Möwe', 'en', 'immediate']);
  assert.ok(row.password_hash?.startsWith('$argon2id$'));

  const wrong = await postPublicForm(t.app, signInPage, '/de/buergerkonto/passwort-anmelden', {
    email: 'profil@example.org',
    password: 'falsch falsch falsch',
  });
  assert.equal(wrong.statusCode, 401);
  const right = await postPublicForm(t.app, signInPage, '/de/buergerkonto/passwort-anmelden', {
    email: 'profil@example.org',
    password: 'ein langes passwort',
  });
  assert.equal(right.statusCode, 303);
  assert.ok(right.cookies.some((c) => c.name === 'lotse_resident'));
});

test('the export holds the account and its contributions; deletion keeps contributions without their author', async () => {
  const r = await residentSession(t.db, { email: 'weg@example.org', displayName: 'Bald weg' });
  const project = await t.db
    .selectFrom('projects')
    .select(['id', 'slug'])
    .where('publication_state', '=', 'published')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const comment = await postForm(t.app, '/de/kommentare', { target: `project:${project.slug}`, body: 'Ein Beitrag, der bleiben soll.' }, r);
  assert.equal(comment.statusCode, 303);
  await t.db
    .insertInto('notices')
    .values({ project_id: project.id, body: 'Hinweis als Gast', name: 'Weg', email: 'weg@example.org', status: 'received' })
    .execute();

  const data = await get(t.app, '/de/buergerkonto/daten.json', r);
  assert.equal(data.statusCode, 200);
  assert.match(String(data.headers['content-disposition']), /attachment/);
  const json = JSON.parse(data.body);
  assert.equal(json.account.email, 'weg@example.org');
  assert.equal(json.comments[0].body, 'Ein Beitrag, der bleiben soll.');
  assert.equal(json.notices[0].body, 'Hinweis als Gast');

  const unconfirmed = await postForm(t.app, '/de/buergerkonto/loeschen', {}, r);
  assert.equal(unconfirmed.statusCode, 400);
  assert.ok(await t.db.selectFrom('residents').select('id').where('id', '=', r.residentId).executeTakeFirst());
  const deleted = await postForm(t.app, '/de/buergerkonto/loeschen', { confirm: 'on' }, r);
  assert.equal(deleted.statusCode, 200);
  assert.equal(await t.db.selectFrom('residents').select('id').where('id', '=', r.residentId).executeTakeFirst(), undefined);
  assert.equal((await t.db.selectFrom('resident_sessions').select('id').where('resident_id', '=', r.residentId).execute()).length, 0);
  const kept = await t.db
    .selectFrom('comments')
    .select(['body', 'resident_id'])
    .where('body', '=', 'Ein Beitrag, der bleiben soll.')
    .executeTakeFirstOrThrow();
  assert.equal(kept.resident_id, null);
  const notice = await t.db
    .selectFrom('notices')
    .select(['name', 'email'])
    .where('body', '=', 'Hinweis als Gast')
    .executeTakeFirstOrThrow();
  assert.deepEqual(notice, { name: null, email: null });
  const page = await get(t.app, `/de/vorhaben/${project.slug}/diskussion`);
  assert.ok(page.body.includes('Ein Beitrag, der bleiben soll.') && page.body.includes('Gelöschtes Konto'));
  assert.ok(!page.body.includes('Bald weg'));
  assert.equal((await get(t.app, '/de/buergerkonto', r)).statusCode, 303, 'the session ended with the account');
});

test('signing out ends the session', async () => {
  const r = await residentSession(t.db);
  const res = await postForm(t.app, '/de/buergerkonto/abmelden', {}, r);
  assert.equal(res.statusCode, 303);
  assert.equal((await get(t.app, '/de/buergerkonto', r)).statusCode, 303);
});

test('export and deletion find contributions given with the address in other capitals', async () => {
  const r = await residentSession(t.db, { email: 'gross@example.org' });
  const project = await t.db
    .selectFrom('projects')
    .select('id')
    .where('publication_state', '=', 'published')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto('notices')
    .values({ project_id: project.id, body: 'Hinweis in Großbuchstaben', name: 'Groß', email: 'Gross@Example.ORG', status: 'received' })
    .execute();
  const json = JSON.parse((await get(t.app, '/de/buergerkonto/daten.json', r)).body);
  assert.equal(json.notices.length, 1);
  assert.ok(Array.isArray(json.sessions) && json.sessions.length === 1);
  await postForm(t.app, '/de/buergerkonto/loeschen', { confirm: 'on' }, r);
  assert.deepEqual(
    await t.db.selectFrom('notices').select(['name', 'email']).where('body', '=', 'Hinweis in Großbuchstaben').executeTakeFirstOrThrow(),
    { name: null, email: null },
  );
});

test('a blocked account does not shed its block by deleting itself and signing up again', async () => {
  const r = await residentSession(t.db, { email: 'gesperrt@example.org', displayName: 'Alter Name' });
  await t.db
    .updateTable('residents')
    .set({ blocked_at: new Date(), blocked_reason: 'Beleidigungen' })
    .where('id', '=', r.residentId)
    .execute();
  const renamed = await postForm(t.app, '/de/buergerkonto', { display_name: 'Neuer Schimpfname', locale: 'de', notify_mode: 'off' }, r);
  assert.equal(renamed.statusCode, 303);
  assert.equal(
    (await t.db.selectFrom('residents').select('display_name').where('id', '=', r.residentId).executeTakeFirstOrThrow()).display_name,
    'Alter Name',
    'a blocked account keeps its public name',
  );
  await postForm(t.app, '/de/buergerkonto/loeschen', { confirm: 'on' }, r);
  await postPublicForm(t.app, signInPage, signInPage, { email: 'gesperrt@example.org' }, { ip: '10.72.0.1' });
  await deliver();
  const token = tokenIn(mailbox.to('gesperrt@example.org').at(-1)!.text);
  await postPublicForm(t.app, `/de/buergerkonto/link?token=${token}`, '/de/buergerkonto/link', { token });
  const again = await t.db
    .selectFrom('residents')
    .select(['blocked_at', 'blocked_reason'])
    .where('email', '=', 'gesperrt@example.org')
    .executeTakeFirstOrThrow();
  assert.ok(again.blocked_at);
  assert.equal(again.blocked_reason, 'Beleidigungen');
});

test('the daily purge removes used-up sign-in links and ended sessions', async () => {
  const { purgeResidentSignIns } = await import('../../src/modules/residents/residents.service.js');
  const r = await residentSession(t.db);
  await t.db
    .insertInto('resident_links')
    .values({ email: 'alt@example.org', token_hash: 'alt-link', expires_at: new Date(Date.now() - 3 * 86_400_000) })
    .execute();
  await t.db
    .updateTable('resident_sessions')
    .set({ expires_at: new Date(Date.now() - 1000) })
    .where('resident_id', '=', r.residentId)
    .execute();
  await purgeResidentSignIns(t.db);
  assert.equal(await t.db.selectFrom('resident_links').select('id').where('token_hash', '=', 'alt-link').executeTakeFirst(), undefined);
  assert.equal((await t.db.selectFrom('resident_sessions').select('id').where('resident_id', '=', r.residentId).execute()).length, 0);
});

test('a new password needs the current one, and ends the other sessions', async () => {
  const r = await residentSession(t.db, { email: 'wechsel@example.org' });
  const form = (extra: Record<string, string>) => ({ display_name: 'Wechsel', locale: 'de', notify_mode: 'daily', ...extra });
  assert.equal(
    (await postForm(t.app, '/de/buergerkonto', form({ password: 'erstes passwort 123', password2: 'erstes passwort 123' }), r)).statusCode,
    303,
  );
  const hashOf = async () =>
    (await t.db.selectFrom('residents').select('password_hash').where('id', '=', r.residentId).executeTakeFirstOrThrow()).password_hash;
  const first = await hashOf();
  const laptop = await anotherSession(t.db, r);

  const without = await postForm(
    t.app,
    '/de/buergerkonto',
    form({ password: 'zweites passwort 456', password2: 'zweites passwort 456' }),
    r,
  );
  assert.equal(without.statusCode, 400);
  assert.ok(without.body.includes('Das bisherige Passwort stimmt nicht.'));
  const wrong = await postForm(
    t.app,
    '/de/buergerkonto',
    form({ current_password: 'falsch falsch 000', password: 'zweites passwort 456', password2: 'zweites passwort 456' }),
    r,
  );
  assert.equal(wrong.statusCode, 400);
  assert.equal(await hashOf(), first, 'nothing changed');
  assert.equal((await get(t.app, '/de/buergerkonto', laptop)).statusCode, 200, 'the other session still works');
  for (const guessable of ['Passwort12345', 'wechsel@example.org1']) {
    const weak = await postForm(
      t.app,
      '/de/buergerkonto',
      form({ current_password: 'erstes passwort 123', password: guessable, password2: guessable }),
      r,
    );
    assert.equal(weak.statusCode, 400, guessable);
    assert.ok(weak.body.includes('Dieses Passwort ist zu leicht zu erraten'), guessable);
  }
  assert.equal(await hashOf(), first, 'a guessable password is not taken');

  const right = await postForm(
    t.app,
    '/de/buergerkonto',
    form({ current_password: 'erstes passwort 123', password: 'zweites passwort 456', password2: 'zweites passwort 456' }),
    r,
  );
  assert.equal(right.statusCode, 303);
  assert.notEqual(await hashOf(), first);
  assert.equal((await get(t.app, '/de/buergerkonto', r)).statusCode, 200, 'this session goes on');
  assert.equal((await get(t.app, '/de/buergerkonto', laptop)).statusCode, 303, 'the other session has ended');
});

test('a first password needs a fresh sign-in: an old session left open cannot set one', async () => {
  const r = await residentSession(t.db, { email: 'offen@example.org' });
  const old = await anotherSession(t.db, r, 60);
  const res = await postForm(
    t.app,
    '/de/buergerkonto',
    { display_name: 'Offen', locale: 'de', notify_mode: 'daily', password: 'fremdes passwort 1', password2: 'fremdes passwort 1' },
    old,
  );
  assert.equal(res.statusCode, 400);
  assert.ok(res.body.includes('Bitte melden Sie sich zuerst erneut mit einem Anmeldelink an'));
  assert.equal(
    (await t.db.selectFrom('residents').select('password_hash').where('id', '=', r.residentId).executeTakeFirstOrThrow()).password_hash,
    null,
  );
});
