// Document consultations over HTTP: the demo's finished consultation; staff create one from Markdown
// (typed or a .md file; bad text comes back at its field and nothing is stored) and publish it;
// residents comment on a section and on a quoted passage (a passage not in the section is refused),
// reply, agree or disagree once each (changeable); staff answer and weigh each comment; a revised version
// with change notes citing comments; every version stays readable and any two compare side by side; the
// weighing table as page, CSV and PDF (read back); the adoption by a decision of the Vorhaben closes it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { createConsultation, publishDraft } from '../../src/modules/consultations/index.js';
import { processReport } from '../../src/modules/participation/report.service.js';
import { cliActor } from '../../src/platform/actor.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { pdfText } from '../helpers/pdf-text.js';
import { residentSession, type ResidentSession } from '../helpers/residents.js';
import { get, postForm, type StaffSession, staffSession } from '../helpers/staff.js';

let t: TestApp;
let moderator: StaffSession;
let finance: StaffSession;
let anna: ResidentSession;
let ben: ResidentSession;
before(async () => {
  t = await startTestApp('demo');
  moderator = await staffSession(t.db, [{ role: 'moderator' }]);
  finance = await staffSession(t.db, [{ role: 'finance' }]);
  anna = await residentSession(t.db, { displayName: 'Anna' });
  ben = await residentSession(t.db, { displayName: 'Ben' });
});
after(() => t.close());

const today = (offset = 0) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const base = '/de/verwaltung/konsultationen';
const count = async (table: 'consultations' | 'comments' | 'consultation_votes' | 'consultation_weighings') =>
  (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(t.db)).rows[0]!.n;
const sectionIdOf = async (slug: string, anchor: string, version = 1) =>
  (
    await t.db
      .selectFrom('consultation_sections as s')
      .innerJoin('consultation_versions as v', 'v.id', 's.version_id')
      .innerJoin('consultations as k', 'k.id', 'v.consultation_id')
      .where('k.slug', '=', slug)
      .where('s.anchor', '=', anchor)
      .where('v.number', '=', version)
      .select('s.id')
      .executeTakeFirstOrThrow()
  ).id;

/** A multipart form post with one file, as the browser sends the import. */
function postFile(url: string, fields: Record<string, string>, file: { name: string; content: string }, session: StaffSession) {
  const boundary = '----konsultation';
  const payload =
    Object.entries({ ...fields, _csrf: session.csrf })
      .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
      .join('') +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: text/markdown\r\n\r\n${file.content}\r\n--${boundary}--\r\n`;
  return t.app.inject({
    method: 'POST',
    url,
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    cookies: session.cookies,
  });
}

test('the demo has the Digitalisierungsstrategie as a finished example consultation, adopted by RV-83/2023', async () => {
  const list = await get(t.app, '/de/konsultationen');
  assert.equal(list.statusCode, 200);
  assert.ok(list.body.includes('Digitalisierungsstrategie der Region (Beispiel)'));
  const page = await get(t.app, '/da/konsultationen/digitalisierungsstrategie-der-region-beispiel');
  assert.equal(page.statusCode, 200);
  assert.ok(page.body.includes('Eksempel: denne høring hører til demodataene'));
  assert.ok(page.body.includes('Version 2 blev vedtaget med beslutningen RV-83/2023.'));
  assert.match(page.body, /id="abschnitt-ziele"/);
  const api = JSON.parse((await get(t.app, '/api/v1/consultations?lang=en')).body) as {
    items: {
      slug: string;
      example: boolean;
      phase: string;
      currentVersion: number;
      weighing: Record<string, number>;
      adoption: { reference: string };
    }[];
  };
  const demo = api.items.find((i) => i.slug === 'digitalisierungsstrategie-der-region-beispiel')!;
  assert.deepEqual([demo.example, demo.phase, demo.currentVersion, demo.adoption.reference], [true, 'adopted', 2, 'RV-83/2023']);
  assert.deepEqual(demo.weighing, { comments: 5, takenUp: 3, partly: 1, notTakenUp: 1, open: 0 });
  const openapi = JSON.parse((await get(t.app, '/api/v1/openapi.json')).body) as {
    paths: Record<string, unknown>;
    components: { schemas: Record<string, unknown> };
  };
  assert.ok(openapi.paths['/api/v1/consultations'] && openapi.paths['/api/v1/consultations/{slug}']);
  assert.ok(openapi.components.schemas.Consultation && openapi.components.schemas.ConsultationList);
});

let slug = '';

test('staff create a consultation from Markdown; bad text comes back at its field; a .md file is imported; publishing makes sections public', async () => {
  const before = await count('consultations');
  const fields = { process: 'parken-im-quartier-beispiel', title_de: 'Parkraumkonzept Altstadt', startsOn: today(-1), endsOn: today(10) };
  const bad = await postForm(t.app, `${base}/neu`, { ...fields, text: 'Kein Titel vorweg.\n\n# Dann' }, moderator);
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.body.includes('Der Text muss mit einer Überschrift beginnen'));
  assert.ok(bad.body.includes('value="Parkraumkonzept Altstadt"'), 'the form comes back filled in');
  const period = await postForm(t.app, `${base}/neu`, { ...fields, startsOn: today(5), endsOn: today(1), text: '# A\nB' }, moderator);
  assert.equal(period.statusCode, 400);
  assert.ok(period.body.includes('Der letzte Tag darf nicht vor dem ersten liegen.'));
  const foreign = await postForm(t.app, `${base}/neu`, { ...fields, text: '# A\nB' }, finance);
  assert.equal(foreign.statusCode, 403, 'only who handles the participation creates one');
  assert.equal(await count('consultations'), before);

  const made = await postFile(
    `${base}/neu`,
    fields,
    {
      name: 'entwurf.md',
      content: '# Ziele\n\nWeniger Suchverkehr in der Altstadt.\n\n# Maßnahmen\n\nFünf Sensoren in der Großen Straße.\n',
    },
    moderator,
  );
  assert.equal(made.statusCode, 303);
  slug = String(made.headers.location).replace(/\?.*$/, '').split('/').pop()!;
  assert.equal(slug, 'parkraumkonzept-altstadt');
  assert.equal((await get(t.app, `/de/konsultationen/${slug}`)).statusCode, 404, 'a draft is not public');
  assert.equal((await postForm(t.app, `${base}/${slug}/veroeffentlichen`, {}, moderator)).statusCode, 303);
  const page = await get(t.app, `/de/konsultationen/${slug}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<section[^>]*id="abschnitt-ziele"/);
  assert.match(page.body, /href="#abschnitt-massnahmen"/);
  assert.ok(page.body.includes(`/de/konsultationen/${slug}/abschnitte/massnahmen`));
});

test('residents comment on a section and on a quoted passage, reply, and agree or disagree once each', async () => {
  const section = await sectionIdOf(slug, 'massnahmen');
  const path = `/de/konsultationen/${slug}/abschnitte/massnahmen`;
  const anonymous = await get(t.app, path);
  assert.ok(anonymous.body.includes('Melden Sie sich mit Ihrem Bürgerkonto an'));
  const before = await count('comments');
  const wrongQuote = await postForm(
    t.app,
    '/de/kommentare',
    { target: `section:${section}`, body: 'Warum fünf?', quote: 'zehn Sensoren' },
    anna,
  );
  assert.equal(wrongQuote.statusCode, 400);
  assert.ok(wrongQuote.body.includes('Diese Textstelle steht nicht in diesem Abschnitt.'));
  assert.ok(wrongQuote.body.includes('Warum fünf?'), 'the comment comes back filled in');
  assert.equal(await count('comments'), before);
  const quoted = await postForm(
    t.app,
    '/de/kommentare',
    { target: `section:${section}`, body: 'Warum nur fünf?', quote: 'Fünf  Sensoren' },
    anna,
  );
  assert.equal(quoted.statusCode, 303);
  assert.match(String(quoted.headers.location), new RegExp(`${path}#kommentar-\\d+$`));
  const commentId = Number(/kommentar-(\d+)/.exec(String(quoted.headers.location))![1]);
  const reply = await postForm(
    t.app,
    '/de/kommentare',
    { target: `section:${section}`, parent: String(commentId), body: 'Finde ich auch.' },
    ben,
  );
  assert.equal(reply.statusCode, 303);

  for (const stance of ['agree', 'disagree']) assert.equal((await postForm(t.app, `${path}/stimme`, { stance }, anna)).statusCode, 303);
  assert.equal((await postForm(t.app, `${path}/stimme`, { stance: 'agree' }, ben)).statusCode, 303);
  const votes = await t.db
    .selectFrom('consultation_votes')
    .select(['resident_id', 'stance'])
    .where('section_id', '=', section)
    .orderBy('resident_id')
    .execute();
  assert.deepEqual(
    votes.map((v) => v.stance),
    ['disagree', 'agree'],
    'one vote per resident, the second replaces the first',
  );
  const own = JSON.parse((await get(t.app, '/de/buergerkonto/daten.json', anna)).body) as {
    consultationVotes: { section_id: number; stance: string }[];
    comments: { consultation_section_id: number | null; quote: string | null }[];
  };
  assert.deepEqual(
    own.consultationVotes.map((v) => [v.section_id, v.stance]),
    [[section, 'disagree']],
    'the vote is in the data export',
  );
  assert.ok(
    own.comments.some((c) => c.consultation_section_id === section && c.quote),
    'the section comment with its passage too',
  );
  const page = await get(t.app, path, anna);
  assert.ok(page.body.includes('2 Kommentare · 1 stimmen zu · 1 lehnen ab'));
  assert.ok(page.body.includes('Sie haben abgelehnt.'));
  assert.ok(page.body.includes('Fünf Sensoren') && page.body.includes('Zur Textstelle:'));
  assert.ok(page.body.includes('href="/de/datenschutz#konsultationen"'), 'the form links to its section of the privacy notice');
  assert.match((await get(t.app, '/en/datenschutz')).body, /id="konsultationen"/);
  assert.equal((await postForm(t.app, `${path}/stimme`, { stance: 'maybe' }, anna)).statusCode, 400);
  const none = await postForm(t.app, `${path}/stimme`, {}, anna);
  assert.equal(none.statusCode, 400, 'a vote without a choice comes back');
  assert.ok(none.body.includes('Bitte wählen Sie, ob Sie zustimmen oder ablehnen.') && none.body.includes('kern-fieldset--error'));
  assert.ok(none.body.includes('href="#stimme-agree"'), 'the error summary leads to the choice');
  assert.equal(
    (
      await t.db
        .selectFrom('consultation_votes')
        .select('stance')
        .where('section_id', '=', section)
        .where('resident_id', '=', anna.residentId)
        .executeTakeFirstOrThrow()
    ).stance,
    'disagree',
    'the vote stays as it was',
  );
  assert.equal((await postForm(t.app, `${path}/stimme`, { stance: 'agree' })).statusCode, 403, 'no CSRF token without a session');
});

test('staff answer and weigh each comment; bad input comes back at its fields; the answer shows below the comment', async () => {
  const [first] = await t.db
    .selectFrom('comments')
    .select('id')
    .where('consultation_section_id', '=', await sectionIdOf(slug, 'massnahmen'))
    .orderBy('id')
    .execute();
  const before = await count('consultation_weighings');
  const bad = await postForm(
    t.app,
    `${base}/${slug}/kommentare/${first!.id}/abwaegung`,
    { outcome: 'partly', reason: '', answer: 'Danke.' },
    moderator,
  );
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.body.includes('kern-form-input--error'));
  assert.equal(await count('consultation_weighings'), before);
  const refused = await postForm(
    t.app,
    `${base}/${slug}/kommentare/${first!.id}/abwaegung`,
    { outcome: 'partly', reason: 'R', answer: 'A' },
    finance,
  );
  assert.equal(refused.statusCode, 403);
  const ok = await postForm(
    t.app,
    `${base}/${slug}/kommentare/${first!.id}/abwaegung`,
    { outcome: 'partly', reason: 'Zunächst fünf, weitere nach der Auswertung.', answer: 'Danke, wir prüfen eine Erweiterung.' },
    moderator,
  );
  assert.equal(ok.statusCode, 303);
  const page = await get(t.app, `/de/konsultationen/${slug}/abschnitte/massnahmen`);
  assert.ok(page.body.includes('Antwort der Verwaltung:'));
  assert.ok(page.body.includes('Danke, wir prüfen eine Erweiterung.'));
  assert.ok(page.body.includes('teilweise berücksichtigt'));
});

test('a revised version cites the comments that led to it; every version stays readable; any two compare side by side', async () => {
  const [first] = await t.db
    .selectFrom('comments')
    .select('id')
    .where('consultation_section_id', '=', await sectionIdOf(slug, 'massnahmen'))
    .orderBy('id')
    .execute();
  assert.equal((await postForm(t.app, `${base}/${slug}/neue-fassung`, {}, moderator)).statusCode, 303);
  assert.equal((await postForm(t.app, `${base}/${slug}/neue-fassung`, {}, moderator)).statusCode, 409, 'one draft at a time');
  const text =
    '# Ziele\n\nWeniger Suchverkehr in der Altstadt.\n\n# Maßnahmen\n\nZehn Sensoren in der Großen Straße.\n\n# Auswertung\n\nNach einem Jahr.\n';
  assert.equal((await postForm(t.app, `${base}/${slug}/entwurf`, { text }, moderator)).statusCode, 303);
  const unknown = await postForm(t.app, `${base}/${slug}/entwurf/abschnitte/massnahmen`, { note: 'x', comments: '999999' }, moderator);
  assert.equal(unknown.statusCode, 400);
  assert.equal(
    (
      await postForm(
        t.app,
        `${base}/${slug}/entwurf/abschnitte/massnahmen`,
        { note: 'Zehn statt fünf Sensoren.', comments: String(first!.id) },
        moderator,
      )
    ).statusCode,
    303,
  );
  const noNote = await postForm(t.app, `${base}/${slug}/veroeffentlichen`, { changeNote: '' }, moderator);
  assert.equal(noNote.statusCode, 400);
  assert.ok(noNote.body.includes('Bitte beschreiben Sie, was sich in dieser Fassung geändert hat.'));
  assert.equal(
    (await postForm(t.app, `${base}/${slug}/veroeffentlichen`, { changeNote: 'Nach den Kommentaren überarbeitet.' }, moderator)).statusCode,
    303,
  );

  const v2 = await get(t.app, `/de/konsultationen/${slug}`);
  assert.ok(v2.body.includes('Zehn Sensoren') && v2.body.includes('Zehn statt fünf Sensoren.'));
  assert.ok(v2.body.includes(`/abwaegung#kommentar-${first!.id}`), 'the change cites the comment');
  const v1 = await get(t.app, `/de/konsultationen/${slug}/fassungen/1`);
  assert.equal(v1.statusCode, 200);
  assert.ok(v1.body.includes('Fünf Sensoren') && v1.body.includes('Sie lesen Fassung 1. Die neueste ist Fassung 2.'));
  const compare = await get(t.app, `/de/konsultationen/${slug}/vergleich?von=1&bis=2`);
  assert.equal(compare.statusCode, 200);
  assert.match(compare.body, /<del>Fünf<\/del>/);
  assert.match(compare.body, /<ins>Zehn<\/ins>/);
  assert.ok(compare.body.includes('(neuer Abschnitt)'));
  assert.ok(compare.body.includes('2 Abschnitte geändert, 1 unverändert.'));
  // The old thread stays on the section's page, closed; the new version takes comments.
  const section = await get(t.app, `/de/konsultationen/${slug}/abschnitte/massnahmen`, anna);
  assert.ok(section.body.includes('Kommentare zu Fassung 2 (0)') && section.body.includes('Kommentare zu Fassung 1 (2)'));
  const old = await postForm(
    t.app,
    '/de/kommentare',
    { target: `section:${await sectionIdOf(slug, 'massnahmen', 1)}`, body: 'Noch was.' },
    anna,
  );
  assert.equal(old.statusCode, 409, 'an earlier version takes no comments');
});

test('the weighing table as page, CSV and PDF: every visible comment with its outcome, no names', async () => {
  const page = await get(t.app, `/en/konsultationen/${slug}/abwaegung`);
  assert.equal(page.statusCode, 200);
  assert.ok(page.body.includes('Table of responses') && page.body.includes('partly taken up') && page.body.includes('no response yet'));
  const csv = await get(t.app, `/de/konsultationen/${slug}/abwaegung.csv`);
  assert.equal(csv.statusCode, 200);
  const rows = parse(csv.body, { bom: true }) as string[][];
  assert.deepEqual(rows[0], [
    'Nr.',
    'Fassung',
    'Abschnitt',
    'Textstelle',
    'Kommentar',
    'Eingegangen',
    'Ergebnis',
    'Begründung',
    'Antwort',
    'Berücksichtigt in',
  ]);
  assert.equal(rows.length, 3);
  assert.deepEqual(rows[1]!.slice(1, 5), ['1', 'Maßnahmen', 'Fünf  Sensoren', 'Warum nur fünf?']);
  assert.deepEqual(rows[1]!.slice(6), [
    'teilweise berücksichtigt',
    'Zunächst fünf, weitere nach der Auswertung.',
    'Danke, wir prüfen eine Erweiterung.',
    'Fassung 2: Maßnahmen',
  ]);
  assert.ok(!csv.body.includes('Anna') && !csv.body.includes('Ben'), 'no names');
  const pdf = await t.app.inject({ url: `/de/konsultationen/${slug}/abwaegung.pdf` });
  assert.equal(pdf.headers['content-type'], 'application/pdf');
  const text = await pdfText(pdf.rawPayload);
  for (const expected of [
    'Abwägungstabelle',
    'Parkraumkonzept Altstadt',
    'Warum nur fünf?',
    'teilweise berücksichtigt',
    'Danke, wir prüfen eine Erweiterung.',
  ])
    assert.ok(text.includes(expected), `the PDF says ${expected}`);
});

test('the adopted version links to the decision of the Vorhaben; then nothing more is commented or rated', async () => {
  const project = await t.db
    .selectFrom('participation_processes as pp')
    .where('pp.slug', '=', 'parken-im-quartier-beispiel')
    .select('pp.project_id')
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto('decisions')
    .values({
      project_id: project.project_id,
      position: 99,
      raw: 'HA-7/2026 vom 01.02.2026',
      reference: 'HA-7/2026',
      body: 'HA',
      number: 7,
      year: 2026,
      date: '2026-02-01',
    })
    .execute();
  const wrong = await postForm(t.app, `${base}/${slug}/beschluss`, { version: '2', reference: 'RV-1/1999' }, moderator);
  assert.equal(wrong.statusCode, 400);
  assert.ok(wrong.body.includes('Bitte wählen Sie einen Beschluss des Vorhabens.'));
  assert.equal((await postForm(t.app, `${base}/${slug}/beschluss`, { version: '2', reference: 'HA-7/2026' }, moderator)).statusCode, 303);
  const page = await get(t.app, `/de/konsultationen/${slug}`);
  assert.ok(page.body.includes('Fassung 2 wurde mit dem Beschluss HA-7/2026 angenommen.'));
  const section = await sectionIdOf(slug, 'massnahmen', 2);
  assert.equal((await postForm(t.app, '/de/kommentare', { target: `section:${section}`, body: 'Zu spät?' }, ben)).statusCode, 409);
  assert.equal(
    (await postForm(t.app, `/de/konsultationen/${slug}/abschnitte/massnahmen/stimme`, { stance: 'agree' }, ben)).statusCode,
    409,
  );
  assert.equal((await postForm(t.app, `${base}/${slug}/neue-fassung`, {}, moderator)).statusCode, 409);
  const api = JSON.parse((await get(t.app, `/api/v1/consultations/${slug}`)).body) as {
    phase: string;
    adoption: { reference: string };
    versions: {
      number: number;
      sections: { anchor: string; comments: number; agree: number; disagree: number; citedComments: number[] }[];
    }[];
  };
  assert.equal(api.phase, 'adopted');
  assert.equal(api.adoption.reference, 'HA-7/2026');
  const v1 = api.versions[0]!.sections.find((s) => s.anchor === 'massnahmen')!;
  assert.deepEqual([v1.comments, v1.agree, v1.disagree], [2, 1, 1]);
  assert.equal(api.versions[1]!.sections.find((s) => s.anchor === 'massnahmen')!.citedComments.length, 1);
});

test('staff type in a comment on a section from a paper form; it shows on the section with its source and counts as paper', async () => {
  const process = 'parken-im-quartier-beispiel';
  const paper = await createConsultation(t.db, cliActor, {
    processSlug: process,
    title: { de: 'Parkraumkonzept' },
    summary: null,
    startsOn: today(-10),
    endsOn: today(10),
    text: '# Ziele\n\nWeniger Suchverkehr.\n\n# Maßnahmen\n\nSensoren in der Großen Straße.\n',
  });
  await publishDraft(t.db, cliActor, paper, null);
  const section = await sectionIdOf(paper, 'ziele');
  const adopted = await t.db
    .selectFrom('consultations as k')
    .innerJoin('participation_processes as p', 'p.id', 'k.process_id')
    .where('k.example', '=', true)
    .select(['p.slug as process', 'k.slug'])
    .executeTakeFirstOrThrow();
  const url = `/de/verwaltung/beteiligung/prozesse/${process}/beitraege`;
  const form = (await get(t.app, url, moderator)).body;
  assert.ok(form.includes(`value="section-${section}"`), 'the sections of the running consultation are offered');
  const adoptedSection = await sectionIdOf(adopted.slug, 'ziele', 2);
  const adoptedForm = (await get(t.app, `/de/verwaltung/beteiligung/prozesse/${adopted.process}/beitraege`, moderator)).body;
  assert.ok(!adoptedForm.includes(`value="section-${adoptedSection}"`), 'an adopted document takes no more comments');
  const paperBefore =
    (await processReport(t.db, t.app.processReportParts, process)).report.kinds.find((k) => k.kind === 'report.kind.sectionComments')
      ?.counts.paper ?? 0;

  const before = await count('comments');
  const fields = { kind: 'comment', channel: 'paper', day: today(-1), body: 'Vom Papierbogen: Parkplätze für Lastenräder' };
  for (const [change, message] of [
    [{ target: `section-${adoptedSection}` }, 'Dieser Abschnitt gehört nicht zur neuesten veröffentlichten Fassung'],
    [{ target: 'section-99999999' }, 'Dieser Abschnitt gehört nicht zur neuesten veröffentlichten Fassung'],
    [{ target: `section-${section}`, day: today(-11) }, 'Der Tag liegt nicht im Zeitraum der Konsultation'],
  ] as const) {
    const refused = await postForm(t.app, url, { ...fields, ...change }, moderator);
    assert.equal(refused.statusCode, 400, JSON.stringify(change));
    assert.ok(refused.body.includes(message), message);
  }
  assert.equal(await count('comments'), before, 'a refused entry stores nothing');

  const saved = await postForm(t.app, url, { ...fields, target: `section-${section}` }, moderator);
  assert.equal(saved.statusCode, 303, saved.body.slice(0, 300));
  const row = await t.db.selectFrom('comments').selectAll().where('body', '=', fields.body).executeTakeFirstOrThrow();
  assert.deepEqual(
    [row.consultation_section_id, row.channel, row.contributed_on, row.resident_id, row.project_id, row.idea_id],
    [section, 'paper', today(-1), null, null, null],
  );
  assert.ok((await get(t.app, url, moderator)).body.includes(fields.body), 'listed among the entries');
  const page = (await get(t.app, `/de/konsultationen/${paper}/abschnitte/ziele`)).body.replace(/\s+/g, ' ');
  assert.ok(page.includes(fields.body), 'shown with the section');
  assert.ok(page.includes('Von einem Papierbogen'), 'marked with its source, without a name');
  const after = (await processReport(t.db, t.app.processReportParts, process)).report.kinds.find(
    (k) => k.kind === 'report.kind.sectionComments',
  )!.counts.paper;
  assert.equal(after, paperBefore + 1, 'the report counts it on paper');
});

test('the participation report of the process counts the comments and votes on each section', async () => {
  const demo = await t.db
    .selectFrom('consultations as k')
    .innerJoin('participation_processes as p', 'p.id', 'k.process_id')
    .where('k.example', '=', true)
    .select(['p.slug', 'k.process_id'])
    .executeTakeFirstOrThrow();
  const counted = (
    await sql<{ comments: number; weighed: number; takenUp: number; votes: number; sections: string[] }>`
      with sections as (
        select s.id, s.heading from consultation_sections s
        join consultation_versions v on v.id = s.version_id and v.published_at is not null
        join consultations k on k.id = v.consultation_id where k.process_id = ${demo.process_id}
      )
      select
        (select count(*)::int from comments c where c.hidden_at is null and c.consultation_section_id in (select id from sections)) as comments,
        (select count(*)::int from consultation_weighings w join comments c on c.id = w.comment_id
          where c.hidden_at is null and c.consultation_section_id in (select id from sections)) as weighed,
        (select count(*)::int from consultation_weighings w join comments c on c.id = w.comment_id
          where c.hidden_at is null and w.outcome in ('taken_up', 'partly') and c.consultation_section_id in (select id from sections)) as "takenUp",
        (select count(*)::int from consultation_votes where section_id in (select id from sections)) as votes,
        (select array_agg(distinct c_s.heading) from sections c_s
          where exists (select 1 from comments c where c.consultation_section_id = c_s.id and c.hidden_at is null)) as sections`.execute(
      t.db,
    )
  ).rows[0]!;
  assert.ok(counted.comments > 0 && counted.votes > 0, 'the demo consultation has comments and votes');
  const { report } = await processReport(t.db, t.app.processReportParts, demo.slug);
  const kind = (key: string) => report.kinds.find((k) => k.kind === key);
  assert.equal(kind('report.kind.sectionComments')?.counts.total, counted.comments);
  assert.equal(kind('report.kind.sectionComments')?.answered, counted.weighed);
  assert.equal(kind('report.kind.sectionComments')?.takenUp, counted.takenUp);
  assert.equal(kind('report.kind.sectionVotes')?.counts.total, counted.votes);
  const headings = report.sections.map((s) => s.section.de.replace(/ \(\d+\)$/, ''));
  for (const heading of counted.sections) assert.ok(headings.includes(heading), `the section "${heading}" has its row`);
  const page = await get(t.app, `/de/beteiligung/${demo.slug}/bericht`);
  assert.equal(page.statusCode, 200);
  assert.ok(page.body.includes('Kommentare zu Abschnitten von Entwürfen'));
});
