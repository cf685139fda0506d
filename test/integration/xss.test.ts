// Every text residents or staff type is shown escaped: a list of XSS payloads goes through the notice,
// participation request, signature, event registration, idea, comment, report, profile and back-office
// forms, and no page may carry any of them as live markup.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cliActor } from '../../src/platform/actor.js';
import { handleNotice } from '../../src/modules/participation/participation.backoffice.service.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { publishedEvent } from '../helpers/events.js';
import { residentSession } from '../helpers/residents.js';
import { get, postForm, staffSession } from '../helpers/staff.js';

const payloads = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg/onload=alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  '</textarea><script>alert(1)</script>',
  '<iframe src="https://evil.example"></iframe>',
  '{{constructor.constructor("alert(1)")()}}',
  '<div style="background:url(javascript:alert(1))">',
];
// Markup that must never appear unescaped in a page (the payloads' opening tags and handlers).
const live = [
  /<script>alert/i,
  /<img src=x/i,
  /<svg\/onload/i,
  /<a href="javascript:/i,
  /<iframe src="https:\/\/evil/i,
  /<div style="background:url\(javascript/i,
];

let t: TestApp;
let slug: string;
before(async () => {
  t = await startTestApp('demo');
  slug = (
    await t.db.selectFrom('projects').select('slug').where('publication_state', '=', 'published').orderBy('id').executeTakeFirstOrThrow()
  ).slug;
});
after(() => t.close());

function assertSafe(html: string, where: string) {
  for (const pattern of live) assert.doesNotMatch(html, pattern, `${where} carries live markup`);
}

async function publicPost(url: string, fields: Record<string, string>) {
  const page = await t.app.inject({ url: url.replace(/\/(anmelden|unterschreiben)$/, '').replace(/\/(hinweis|anregung)$/, '/$1') });
  const csrf = page.cookies.find((c) => c.name === 'lotse_csrf')?.value ?? 'x';
  return t.app.inject({
    method: 'POST',
    url,
    payload: new URLSearchParams({ ...fields, _csrf: csrf }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    cookies: { lotse_csrf: csrf },
    remoteAddress: `10.99.${Math.floor(Math.random() * 200)}.${Math.floor(Math.random() * 200)}`,
  });
}

test('payloads in notices, requests and signatures are escaped in forms coming back and on public pages', async () => {
  for (const [i, p] of payloads.entries()) {
    // Forms coming back with errors show what was typed, escaped.
    assertSafe((await publicPost(`/de/vorhaben/${slug}/hinweis`, { body: p, name: p, email: 'kein-mail' })).body, 'the notice form');
    assertSafe(
      (await publicPost(`/de/vorhaben/${slug}/anregung`, { kind: 'informal', title: p, reasoning: p, email: 'kein-mail' })).body,
      'the request form',
    );
    // Stored and released.
    await publicPost(`/de/vorhaben/${slug}/hinweis`, { body: `Hinweis ${i}: ${p}`, name: p, email: `x${i}@example.org`, consent: 'on' });
  }
  const notices = await t.db.selectFrom('notices').select('id').where('email', 'like', 'x%@example.org').execute();
  for (const n of notices) {
    await t.db.updateTable('notices').set({ status: 'received' }).where('id', '=', n.id).execute();
    await handleNotice(
      t.db,
      cliActor,
      n.id,
      'release',
      { text: `Abwägung: ${payloads[n.id % payloads.length]}`, language: 'de' },
      'http://lotse.test',
    );
  }
  const request = await t.db
    .insertInto('participation_requests')
    .values({
      project_id: (await t.db.selectFrom('projects').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id,
      kind: 'signatures',
      title: payloads[0]!,
      reasoning: payloads.join('\n'),
      status: 'received',
      quorum: 10,
      decision_text: payloads[1]!,
      agenda_reference: payloads[2]!,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const projectPage = await get(t.app, `/de/vorhaben/${slug}`);
  assert.ok(projectPage.body.includes('Hinweis 0: &lt;script>alert(1)&lt;/script>'));
  assertSafe(projectPage.body, 'the Vorhaben page');
  assertSafe((await get(t.app, `/de/beteiligung/anregungen/${request.id}`)).body, 'the request page');
  assertSafe(
    (
      await publicPost(`/de/beteiligung/anregungen/${request.id}/unterschreiben`, {
        name: payloads[3]!,
        residence: payloads[4]!,
        email: 'kein-mail',
      })
    ).body,
    'the signature form',
  );
  const moderator = await staffSession(t.db, [{ role: 'moderator' }]);
  assertSafe((await get(t.app, '/de/verwaltung/beteiligung', moderator)).body, 'the back-office inbox');
  assertSafe((await get(t.app, `/de/verwaltung/beteiligung/anregungen/${request.id}`, moderator)).body, 'the back-office request');
});

test('payloads in event registrations and event texts are escaped, also in the registrations list', async () => {
  const eventSlug = await publishedEvent(t.db, {
    title: { de: `Veranstaltung ${payloads[1]}` },
    description: { de: payloads.join('\n\n') },
    question: { de: payloads[2]! },
  });
  for (const [i, p] of payloads.entries()) {
    assertSafe(
      (await publicPost(`/de/veranstaltungen/${eventSlug}/anmelden`, { name: p, email: 'kein-mail' })).body,
      'the registration form',
    );
    await publicPost(`/de/veranstaltungen/${eventSlug}/anmelden`, {
      name: p,
      organisation: p,
      accessibilityNeeds: p,
      answer: p,
      email: `e${i}@example.org`,
      consent: 'on',
    });
  }
  await t.db.updateTable('event_registrations').set({ status: 'confirmed' }).execute();
  assertSafe((await get(t.app, `/de/veranstaltungen/${eventSlug}`)).body, 'the event page');
  assertSafe((await get(t.app, '/de/veranstaltungen')).body, 'the calendar');
  const json = await get(t.app, `/api/v1/events/${eventSlug}`);
  assert.equal(json.json().title, `Veranstaltung ${payloads[1]}`, 'JSON keeps the text as it is');
  const admin = await staffSession(t.db, [{ role: 'admin' }]);
  assertSafe((await get(t.app, `/de/verwaltung/veranstaltungen/${eventSlug}/anmeldungen`, admin)).body, 'the registrations list');
  assertSafe((await get(t.app, `/de/verwaltung/veranstaltungen/${eventSlug}/bearbeiten`, admin)).body, 'the event form');
  // The JSON-LD block cannot be closed from inside.
  assert.ok(!/<\/script><img/i.test((await get(t.app, `/de/veranstaltungen/${eventSlug}`)).body));
});

test('payloads typed into the Vorhaben editor are escaped in the form, the overview, the notes, the audit log and the public page', async () => {
  const admin = await staffSession(t.db, [{ role: 'admin' }]);
  const res = await postForm(
    t.app,
    '/de/verwaltung/vorhaben/neu',
    {
      title_de: `Titel ${payloads[1]}`,
      description_de: payloads.join('\n\n'),
      municipalities: 'flensburg',
      status: 'planned',
      contact: payloads[0]!,
      links: `Info: https://example.org/${encodeURIComponent(payloads[3]!)}`,
    },
    admin,
  );
  assert.equal(res.statusCode, 303, res.body);
  const draftSlug = String(res.headers.location).split('/').pop()!.split('?')[0]!;
  assertSafe((await get(t.app, `/de/verwaltung/vorhaben/${draftSlug}`, admin)).body, 'the overview');
  assertSafe((await get(t.app, `/de/verwaltung/vorhaben/${draftSlug}/bearbeiten`, admin)).body, 'the edit form');
  await postForm(t.app, `/de/verwaltung/vorhaben/${draftSlug}/notizen`, { body: payloads.join(' ') }, admin);
  await postForm(t.app, `/de/verwaltung/vorhaben/${draftSlug}/veroeffentlichen`, { note_de: payloads[4]! }, admin);
  assertSafe((await get(t.app, `/de/vorhaben/${draftSlug}`)).body, 'the public Vorhaben page');
  assertSafe((await get(t.app, `/de/verwaltung/vorhaben/${draftSlug}`, admin)).body, 'the overview with notes');
  assertSafe((await get(t.app, '/de/verwaltung/protokoll', admin)).body, 'the audit log');
});

test('payloads in ideas, comments, reports, display names and moderation reasons are escaped everywhere they appear', async () => {
  const process = 'parken-im-quartier-beispiel';
  const resident = await residentSession(t.db);
  const reporter = await residentSession(t.db);
  await postForm(t.app, '/de/buergerkonto', { display_name: payloads[1]!.slice(0, 60), locale: 'de', notify_mode: 'off' }, resident);
  assertSafe(
    (await postForm(t.app, `/de/beteiligung/${process}/ideen`, { title: '', body: payloads.join('\n'), location: payloads[2]! }, resident))
      .body,
    'the idea form coming back',
  );
  const idea = await postForm(
    t.app,
    `/de/beteiligung/${process}/ideen`,
    { title: payloads[0]!, body: payloads.join('\n'), location: payloads[2]! },
    resident,
  );
  assert.equal(idea.statusCode, 303);
  const ideaPath = String(idea.headers.location).split('?')[0]!;
  const ideaId = Number(ideaPath.split('/').pop());
  for (const p of payloads) await postForm(t.app, '/de/kommentare', { target: `idea:${ideaId}`, body: p }, resident);
  await postForm(t.app, '/de/kommentare', { target: `project:${slug}`, body: payloads.join(' ') }, resident);
  assertSafe(
    (await postForm(t.app, '/de/kommentare', { target: `project:${slug}`, body: '' }, resident)).body,
    'the comment form coming back',
  );
  const comment = await t.db
    .selectFrom('comments')
    .select('id')
    .where('resident_id', '=', resident.residentId)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  await postForm(t.app, `/de/kommentare/${comment.id}/melden`, { reason: payloads.join(' ') }, reporter);

  const ideaPage = (await get(t.app, ideaPath, reporter)).body;
  assertSafe(ideaPage, 'the idea page with its thread');
  assert.ok(
    ideaPage.includes('&lt;script>alert(1)&lt;/script>') || ideaPage.includes('&lt;script&gt;alert(1)&lt;/script&gt;'),
    'the payloads are shown as text',
  );
  assert.equal((await t.db.selectFrom('comments').select('id').where('idea_id', '=', ideaId).execute()).length, payloads.length);
  assertSafe((await get(t.app, `/de/beteiligung/${process}`)).body, 'the process page');
  assertSafe((await get(t.app, `/de/vorhaben/${slug}/diskussion`, reporter)).body, 'the discussion');
  assertSafe((await get(t.app, '/de/buergerkonto', resident)).body, 'the profile');
  const moderator = await staffSession(t.db, [{ role: 'moderator' }]);
  assertSafe((await get(t.app, '/de/verwaltung/moderation', moderator)).body, 'the moderation queue');
  await postForm(t.app, `/de/verwaltung/moderation/kommentare/${comment.id}/ausblenden`, { reason: payloads[5]! }, moderator);
  await postForm(
    t.app,
    `/de/verwaltung/beteiligung/ideen/${ideaId}`,
    { status: 'rejected', reason: payloads[3]!, answer: payloads.join('\n') },
    moderator,
  );
  assertSafe((await get(t.app, '/de/verwaltung/moderation', moderator)).body, 'the moderation queue with hidden comments');
  assertSafe((await get(t.app, `/de/verwaltung/beteiligung/ideen/${ideaId}`, moderator)).body, 'the idea in the back office');
  assertSafe((await get(t.app, '/de/verwaltung/beteiligung/ideen', moderator)).body, 'the list of ideas');
  assertSafe((await get(t.app, ideaPath)).body, 'the idea page with its answer');
  assertSafe((await get(t.app, `/de/beteiligung/${process}/ideen/${ideaId}`)).body, 'the idea page');
});
