// Alerts without an account, through the mailed links and a real SMTP server: the register's
// "Benachrichtigen" form carries its filter to the subscription page; bad input comes back with
// translated errors and stores nothing; double opt-in (the confirmation link opens a page with a button);
// new and changed Vorhaben of the filter are mailed at once or in the weekly digest, with their change
// notes, each mail with the one-click unsubscribe link and headers (RFC 8058); unsubscribing deletes the
// address; unconfirmed subscriptions expire; the form is rate-limited per client.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import type { ParsedMail } from 'mailparser';
import { enqueue } from '../../src/jobs/queue.js';
import { SUBSCRIBE_PER_CLIENT } from '../../src/modules/alerts/alerts.service.js';
import * as editorial from '../../src/modules/editorial/editorial.service.js';
import type { ProjectInput } from '../../src/modules/projects/project.types.js';
import { cliActor } from '../../src/platform/actor.js';
import { startTestApp, TEST_BASE_URL, type TestApp } from '../helpers/app.js';
import { deliverMail, type Mailbox, startMailbox } from '../helpers/mailbox.js';
import { postPublicForm } from '../helpers/public-form.js';

let t: TestApp;
let mailbox: Mailbox;
let here: { slug: string; name: string };
let elsewhere: string;

before(async () => {
  t = await startTestApp('demo');
  mailbox = await startMailbox();
  const rows = await t.db.selectFrom('municipalities').select(['slug', 'name']).orderBy('id').limit(2).execute();
  here = rows[0]!;
  elsewhere = rows[1]!.slug;
});
after(async () => {
  await mailbox.close();
  await t.close();
});

const deliver = () => deliverMail(mailbox, t.database.url);
const subscriptionsOf = (email: string) =>
  t.db
    .selectFrom('alert_subscriptions')
    .selectAll()
    .where(sql<boolean>`lower(email) = lower(${email})`)
    .execute();
/** A header as sent (mailparser turns the list headers into objects). */
const header = (mail: ParsedMail, name: string) =>
  mail.headerLines
    .find((h) => h.key === name.toLowerCase())
    ?.line.replace(/^[^:]+:\s*/, '')
    .replace(/\r?\n\s+/g, ' ') ?? '';
const linkIn = (mail: ParsedMail, path: string) => {
  const m = new RegExp(`${TEST_BASE_URL}/de${path}\\?token=[^\\s]+`).exec(mail.text ?? '');
  assert.ok(m, `a ${path} link in: ${mail.text}`);
  return m[0].slice(TEST_BASE_URL.length);
};

function input(title: string, municipality: string): ProjectInput {
  return {
    title: { de: title },
    description: null,
    goals: null,
    status: 'planned',
    statusText: null,
    nextSteps: null,
    expectedDuration: null,
    municipalities: [municipality],
    topics: [],
    decisionsText: null,
    decisions: [],
    costs: { text: null, amountCents: null, currency: 'EUR', approximate: false },
    participation: { formal: false, informal: false, text: null },
    location: null,
    contact: null,
    links: [],
    furtherInfo: null,
    summaryPlain: null,
    startDate: null,
    endDate: null,
    addedOn: null,
    publicationState: 'draft',
  };
}

async function publishNew(title: string, municipality: string): Promise<string> {
  const slug = await editorial.createProject(t.db, cliActor, input(title, municipality));
  await editorial.publish(t.db, cliActor, slug, { de: `${title} erstmals veröffentlicht.` });
  return slug;
}

/** Subscribes through the form and confirms through the mailed link; returns the confirmation mail. */
async function subscribeAndConfirm(email: string, mode: 'immediate' | 'weekly', ip: string): Promise<void> {
  const formPage = `/de/benachrichtigen?municipality=${here.slug}`;
  const res = await postPublicForm(t.app, formPage, '/de/benachrichtigen', { municipality: here.slug, email, mode }, { ip });
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/de/benachrichtigen/gesendet');
  await deliver();
  const confirmation = mailbox.to(email).at(-1)!;
  const link = linkIn(confirmation, '/benachrichtigen/bestaetigen');
  const page = await t.app.inject({ url: link });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<button type="submit"/);
  assert.equal((await subscriptionsOf(email))[0]!.confirmed_at, null, 'opening the link confirms nothing');
  const done = await t.app.inject({ method: 'POST', url: link });
  assert.equal(done.statusCode, 200);
  assert.ok((await subscriptionsOf(email))[0]!.confirmed_at);
  assert.equal((await t.app.inject({ method: 'POST', url: link })).statusCode, 404, 'a confirmation link works once');
}

test('the register carries its filter to the subscription form, which names the selection', async () => {
  const register = await t.app.inject({ url: `/de/vorhaben?municipality=${here.slug}&status=planned` });
  assert.equal(register.statusCode, 200);
  assert.match(register.body, /<form method="get" action="\/de\/benachrichtigen"/);
  assert.match(register.body, new RegExp(`<input type="hidden" name="municipality" value="${here.slug}"/>`));
  assert.match(register.body, /<input type="hidden" name="status" value="planned"\/>/);
  const form = await t.app.inject({ url: `/de/benachrichtigen?municipality=${here.slug}&status=planned` });
  assert.equal(form.statusCode, 200);
  assert.ok(form.body.includes(here.name), 'the municipality by name');
  assert.match(form.body, /In Planung/);
  assert.match(form.body, /name="email"/);
  const english = await t.app.inject({ url: `/en/benachrichtigen?municipality=${here.slug}` });
  assert.match(english.body, /Alerts by e-mail/);
  const placed = await t.app.inject({ url: '/de/benachrichtigen?place=amt-suedtondern&plainLanguage=true' });
  assert.equal(placed.statusCode, 200);
  assert.ok(placed.body.includes('Amt Südtondern'), 'the place by name');
  assert.ok(placed.body.includes('Nur Vorhaben mit Leichter Sprache'), 'the plain-language filter');
  assert.equal((await t.app.inject({ url: '/de/benachrichtigen?place=atlantis' })).statusCode, 400);
  assert.equal((await t.app.inject({ url: '/de/benachrichtigen?municipality=atlantis' })).statusCode, 400);
});

test('bad input comes back with translated errors and stores nothing', async () => {
  const before = await t.db
    .selectFrom('alert_subscriptions')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  const res = await postPublicForm(
    t.app,
    '/de/benachrichtigen',
    '/de/benachrichtigen',
    { email: 'not-an-address', mode: 'hourly' },
    { ip: '10.9.0.1' },
  );
  assert.equal(res.statusCode, 400);
  assert.match(res.body, /Bitte geben Sie eine gültige E-Mail-Adresse ein\./);
  assert.match(res.body, /Bitte wählen Sie, wie oft Sie benachrichtigt werden möchten\./);
  assert.match(res.body, /value="not-an-address"/);
  const unknown = await postPublicForm(
    t.app,
    '/de/benachrichtigen',
    '/de/benachrichtigen',
    { topic: 'no-such-topic', email: 'a@example.org', mode: 'weekly' },
    { ip: '10.9.0.1' },
  );
  assert.equal(unknown.statusCode, 400);
  const bot = await postPublicForm(
    t.app,
    '/de/benachrichtigen',
    '/de/benachrichtigen',
    { email: 'bot@example.org', mode: 'weekly', website: 'http://spam' },
    { ip: '10.9.0.1' },
  );
  assert.equal(bot.statusCode, 303);
  const after = await t.db
    .selectFrom('alert_subscriptions')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  assert.equal(after.n, before.n);
});

test('immediate alerts: new and changed Vorhaben of the filter, with their notes, and one-click unsubscribe', async () => {
  const email = 'alert.now@example.org';
  await subscribeAndConfirm(email, 'immediate', '10.9.0.2');
  assert.equal(mailbox.to(email).length, 1, 'only the confirmation so far');

  const slug = await publishNew('Ladesäulen am Hafen', here.slug);
  await publishNew('Sensoren im Watt', elsewhere);
  await enqueue(t.db, 'alert_scan', {});
  await deliver();
  const first = mailbox.to(email).at(-1)!;
  assert.match(first.subject ?? '', /1 neues oder geändertes Vorhaben/);
  assert.match(first.text ?? '', /Neu: Ladesäulen am Hafen/);
  assert.match(first.text ?? '', /Ladesäulen am Hafen erstmals veröffentlicht\./);
  assert.ok(first.text?.includes(`${TEST_BASE_URL}/de/vorhaben/${slug}`));
  assert.doesNotMatch(first.text ?? '', /Sensoren im Watt/, 'another municipality is not in the filter');
  const unsubscribeHeader = header(first, 'List-Unsubscribe');
  assert.match(unsubscribeHeader, /^<http:\/\/lotse\.test\/de\/benachrichtigen\/abbestellen\?token=[^>]+>$/);
  assert.equal(header(first, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
  assert.ok(first.text?.includes(unsubscribeHeader.slice(1, -1)), 'the same link in the text');

  // A new version with its public change note.
  const project = await editorial.editorialProject(t.db, cliActor, slug);
  await editorial.saveDraft(t.db, cliActor, slug, { ...project.current, title: { de: 'Ladesäulen am Hafen und am Bahnhof' } });
  await editorial.publish(t.db, cliActor, slug, { de: 'Der Bahnhof kommt dazu.' });
  await enqueue(t.db, 'alert_scan', {});
  await deliver();
  const second = mailbox.to(email).at(-1)!;
  assert.notEqual(second, first);
  assert.match(second.text ?? '', /Geändert: Ladesäulen am Hafen und am Bahnhof/);
  assert.match(second.text ?? '', /Der Bahnhof kommt dazu\./);

  // One click from the mail client: the RFC 8058 POST, no page, no cookie.
  const url = unsubscribeHeader.slice(1 + TEST_BASE_URL.length, -1);
  const res = await t.app.inject({
    method: 'POST',
    url,
    payload: 'List-Unsubscribe=One-Click',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(res.statusCode, 200);
  assert.deepEqual(await subscriptionsOf(email), [], 'the address is deleted with the subscription');
  assert.equal((await t.app.inject({ url })).statusCode, 404);
  await publishNew('Radweg am Hafen', here.slug);
  await enqueue(t.db, 'alert_scan', {});
  await deliver();
  assert.equal(mailbox.to(email).at(-1), second, 'no mail after unsubscribing');
});

test('weekly alerts wait for the digest; the unsubscribe link works without JavaScript', async () => {
  const email = 'alert.weekly@example.org';
  await subscribeAndConfirm(email, 'weekly', '10.9.0.3');
  await publishNew('Bürgerbus im Amt', here.slug);
  await enqueue(t.db, 'alert_scan', {});
  await deliver();
  assert.equal(mailbox.to(email).length, 1, 'nothing before the digest');
  await enqueue(t.db, 'alert_digest', {});
  await deliver();
  const digest = mailbox.to(email).at(-1)!;
  assert.match(digest.text ?? '', /wöchentliche Zusammenfassung/);
  assert.match(digest.text ?? '', /Neu: Bürgerbus im Amt/);
  assert.ok(!JSON.stringify(await t.db.selectFrom('alert_items').selectAll().execute()).includes('Bürgerbus'), 'items go once mailed');

  const link = linkIn(digest, '/benachrichtigen/abbestellen');
  const page = await t.app.inject({ url: link });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<form method="post" action="\/de\/benachrichtigen\/abbestellen\?token=/);
  assert.ok(!page.body.includes(email), 'the address is never shown');
  assert.equal((await subscriptionsOf(email)).length, 1, 'opening the link deletes nothing');
  const done = await t.app.inject({ method: 'POST', url: link });
  assert.equal(done.statusCode, 200);
  assert.match(done.body, /Ihre E-Mail-Adresse ist gelöscht/);
  assert.deepEqual(await subscriptionsOf(email), []);
  const forged = link.replace(/token=(\d+)\.[^&]+/, 'token=$1.' + 'A'.repeat(43));
  assert.equal((await t.app.inject({ method: 'POST', url: forged })).statusCode, 404);
});

test('unconfirmed subscriptions expire and are deleted; the form is rate-limited per client', async () => {
  const email = 'alert.late@example.org';
  const res = await postPublicForm(t.app, '/de/benachrichtigen', '/de/benachrichtigen', { email, mode: 'immediate' }, { ip: '10.9.0.4' });
  assert.equal(res.statusCode, 303);
  await deliver();
  const link = linkIn(mailbox.to(email).at(-1)!, '/benachrichtigen/bestaetigen');
  assert.notEqual((await subscriptionsOf(email))[0]!.confirm_token_hash, null);
  assert.ok(!link.includes((await subscriptionsOf(email))[0]!.confirm_token_hash!), 'only the hash is stored');
  await sql`update alert_subscriptions set created_at = now() - interval '3 days' where email = ${email}`.execute(t.db);
  assert.equal((await t.app.inject({ url: link })).statusCode, 404, 'a late link is refused');
  await enqueue(t.db, 'purge_alert_subscriptions', {});
  await deliver();
  assert.deepEqual(await subscriptionsOf(email), []);

  let last = 0;
  for (let i = 0; i <= SUBSCRIBE_PER_CLIENT; i++)
    last = (
      await postPublicForm(
        t.app,
        '/de/benachrichtigen',
        '/de/benachrichtigen',
        { email: `n${i}@example.org`, mode: 'weekly' },
        { ip: '10.9.0.5' },
      )
    ).statusCode;
  assert.equal(last, 429);
  const limited = await postPublicForm(
    t.app,
    '/de/benachrichtigen',
    '/de/benachrichtigen',
    { email: 'x@example.org', mode: 'weekly' },
    { ip: '10.9.0.5' },
  );
  assert.match(limited.body, /zu viele Anmeldungen/);
  assert.equal((await subscriptionsOf('x@example.org')).length, 0);
});
