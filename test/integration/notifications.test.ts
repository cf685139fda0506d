// Notifications over HTTP with e-mails from a real SMTP server: residents follow a Vorhaben, a topic or a
// municipality (signed in, with CSRF); news fans out to each follower once (never to the actor or to
// residents who turned mail off); immediate mails and the daily digest are built set-wise by one job,
// grouped per Vorhaben, sent once, and each carries the one-click unsubscribe link and headers.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import type { ParsedMail } from 'mailparser';
import { enqueue } from '../../src/jobs/queue.js';
import { cliActor } from '../../src/platform/actor.js';
import * as editorial from '../../src/modules/editorial/editorial.service.js';
import { createEvent, publishEvent } from '../../src/modules/events/events.service.js';
import { followData, followsOf } from '../../src/modules/notifications/follows.service.js';
import { notifyFollowers } from '../../src/modules/notifications/notifications.service.js';
import { handleNotice } from '../../src/modules/participation/participation.backoffice.service.js';
import { saveProcess } from '../../src/modules/participation/processes.service.js';
import type { ProjectInput } from '../../src/modules/projects/project.types.js';
import { startTestApp, TEST_BASE_URL, type TestApp } from '../helpers/app.js';
import { eventInput } from '../helpers/events.js';
import { deliverMail, type Mailbox, startMailbox } from '../helpers/mailbox.js';
import { residentSession, type ResidentSession } from '../helpers/residents.js';
import { get, postForm } from '../helpers/staff.js';

let t: TestApp;
let mailbox: Mailbox;
/** A published Vorhaben with a topic and a municipality, and another one sharing neither. */
let p: { id: number; slug: string; title: string; topicId: number; topicSlug: string; municipalityId: number; municipalitySlug: string };
let other: { id: number; slug: string; title: string };
let otherTopicId: number;

before(async () => {
  t = await startTestApp('demo');
  mailbox = await startMailbox();
  const rows = await sql<{
    id: number;
    slug: string;
    title: string;
    topic_id: number;
    topic_slug: string;
    municipality_id: number;
    municipality_slug: string;
  }>`
    select p.id, p.slug, p.title->>'de' as title, tp.id as topic_id, tp.slug as topic_slug, m.id as municipality_id, m.slug as municipality_slug
    from projects p
    join project_topics pt on pt.project_id = p.id join topics tp on tp.id = pt.topic_id
    join project_municipalities pm on pm.project_id = p.id join municipalities m on m.id = pm.municipality_id
    where p.publication_state = 'published' and (select count(*) from project_municipalities x where x.project_id = p.id) = 1
    order by p.id limit 1`.execute(t.db);
  const r = rows.rows[0]!;
  p = {
    id: r.id,
    slug: r.slug,
    title: r.title,
    topicId: r.topic_id,
    topicSlug: r.topic_slug,
    municipalityId: r.municipality_id,
    municipalitySlug: r.municipality_slug,
  };
  // Another Vorhaben sharing neither topic nor municipality with the first one.
  const elsewhere = (
    await sql<{
      slug: string;
    }>`select slug from municipalities where id not in (select municipality_id from project_municipalities where project_id = ${p.id}) order by id limit 1`.execute(
      t.db,
    )
  ).rows[0]!.slug;
  const otherSlug = await editorial.createProject(t.db, cliActor, projectInput('Sensoren im Wattenmeer', elsewhere));
  await editorial.publish(t.db, cliActor, otherSlug, { de: 'Erstmals veröffentlicht.' });
  other = {
    id: (await t.db.selectFrom('projects').select('id').where('slug', '=', otherSlug).executeTakeFirstOrThrow()).id,
    slug: otherSlug,
    title: 'Sensoren im Wattenmeer',
  };
  otherTopicId = (
    await sql<{
      id: number;
    }>`select id from topics where id not in (select topic_id from project_topics where project_id = ${p.id}) order by id limit 1`.execute(
      t.db,
    )
  ).rows[0]!.id;
});
after(async () => {
  await mailbox.close();
  await t.close();
});

function projectInput(title: string, municipality: string): ProjectInput {
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

const deliver = () => deliverMail(mailbox, t.database.url);
const follows = (residentId: number) => t.db.selectFrom('follows').selectAll().where('resident_id', '=', residentId).execute();
const itemsOf = (residentId: number) =>
  t.db.selectFrom('notification_items').selectAll().where('resident_id', '=', residentId).orderBy('id').execute();
const tokenOf = async (residentId: number) =>
  (await t.db.selectFrom('residents').select('unsubscribe_token').where('id', '=', residentId).executeTakeFirstOrThrow()).unsubscribe_token;
const header = (mail: ParsedMail, name: string) =>
  mail.headerLines
    .find((h) => h.key === name.toLowerCase())
    ?.line.replace(/^[^:]+:\s*/, '')
    .replace(/\r?\n\s+/g, ' ');
const follow = (r: ResidentSession, column: 'project_id' | 'topic_id' | 'municipality_id', id: number) =>
  t.db
    .insertInto('follows')
    .values({ resident_id: r.residentId, [column]: id })
    .execute();
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const notify = (item: Parameters<typeof notifyFollowers>[1]) => t.db.transaction().execute((trx) => notifyFollowers(trx, item));

test('following needs a signed-in resident and a valid form; following twice changes nothing; stopping only one’s own', async () => {
  const anonymous = await get(t.app, `/de/folgen?vorhaben=${p.slug}`);
  assert.equal(anonymous.statusCode, 303);
  assert.equal(anonymous.headers.location, `/de/buergerkonto/anmelden?weiter=${encodeURIComponent(`/de/folgen?vorhaben=${p.slug}`)}`);
  const anonymousPost = await postForm(t.app, '/de/folgen', { vorhaben: p.slug });
  assert.equal(anonymousPost.statusCode, 303);
  assert.equal(anonymousPost.headers.location, `/de/buergerkonto/anmelden?weiter=${encodeURIComponent(`/de/folgen?vorhaben=${p.slug}`)}`);

  const r = await residentSession(t.db);
  const page = await get(t.app, `/de/folgen?vorhaben=${p.slug}`, r);
  assert.equal(page.statusCode, 200);
  assert.equal(page.headers['cache-control'], 'no-store');
  assert.ok(page.body.includes(escapeHtml(p.title)));
  assert.ok(page.body.includes('Sie erhalten Nachrichten zu diesem Vorhaben.'));
  assert.ok(page.body.includes('name="_csrf"') && page.body.includes(`name="vorhaben" value="${p.slug}"`));

  // No CSRF token, a second target, nothing, an unknown slug: refused, nothing changed.
  assert.equal((await postForm(t.app, '/de/folgen', { vorhaben: p.slug }, r, { csrf: false })).statusCode, 403);
  const two = await postForm(t.app, '/de/folgen', { vorhaben: p.slug, thema: p.topicSlug }, r);
  assert.equal(two.statusCode, 400);
  assert.ok(two.body.includes('Bitte wählen Sie genau ein Vorhaben, ein Thema oder eine Kommune'));
  assert.equal((await postForm(t.app, '/de/folgen', {}, r)).statusCode, 400);
  const unknown = await postForm(t.app, '/en/folgen', { kommune: 'atlantis' }, r);
  assert.equal(unknown.statusCode, 400);
  assert.ok(unknown.body.includes('This project, topic or municipality does not exist or is not public.'));
  assert.equal((await get(t.app, '/de/folgen?vorhaben=../etc', r)).statusCode, 400);
  assert.equal((await follows(r.residentId)).length, 0);

  for (let i = 0; i < 2; i++) {
    const done = await postForm(t.app, '/de/folgen', { vorhaben: p.slug }, r);
    assert.equal(done.statusCode, 303);
    assert.equal(done.headers.location, `/de/folgen?vorhaben=${p.slug}&hinweis=gefolgt`);
  }
  assert.equal((await follows(r.residentId)).length, 1, 'following twice is one follow');
  const followed = await get(t.app, `/de/folgen?vorhaben=${p.slug}&hinweis=gefolgt`, r);
  assert.ok(followed.body.includes('Sie folgen jetzt.') && followed.body.includes('Nicht mehr folgen'));

  // Topic and municipality from the profile's forms, back to the profile.
  const topic = await postForm(t.app, '/de/folgen', { thema: p.topicSlug, weiter: '/de/buergerkonto' }, r);
  assert.equal(topic.statusCode, 303);
  assert.equal(topic.headers.location, '/de/buergerkonto');
  const evil = await postForm(t.app, '/de/folgen', { kommune: p.municipalitySlug, weiter: '//evil.example/x' }, r);
  assert.equal(evil.headers.location, `/de/folgen?kommune=${p.municipalitySlug}&hinweis=gefolgt`, 'no redirect off the site');
  const mine = await follows(r.residentId);
  assert.deepEqual(
    mine.map((f) => [f.project_id, f.topic_id, f.municipality_id]).sort(),
    [
      [p.id, null, null],
      [null, p.topicId, null],
      [null, null, p.municipalityId],
    ].sort(),
  );

  // The profile data: all three follows, the selects without what is followed already.
  const overview = await followsOf(t.db, r.residentId);
  assert.deepEqual(
    overview.follows.map((f) => f.kind),
    ['project', 'topic', 'municipality'],
  );
  assert.ok(!overview.topics.some((tp) => tp.slug === p.topicSlug) && !overview.municipalities.some((m) => m.slug === p.municipalitySlug));
  assert.deepEqual(
    (await followData(t.db, r.residentId)).follows.map((f) => f.slug),
    [p.slug, p.topicSlug, p.municipalitySlug],
  );

  // Stopping: someone else's follow is refused and stays; one's own goes.
  const stranger = await residentSession(t.db);
  const projectFollow = mine.find((f) => f.project_id === p.id)!;
  assert.equal((await postForm(t.app, '/de/folgen/beenden', { id: String(projectFollow.id) }, stranger)).statusCode, 400);
  assert.equal((await postForm(t.app, '/de/folgen/beenden', { id: 'x' }, r)).statusCode, 400);
  assert.equal((await postForm(t.app, '/de/folgen/beenden', { id: String(projectFollow.id) }, r, { csrf: false })).statusCode, 403);
  assert.equal(
    (await postForm(t.app, '/de/folgen/beenden', { id: String(projectFollow.id) })).statusCode,
    303,
    'no session: to the sign-in page',
  );
  assert.equal((await follows(r.residentId)).length, 3);
  const stop = await postForm(t.app, '/de/folgen/beenden', { id: String(projectFollow.id) }, r);
  assert.equal(stop.statusCode, 303);
  assert.equal(stop.headers.location, `/de/folgen?vorhaben=${p.slug}&hinweis=beendet`);
  assert.equal((await follows(r.residentId)).length, 2);

  // The Vorhaben page links to the follow page.
  assert.ok((await get(t.app, `/de/vorhaben/${p.slug}`)).body.includes(`href="/de/folgen?vorhaben=${p.slug}"`));
});

test('news fans out to followers of the Vorhaben, its topics and municipalities, once each, never to the actor or to residents with mail off', async () => {
  const byProject = await residentSession(t.db);
  const byTopic = await residentSession(t.db);
  const byMunicipality = await residentSession(t.db);
  const byAll = await residentSession(t.db);
  const off = await residentSession(t.db, { notifyMode: 'off' });
  const actor = await residentSession(t.db);
  const unrelated = await residentSession(t.db);
  await follow(byProject, 'project_id', p.id);
  await follow(byTopic, 'topic_id', p.topicId);
  await follow(byMunicipality, 'municipality_id', p.municipalityId);
  for (const [c, id] of [
    ['project_id', p.id],
    ['topic_id', p.topicId],
    ['municipality_id', p.municipalityId],
  ] as const)
    await follow(byAll, c, id);
  await follow(off, 'project_id', p.id);
  await follow(actor, 'project_id', p.id);
  await follow(unrelated, 'project_id', other.id);
  await follow(unrelated, 'topic_id', otherTopicId);

  await notify({
    projectId: p.id,
    kind: 'comment',
    link: `/vorhaben/${p.slug}#kommentar-1`,
    text: 'Gute Idee!',
    exceptResidentId: actor.residentId,
  });
  for (const r of [byProject, byTopic, byMunicipality, byAll]) {
    const items = await itemsOf(r.residentId);
    assert.equal(items.length, 1, 'exactly one item each');
    assert.deepEqual(
      [items[0]!.kind, items[0]!.link, items[0]!.text, items[0]!.sent_at],
      ['comment', `/vorhaben/${p.slug}#kommentar-1`, 'Gute Idee!', null],
    );
  }
  for (const r of [off, actor, unrelated]) assert.equal((await itemsOf(r.residentId)).length, 0);
  await assert.rejects(notify({ projectId: p.id, kind: 'comment', link: 'https://evil.example/' }), /must be a path/);
  // Only daily residents: no immediate job was queued.
  const jobs = await sql<{
    n: number;
  }>`select count(*)::int as n from graphile_worker.jobs where task_identifier = 'send_notifications'`.execute(t.db);
  assert.equal(jobs.rows[0]!.n, 0);
  await t.db.deleteFrom('follows').execute();
  await t.db.deleteFrom('notification_items').execute();
});

test('immediate mode: one job for a burst, one mail per resident with the items, the unsubscribe link and List-Unsubscribe headers; sent once', async () => {
  const now = await residentSession(t.db, { notifyMode: 'immediate', email: 'sofort@example.org' });
  const english = await residentSession(t.db, { notifyMode: 'immediate', locale: 'en', email: 'now@example.org' });
  const daily = await residentSession(t.db, { email: 'morgens@example.org' });
  const flensburg = (await t.db.selectFrom('municipalities').select('id').where('slug', '=', 'flensburg').executeTakeFirstOrThrow()).id;
  for (const r of [now, english, daily]) await follow(r, 'municipality_id', flensburg);

  // A new Vorhaben of Flensburg is published: followers of the municipality hear of it.
  const slug = await editorial.createProject(t.db, cliActor, {
    ...projectInput('Digitale Parkraumsteuerung am Hafen', 'flensburg'),
    title: { de: 'Digitale Parkraumsteuerung am Hafen', en: 'Digital parking guidance at the harbour' },
  });
  await editorial.publish(t.db, cliActor, slug, { de: 'Erstmals veröffentlicht.' });
  const projectId = (await t.db.selectFrom('projects').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
  await notify({ projectId, kind: 'comment', link: `/vorhaben/${slug}#kommentar-9`, text: 'Wo genau?' });
  const jobs = await sql<{
    n: number;
  }>`select count(*)::int as n from graphile_worker.jobs where task_identifier = 'send_notifications'`.execute(t.db);
  assert.equal(jobs.rows[0]!.n, 1, 'a burst collapses into one job');

  await deliver();
  const mails = mailbox.to('sofort@example.org');
  assert.equal(mails.length, 1);
  const mail = mails[0]!;
  assert.equal(mail.subject, 'Neues zu Vorhaben, denen Sie folgen');
  const text = mail.text!;
  assert.equal(text.split('Digitale Parkraumsteuerung am Hafen').length - 1, 1, 'the Vorhaben is a heading once');
  assert.ok(text.includes('- Neue Fassung veröffentlicht: Erstmals veröffentlicht.'));
  assert.ok(text.includes(`${TEST_BASE_URL}/de/vorhaben/${slug}#changelog`));
  assert.ok(text.includes('- Neuer Kommentar: Wo genau?') && text.includes(`${TEST_BASE_URL}/de/vorhaben/${slug}#kommentar-9`));
  const unsubscribe = `${TEST_BASE_URL}/de/benachrichtigungen/abbestellen?token=${encodeURIComponent(await tokenOf(now.residentId))}`;
  assert.ok(text.includes(unsubscribe));
  assert.equal(header(mail, 'List-Unsubscribe'), `<${unsubscribe}>`);
  assert.equal(header(mail, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');

  const en = mailbox.to('now@example.org');
  assert.equal(en.length, 1);
  assert.equal(en[0]!.subject, 'News about projects you follow');
  assert.ok(en[0]!.text!.includes('Digital parking guidance at the harbour') && en[0]!.text!.includes('- New comment: Wo genau?'));
  assert.ok(en[0]!.text!.includes(`${TEST_BASE_URL}/en/benachrichtigungen/abbestellen?token=`));
  assert.equal(mailbox.to('morgens@example.org').length, 0, 'daily residents wait for the digest');
  assert.ok((await itemsOf(now.residentId)).every((i) => i.sent_at !== null));

  // Nothing new: nothing sent again. One more item: one more mail with only that item.
  await enqueue(t.db, 'send_notifications', {});
  await deliver();
  assert.equal(mailbox.to('sofort@example.org').length, 1);
  await notify({ projectId, kind: 'idea', link: '/beteiligung/x/ideen/1', text: 'Sensoren am Kai' });
  await deliver();
  const second = mailbox.to('sofort@example.org');
  assert.equal(second.length, 2);
  assert.ok(second[1]!.text!.includes('- Neue Idee: Sensoren am Kai') && !second[1]!.text!.includes('Wo genau?'));
  await t.db.deleteFrom('follows').execute();
  await t.db.deleteFrom('notification_items').execute();
});

test('the daily digest: one mail per resident, grouped per Vorhaben, in their language; items marked sent, a second run sends nothing', async () => {
  const k = await residentSession(t.db, { email: 'digest@example.org' });
  const dane = await residentSession(t.db, { locale: 'da', email: 'dansk@example.org' });
  const immediate = await residentSession(t.db, { notifyMode: 'immediate', email: 'gleich@example.org' });
  for (const r of [k, dane]) {
    await follow(r, 'project_id', p.id);
    await follow(r, 'project_id', other.id);
  }
  await follow(immediate, 'project_id', other.id);
  await notify({ projectId: p.id, kind: 'comment', link: `/vorhaben/${p.slug}#kommentar-1`, text: 'Erster Kommentar' });
  await notify({ projectId: other.id, kind: 'event', link: '/veranstaltungen/werkstatt', text: 'Werkstatt am Hafen' });
  await notify({ projectId: p.id, kind: 'notice', link: `/vorhaben/${p.slug}#participate-heading`, text: 'Zweiter Eintrag' });
  // The immediate resident's mail goes out at once, not in the digest.
  await deliver();
  assert.equal(mailbox.to('gleich@example.org').length, 1);
  assert.equal(mailbox.to('digest@example.org').length, 0, 'daily residents get nothing before the digest');

  // The crontab fires at 4:00 and 5:00 UTC; only the run at 6:00 Berlin time sends.
  await enqueue(t.db, 'notification_digest', { _cron: { ts: '2027-01-11T04:00:00.000Z', backfilled: false } });
  await deliver();
  assert.equal(mailbox.to('digest@example.org').length, 0, '5:00 in Berlin: not yet');
  await enqueue(t.db, 'notification_digest', { _cron: { ts: '2027-01-11T05:00:00.000Z', backfilled: false } });
  await deliver();
  const mails = mailbox.to('digest@example.org');
  assert.equal(mails.length, 1, 'one mail per resident');
  const text = mails[0]!.text!;
  assert.equal(mails[0]!.subject, 'Ihre tägliche Zusammenfassung: 3 Neuigkeiten');
  // Grouped: each Vorhaben once, its items beneath it in order.
  assert.equal(text.split(`${TEST_BASE_URL}/de/vorhaben/${p.slug}\n`).length - 1, 1);
  const first = text.indexOf('Erster Kommentar');
  const second = text.indexOf('Zweiter Eintrag');
  const otherAt = text.indexOf('Werkstatt am Hafen');
  assert.ok(first > 0 && second > first && (otherAt < first || otherAt > second), 'the items of one Vorhaben stay together');
  assert.ok(
    text.includes('- Hinweis mit Abwägung veröffentlicht: Zweiter Eintrag') &&
      text.includes('- Veranstaltung angekündigt: Werkstatt am Hafen'),
  );
  assert.ok(text.includes(`${TEST_BASE_URL}/de/benachrichtigungen/abbestellen?token=`));
  assert.equal(header(mails[0]!, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
  const da = mailbox.to('dansk@example.org');
  assert.equal(da.length, 1);
  assert.equal(da[0]!.subject, 'Dit daglige sammendrag: 3 nyheder');
  assert.ok(
    da[0]!.text!.includes('- Ny kommentar: Erster Kommentar') && da[0]!.text!.includes('/da/benachrichtigungen/abbestellen?token='),
  );
  for (const r of [k, dane]) assert.ok((await itemsOf(r.residentId)).every((i) => i.sent_at !== null));

  await enqueue(t.db, 'notification_digest', {});
  await deliver();
  assert.equal(mailbox.to('digest@example.org').length, 1, 'a second run sends nothing');
  assert.equal(mailbox.to('dansk@example.org').length, 1);
  await t.db.deleteFrom('follows').execute();
  await t.db.deleteFrom('notification_items').execute();
});

test('one-click unsubscribe: the page with its button, the POST and the RFC 8058 body turn mail off; an unknown token changes nothing', async () => {
  const viaPage = await residentSession(t.db);
  await follow(viaPage, 'project_id', p.id);
  await notify({ projectId: p.id, kind: 'comment', link: `/vorhaben/${p.slug}`, text: 'Noch nicht versandt' });
  const token = await tokenOf(viaPage.residentId);
  const url = `/de/benachrichtigungen/abbestellen?token=${encodeURIComponent(token)}`;
  const page = await get(t.app, url);
  assert.equal(page.statusCode, 200);
  assert.equal(page.headers['cache-control'], 'no-store');
  assert.ok(page.body.includes('E-Mail-Benachrichtigungen abbestellen') && page.body.includes('>Abbestellen<'));
  assert.ok(page.body.includes(`action="${url.replace(/&/g, '&amp;')}"`));
  const mode = async (id: number) =>
    (await t.db.selectFrom('residents').select('notify_mode').where('id', '=', id).executeTakeFirstOrThrow()).notify_mode;
  assert.equal(await mode(viaPage.residentId), 'daily', 'looking at the page changes nothing');
  const done = await postForm(t.app, url, {});
  assert.equal(done.statusCode, 200);
  assert.ok(done.body.includes('Sie erhalten keine E-Mail-Benachrichtigungen mehr.'));
  assert.equal(await mode(viaPage.residentId), 'off');
  assert.equal((await itemsOf(viaPage.residentId)).length, 0, 'pending items are dropped');
  await notify({ projectId: p.id, kind: 'comment', link: `/vorhaben/${p.slug}`, text: 'Danach' });
  assert.equal((await itemsOf(viaPage.residentId)).length, 0, 'no items once mail is off');
  assert.equal((await postForm(t.app, url, {})).statusCode, 200, 'a second click is fine');

  // RFC 8058: the mail client posts "List-Unsubscribe=One-Click" to the address in the header.
  const oneClick = await residentSession(t.db, { notifyMode: 'immediate', locale: 'en' });
  const oneClickUrl = `/en/benachrichtigungen/abbestellen?token=${encodeURIComponent(await tokenOf(oneClick.residentId))}`;
  const res = await t.app.inject({
    method: 'POST',
    url: oneClickUrl,
    payload: 'List-Unsubscribe=One-Click',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(res.statusCode, 200);
  assert.ok(res.body.includes('You will no longer receive e-mail notifications.'));
  assert.equal(await mode(oneClick.residentId), 'off');
  const multipart = await residentSession(t.db);
  const boundary = '----oneclick';
  const mp = await t.app.inject({
    method: 'POST',
    url: `/de/benachrichtigungen/abbestellen?token=${encodeURIComponent(await tokenOf(multipart.residentId))}`,
    payload: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  assert.equal(mp.statusCode, 200);
  assert.equal(await mode(multipart.residentId), 'off');

  // Unknown or missing tokens: a clear, translated error; nothing changes.
  const bystander = await residentSession(t.db);
  for (const bad of ['/de/benachrichtigungen/abbestellen?token=unbekannt-unbekannt-unbekannt', '/de/benachrichtigungen/abbestellen']) {
    const shown = await get(t.app, bad);
    assert.equal(shown.statusCode, 404);
    assert.ok(shown.body.includes('Dieser Abbestell-Link ist ungültig'));
    assert.equal((await postForm(t.app, bad, { 'List-Unsubscribe': 'One-Click' })).statusCode, 404);
  }
  assert.ok((await get(t.app, '/da/benachrichtigungen/abbestellen?token=x')).body.includes('Dette afmeldingslink er ugyldigt'));
  assert.equal(await mode(bystander.residentId), 'daily');
  await t.db.deleteFrom('follows').execute();
  await t.db.deleteFrom('notification_items').execute();
});

test('publishing an event on a Vorhaben, releasing a notice and publishing a process notify the Vorhaben’s followers', async () => {
  const r = await residentSession(t.db);
  await follow(r, 'project_id', p.id);
  const eventSlug = await createEvent(t.db, cliActor, eventInput({ projectSlug: p.slug }));
  await publishEvent(t.db, cliActor, eventSlug);
  const notice = await t.db
    .insertInto('notices')
    .values({ project_id: p.id, body: 'Die Ampel ist zu kurz grün.', email: 'h@example.org', status: 'received' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await handleNotice(t.db, cliActor, notice.id, 'release', { text: 'Wird geprüft.', language: 'de' }, 'http://lotse.test');
  await handleNotice(t.db, cliActor, notice.id, 'weigh', { text: 'Wird geprüft, Ergebnis im Mai.', language: 'de' }, 'http://lotse.test');
  const processSlug = await saveProcess(t.db, cliActor, null, {
    projectSlug: p.slug,
    title: { de: 'Zukunft des Hafens' },
    description: null,
    results: null,
    phases: [],
    published: true,
  });
  await saveProcess(t.db, cliActor, processSlug, {
    projectSlug: p.slug,
    title: { de: 'Zukunft des Hafens (neu)' },
    description: null,
    results: null,
    phases: [],
    published: true,
  });
  const items = await itemsOf(r.residentId);
  assert.deepEqual(
    items.map((i) => [i.kind, i.link]),
    [
      ['event', `/veranstaltungen/${eventSlug}`],
      ['notice', `/vorhaben/${p.slug}#participate-heading`],
      ['process', `/beteiligung/${processSlug}`],
    ],
    'each once: a second weighing or saving the process again is no news',
  );
  assert.equal(items[1]!.text, 'Die Ampel ist zu kurz grün.');
});
