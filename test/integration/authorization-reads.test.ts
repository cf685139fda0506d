// The authorisation matrix for reading: every back-office page and download, opened by every role and
// without a session. Readers get the page; everyone else is sent to sign in (no session) or refused
// with 403, so another municipality's Vorhaben, events, contributions and cases stay closed. A new
// back-office GET route without an entry here fails the test.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cliActor } from '../../src/platform/actor.js';
import { createConsultation } from '../../src/modules/consultations/index.js';
import * as finance from '../../src/modules/finance/index.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { actors, actorSessions, type ActorName } from '../helpers/matrix.js';
import { advisoryCaseOf, eventBy, ideaOn, processOn, publishedProject } from '../helpers/matrix-fixtures.js';
import type { StaffSession } from '../helpers/staff.js';
import { testSurvey } from '../helpers/surveys.js';

let t: TestApp;
let sessions: Map<ActorName, StaffSession>;

const global: ActorName[] = ['admin', 'agency'];
const municipal: ActorName[] = ['coordinator@flensburg', 'editor@flensburg', 'coordinator@nordfriesland', 'editor@nordfriesland'];
const flensburg: ActorName[] = ['coordinator@flensburg', 'editor@flensburg'];
const editorialReaders: ActorName[] = [...global, ...municipal, 'reviewer'];
const editorialWriters: ActorName[] = [...global, ...municipal];
const flensburgReaders: ActorName[] = [...global, ...flensburg, 'reviewer'];
const flensburgWriters: ActorName[] = [...global, ...flensburg];
const participation: ActorName[] = [...global, ...municipal, 'moderator'];
const flensburgModerators: ActorName[] = [...global, ...flensburg, 'moderator'];
const coordinators: ActorName[] = [...global, 'coordinator@flensburg', 'coordinator@nordfriesland'];
const financeReaders: ActorName[] = ['admin', 'finance'];

/** Per route pattern: who reads it, and the address to try (rows of Flensburg). */
let routes: Record<string, { readers: ActorName[]; url: string }>;

before(async () => {
  t = await startTestApp('municipalities');
  sessions = await actorSessions(t.db);
  const project = await publishedProject(t.db, ['flensburg']);
  const event = await eventBy(t.db, 'flensburg');
  const process = await processOn(t.db, ['flensburg']);
  const idea = await ideaOn(t.db, ['flensburg']);
  const advisoryCase = await advisoryCaseOf(t.db, 'flensburg');
  const file = await t.db
    .insertInto('advisory_messages')
    .values({
      case_id: advisoryCase,
      body: 'Unterlagen',
      file_name: 'plan.pdf',
      content_type: 'application/pdf',
      content: Buffer.from('%PDF-1.4\n'),
      size: 9,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const notice = await t.db
    .insertInto('notices')
    .values({ project_id: project.id, body: 'Hinweis', email: 'h@example.org', status: 'received' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const request = await t.db
    .insertInto('participation_requests')
    .values({
      project_id: project.id,
      kind: 'informal',
      title: 'Anregung',
      reasoning: 'Weil',
      initiator_email: 'a@example.org',
      status: 'received',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto('partners')
    .values({
      slug: 'lese-partner',
      name: 'Partner',
      kind: 'association',
      description: 'Text',
      contact_email: 'p@example.org',
      consented_at: new Date(),
      verified_at: new Date(),
    })
    .execute();
  await finance.saveProgramme(t.db, cliActor, {
    fundingProgramme: null,
    grantReference: 'MPSC',
    grantDate: '2021-12-15',
    fundingRateBp: 6500,
    figures: [],
    shares: {},
    phases: [{ code: 'A', name: { de: 'Phase A' }, startsOn: '2022-01-01', endsOn: '2023-06-30', proofMonths: 30 }],
  });
  const measure = await finance.createMeasure(t.db, cliActor, {
    kind: 'measure',
    parentSlug: null,
    code: 'M1',
    slug: null,
    position: 0,
    title: { de: 'Maßnahme' },
    description: null,
    status: 'running',
    progressMode: 'own',
    progressPercent: 10,
    lead: null,
    projectSlugs: [],
    internalNote: null,
  });
  const account = sessions.get('reviewer')!.userId;
  const flensburgId = (await t.db.selectFrom('municipalities').select('id').where('slug', '=', 'flensburg').executeTakeFirstOrThrow()).id;
  const run = await t.db
    .insertInto('council_sync_runs')
    .values({ municipality_id: flensburgId, mode: 'full', status: 'succeeded', resume: '{}' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const decision = await t.db
    .insertInto('decisions')
    .values({
      project_id: project.id,
      position: 0,
      raw: 'RV-22/2021',
      reference: 'RV-22/2021',
      body: 'RV',
      body_name: null,
      number: 22,
      year: 2021,
      supplement: null,
      date: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const survey = (await testSurvey(t.db, 'anyone')).slug;
  const consultation = await createConsultation(t.db, cliActor, {
    processSlug: process.slug,
    title: { de: 'Konsultation' },
    summary: null,
    startsOn: '2020-01-01',
    endsOn: '2099-12-31',
    text: '# Ziele\n\nText.\n',
  });
  const surveyReaders: ActorName[] = [...global, 'moderator', 'reviewer'];
  const surveyWriters: ActorName[] = [...global, 'moderator'];
  const v = '/de/verwaltung';
  routes = {
    '/:lang/verwaltung': { readers: editorialReaders, url: v },
    '/:lang/verwaltung/vorhaben/neu': { readers: editorialWriters, url: `${v}/vorhaben/neu` },
    '/:lang/verwaltung/vorhaben/:slug': { readers: flensburgReaders, url: `${v}/vorhaben/${project.slug}` },
    '/:lang/verwaltung/vorhaben/:slug/bearbeiten': { readers: flensburgWriters, url: `${v}/vorhaben/${project.slug}/bearbeiten` },
    '/:lang/verwaltung/vorhaben/:slug/vergleich': { readers: flensburgReaders, url: `${v}/vorhaben/${project.slug}/vergleich` },
    '/:lang/verwaltung/vorhaben/:slug/orte': { readers: flensburgReaders, url: `${v}/vorhaben/${project.slug}/orte` },
    '/:lang/verwaltung/kommunen': { readers: coordinators, url: `${v}/kommunen` },
    '/:lang/verwaltung/kommunen/:slug': { readers: [...global, 'coordinator@flensburg'], url: `${v}/kommunen/flensburg` },
    '/:lang/verwaltung/import': { readers: global, url: `${v}/import` },
    '/:lang/verwaltung/fortschreibungen': { readers: global, url: `${v}/fortschreibungen` },
    '/:lang/verwaltung/protokoll': { readers: ['admin'], url: `${v}/protokoll` },
    '/:lang/verwaltung/rechtliches': { readers: ['admin'], url: `${v}/rechtliches` },
    '/:lang/verwaltung/konten': { readers: ['admin'], url: `${v}/konten` },
    '/:lang/verwaltung/konten/neu': { readers: ['admin'], url: `${v}/konten/neu` },
    '/:lang/verwaltung/konten/:id': { readers: ['admin'], url: `${v}/konten/${account}` },
    // One's own second factor: every staff member.
    '/:lang/verwaltung/zweiter-faktor': { readers: Object.keys(actors) as ActorName[], url: `${v}/zweiter-faktor` },
    '/:lang/verwaltung/veranstaltungen': { readers: editorialReaders, url: `${v}/veranstaltungen` },
    '/:lang/verwaltung/veranstaltungen/neu': { readers: editorialWriters, url: `${v}/veranstaltungen/neu` },
    '/:lang/verwaltung/veranstaltungen/:slug': { readers: flensburgReaders, url: `${v}/veranstaltungen/${event}` },
    '/:lang/verwaltung/veranstaltungen/:slug/bearbeiten': { readers: flensburgWriters, url: `${v}/veranstaltungen/${event}/bearbeiten` },
    // Registrations hold personal data: the organisers only, not reviewers.
    '/:lang/verwaltung/veranstaltungen/:slug/anmeldungen': { readers: flensburgWriters, url: `${v}/veranstaltungen/${event}/anmeldungen` },
    '/:lang/verwaltung/veranstaltungen/:slug/anmeldungen.csv': {
      readers: flensburgWriters,
      url: `${v}/veranstaltungen/${event}/anmeldungen.csv`,
    },
    '/:lang/verwaltung/beteiligung': { readers: participation, url: `${v}/beteiligung` },
    '/:lang/verwaltung/beteiligung/prozesse/neu': { readers: participation, url: `${v}/beteiligung/prozesse/neu` },
    '/:lang/verwaltung/beteiligung/prozesse/:slug': { readers: flensburgModerators, url: `${v}/beteiligung/prozesse/${process.slug}` },
    '/:lang/verwaltung/beteiligung/prozesse/:slug/beitraege': {
      readers: flensburgModerators,
      url: `${v}/beteiligung/prozesse/${process.slug}/beitraege`,
    },
    '/:lang/verwaltung/beteiligung/hinweise/:id': { readers: flensburgModerators, url: `${v}/beteiligung/hinweise/${notice.id}` },
    '/:lang/verwaltung/beteiligung/anregungen/:id': { readers: flensburgModerators, url: `${v}/beteiligung/anregungen/${request.id}` },
    '/:lang/verwaltung/beteiligung/ideen': { readers: participation, url: `${v}/beteiligung/ideen` },
    '/:lang/verwaltung/beteiligung/ideen/:id': { readers: flensburgModerators, url: `${v}/beteiligung/ideen/${idea}` },
    '/:lang/verwaltung/moderation': { readers: participation, url: `${v}/moderation` },
    '/:lang/verwaltung/uebersetzungen': { readers: editorialWriters, url: `${v}/uebersetzungen` },
    '/:lang/verwaltung/finanzen': { readers: financeReaders, url: `${v}/finanzen` },
    '/:lang/verwaltung/finanzen/programm': { readers: financeReaders, url: `${v}/finanzen/programm` },
    '/:lang/verwaltung/finanzen/massnahmen/neu': { readers: financeReaders, url: `${v}/finanzen/massnahmen/neu` },
    '/:lang/verwaltung/finanzen/massnahmen/:slug': { readers: financeReaders, url: `${v}/finanzen/massnahmen/${measure}` },
    '/:lang/verwaltung/finanzen/massnahmen/:slug/bearbeiten': {
      readers: financeReaders,
      url: `${v}/finanzen/massnahmen/${measure}/bearbeiten`,
    },
    '/:lang/verwaltung/finanzen/haushalt.csv': { readers: financeReaders, url: `${v}/finanzen/haushalt.csv` },
    '/:lang/verwaltung/finanzen/ausgaben.csv': { readers: financeReaders, url: `${v}/finanzen/ausgaben.csv` },
    '/:lang/verwaltung/finanzen/finanzen.xlsx': { readers: financeReaders, url: `${v}/finanzen/finanzen.xlsx` },
    '/:lang/verwaltung/finanzen/bericht.pdf': { readers: financeReaders, url: `${v}/finanzen/bericht.pdf` },
    '/:lang/verwaltung/finanzen/import': { readers: financeReaders, url: `${v}/finanzen/import` },
    '/:lang/verwaltung/netzwerk': { readers: global, url: `${v}/netzwerk` },
    '/:lang/verwaltung/netzwerk/partner/:slug': { readers: global, url: `${v}/netzwerk/partner/lese-partner` },
    '/:lang/verwaltung/netzwerk/passend': { readers: global, url: `${v}/netzwerk/passend?vorhaben=${project.slug}` },
    // Council information: admins, and the coordinators of their own municipality.
    '/:lang/verwaltung/ratsinformation': {
      readers: ['admin', 'coordinator@flensburg', 'coordinator@nordfriesland'],
      url: `${v}/ratsinformation`,
    },
    '/:lang/verwaltung/ratsinformation/:slug': { readers: ['admin', 'coordinator@flensburg'], url: `${v}/ratsinformation/flensburg` },
    '/:lang/verwaltung/ratsinformation/:slug/laeufe': {
      readers: ['admin', 'coordinator@flensburg'],
      url: `${v}/ratsinformation/flensburg/laeufe`,
    },
    '/:lang/verwaltung/ratsinformation/:slug/laeufe/:id': {
      readers: ['admin', 'coordinator@flensburg'],
      url: `${v}/ratsinformation/flensburg/laeufe/${run.id}`,
    },
    '/:lang/verwaltung/ratsinformation/:slug/beschluesse': {
      readers: ['admin', 'coordinator@flensburg'],
      url: `${v}/ratsinformation/flensburg/beschluesse`,
    },
    '/:lang/verwaltung/ratsinformation/:slug/beschluesse/:id': {
      readers: ['admin', 'coordinator@flensburg'],
      url: `${v}/ratsinformation/flensburg/beschluesse/${decision.id}`,
    },
    '/:lang/verwaltung/ratsinformation/:slug/vorschlaege': {
      readers: ['admin', 'coordinator@flensburg'],
      url: `${v}/ratsinformation/flensburg/vorschlaege`,
    },
    '/:lang/verwaltung/ratsinformation/:slug/vorlaufzeit': {
      readers: ['admin', 'coordinator@flensburg'],
      url: `${v}/ratsinformation/flensburg/vorlaufzeit`,
    },
    // Advisory cases: the agency, and the coordinators of the case's municipality.
    '/:lang/verwaltung/beratung': { readers: coordinators, url: `${v}/beratung` },
    '/:lang/verwaltung/beratung/:id': { readers: [...global, 'coordinator@flensburg'], url: `${v}/beratung/${advisoryCase}` },
    '/:lang/verwaltung/beratung/:id/dateien/:message': {
      readers: [...global, 'coordinator@flensburg'],
      url: `${v}/beratung/${advisoryCase}/dateien/${file.id}`,
    },
    // Surveys: admins, the agency and moderators work with them; reviewers read them and their answers.
    '/:lang/verwaltung/umfragen': { readers: surveyReaders, url: `${v}/umfragen` },
    '/:lang/verwaltung/umfragen/neu': { readers: surveyWriters, url: `${v}/umfragen/neu` },
    '/:lang/verwaltung/umfragen/:slug': { readers: surveyReaders, url: `${v}/umfragen/${survey}` },
    '/:lang/verwaltung/umfragen/:slug/papier': { readers: surveyWriters, url: `${v}/umfragen/${survey}/papier` },
    '/:lang/verwaltung/umfragen/:slug/bearbeiten': { readers: surveyWriters, url: `${v}/umfragen/${survey}/bearbeiten` },
    '/:lang/verwaltung/umfragen/:slug/antworten.csv': { readers: surveyReaders, url: `${v}/umfragen/${survey}/antworten.csv` },
    '/:lang/verwaltung/umfragen/:slug/antworten.xlsx': { readers: surveyReaders, url: `${v}/umfragen/${survey}/antworten.xlsx` },
    // Consultations: whoever handles participation; one consultation, by those of its Vorhaben's municipality.
    '/:lang/verwaltung/konsultationen': { readers: participation, url: `${v}/konsultationen` },
    '/:lang/verwaltung/konsultationen/neu': { readers: participation, url: `${v}/konsultationen/neu` },
    '/:lang/verwaltung/konsultationen/:slug': { readers: flensburgModerators, url: `${v}/konsultationen/${consultation}` },
  };
});
after(() => t.close());

test('every back-office page is in the read matrix', () => {
  const pages = [...new Set(t.app.routeList.filter((r) => r.method === 'GET' && r.url.includes('/verwaltung')).map((r) => r.url))];
  assert.deepEqual(
    pages.filter((p) => !(p in routes)),
    [],
    'add these pages to the read matrix',
  );
  assert.deepEqual(
    Object.keys(routes).filter((p) => !pages.includes(p)),
    [],
  );
});

test('back-office pages open for their readers only', async () => {
  for (const [route, { readers, url }] of Object.entries(routes)) {
    for (const name of ['nobody', ...Object.keys(actors)] as ActorName[]) {
      const res = await t.app.inject({ url, cookies: sessions.get(name)?.cookies ?? {} });
      if (name === 'nobody') {
        assert.equal(res.statusCode, 303, `${route} without a session`);
        assert.match(String(res.headers.location), /^\/de\/anmelden/);
      } else if (readers.includes(name)) {
        assert.equal(res.statusCode, 200, `${name} reads ${url}`);
      } else {
        // 404 refuses too, without telling that the row exists (files shared with residents answer so).
        assert.ok([403, 404].includes(res.statusCode), `${name} must not read ${url}, got ${res.statusCode}`);
      }
    }
  }
});
