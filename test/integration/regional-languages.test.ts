// North Frisian (frr) and Low German (nds) as content languages (issue 19, point 3): staff write a
// Vorhaben's, an event's or a process's title and description in them in the back office; the public page
// offers them behind a switch of their own (`?text=frr`) in an element with that `lang`, the interface
// staying in its locale; the API returns them, and the OpenAPI document describes them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { importVorhabenliste } from '../../src/modules/projects/import/import.service.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { flensburgVorhaben, vorhabenCsv } from '../helpers/factories.js';
import { get, postForm, staffSession, type StaffSession } from '../helpers/staff.js';

let t: TestApp;
let editor: StaffSession;
let moderator: StaffSession;

before(async () => {
  t = await startTestApp('municipalities');
  editor = await staffSession(t.db, [{ role: 'editor', municipality: 'flensburg' }]);
  moderator = await staffSession(t.db, [{ role: 'moderator' }]);
  await importVorhabenliste(t.db, vorhabenCsv([flensburgVorhaben()]));
});
after(() => t.close());

const slug = 'digitale-buergerdienste-im-rathaus-flensburg';
const frrTitle = 'Digitåål tiinste önj e rädhüs Flensborj';
const frrDescription = 'Önj e rädhüs wårde **aanträäge** online stald.';
const ndsDescription = 'In dat Rathuus warrt Anträäg nu över dat Internet stellt.';

/** What an edit form holds, as the browser would send it back (postForm adds the session's CSRF token). */
async function formValues(url: string, session: StaffSession): Promise<Record<string, string>> {
  const form = await get(t.app, url, session);
  assert.equal(form.statusCode, 200);
  const inputs = [...form.body.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!] as const);
  const areas = [...form.body.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g)].map((m) => [m[1]!, m[2]!] as const);
  return Object.fromEntries(
    [...inputs, ...areas]
      .filter(([name]) => name !== '_csrf')
      .map(([name, value]) => [
        name,
        value
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&'),
      ]),
  );
}

/** The Vorhaben form's values with the choices a browser sends too (status, municipality). */
const vorhabenValues = async (url: string) => ({ ...(await formValues(url, editor)), status: 'planned', municipalities: 'flensburg' });

/** The section a `?text=` link opens, up to its end. */
const regionalSection = (body: string) => {
  const start = body.indexOf('<section class="lotse-section lotse-regional"');
  return start < 0 ? null : body.slice(start, body.indexOf('</section>', start));
};

describe('a Vorhaben in North Frisian and Low German', () => {
  const edit = `/de/verwaltung/vorhaben/${slug}/bearbeiten`;

  test('the edit form offers the texts, labelled and marked with their language', async () => {
    const form = (await get(t.app, edit, editor)).body;
    assert.ok(form.includes('<legend class="kern-heading-small">Texte auf Nordfriesisch und Niederdeutsch (optional)</legend>'));
    for (const [name, label] of [
      ['title_frr', 'Titel (Nordfriesisch)'],
      ['description_frr', 'Beschreibung (Nordfriesisch)'],
      ['title_nds', 'Titel (Niederdeutsch)'],
      ['description_nds', 'Beschreibung (Niederdeutsch)'],
    ] as const) {
      assert.match(form, new RegExp(`<label class="kern-label" for="${name}">${label.replace(/[()]/g, '\\$&')}`), name);
      assert.match(form, new RegExp(`name="${name}"[^>]* lang="${name.split('_')[1]}"`), name);
    }
  });

  test('a text too long, or one without the German text, comes back at its field and changes nothing', async () => {
    const values = await vorhabenValues(edit);
    const tooLong = await postForm(t.app, edit, { ...values, title_frr: 'x'.repeat(301) }, editor);
    assert.equal(tooLong.statusCode, 400);
    assert.match(
      tooLong.body,
      /<ul class="kern-list"><li><a class="kern-link" href="#title_frr">[^<]*höchstens 300 Zeichen/,
      'only that error',
    );
    const withoutGerman = await postForm(t.app, edit, { ...values, description_de: '', description_nds: ndsDescription }, editor);
    assert.equal(withoutGerman.statusCode, 400);
    assert.ok(withoutGerman.body.includes('Bitte zuerst den deutschen Text angeben'));
    assert.ok(withoutGerman.body.includes(ndsDescription), 'what was typed is kept');
    const drafts = await t.db.selectFrom('project_drafts').select('project_id').execute();
    assert.equal(drafts.length, 0, 'no working copy was made');
  });

  test('saved and published, the page offers them behind a switch, in an element with their lang; the API returns them', async () => {
    const values = await vorhabenValues(edit);
    const saved = await postForm(
      t.app,
      edit,
      { ...values, title_frr: frrTitle, description_frr: frrDescription, description_nds: ndsDescription },
      editor,
    );
    assert.equal(saved.statusCode, 303, /<ul class="kern-list">[\s\S]*?<\/ul>/.exec(saved.body)?.[0]);
    assert.ok((await get(t.app, edit, editor)).body.includes(frrTitle), 'the form shows what was saved');
    const published = await postForm(t.app, `/de/verwaltung/vorhaben/${slug}/veroeffentlichen`, { note_de: 'Friesisch ergänzt.' }, editor);
    assert.equal(published.statusCode, 303);
    const stored = await t.db.selectFrom('projects').select(['title', 'description']).where('slug', '=', slug).executeTakeFirstOrThrow();
    assert.equal(stored.title.frr, frrTitle);
    assert.equal(stored.description?.nds, ndsDescription);

    const page = await get(t.app, `/en/vorhaben/${slug}`);
    assert.match(page.body, /^<!DOCTYPE html><html lang="en">/i);
    assert.ok(page.body.includes('This entry is also available in:'));
    assert.ok(
      page.body.includes(
        `<a class="kern-link" href="/en/vorhaben/${slug}?text=frr#regionaler-text" hreflang="frr"><span lang="frr">Nordfriisk</span> (North Frisian)</a>`,
      ),
    );
    assert.ok(
      page.body.includes(`href="/en/vorhaben/${slug}?text=nds#regionaler-text" hreflang="nds"><span lang="nds">Plattdüütsch</span>`),
    );
    assert.equal(regionalSection(page.body), null, 'the texts only after the switch');
    assert.ok(!page.body.includes(frrTitle));

    const frisian = await get(t.app, `/en/vorhaben/${slug}?text=frr`);
    assert.match(frisian.body, /^<!DOCTYPE html><html lang="en">/i, 'the interface stays English');
    const section = regionalSection(frisian.body)!;
    assert.ok(section.includes('id="regionaler-text"'));
    assert.ok(section.includes('>Text in North Frisian</h2>'));
    assert.ok(section.includes(`<div lang="frr"><h3 class="kern-heading-small">${frrTitle}</h3>`));
    assert.ok(section.includes('<strong>aanträäge</strong>'), 'the description is Markdown');
    assert.ok(section.includes(`href="/en/vorhaben/${slug}">Hide the text in North Frisian</a>`));
    assert.ok(frisian.body.includes(`href="/en/vorhaben/${slug}?text=nds#regionaler-text"`), 'the other language stays offered');
    assert.ok(!frisian.body.includes(ndsDescription));

    const lowGerman = regionalSection((await get(t.app, `/da/vorhaben/${slug}?text=nds`)).body)!;
    assert.ok(lowGerman.includes('>Tekst på nedertysk</h2>'));
    assert.ok(lowGerman.includes(`<div lang="nds"><div class="lotse-prose"><p>${ndsDescription}</p>`), 'no title of its own: none shown');

    const unknown = await get(t.app, `/de/vorhaben/${slug}?text=xx`);
    assert.equal(unknown.statusCode, 200);
    assert.equal(regionalSection(unknown.body), null);

    const api = (await get(t.app, `/api/v1/projects/${slug}?lang=da`)).json();
    assert.equal(api.language, 'da');
    assert.deepEqual(api.translations.frr, { title: frrTitle, description: frrDescription });
    assert.deepEqual(api.translations.nds, { description: ndsDescription });
    assert.equal(api.title, 'Digitale Bürgerdienste im Rathaus Flensburg', 'never the text of a regional language');
  });

  test('a Vorhaben without them has no switch', async () => {
    await importVorhabenliste(t.db, vorhabenCsv([flensburgVorhaben({ Titel: 'Neue Radwege am Hafen' })]));
    const other = await get(t.app, '/de/vorhaben/neue-radwege-am-hafen');
    assert.equal(other.statusCode, 200);
    assert.ok(!other.body.includes('Diesen Eintrag gibt es auch auf'));
    assert.equal((await get(t.app, '/api/v1/projects/neue-radwege-am-hafen')).json().translations.frr, undefined);
  });
});

describe('an event in North Frisian', () => {
  test('written in the back office, shown behind the switch, in the API', async () => {
    const created = await postForm(
      t.app,
      '/de/verwaltung/veranstaltungen/neu',
      {
        title_de: 'Werkstatt am Deich',
        title_frr: 'Wårkstäär bai e diik',
        description_de: 'Wir planen zusammen.',
        description_frr: 'Wi plåne tuhuupe.',
        startDate: '2027-05-12',
        startTime: '18:00',
        endTime: '20:00',
        format: 'onsite',
        address: 'Deichweg 1, 25899 Niebüll',
        organiser: 'flensburg',
        reminderHours: '24',
        retentionDays: '30',
      },
      editor,
    );
    assert.equal(created.statusCode, 303, created.body.slice(0, 500));
    const event = String(created.headers.location).split('/').pop()!.split('?')[0]!;
    assert.equal((await postForm(t.app, `/de/verwaltung/veranstaltungen/${event}/veroeffentlichen`, {}, editor)).statusCode, 303);
    const form = (await get(t.app, `/de/verwaltung/veranstaltungen/${event}/bearbeiten`, editor)).body;
    assert.match(form, /name="title_frr" value="Wårkstäär bai e diik" lang="frr"/);

    const page = await get(t.app, `/de/veranstaltungen/${event}`);
    assert.ok(page.body.includes(`href="/de/veranstaltungen/${event}?text=frr#regionaler-text"`));
    assert.ok(!page.body.includes('?text=nds'), 'no Low German text, no link to one');
    const section = regionalSection((await get(t.app, `/de/veranstaltungen/${event}?text=frr`)).body)!;
    assert.ok(section.includes('>Text auf Nordfriesisch</h2>'));
    assert.ok(section.includes('<div lang="frr"><h3 class="kern-heading-small">Wårkstäär bai e diik</h3>'));
    assert.ok(section.includes('Wi plåne tuhuupe.'));

    const api = (await get(t.app, `/api/v1/events/${event}?lang=en`)).json();
    assert.deepEqual(api.regional_texts, { frr: { title: 'Wårkstäär bai e diik', description: 'Wi plåne tuhuupe.' } });
    assert.equal(api.title, 'Werkstatt am Deich');
  });
});

describe('a participation process in Low German', () => {
  test('written in the back office, shown behind the switch', async () => {
    const saved = await postForm(
      t.app,
      '/de/verwaltung/beteiligung/prozesse/neu',
      {
        projectSlug: slug,
        title_de: 'Zukunft des Rathauses',
        title_nds: 'Tokunft vun dat Rathuus',
        description_nds: 'Wat warrt ut dat Rathuus?',
        published: 'on',
      },
      moderator,
    );
    assert.equal(saved.statusCode, 400, 'a Low German description needs the German one');
    assert.ok(saved.body.includes('Bitte zuerst den deutschen Text angeben'));
    const created = await postForm(
      t.app,
      '/de/verwaltung/beteiligung/prozesse/neu',
      {
        projectSlug: slug,
        title_de: 'Zukunft des Rathauses',
        title_nds: 'Tokunft vun dat Rathuus',
        description_de: 'Was wird aus dem Rathaus?',
        description_nds: 'Wat warrt ut dat Rathuus?',
        published: 'on',
      },
      moderator,
    );
    assert.equal(created.statusCode, 303, created.body.slice(0, 500));
    const page = await get(t.app, '/en/beteiligung/zukunft-des-rathauses');
    assert.ok(page.body.includes('href="/en/beteiligung/zukunft-des-rathauses?text=nds#regionaler-text"'));
    const section = regionalSection((await get(t.app, '/en/beteiligung/zukunft-des-rathauses?text=nds')).body)!;
    assert.ok(section.includes('>Text in Low German</h2>'));
    assert.ok(section.includes('<div lang="nds"><h3 class="kern-heading-small">Tokunft vun dat Rathuus</h3>'));
    assert.ok(section.includes('Wat warrt ut dat Rathuus?'));
    const api = (await get(t.app, '/api/v1/processes/zukunft-des-rathauses?lang=en')).json();
    assert.deepEqual(api.regional_texts, { nds: { title: 'Tokunft vun dat Rathuus', description: 'Wat warrt ut dat Rathuus?' } });
    assert.equal(api.title, 'Zukunft des Rathauses', 'the answer’s language falls back to German, never to Low German');
    const listed = (await get(t.app, '/api/v1/processes')).json().items.find((p: { slug: string }) => p.slug === 'zukunft-des-rathauses');
    assert.deepEqual(listed.regional_texts, api.regional_texts);
  });
});

test('the OpenAPI document describes the texts', async () => {
  const doc = (await get(t.app, '/api/v1/openapi.json')).json();
  const translations = doc.components.schemas.Project.properties.translations;
  assert.ok(translations.properties.frr && translations.properties.nds);
  assert.ok(doc.components.schemas.Event.properties.regional_texts.properties.frr);
  assert.ok(doc.components.schemas.Process.properties.regional_texts.properties.nds);
});
