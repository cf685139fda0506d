// Surveys over HTTP: staff build one in the back office (field errors, questions only in a draft), anyone
// answers once per browser, residents once per account and code holders once per code — also when the
// answers arrive at the same moment; conditions; answers refused when closed; paper answers with their
// event, counted by channel; results hidden until published, free texts only after moderation, single
// answers never in public pages or the API; the CSV and XLSX export read back.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { residentSession } from '../helpers/residents.js';
import { get, postForm, type StaffSession, staffSession } from '../helpers/staff.js';
import { browser, testSurvey } from '../helpers/surveys.js';

let t: TestApp;
let moderator: StaffSession;
before(async () => {
  t = await startTestApp('demo');
  moderator = await staffSession(t.db, [{ role: 'moderator' }]);
});
after(() => t.close());

const responses = async (slug: string) =>
  (
    await sql<{
      n: number;
    }>`select count(*)::int as n from survey_responses r join surveys s on s.id = r.survey_id where s.slug = ${slug}`.execute(t.db)
  ).rows[0]!.n;

test('the demo has a running example survey about digital services, public with its questions', async () => {
  const list = await get(t.app, '/de/umfragen');
  assert.equal(list.statusCode, 200);
  assert.ok(list.body.includes('Digitale Dienste in der Region (Beispiel)'));
  const page = await get(t.app, '/da/umfragen/digitale-dienste-in-der-region-beispiel');
  assert.equal(page.statusCode, 200);
  assert.ok(page.body.includes('Digitale tjenester i regionen (eksempel)'));
  assert.ok(page.body.includes('Eksempel: dette spørgeskema hører til demodataene'));
  assert.match(page.body, /<fieldset[^>]*id="q\d+"[^>]*data-condition="q\d+:yes"/);
  assert.ok(page.body.includes('Svar kun, hvis du valgte »Ja« i spørgsmål 1.'), 'the condition in words for readers without JavaScript');
  assert.ok(page.body.includes('<legend class="kern-label">1. Har du inden for de sidste tolv måneder'));
  const api = JSON.parse((await get(t.app, '/api/v1/surveys?lang=en')).body) as {
    items: { title: string; example: boolean; resultsPublished: boolean }[];
  };
  assert.deepEqual(
    api.items.map((i) => [i.title, i.example, i.resultsPublished]),
    [['Digital services in the region (example)', true, false]],
  );
  const openapi = JSON.parse((await get(t.app, '/api/v1/openapi.json')).body) as { paths: Record<string, unknown> };
  assert.ok(openapi.paths['/api/v1/surveys'] && openapi.paths['/api/v1/surveys/{slug}']);
});

test('staff create a survey and its questions; bad input comes back at its fields; questions change only in a draft', async () => {
  const bad = await postForm(t.app, '/de/verwaltung/umfragen/neu', { title_de: '', title_en: 'Only English', access: 'anyone' }, moderator);
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.body.includes('Bitte zuerst den deutschen Text angeben; Übersetzungen sind optional.'));
  assert.ok(bad.body.includes('value="Only English"'), 'the form comes back filled in');
  assert.equal(
    (
      await t.db
        .selectFrom('surveys')
        .select('id')
        .where(sql<boolean>`title->>'en' = 'Only English'`)
        .execute()
    ).length,
    0,
  );
  const made = await postForm(
    t.app,
    '/de/verwaltung/umfragen/neu',
    { title_de: 'Radwege im Quartier', title_da: 'Cykelstier i kvarteret', access: 'residents' },
    moderator,
  );
  assert.equal(made.statusCode, 303);
  const base = String(made.headers.location).replace(/\?.*$/, '');
  assert.equal(base, '/de/verwaltung/umfragen/radwege-im-quartier');
  const oneOption = await postForm(
    t.app,
    `${base}/fragen`,
    { kind: 'single', prompt_de: 'Welcher Weg?', options_de: 'Nur einer' },
    moderator,
  );
  assert.equal(oneOption.statusCode, 400);
  assert.ok(oneOption.body.includes('Bitte geben Sie 2 bis 20 Antwortmöglichkeiten an'));
  assert.equal(
    (
      await postForm(
        t.app,
        `${base}/fragen`,
        { kind: 'yesno', prompt_de: 'Fahren Sie Rad?', prompt_da: 'Cykler du?', required: 'on' },
        moderator,
      )
    ).statusCode,
    303,
  );
  const page = await get(t.app, base, moderator);
  const gate = /value="(\d+):yes"/.exec(page.body)![1]!;
  assert.equal(
    (
      await postForm(
        t.app,
        `${base}/fragen`,
        {
          kind: 'multiple',
          prompt_de: 'Welche Wege?',
          options_de: 'Nord\nSüd\nOst',
          options_da: 'Nord\nSyd\nØst',
          minChoices: '1',
          maxChoices: '2',
          condition: `${gate}:yes`,
        },
        moderator,
      )
    ).statusCode,
    303,
  );
  const badCondition = await postForm(t.app, `${base}/fragen`, { kind: 'text', prompt_de: 'Warum?', condition: '999999:yes' }, moderator);
  assert.equal(badCondition.statusCode, 400);
  assert.equal((await postForm(t.app, `${base}/status`, { state: 'open' }, moderator)).statusCode, 303);
  const late = await postForm(t.app, `${base}/fragen`, { kind: 'text', prompt_de: 'Noch etwas?' }, moderator);
  assert.equal(late.statusCode, 409);
  const reviewer = await staffSession(t.db, [{ role: 'reviewer' }]);
  assert.equal((await postForm(t.app, `${base}/status`, { state: 'closed' }, reviewer)).statusCode, 403);
  const publicPage = await get(t.app, '/da/umfragen/radwege-im-quartier');
  assert.ok(publicPage.body.includes('Log ind med din borgerkonto'), 'residents-only: sign in first');
});

test('staff change a survey’s details; once answered, who may answer and its process stay as they were', async () => {
  const s = await testSurvey(t.db, 'anyone');
  const edit = `/de/verwaltung/umfragen/${s.slug}/bearbeiten`;
  const stored = () =>
    t.db.selectFrom('surveys').select(['title', 'access', 'process_id']).where('slug', '=', s.slug).executeTakeFirstOrThrow();
  const form = await get(t.app, edit, moderator);
  assert.equal(form.statusCode, 200);
  assert.ok(
    form.body.includes(`value="Testumfrage`) && form.body.includes('<option value="anyone" selected'),
    'the form shows what is stored',
  );
  assert.ok((await get(t.app, `/de/verwaltung/umfragen/${s.slug}`, moderator)).body.includes(`href="${edit}"`), 'linked from the survey');

  const empty = await postForm(t.app, edit, { title_de: '', access: 'codes' }, moderator);
  assert.equal(empty.statusCode, 400);
  assert.ok(empty.body.includes('Bitte ausfüllen.') || empty.body.includes('Bitte zuerst den deutschen Text angeben'));
  assert.equal((await stored()).access, 'anyone', 'a form with errors changes nothing');
  const before = await postForm(t.app, edit, { title_de: 'Öffnungszeiten', title_en: 'Opening hours', access: 'residents' }, moderator);
  assert.equal(before.statusCode, 303);
  assert.deepEqual([(await stored()).title, (await stored()).access], [{ de: 'Öffnungszeiten', en: 'Opening hours' }, 'residents']);

  assert.equal((await postForm(t.app, edit, { title_de: 'Öffnungszeiten', access: 'anyone' }, moderator)).statusCode, 303);
  const b = browser(t.app, '10.61.9.1');
  await b.get(`/de/umfragen/${s.slug}`);
  assert.equal((await b.post(`/de/umfragen/${s.slug}`, { [`q${s.q[0]}`]: 'no' })).statusCode, 303);
  const process = await t.db.selectFrom('participation_processes').select('slug').executeTakeFirstOrThrow();
  for (const change of [{ access: 'codes' }, { access: 'anyone', process: process.slug }] as Record<string, string>[]) {
    const refused = await postForm(t.app, edit, { title_de: 'Öffnungszeiten', ...change }, moderator);
    assert.equal(refused.statusCode, 400, JSON.stringify(change));
    assert.ok(refused.body.includes('Es gibt schon Antworten: Wer antworten darf und der Beteiligungsprozess bleiben, wie sie waren.'));
  }
  assert.deepEqual([(await stored()).access, (await stored()).process_id], ['anyone', null]);
  assert.equal((await postForm(t.app, edit, { title_de: 'Öffnungszeiten im Rathaus', access: 'anyone' }, moderator)).statusCode, 303);
  assert.deepEqual((await stored()).title, { de: 'Öffnungszeiten im Rathaus' }, 'titles still change');
  const reviewer = await staffSession(t.db, [{ role: 'reviewer' }]);
  assert.equal((await postForm(t.app, edit, { title_de: 'Fremd', access: 'anyone' }, reviewer)).statusCode, 403);
});

test('a survey of a process that is not public keeps its process when its title is changed', async () => {
  const project = await t.db.selectFrom('projects').select('slug').where('publication_state', '=', 'published').executeTakeFirstOrThrow();
  const draft = await postForm(
    t.app,
    '/de/verwaltung/beteiligung/prozesse/neu',
    { projectSlug: project.slug, title_de: 'Noch nicht öffentlich' },
    moderator,
  );
  assert.equal(draft.statusCode, 303, draft.body.slice(0, 300));
  const processSlug = await t.db
    .selectFrom('participation_processes')
    .select(['slug', 'id'])
    .where(sql<boolean>`title->>'de' = 'Noch nicht öffentlich'`)
    .executeTakeFirstOrThrow();
  const made = await postForm(
    t.app,
    '/de/verwaltung/umfragen/neu',
    { title_de: 'Vorab-Umfrage', access: 'anyone', process: processSlug.slug },
    moderator,
  );
  assert.equal(made.statusCode, 303);
  const edit = `${String(made.headers.location).replace(/\?.*$/, '')}/bearbeiten`;
  const form = (await get(t.app, edit, moderator)).body;
  assert.match(form, new RegExp(`<option value="${processSlug.slug}" selected`), 'its own process is offered and chosen');
  const values = Object.fromEntries(
    [...form.matchAll(/<option value="([^"]*)" selected/g)].map((m, i) => [i === 0 ? 'access' : 'process', m[1]!]),
  );
  assert.equal((await postForm(t.app, edit, { title_de: 'Vorab-Umfrage (neu)', ...values }, moderator)).statusCode, 303);
  const stored = await t.db
    .selectFrom('surveys')
    .select(['process_id'])
    .where(sql<boolean>`title->>'de' = 'Vorab-Umfrage (neu)'`)
    .executeTakeFirstOrThrow();
  assert.equal(stored.process_id, processSlug.id, 'the process stays');
});

test('anyone answers once per browser; a bad or incomplete form comes back with its errors and stores nothing', async () => {
  const s = await testSurvey(t.db, 'anyone');
  const url = `/de/umfragen/${s.slug}`;
  const b = browser(t.app, '10.61.0.1');
  await b.get(url);
  assert.ok(b.cookies.lotse_survey_browser, 'the browser gets its cookie with the form');
  const incomplete = await b.post(url, { [`q${s.q[2]}`]: ['0', '1', '2'] });
  assert.equal(incomplete.statusCode, 400);
  assert.ok(
    incomplete.body.includes('Bitte beantworten Sie diese Frage.') && incomplete.body.includes('Bitte wählen Sie 1 bis 2 Antworten.'),
  );
  assert.ok(incomplete.body.includes(`href="#q${s.q[0]}"`), 'the error summary links to the question');
  assert.equal(await responses(s.slug), 0);
  // "No" to the first question: the question that shows only after "yes" is ignored although sent.
  const saved = await b.post(url, { [`q${s.q[0]}`]: 'no', [`q${s.q[1]}`]: '1', [`q${s.q[3]}`]: '7' });
  assert.equal(saved.statusCode, 303);
  assert.equal(saved.headers.location, `${url}/danke`);
  const stored = await t.db
    .selectFrom('survey_answers')
    .select(['question_id', 'value'])
    .where('question_id', 'in', s.q)
    .orderBy('question_id')
    .execute();
  assert.deepEqual(
    stored.map((a) => [a.question_id, a.value]),
    [
      [s.q[0], false],
      [s.q[3], 7],
    ],
  );
  const again = await b.post(url, { [`q${s.q[0]}`]: 'no' });
  assert.equal(again.statusCode, 409);
  assert.ok(again.body.includes('bereits teilgenommen'));
  assert.ok((await b.get(url)).body.includes('bereits teilgenommen'));
  // The same browser sending five answers at once: one counts.
  const other = browser(t.app, '10.61.0.2');
  await other.get(url);
  const burst = await Promise.all(Array.from({ length: 5 }, () => other.post(url, { [`q${s.q[0]}`]: 'no' })));
  assert.deepEqual(burst.map((r) => r.statusCode).sort(), [303, 409, 409, 409, 409]);
  assert.equal(await responses(s.slug), 2);
});

test('residents answer once each, also when five answers arrive at once', async () => {
  const s = await testSurvey(t.db, 'residents');
  const url = `/de/umfragen/${s.slug}`;
  const guest = browser(t.app, '10.62.0.1');
  await guest.get(url);
  const unsigned = await guest.post(url, { [`q${s.q[0]}`]: 'no' });
  assert.equal(unsigned.statusCode, 303);
  assert.match(String(unsigned.headers.location), /^\/de\/buergerkonto\/anmelden/);
  const resident = await residentSession(t.db);
  const burst = await Promise.all(
    Array.from({ length: 5 }, () => postForm(t.app, url, { [`q${s.q[0]}`]: 'yes', [`q${s.q[1]}`]: '0' }, resident)),
  );
  assert.deepEqual(burst.map((r) => r.statusCode).sort(), [303, 409, 409, 409, 409]);
  assert.equal(await responses(s.slug), 1);
  // Who took part is kept apart from what was answered.
  const participants = await t.db
    .selectFrom('survey_participants')
    .select(['resident_id'])
    .where('resident_id', '=', resident.residentId)
    .execute();
  assert.equal(participants.length, 1);
  assert.ok((await get(t.app, url, resident)).body.includes('bereits teilgenommen'));
});

test('one-time codes: printed once, stored as hashes, each usable once — also at the same moment', async () => {
  const s = await testSurvey(t.db, 'codes');
  const base = `/de/verwaltung/umfragen/${s.slug}`;
  const sheet = await postForm(t.app, `${base}/codes`, { count: '3', format: 'html' }, moderator);
  assert.equal(sheet.statusCode, 200);
  const codes = [...sheet.body.matchAll(/>([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})</g)].map((m) => m[1]!);
  assert.equal(codes.length, 3);
  const stored = await t.db.selectFrom('survey_codes').select('code_hash').execute();
  assert.ok(stored.every((c) => !codes.some((code) => c.code_hash.includes(code) || c.code_hash.includes(code.replace(/-/g, '')))));
  const pdf = await postForm(t.app, `${base}/codes`, { count: '2', format: 'pdf' }, moderator);
  assert.equal(pdf.headers['content-type'], 'application/pdf');
  assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');

  const url = `/de/umfragen/${s.slug}`;
  const b = browser(t.app, '10.63.0.1');
  await b.get(url);
  const missing = await b.post(url, { [`q${s.q[0]}`]: 'no' });
  assert.equal(missing.statusCode, 400);
  assert.ok(missing.body.includes('Bitte geben Sie Ihren Teilnahmecode ein.'));
  const wrong = await b.post(url, { code: 'AAAA-BBBB-CCCC', [`q${s.q[0]}`]: 'no' });
  assert.equal(wrong.statusCode, 400);
  assert.ok(wrong.body.includes('Dieser Code ist unbekannt oder wurde schon benutzt.'));
  // Typed in lower case and without dashes, as people do.
  assert.equal((await b.post(url, { code: codes[0]!.toLowerCase().replace(/-/g, ' '), [`q${s.q[0]}`]: 'no' })).statusCode, 303);
  assert.equal((await b.post(url, { code: codes[0]!, [`q${s.q[0]}`]: 'no' })).statusCode, 400, 'used once');
  // Five browsers send the same unused code at the same moment: one answer counts.
  const ready = await Promise.all(
    Array.from({ length: 5 }, async (_, i) => {
      const x = browser(t.app, `10.63.2.${i}`);
      await x.get(url);
      return x;
    }),
  );
  const results = await Promise.all(ready.map((x) => x.post(url, { code: codes[1]!, [`q${s.q[0]}`]: 'no' })));
  assert.deepEqual(results.map((r) => r.statusCode).sort(), [303, 400, 400, 400, 400]);
  assert.equal(await responses(s.slug), 2);
  const overview = await get(t.app, base, moderator);
  assert.ok(overview.body.includes('5 Codes erzeugt, 2 davon benutzt.'));
});

test('results stay hidden until published; free texts appear only once approved; single answers never in public', async () => {
  const s = await testSurvey(t.db, 'anyone');
  const url = `/de/umfragen/${s.slug}`;
  const answer = async (ip: string, fields: Record<string, string | string[]>) => {
    const b = browser(t.app, ip);
    await b.get(url);
    assert.equal((await b.post(url, fields)).statusCode, 303);
  };
  await answer('10.64.0.1', {
    [`q${s.q[0]}`]: 'yes',
    [`q${s.q[1]}`]: '0',
    [`q${s.q[3]}`]: '10',
    [`q${s.q[5]}`]: 'Mehr offenes WLAN am Hafen',
  });
  await answer('10.64.0.2', {
    [`q${s.q[0]}`]: 'yes',
    [`q${s.q[1]}`]: '1',
    [`q${s.q[3]}`]: '5',
    [`q${s.q[4]}_0`]: '2',
    [`q${s.q[4]}_1`]: '1',
    [`q${s.q[5]}`]: 'Meine private Telefonnummer 0461-999',
  });
  const hidden = await get(t.app, `${url}/ergebnisse`);
  assert.equal(hidden.statusCode, 404);
  assert.ok(hidden.body.includes('noch nicht veröffentlicht'));
  const apiHidden = JSON.parse((await get(t.app, `/api/v1/surveys/${s.slug}`)).body) as {
    resultsPublished: boolean;
    responses: unknown;
    questions: { results: unknown }[];
  };
  assert.equal(apiHidden.resultsPublished, false);
  assert.equal(apiHidden.responses, null);
  assert.ok(apiHidden.questions.every((q) => q.results === null));

  const base = `/de/verwaltung/umfragen/${s.slug}`;
  assert.equal((await postForm(t.app, `${base}/ergebnisse`, { publish: 'yes' }, moderator)).statusCode, 303);
  const shown = await get(t.app, `${url}/ergebnisse`);
  assert.equal(shown.statusCode, 200);
  assert.ok(shown.body.includes('<svg') && shown.body.includes('role="img"'), 'a chart drawn on the server');
  assert.ok(shown.body.includes('Zahlen zu 4. Wie zufrieden?'), 'each chart with its table');
  assert.ok(shown.body.includes('Mittelwert: 7,5'));
  assert.ok(shown.body.includes('2 Antworten kamen ohne Anmeldung'), 'answers from anyone are marked as less reliable');
  for (const text of ['Mehr offenes WLAN am Hafen', 'Meine private Telefonnummer'])
    assert.ok(!shown.body.includes(text), 'no free text before moderation');

  const staffPage = await get(t.app, base, moderator);
  assert.ok(staffPage.body.includes('Mehr offenes WLAN am Hafen') && staffPage.body.includes('wartet auf Prüfung'));
  // One row per free text, in the order they came: approve the first, reject the second.
  const [first, second] = [...new Set([...staffPage.body.matchAll(/action="([^"]+\/freitexte\/\d+\/\d+)"/g)].map((m) => m[1]!))];
  assert.equal((await postForm(t.app, first!, { state: 'approved' }, moderator)).statusCode, 303);
  assert.equal((await postForm(t.app, second!, { state: 'rejected' }, moderator)).statusCode, 303);
  const texts = await t.db
    .selectFrom('survey_answers')
    .select(['text_state', 'value'])
    .where('question_id', '=', s.q[5]!)
    .orderBy('response_id')
    .execute();
  assert.deepEqual(
    texts.map((x) => x.text_state),
    ['approved', 'rejected'],
  );
  const after = await get(t.app, `${url}/ergebnisse`);
  assert.ok(after.body.includes('Mehr offenes WLAN am Hafen'));
  assert.ok(!after.body.includes('Meine private Telefonnummer'));
  const api = await get(t.app, `/api/v1/surveys/${s.slug}`);
  const json = JSON.parse(api.body) as {
    responses: { total: number; lessReliable: number };
    questions: { kind: string; results: { texts: string[]; mean: number | null; counts: { label: string; count: number }[] } }[];
  };
  assert.equal(json.responses.total, 2);
  assert.equal(json.responses.lessReliable, 2);
  assert.deepEqual(json.questions[5]!.results.texts, ['Mehr offenes WLAN am Hafen']);
  assert.equal(json.questions[3]!.results.mean, 7.5);
  assert.deepEqual(
    json.questions[0]!.results.counts.map((c) => [c.label, c.count]),
    [
      ['Ja', 2],
      ['Nein', 0],
    ],
  );
  assert.ok(!api.body.includes('Telefonnummer') && !api.body.includes('responseId') && !api.body.includes('"browser"'));
});

test('paper answers are entered by staff with their event and counted by channel; the export reads back', async () => {
  const s = await testSurvey(t.db, 'anyone');
  const base = `/de/verwaltung/umfragen/${s.slug}`;
  const event = await t.db
    .selectFrom('events')
    .select(['id', 'title'])
    .where('state', '=', 'published')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const form = await get(t.app, `${base}/papier`, moderator);
  assert.equal(form.statusCode, 200);
  assert.ok(form.body.includes(`value="${event.id}"`));
  const noEvent = await postForm(t.app, `${base}/papier`, { channel: 'event', [`q${s.q[0]}`]: 'no' }, moderator);
  assert.equal(noEvent.statusCode, 400);
  assert.ok(noEvent.body.includes('Bitte wählen Sie die Veranstaltung'));
  const bad = await postForm(t.app, `${base}/papier`, { channel: 'paper' }, moderator);
  assert.equal(bad.statusCode, 400);
  assert.equal(await responses(s.slug), 0);
  const atEvent = await postForm(
    t.app,
    `${base}/papier`,
    {
      channel: 'event',
      event: String(event.id),
      [`q${s.q[0]}`]: 'yes',
      [`q${s.q[1]}`]: '1',
      [`q${s.q[2]}`]: ['0', '2'],
      [`q${s.q[5]}`]: '=HYPERLINK("x")',
    },
    moderator,
  );
  assert.equal(atEvent.statusCode, 303);
  assert.equal((await postForm(t.app, `${base}/papier`, { channel: 'paper', [`q${s.q[0]}`]: 'no' }, moderator)).statusCode, 303);
  const b = browser(t.app, '10.65.0.1');
  await b.get(`/de/umfragen/${s.slug}`);
  await b.post(`/de/umfragen/${s.slug}`, { [`q${s.q[0]}`]: 'no' });
  const rows = await t.db
    .selectFrom('survey_responses as r')
    .innerJoin('surveys as x', 'x.id', 'r.survey_id')
    .select(['r.channel', 'r.respondent', 'r.source_event_id'])
    .where('x.slug', '=', s.slug)
    .orderBy('r.id')
    .execute();
  assert.deepEqual(
    rows.map((r) => [r.channel, r.respondent, r.source_event_id]),
    [
      ['event', 'staff', event.id],
      ['paper', 'staff', null],
      ['online', 'browser', null],
    ],
  );
  const page = await get(t.app, base, moderator);
  assert.match(page.body, /auf einer Veranstaltung<\/th>\s*<td[^>]*>1</);

  const csv = await get(t.app, `${base}/antworten.csv`, moderator);
  assert.equal(csv.statusCode, 200);
  assert.ok(csv.body.includes('Anträge') && csv.body.includes('WLAN | Karten'));
  assert.ok(csv.body.includes(`'=HYPERLINK`), 'formulas are defused');
  const xlsx = await get(t.app, `${base}/antworten.xlsx`, moderator);
  assert.equal(xlsx.statusCode, 200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  assert.equal(ws.rowCount, 4);
  assert.equal(ws.getRow(1).getCell(6).value, '1. Nutzen Sie Online-Dienste?');
  assert.deepEqual(
    [2, 3, 4].map((r) => [ws.getRow(r).getCell(3).value, ws.getRow(r).getCell(5).value, ws.getRow(r).getCell(6).value]),
    [
      ['auf einer Veranstaltung', event.title.de, 'Ja'],
      ['Papier (z. B. Bürgerbüro)', '', 'Nein'],
      ['online', '', 'Nein'],
    ],
  );
  assert.equal(ws.getRow(2).getCell(8).value, 'WLAN | Karten');
  const reviewer = await staffSession(t.db, [{ role: 'reviewer' }]);
  assert.equal((await get(t.app, `${base}/antworten.csv`, reviewer)).statusCode, 200, 'reviewers read the answers');
  const editor = await staffSession(t.db, [{ role: 'editor', municipality: 'flensburg' }]);
  assert.equal((await get(t.app, `${base}/antworten.csv`, editor)).statusCode, 403);
});

test('a closed survey takes no answers; a draft is not public', async () => {
  const s = await testSurvey(t.db, 'anyone');
  const url = `/de/umfragen/${s.slug}`;
  const b = browser(t.app, '10.66.0.1');
  await b.get(url);
  assert.equal((await postForm(t.app, `/de/verwaltung/umfragen/${s.slug}/status`, { state: 'closed' }, moderator)).statusCode, 303);
  const refused = await b.post(url, { [`q${s.q[0]}`]: 'no' });
  assert.equal(refused.statusCode, 409);
  assert.ok(refused.body.includes('nimmt keine Antworten mehr an'));
  assert.equal(await responses(s.slug), 0);
  const draft = await testSurvey(t.db, 'anyone', { open: false });
  assert.equal((await get(t.app, `/de/umfragen/${draft.slug}`)).statusCode, 404);
  assert.equal((await get(t.app, `/api/v1/surveys/${draft.slug}`)).statusCode, 404);
});
