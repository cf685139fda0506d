// The authorisation matrix beyond the route itself: a body field that names another municipality's row
// (a Vorhaben, a process), editing rows that belong to another municipality, and file uploads. Every
// case is tried with every role and with no session: the allowed ones succeed, everyone else is
// refused and the database, link columns included, stays as it was.
import { after, before, test } from 'node:test';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { actorSessions, type ActorName, type Case, checkCase } from '../helpers/matrix.js';
import { advisoryCaseOf, eventBy, eventForm, ideaOn, processForm, processOn, publishedProject } from '../helpers/matrix-fixtures.js';
import type { StaffSession } from '../helpers/staff.js';

let t: TestApp;
let sessions: Map<ActorName, StaffSession>;

const globalStaff: ActorName[] = ['admin', 'agency'];
const globalModerators: ActorName[] = ['admin', 'agency', 'moderator'];
const nordfrieslandModerators: ActorName[] = [...globalModerators, 'coordinator@nordfriesland', 'editor@nordfriesland'];
const nordfrieslandEditors: ActorName[] = [...globalStaff, 'coordinator@nordfriesland', 'editor@nordfriesland'];
const flensburgEditors: ActorName[] = [...globalStaff, 'coordinator@flensburg', 'editor@flensburg'];

const cases: Record<string, Case> = {
  // A Flensburg event tied to a Vorhaben of Nordfriesland alone: its page, calendar filter and followers would show it.
  'new Flensburg event about a Nordfriesland Vorhaben': {
    allowed: globalStaff,
    prepare: async () => ({
      url: '/de/verwaltung/veranstaltungen/neu',
      form: eventForm('flensburg', { project: (await publishedProject(t.db, ['nordfriesland'])).slug }),
    }),
  },
  'Flensburg event moved onto a Nordfriesland Vorhaben': {
    allowed: globalStaff,
    prepare: async () => ({
      url: `/de/verwaltung/veranstaltungen/${await eventBy(t.db, 'flensburg')}/bearbeiten`,
      form: eventForm('flensburg', { project: (await publishedProject(t.db, ['nordfriesland'])).slug }),
    }),
  },
  'new Flensburg event about the agency’s own Vorhaben': {
    allowed: globalStaff,
    prepare: async () => ({
      url: '/de/verwaltung/veranstaltungen/neu',
      form: eventForm('flensburg', { project: (await publishedProject(t.db, [])).slug }),
    }),
  },
  'new Flensburg event about a joint Vorhaben of Flensburg and Nordfriesland': {
    allowed: flensburgEditors,
    prepare: async () => ({
      url: '/de/verwaltung/veranstaltungen/neu',
      form: eventForm('flensburg', { project: (await publishedProject(t.db, ['flensburg', 'nordfriesland'])).slug }),
    }),
  },
  'new Flensburg event for a process on a Nordfriesland Vorhaben': {
    allowed: globalStaff,
    prepare: async () => ({
      url: '/de/verwaltung/veranstaltungen/neu',
      form: eventForm('flensburg', { process: (await processOn(t.db, ['nordfriesland'])).slug }),
    }),
  },
  'new Flensburg event for a process on the agency’s own Vorhaben': {
    allowed: globalStaff,
    prepare: async () => ({
      url: '/de/verwaltung/veranstaltungen/neu',
      form: eventForm('flensburg', { process: (await processOn(t.db, [])).slug }),
    }),
  },
  'editing a Nordfriesland event': {
    allowed: nordfrieslandEditors,
    prepare: async () => ({
      url: `/de/verwaltung/veranstaltungen/${await eventBy(t.db, 'nordfriesland')}/bearbeiten`,
      form: eventForm('nordfriesland'),
    }),
  },
  // An idea on a Flensburg process accepted into a Vorhaben of Nordfriesland alone.
  'Flensburg idea accepted for a Nordfriesland Vorhaben': {
    allowed: globalModerators,
    prepare: async () => ({
      url: `/de/verwaltung/beteiligung/ideen/${await ideaOn(t.db, ['flensburg'])}`,
      form: { status: 'accepted', answer: 'Wird umgesetzt', project: (await publishedProject(t.db, ['nordfriesland'])).slug },
    }),
  },
  'Nordfriesland idea answered': {
    allowed: nordfrieslandModerators,
    prepare: async () => ({
      url: `/de/verwaltung/beteiligung/ideen/${await ideaOn(t.db, ['nordfriesland'])}`,
      form: { status: 'in_review', answer: 'Wir prüfen' },
    }),
  },
  'new process on a Nordfriesland Vorhaben': {
    allowed: nordfrieslandModerators,
    prepare: async () => ({
      url: '/de/verwaltung/beteiligung/prozesse/neu',
      form: processForm((await publishedProject(t.db, ['nordfriesland'])).slug),
    }),
  },
  'editing the process of a Nordfriesland Vorhaben': {
    allowed: nordfrieslandModerators,
    prepare: async () => {
      const process = await processOn(t.db, ['nordfriesland']);
      const project = await t.db.selectFrom('projects').select('slug').where('id', '=', process.projectId).executeTakeFirstOrThrow();
      return { url: `/de/verwaltung/beteiligung/prozesse/${process.slug}`, form: processForm(project.slug) };
    },
  },
  'moving a Flensburg process onto a Nordfriesland Vorhaben': {
    allowed: globalModerators,
    prepare: async () => ({
      url: `/de/verwaltung/beteiligung/prozesse/${(await processOn(t.db, ['flensburg'])).slug}`,
      form: processForm((await publishedProject(t.db, ['nordfriesland'])).slug),
    }),
  },
  // Uploads: the file goes with the form; only those who may change the row may upload to it.
  'upload to a Flensburg event’s documentation': {
    allowed: flensburgEditors,
    prepare: async () => ({
      url: `/de/verwaltung/veranstaltungen/${await eventBy(t.db, 'flensburg')}/dokumentation`,
      form: { documentation_de: 'Protokoll' },
      multipart: '%PDF-1.4\n%%EOF\n',
      fileName: 'protokoll.pdf',
      fileType: 'application/pdf',
    }),
  },
  'upload to an advisory case': {
    allowed: globalStaff,
    prepare: async () => ({
      url: `/de/verwaltung/beratung/${await advisoryCaseOf(t.db, 'flensburg')}/nachricht`,
      form: { body: 'Anbei die Unterlagen' },
      multipart: '%PDF-1.4\n%%EOF\n',
      fileName: 'unterlagen.pdf',
      fileType: 'application/pdf',
    }),
  },
};

before(async () => {
  t = await startTestApp('municipalities');
  sessions = await actorSessions(t.db);
});
after(() => t.close());

for (const [name, spec] of Object.entries(cases)) {
  test(`${name}: only ${spec.allowed.join(', ')}`, () => checkCase(t.app, t.db, sessions, name, spec));
}
