// Offline contributions and the participation report over HTTP: staff type in an idea and comments from
// an event and a paper form (field errors change nothing); the public pages show them without a name,
// marked with their source; the report's numbers match the rows by channel, kind, phase, section and
// municipality; its PDF reads back with the same numbers; neither carries a name or an address.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { processReport } from '../../src/modules/participation/report.service.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { pdfText } from '../helpers/pdf-text.js';
import { reportProcess, secretNames } from '../helpers/report-fixture.js';
import { get, postForm, type StaffSession, staffSession } from '../helpers/staff.js';

let t: TestApp;
let moderator: StaffSession;
let fixture: Awaited<ReturnType<typeof reportProcess>>;
let municipality: { id: number; name: string };

before(async () => {
  t = await startTestApp('municipalities');
  moderator = await staffSession(t.db, [{ role: 'moderator' }]);
  fixture = await reportProcess(t.db);
  municipality = await t.db
    .selectFrom('municipalities')
    .select(['id', 'name'])
    .where('slug', '=', 'schleswig-flensburg')
    .executeTakeFirstOrThrow();
});
after(() => t.close());

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/\s+/g, ' ');
const offlineUrl = () => `/de/verwaltung/beteiligung/prozesse/${fixture.process.slug}/beitraege`;
const countRows = async () =>
  Number(
    (
      await t.db
        .selectFrom('ideas')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ) +
  Number(
    (
      await t.db
        .selectFrom('comments')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

test('staff type in ideas and comments from events and paper; bad input comes back at its field and saves nothing', async () => {
  const form = (await get(t.app, offlineUrl(), moderator)).body;
  assert.ok(form.includes('Werkstatt am Hafen'), 'the process’s event is offered');
  assert.ok(!/name="(name|email)"/.test(form), 'no field for a name or an address');

  const before = await countRows();
  const bad = [
    [{ kind: 'idea', channel: 'event', day: '2026-02-20', title: 'X', body: 'Y' }, 'Wählen Sie die Veranstaltung'],
    [{ kind: 'idea', channel: 'paper', day: '2099-01-01', title: 'X', body: 'Y' }, 'Der Tag liegt in der Zukunft.'],
    [{ kind: 'idea', channel: 'paper', day: '2026-02-20', title: '', body: 'Y' }, 'Bitte ausfüllen.'],
    [{ kind: 'comment', channel: 'paper', day: 'gestern', body: 'Y' }, 'Kein gültiges Datum'],
    [{ kind: 'comment', channel: 'paper', day: '2026-02-20', body: 'Y', target: '999999' }, 'gehört nicht zu diesem Beteiligungsprozess'],
  ] as const;
  for (const [fields, message] of bad) {
    const res = await postForm(t.app, offlineUrl(), fields, moderator);
    assert.equal(res.statusCode, 400, JSON.stringify(fields));
    assert.ok(res.body.includes(message), message);
  }
  assert.equal(await countRows(), before);

  const ok: Record<string, string>[] = [
    {
      kind: 'idea',
      channel: 'event',
      event: String(fixture.eventId),
      municipality: String(municipality.id),
      day: '2026-02-20',
      title: 'Bänke am Kai',
      body: 'Mehr Sitzplätze',
    },
    { kind: 'comment', channel: 'paper', day: '2026-04-10', target: 'project', body: 'Vom Bogen: Parkplätze erhalten' },
    {
      kind: 'comment',
      channel: 'event',
      event: String(fixture.eventId),
      day: '2026-07-15',
      target: String(fixture.acceptedIdea),
      body: 'Unterstützen wir',
    },
  ];
  for (const fields of ok) {
    const res = await postForm(t.app, offlineUrl(), fields, moderator);
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
  }
  const idea = await t.db.selectFrom('ideas').selectAll().where('title', '=', 'Bänke am Kai').executeTakeFirstOrThrow();
  assert.deepEqual(
    [idea.channel, idea.source_event_id, idea.municipality_id, idea.contributed_on, idea.resident_id],
    ['event', fixture.eventId, municipality.id, '2026-02-20', null],
  );
  const listed = await get(t.app, offlineUrl(), moderator);
  assert.ok(listed.body.includes('3 erfasste Beiträge'));

  const processPage = text((await get(t.app, `/de/beteiligung/${fixture.process.slug}`)).body);
  assert.ok(processPage.includes('Bänke am Kai'));
  assert.ok(
    processPage.includes('Von der Veranstaltung „Werkstatt am Hafen“ · 20. Februar 2026'),
    processPage.slice(processPage.indexOf('Bänke am Kai'), processPage.indexOf('Bänke am Kai') + 300),
  );
  const ideaPage = text((await get(t.app, `/de/beteiligung/${fixture.process.slug}/ideen/${idea.id}`)).body);
  assert.ok(ideaPage.includes('Von der Veranstaltung „Werkstatt am Hafen“'));
  assert.ok(!ideaPage.includes('Konto gelöscht') && !ideaPage.includes('Teilnehmer*in'), 'no author shown for an offline idea');
  const project = await t.db.selectFrom('projects').select('slug').where('id', '=', fixture.process.projectId).executeTakeFirstOrThrow();
  const discussion = text((await get(t.app, `/de/vorhaben/${project.slug}/diskussion`)).body);
  assert.ok(discussion.includes('Vom Bogen: Parkplätze erhalten') && discussion.includes('Von einem Papierbogen · 10. April 2026'));
  const englishIdea = text((await get(t.app, `/en/beteiligung/${fixture.process.slug}/ideen/${fixture.acceptedIdea}`)).body);
  assert.ok(englishIdea.includes('From the event “Harbour workshop”'), 'the event’s title in the page’s language');
});

test('the report counts every channel, kind, phase, survey and municipality as the rows say', async () => {
  const { report } = await processReport(t.db, t.app.processReportParts, fixture.process.slug);
  const by = (online: number, event: number, paper: number) => ({ online, event, paper, total: online + event + paper });
  // Online: two ideas (one hidden left out), a support, a comment, a submission, a survey answer.
  // Event: the typed-in idea and comment, a survey answer. Paper: the typed-in comment, a survey answer.
  assert.deepEqual(report.contributions, by(6, 3, 2));
  // Two residents once each, the submission and the browser's answer; each offline entry one person.
  assert.deepEqual(report.participants, by(4, 3, 2));
  assert.deepEqual(
    report.kinds.map((k) => [k.kind, k.counts, k.answered, k.takenUp]),
    [
      ['report.kind.ideas', by(2, 1, 0), 2, 1],
      ['report.kind.comments', by(1, 1, 1), 0, 0],
      ['report.kind.supports', by(1, 0, 0), 0, 0],
      ['report.kind.notices', by(1, 0, 0), 1, 0],
      ['report.kind.surveyResponses', by(1, 1, 1), 0, 0],
    ],
  );
  assert.deepEqual(
    report.phases.map((p) => [p.phase, p.counts]),
    [
      ['ideas', by(3, 1, 0)],
      ['comments', by(3, 0, 1)],
      [null, by(0, 2, 1)],
    ],
  );
  assert.deepEqual(
    report.sections.map((s) => [s.section.de, s.counts]),
    [['Umfrage zum Hafen', by(1, 1, 1)]],
  );
  assert.deepEqual(report.municipalities, [
    { name: municipality.name, count: 1 },
    { name: null, count: 10 },
  ]);

  const page = await get(t.app, `/de/beteiligung/${fixture.process.slug}/bericht`);
  assert.equal(page.statusCode, 200);
  const body = text(page.body);
  assert.ok(body.includes('Beteiligte 4 3 2 9'), 'participants by channel in the table');
  assert.ok(body.includes('Beiträge 6 3 2 11'));
  assert.ok(body.includes('Ideen 3 2 1'), 'ideas: total, answered, taken up');
  assert.ok(body.includes('außerhalb der Phasen 0 2 1 3'));
  assert.ok(body.includes(`${municipality.name} 1`));
  assert.equal((page.body.match(/<svg[^>]*role="img"/g) ?? []).length, 3, 'three charts, each an image with its text');
  const processPage = await get(t.app, `/de/beteiligung/${fixture.process.slug}`);
  assert.ok(processPage.body.includes(`/de/beteiligung/${fixture.process.slug}/bericht"`), 'the results section links the report');
});

test('the PDF reads back with the numbers; neither page nor PDF names anyone', async () => {
  const pdf = await get(t.app, `/de/beteiligung/${fixture.process.slug}/bericht.pdf`);
  assert.equal(pdf.statusCode, 200);
  assert.equal(pdf.headers['content-type'], 'application/pdf');
  const read = await pdfText(pdf.rawPayload);
  assert.ok(read.includes('Beteiligungsbericht: Prozess'), read.slice(0, 200));
  assert.ok(read.includes('Beiträge 6 3 2 11'));
  assert.ok(read.includes('Beteiligte 4 3 2 9'));
  assert.ok(read.includes('Umfrageantworten: Umfrage zum Hafen 1 1 1 3'));
  const english = await pdfText((await get(t.app, `/en/beteiligung/${fixture.process.slug}/bericht.pdf`)).rawPayload);
  assert.ok(english.includes('Participation report') && english.includes('Contributions 6 3 2 11'));

  const html = (await get(t.app, `/de/beteiligung/${fixture.process.slug}/bericht`)).body;
  for (const secret of [...secretNames, '@example.org', 'Bitte an die Radwege denken', 'Mehr Sitzplätze']) {
    assert.ok(!html.includes(secret), `page names ${secret}`);
    assert.ok(!read.includes(secret), `PDF names ${secret}`);
  }
  assert.equal((await get(t.app, '/de/beteiligung/gibt-es-nicht/bericht')).statusCode, 404);
});
