// Translation coverage in the back office: the published Vorhaben, events and participation processes
// lacking a Danish or English title or description, with the missing fields per language, filters by
// language and kind, links to each editor, the count on the dashboard, and who sees it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { eventBy, processOn, publishedProject } from '../helpers/matrix-fixtures.js';
import { publishedEvent } from '../helpers/events.js';
import { get, type StaffSession, staffSession } from '../helpers/staff.js';

let t: TestApp;
let editor: StaffSession;
let admin: StaffSession;
let moderator: StaffSession;
let project: string;
let event: string;
let process: string;
let nordfriesland: string;
let translatedEvent: string;

const json = (v: unknown) => JSON.stringify(v);

before(async () => {
  t = await startTestApp('municipalities');
  editor = await staffSession(t.db, [{ role: 'editor', municipality: 'flensburg' }]);
  admin = await staffSession(t.db, [{ role: 'admin' }]);
  moderator = await staffSession(t.db, [{ role: 'moderator' }]);
  // A Vorhaben translated but for its English description.
  project = (await publishedProject(t.db, ['flensburg'])).slug;
  await t.db
    .updateTable('projects')
    .set({
      title: json({ de: 'Radweg Nord', da: 'Cykelsti Nord', en: 'Cycle path North' }),
      description: json({ de: 'Ein Radweg.', da: 'En cykelsti.' }),
    })
    .where('slug', '=', project)
    .execute();
  // A process in German only, on a Vorhaben that is fully translated (and has no description).
  const p = await processOn(t.db, ['flensburg']);
  process = p.slug;
  await t.db
    .updateTable('projects')
    .set({ title: json({ de: 'Quartier', da: 'Kvarter', en: 'Neighbourhood' }) })
    .where('id', '=', p.projectId)
    .execute();
  // An event in German only (title and description).
  event = await eventBy(t.db, 'flensburg');
  translatedEvent = await publishedEvent(t.db, {
    title: { de: 'Fest', da: 'Fest', en: 'Party' },
    description: { de: 'Mit Musik.', da: 'Med musik.', en: 'With music.' },
  });
  // Another municipality's Vorhaben: not the Flensburg editor's work.
  nordfriesland = (await publishedProject(t.db, ['nordfriesland'])).slug;
});
after(() => t.close());

/** The table row that links to `href`, as its cells' text. */
function row(html: string, href: string): string[] | undefined {
  const tr = html.split('<tr').find((r) => r.includes(`href="${href}"`));
  return tr
    ?.split('</tr>')[0]!
    .split('<td')
    .slice(1)
    .map((c) =>
      c
        .replace(/<[^>]*>/g, '')
        .replace(/^[^>]*>/, '')
        .trim(),
    );
}

test('the page lists what lacks Danish or English, field by field, with links to the editors', async () => {
  const res = await get(t.app, '/de/verwaltung/uebersetzungen', editor);
  assert.equal(res.statusCode, 200);
  assert.deepEqual(row(res.body, `/de/verwaltung/vorhaben/${project}/bearbeiten`), [
    'Vorhaben',
    'Radweg Nord',
    'vollständig',
    'Beschreibung',
  ]);
  assert.deepEqual(row(res.body, `/de/verwaltung/veranstaltungen/${event}/bearbeiten`)?.slice(2), [
    'Titel, Beschreibung',
    'Titel, Beschreibung',
  ]);
  assert.equal(row(res.body, `/de/verwaltung/veranstaltungen/${event}/bearbeiten`)?.[0], 'Veranstaltung');
  assert.deepEqual(row(res.body, `/de/verwaltung/beteiligung/prozesse/${process}`), [
    'Beteiligungsprozess',
    `Prozess ${process.split('-').at(-1)}`,
    'Titel',
    'Titel',
  ]);
  assert.ok(!res.body.includes(translatedEvent), 'a fully translated event is not listed');
  assert.ok(!res.body.includes(nordfriesland), "another municipality's Vorhaben is not the editor's");
  assert.ok(res.body.includes('3 veröffentlichte Einträge ohne vollständige Übersetzung.'));
  assert.ok(res.body.includes('<caption'));
});

test('filters by language and by kind', async () => {
  const danish = await get(t.app, '/de/verwaltung/uebersetzungen?sprache=da', editor);
  assert.ok(!danish.body.includes(`/vorhaben/${project}/bearbeiten`), 'the Vorhaben lacks only English');
  assert.ok(danish.body.includes(`/veranstaltungen/${event}/bearbeiten`) && danish.body.includes(`/prozesse/${process}"`));
  assert.ok(danish.body.includes('<option value="da" selected'));
  const events = await get(t.app, '/de/verwaltung/uebersetzungen?art=event&sprache=en', editor);
  assert.ok(events.body.includes(`/veranstaltungen/${event}/bearbeiten`));
  assert.ok(!events.body.includes(`/vorhaben/${project}/bearbeiten`) && !events.body.includes(`/prozesse/${process}"`));
  assert.ok(events.body.includes('1 veröffentlichter Eintrag ohne vollständige Übersetzung.'));
  const nonsense = await get(t.app, '/de/verwaltung/uebersetzungen?art=x&sprache=fr', editor);
  assert.equal(nonsense.statusCode, 200);
  assert.ok(nonsense.body.includes('3 veröffentlichte Einträge'));
});

test('the dashboard counts them and links to the page; the navigation offers it to content editors only', async () => {
  const dashboard = await get(t.app, '/de/verwaltung', editor);
  assert.match(
    dashboard.body,
    /<a class="kern-link" href="\/de\/verwaltung\/uebersetzungen">3 veröffentlichte Einträge ohne dänischen oder englischen Text<\/a>/,
  );
  const forAdmin = await get(t.app, '/de/verwaltung', admin);
  assert.ok(forAdmin.body.includes('4 veröffentlichte Einträge ohne dänischen oder englischen Text'));
  assert.ok(dashboard.body.includes('>Übersetzungen</a>'));
  const mod = await get(t.app, '/de/verwaltung/beteiligung', moderator);
  assert.ok(!mod.body.includes('/de/verwaltung/uebersetzungen'));
  assert.equal((await get(t.app, '/de/verwaltung/uebersetzungen', moderator)).statusCode, 403);
});

test('the page speaks Danish', async () => {
  const res = await get(t.app, '/da/verwaltung/uebersetzungen', editor);
  assert.ok(res.body.includes('Mangler på dansk') && res.body.includes('Mangler på engelsk'));
  assert.deepEqual(row(res.body, `/da/verwaltung/vorhaben/${project}/bearbeiten`)?.slice(2), ['komplet', 'Beskrivelse']);
});
