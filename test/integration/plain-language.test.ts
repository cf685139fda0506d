// Leichte Sprache (issue 19, point 1): the area linked from every page's header, a Vorhaben's summary in
// Leichte Sprache written in the back office and shown behind a switch, in the API as summaryPlain, in the
// CSV import and export, and a register filter to the Vorhaben that have one.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { importVorhabenliste } from '../../src/modules/projects/import/import.service.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { flensburgVorhaben, nordfrieslandVorhaben, vorhabenCsv } from '../helpers/factories.js';
import { get, postForm, staffSession, type StaffSession } from '../helpers/staff.js';

let t: TestApp;
let editor: StaffSession;
const summary = 'Die Stadt Flensburg macht das Bürger-Büro digital.\n\nSie können dann im Internet einen Termin machen.';

before(async () => {
  t = await startTestApp('municipalities', { LOTSE_SIGN_LANGUAGE_VIDEO_URL: 'https://video.example.org/dgs/lotse.mp4' });
  editor = await staffSession(t.db, [{ role: 'editor', municipality: 'flensburg' }]);
  await importVorhabenliste(t.db, vorhabenCsv([flensburgVorhaben(), nordfrieslandVorhaben()]));
});
after(() => t.close());

const slug = 'digitale-buergerdienste-im-rathaus-flensburg';
const titles = (body: string) => (JSON.parse(body) as { items: { title: string }[] }).items.map((p) => p.title);

describe('the Leichte-Sprache area', () => {
  test('every page links to it from the header, in every interface language', async () => {
    for (const url of ['/de/', '/da/vorhaben', `/en/vorhaben/${slug}`, '/de/veranstaltungen', '/en/offene-daten']) {
      const body = (await get(t.app, url)).body;
      assert.match(body, /<a class="kern-link lotse-plain-link" href="\/[a-z]{2}\/leichte-sprache" lang="de">/, url);
    }
  });

  test('an overview and a page per task, in German whatever the interface language, with the sign-language video', async () => {
    const overview = await get(t.app, '/en/leichte-sprache');
    assert.equal(overview.statusCode, 200);
    assert.match(overview.body, /<div lang="de" class="lotse-plain-area"><h1 class="kern-heading-large">Lotse in Leichter Sprache<\/h1>/);
    assert.ok(overview.body.includes('href="https://video.example.org/dgs/lotse.mp4"'), 'the configured video');
    assert.ok(overview.body.includes('Im Video steht das Gleiche wie auf dieser Seite.'), 'its text alternative');
    for (const [page, heading] of [
      ['vorhaben-finden', 'So finden Sie ein Vorhaben'],
      ['hinweis-geben', 'So geben Sie einen Hinweis'],
      ['beteiligung-anfragen', 'So fragen Sie nach Beteiligung'],
      ['veranstaltung-anmelden', 'So melden Sie sich für eine Veranstaltung an'],
    ]) {
      assert.ok(overview.body.includes(`href="/en/leichte-sprache/${page}"`), page);
      const res = await get(t.app, `/da/leichte-sprache/${page}`);
      assert.equal(res.statusCode, 200, page);
      assert.ok(res.body.includes(`>${heading}</h1>`), page);
      assert.ok(res.body.includes('href="/da/leichte-sprache"'), 'back to the overview');
    }
    assert.equal((await get(t.app, '/de/leichte-sprache/gibt-es-nicht')).statusCode, 404);
  });
});

describe("a Vorhaben's summary in Leichte Sprache", () => {
  test('written in the back office, shown behind a switch, in the API, and a register filter', async () => {
    const before = await get(t.app, `/de/vorhaben/${slug}`);
    assert.ok(!before.body.includes('in Leichter Sprache lesen'), 'no switch without a summary');

    const form = await get(t.app, `/de/verwaltung/vorhaben/${slug}/bearbeiten`, editor);
    assert.ok(form.body.includes('name="summaryPlain"'));
    // What the form holds, as the browser would send it back (the session's own CSRF token is added by postForm).
    const values = Object.fromEntries(
      [...form.body.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)]
        .filter((m) => m[1] !== '_csrf')
        .map((m) => [m[1]!, m[2]!.replace(/&amp;/g, '&')]),
    );
    const saved = await postForm(
      t.app,
      `/de/verwaltung/vorhaben/${slug}/bearbeiten`,
      {
        ...values,
        municipalities: 'flensburg',
        status: 'planned',
        description_de: 'Anträge werden online gestellt.',
        summaryPlain: summary,
      },
      editor,
    );
    assert.equal(saved.statusCode, 303, saved.body.slice(0, 500));
    const published = await postForm(
      t.app,
      `/de/verwaltung/vorhaben/${slug}/veroeffentlichen`,
      { note_de: 'Leichte Sprache ergänzt.' },
      editor,
    );
    assert.equal(published.statusCode, 303);

    const page = await get(t.app, `/en/vorhaben/${slug}`);
    assert.ok(page.body.includes(`href="/en/vorhaben/${slug}?ansicht=leicht#leichte-sprache"`), 'the switch');
    assert.ok(page.body.includes('Read this project in Leichte Sprache (plain German)'));
    assert.ok(!page.body.includes('Bürger-Büro digital'), 'the summary only after the switch');
    const plain = await get(t.app, `/en/vorhaben/${slug}?ansicht=leicht`);
    assert.match(
      plain.body,
      /<section class="lotse-section lotse-plain" id="leichte-sprache" aria-labelledby="leichte-sprache-heading" lang="de">/,
    );
    assert.ok(plain.body.includes('<p class="kern-body lotse-preline">Die Stadt Flensburg macht das Bürger-Büro digital.</p>'));
    assert.ok(plain.body.includes('<p class="kern-body lotse-preline">Sie können dann im Internet einen Termin machen.</p>'));
    assert.ok(plain.body.includes(`href="/en/vorhaben/${slug}" lang="en">Back to the standard text</a>`));

    const api = (await get(t.app, `/api/v1/projects/${slug}?lang=en`)).json();
    assert.equal(api.summaryPlain, summary);
    const other = (await get(t.app, '/api/v1/projects/mobilitaetsstationen-auf-den-halligen')).json();
    assert.equal(other.summaryPlain, null);

    assert.deepEqual(titles((await get(t.app, '/api/v1/projects?plainLanguage=true')).body), [
      'Digitale Bürgerdienste im Rathaus Flensburg',
    ]);
    assert.equal(titles((await get(t.app, '/api/v1/projects')).body).length, 2);
    const register = (await get(t.app, '/de/vorhaben?plainLanguage=true')).body;
    assert.ok(register.includes('1 Vorhaben gefunden'), 'the register filter');
    assert.match(
      register,
      /<input class="kern-form-check__checkbox" type="checkbox" id="plainLanguage" name="plainLanguage" value="true" checked/,
    );
    assert.equal((await get(t.app, '/api/v1/projects?plainLanguage=maybe')).statusCode, 400);
  });

  test('the CSV export carries it; an import keeps it unless its file brings a new one', async () => {
    const csv = (await get(t.app, '/api/v1/projects.csv')).body;
    assert.ok(csv.split('\r\n')[0]!.includes('"Leichte Sprache"'), 'a column of the export');
    assert.ok(csv.includes('Bürger-Büro digital'), 'with the summary');
    // A file without the column (the usual spreadsheet) leaves the summary as it is.
    await importVorhabenliste(t.db, vorhabenCsv([flensburgVorhaben({ 'Inhaltliche Beschreibung': 'Anträge werden online gestellt.' })]));
    assert.equal((await get(t.app, `/api/v1/projects/${slug}`)).json().summaryPlain, summary);
    await importVorhabenliste(t.db, vorhabenCsv([flensburgVorhaben({ 'Leichte Sprache': 'Ein neuer Text in Leichter Sprache.' })]));
    assert.equal((await get(t.app, `/api/v1/projects/${slug}`)).json().summaryPlain, 'Ein neuer Text in Leichter Sprache.');
  });
});
