// The Atom feeds (issue 14, point 5), read with a feed parser library: new and changed Vorhaben with their
// public change notes, the same for the register's current filter, events and participation processes;
// entries in the page language; announced by the pages (<link rel="alternate">) and linked visibly.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { cliActor } from '../../src/platform/actor.js';
import { publish, saveDraft } from '../../src/modules/editorial/editorial.service.js';
import { projectToInput, publicProject } from '../../src/modules/projects/index.js';
import { startTestApp, type TestApp } from '../helpers/app.js';

describe('Atom feeds', () => {
  let t: TestApp;
  let project: { slug: string; topic: string };
  const get = (url: string) => t.app.inject({ method: 'GET', url });
  const feed = async (url: string) => {
    const res = await get(url);
    assert.equal(res.statusCode, 200, url);
    assert.match(String(res.headers['content-type']), /^application\/atom\+xml/);
    assert.match(res.body, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    return parseFeed(res.body);
  };

  before(async () => {
    t = await startTestApp('demo');
    const list = JSON.parse((await get('/api/v1/projects?municipality=nordfriesland&limit=1')).body) as {
      items: { slug: string; topics: { slug: string }[] }[];
    };
    project = { slug: list.items[0]!.slug, topic: list.items[0]!.topics[0]!.slug };
    // A new version with a public change note in three languages.
    const current = await publicProject(t.db, project.slug);
    await saveDraft(t.db, cliActor, project.slug, { ...projectToInput(current), nextSteps: { de: 'Ausschreibung im Frühjahr' } });
    await publish(t.db, cliActor, project.slug, {
      de: 'Nächste Schritte ergänzt.',
      da: 'Næste skridt tilføjet.',
      en: 'Next steps added.',
    });
  });
  after(() => t.close());

  test('new and changed Vorhaben, newest first, with their change notes, in the page language', async () => {
    const de = await feed('/de/vorhaben/feed.atom');
    assert.equal(de.title, 'Vorhabenliste: neue und geänderte Vorhaben');
    assert.equal(de.language, 'de');
    assert.equal(de.self, 'http://lotse.test/de/vorhaben/feed.atom');
    assert.ok(de.items.length > 1);
    const first = de.items[0]!;
    assert.match(first.title ?? '', /^Geändert: /);
    assert.equal(first.url, `http://lotse.test/de/vorhaben/${project.slug}`);
    assert.match(first.description ?? '', /Nächste Schritte ergänzt\./);
    assert.match(first.description ?? '', /Geänderte Angaben: .*Nächste Schritte/);
    assert.ok(
      de.items.some((i) => /^Neu: /.test(i.title ?? '')),
      'a first version is announced as new',
    );
    const updated = de.items.map((i) => i.updated!.getTime());
    assert.deepEqual(
      updated,
      [...updated].sort((a, b) => b - a),
    );

    const en = await feed('/en/vorhaben/feed.atom');
    assert.equal(en.title, 'Register of projects: new and changed projects');
    assert.equal(en.language, 'en');
    assert.match(en.items[0]!.title ?? '', /^Changed: /);
    assert.match(en.items[0]!.description ?? '', /Next steps added\./);
    assert.equal(en.items[0]!.url, `http://lotse.test/en/vorhaben/${project.slug}`);
    assert.equal(en.items[0]!.id, first.id, 'the same entry in every language');
    const da = await feed('/da/vorhaben/feed.atom');
    assert.match(da.items[0]!.title ?? '', /^Ændret: /);
    assert.match(da.items[0]!.description ?? '', /Næste skridt tilføjet\./);
  });

  test("the register's current filter: only its Vorhaben, named in the title", async () => {
    const query = `municipality=nordfriesland&topic=${project.topic}`;
    const filtered = await feed(`/de/vorhaben/feed.atom?${query}`);
    assert.match(filtered.title ?? '', /^Vorhabenliste: Kreis Nordfriesland · /);
    const expected = (JSON.parse((await get(`/api/v1/projects?${query}&limit=500`)).body) as { items: { slug: string }[] }).items.map(
      (p) => p.slug,
    );
    const slugs = new Set(filtered.items.map((i) => i.url!.replace('http://lotse.test/de/vorhaben/', '')));
    assert.ok(slugs.has(project.slug));
    for (const slug of slugs) assert.ok(expected.includes(slug), `${slug} matches the filter`);
    const all = await feed('/de/vorhaben/feed.atom');
    assert.ok(all.items.length > filtered.items.length, 'the filter leaves Vorhaben out');

    // Unknown values are left out, as the register does.
    const lenient = await feed('/de/vorhaben/feed.atom?municipality=atlantis');
    assert.equal(lenient.items.length, all.items.length);
  });

  test('events and participation processes', async () => {
    const events = await feed('/de/veranstaltungen/feed.atom');
    assert.equal(events.title, 'Veranstaltungen: neue und geänderte Termine');
    assert.ok(events.items.length > 0);
    const event = events.items[0]!;
    assert.match(event.url ?? '', /^http:\/\/lotse\.test\/de\/veranstaltungen\/[a-z0-9-]+$/);
    assert.match(event.description ?? '', /\d{1,2}:\d{2}/, 'when it takes place, in Berlin time');
    const api = JSON.parse((await get(`/api/v1/events/${event.url!.split('/').pop()}?lang=en`)).body) as { title: string };
    const eventsEn = await feed('/en/veranstaltungen/feed.atom');
    assert.ok(eventsEn.items.some((i) => i.title === api.title || i.title === `Cancelled: ${api.title}`));

    const processes = await feed('/en/beteiligung/feed.atom');
    assert.equal(processes.title, 'Participation processes');
    const fromApi = (JSON.parse((await get('/api/v1/processes?lang=en')).body) as { items: { slug: string; title: string }[] }).items;
    assert.deepEqual(processes.items.map((i) => i.url).sort(), fromApi.map((p) => `http://lotse.test/en/beteiligung/${p.slug}`).sort());
    assert.ok(processes.items.every((i) => fromApi.some((p) => p.title === i.title)));
    assert.match(processes.items[0]!.description ?? '', /On the project: /);
  });

  test('the pages announce their feed and link it visibly', async () => {
    const register = (await get('/de/vorhaben?municipality=nordfriesland')).body;
    assert.match(
      register,
      /<link rel="alternate" type="application\/atom\+xml" title="Vorhabenliste: neue und geänderte Vorhaben" href="\/de\/vorhaben\/feed\.atom\?municipality=nordfriesland"\/>/,
    );
    assert.match(
      register,
      /<a class="kern-link" href="\/de\/vorhaben\/feed\.atom\?municipality=nordfriesland" type="application\/atom\+xml">Diese Auswahl als Feed abonnieren \(Atom\)<\/a>/,
    );
    assert.match(
      (await get('/en/vorhaben')).body,
      /<a class="kern-link" href="\/en\/vorhaben\/feed\.atom" type="application\/atom\+xml">Subscribe as a feed \(Atom\)<\/a>/,
    );
    const calendar = (await get('/da/veranstaltungen')).body;
    assert.match(
      calendar,
      /<link rel="alternate" type="application\/atom\+xml" title="Arrangementer: nye og ændrede datoer" href="\/da\/veranstaltungen\/feed\.atom"\/>/,
    );
    assert.match(calendar, /href="\/da\/veranstaltungen\/feed\.atom" type="application\/atom\+xml">Abonnér som feed \(Atom\)<\/a>/);
    const processes = (await get('/de/beteiligung')).body;
    assert.match(
      processes,
      /<link rel="alternate" type="application\/atom\+xml" title="Beteiligungsprozesse" href="\/de\/beteiligung\/feed\.atom"\/>/,
    );
    assert.match(processes, /href="\/de\/beteiligung\/feed\.atom" type="application\/atom\+xml">Als Feed abonnieren \(Atom\)<\/a>/);
  });
});
