// Walks every state-changing route of the app with every role (and with no session) and fails on any
// unauthorised success: the answer must be a refusal, and nothing in the database may have changed.
// A new state-changing route without an entry here fails the test, so none can slip through unchecked.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cliActor, type StaffActor } from '../../src/platform/actor.js';
import { addUser } from '../../src/modules/accounts/accounts.service.js';
import { createEvent, publishEvent } from '../../src/modules/events/events.service.js';
import { eventInput } from '../helpers/events.js';
import * as editorial from '../../src/modules/editorial/editorial.service.js';
import { checkUpload } from '../../src/modules/projects/import/import-upload.service.js';
import type { ProjectInput } from '../../src/modules/projects/project.types.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { flensburgVorhaben, vorhabenCsv } from '../helpers/factories.js';
import { financeCases } from '../helpers/matrix-finance.js';
import { surveyCases } from '../helpers/matrix-surveys.js';
import { consultationCases } from '../helpers/matrix-consultations.js';
import { actors, actorSessions, type ActorName, type Case, checkCase } from '../helpers/matrix.js';
import { codeFor, enrolDirectly, pendingDirectly } from '../helpers/second-factor.js';
import type { StaffSession } from '../helpers/staff.js';

const editors: ActorName[] = ['admin', 'agency', 'coordinator@flensburg', 'editor@flensburg'];
const coordinators: ActorName[] = ['admin', 'agency', 'coordinator@flensburg'];
const importers: ActorName[] = ['admin', 'agency'];
const admins: ActorName[] = ['admin'];

let t: TestApp;
let sessions: Map<ActorName, StaffSession>;
let n = 0;

function input(title: string): ProjectInput {
  return {
    title: { de: title },
    description: null,
    goals: null,
    status: 'planned',
    statusText: null,
    nextSteps: null,
    expectedDuration: null,
    municipalities: ['flensburg'],
    topics: [],
    decisionsText: null,
    decisions: [],
    costs: { text: null, amountCents: null, currency: 'EUR', approximate: false },
    participation: { formal: false, informal: false, text: null },
    location: null,
    contact: null,
    links: [],
    furtherInfo: null,
    summaryPlain: null,
    startDate: null,
    endDate: null,
    addedOn: null,
    publicationState: 'draft',
  };
}

/** A Flensburg Vorhaben in the asked state, made through the services as the command line. */
async function project(state: 'draft' | 'published' | 'changes' | 'review' | 'archived'): Promise<string> {
  const slug = await editorial.createProject(t.db, cliActor, input(`Matrix-Vorhaben ${++n}`));
  if (state === 'draft') return slug;
  await editorial.publish(t.db, cliActor, slug, { de: 'Erstveröffentlichung' });
  if (state === 'changes' || state === 'review')
    await editorial.saveDraft(t.db, cliActor, slug, { ...input(`Matrix-Vorhaben ${n} (neu)`), publicationState: 'published' });
  if (state === 'review') await editorial.setReview(t.db, cliActor, slug, true);
  if (state === 'archived') await editorial.setArchived(t.db, cliActor, slug, true, { de: 'Archiviert' });
  return slug;
}

const form = (title: string) => ({ title_de: title, municipalities: 'flensburg', status: 'planned' });
const projectAction =
  (state: Parameters<typeof project>[0], action: string, body: Record<string, string> = {}) =>
  async () => ({
    url: `/de/verwaltung/vorhaben/${await project(state)}/${action}`,
    form: body,
  });
/** A published Flensburg Vorhaben with one place: the place routes' target. */
async function withPlace(suffix: string, body: Record<string, string> = {}) {
  const slug = await project('published');
  const { id } = await t.db.selectFrom('projects').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
  const place = await t.db
    .insertInto('project_places')
    .values({
      project_id: id,
      position: 0,
      label: 'Hafen',
      geometry: JSON.stringify({ type: 'Point', coordinates: [9.43, 54.78] }),
      min_lng: 9.43,
      min_lat: 54.78,
      max_lng: 9.43,
      max_lat: 54.78,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { url: `/de/verwaltung/vorhaben/${slug}/orte/${place.id}${suffix}`, form: body };
}
const csv = () => vorhabenCsv([flensburgVorhaben({ Titel: `Import-Matrix ${++n}` })]);

const cases: Record<string, Case> = {
  'POST /:lang/verwaltung/vorhaben/neu': {
    allowed: editors,
    prepare: async () => ({ url: '/de/verwaltung/vorhaben/neu', form: form(`Neu ${++n}`) }),
  },
  // The same route, for a joint Vorhaben of two municipalities: only roles covering both may create it.
  'POST /:lang/verwaltung/vorhaben/neu (joint)': {
    allowed: ['admin', 'agency'],
    prepare: async () => ({
      url: '/de/verwaltung/vorhaben/neu',
      form: { ...form(`Gemeinsam ${++n}`), municipalities: ['flensburg', 'nordfriesland'] },
    }),
  },
  'POST /:lang/verwaltung/vorhaben/:slug/bearbeiten (to another municipality)': {
    allowed: ['admin', 'agency'],
    prepare: async () => ({
      url: `/de/verwaltung/vorhaben/${await project('published')}/bearbeiten`,
      form: { ...form(`Verschoben ${++n}`), municipalities: ['flensburg', 'nordfriesland'] },
    }),
  },
  'POST /:lang/verwaltung/vorhaben/:slug/bearbeiten': {
    allowed: editors,
    prepare: async () => ({ url: `/de/verwaltung/vorhaben/${await project('published')}/bearbeiten`, form: form(`Geändert ${++n}`) }),
  },
  'POST /:lang/verwaltung/vorhaben/:slug/veroeffentlichen': {
    allowed: editors,
    prepare: projectAction('changes', 'veroeffentlichen', { note_de: 'Fortschreibung' }),
  },
  'POST /:lang/verwaltung/vorhaben/:slug/pruefung': { allowed: editors, prepare: projectAction('changes', 'pruefung') },
  'POST /:lang/verwaltung/vorhaben/:slug/pruefung-beenden': { allowed: editors, prepare: projectAction('review', 'pruefung-beenden') },
  'POST /:lang/verwaltung/vorhaben/:slug/verwerfen': { allowed: editors, prepare: projectAction('changes', 'verwerfen') },
  'POST /:lang/verwaltung/vorhaben/:slug/notizen': {
    allowed: editors,
    prepare: projectAction('published', 'notizen', { body: 'Interne Notiz' }),
  },
  'POST /:lang/verwaltung/vorhaben/:slug/archivieren': {
    allowed: coordinators,
    prepare: projectAction('published', 'archivieren', { reason_de: 'Erledigt' }),
  },
  'POST /:lang/verwaltung/vorhaben/:slug/wiederherstellen': {
    allowed: coordinators,
    prepare: projectAction('archived', 'wiederherstellen', { reason_de: 'Wieder aktiv' }),
  },
  'POST /:lang/verwaltung/vorhaben/:slug/orte/gebiete': {
    allowed: editors,
    prepare: projectAction('published', 'orte/gebiete', { localities: 'flensburg-muerwik' }),
  },
  'POST /:lang/verwaltung/vorhaben/:slug/orte': {
    allowed: editors,
    prepare: projectAction('published', 'orte', { label: 'Rathaus', kind: 'point', coordinates: '54.78, 9.43' }),
  },
  'POST /:lang/verwaltung/vorhaben/:slug/orte/geojson': {
    allowed: editors,
    prepare: projectAction('published', 'orte/geojson', { geojson: '{"type":"Point","coordinates":[9.43,54.78]}', mode: 'add' }),
  },
  'POST /:lang/verwaltung/vorhaben/:slug/orte/:id': {
    allowed: editors,
    prepare: () => withPlace('', { label: 'Hafen Ost', kind: 'point', coordinates: '54.79, 9.44' }),
  },
  'POST /:lang/verwaltung/vorhaben/:slug/orte/:id/loeschen': { allowed: editors, prepare: () => withPlace('/loeschen') },
  'POST /:lang/verwaltung/kommunen/:slug': {
    allowed: coordinators,
    prepare: async () => ({
      url: '/de/verwaltung/kommunen/flensburg',
      form: { body_count: '1', body_0_prefix: 'RV', body_0_name: `Ratsversammlung ${++n}`, quorum: String(1000 + n) },
    }),
  },
  'POST /:lang/verwaltung/import': {
    allowed: importers,
    prepare: async () => ({ url: '/de/verwaltung/import', form: {}, multipart: csv() }),
  },
  'POST /:lang/verwaltung/import/:id/bestaetigen': {
    allowed: importers,
    prepare: async (session) => {
      // The upload belongs to the person confirming it; for a refused person, to an admin.
      const owner = session ?? sessions.get('admin')!;
      const actor: StaffActor = {
        kind: 'staff',
        id: owner.userId,
        email: owner.email,
        name: null,
        roles: [{ role: 'admin', municipality: null }],
      };
      const { id } = await checkUpload(t.db, actor, 'liste.csv', Buffer.from(csv()));
      return { url: `/de/verwaltung/import/${id}/bestaetigen`, form: {} };
    },
  },
  'POST /:lang/verwaltung/fortschreibungen': {
    allowed: importers,
    prepare: async () => ({ url: '/de/verwaltung/fortschreibungen', form: { date: '2024-03-15', reference: 'RV-83/2023' } }),
  },
};

/** A staff account made through the service as the command line; locked if asked. */
async function account(opts: { locked?: boolean } = {}): Promise<{ id: number; roleId: number }> {
  const { id } = await addUser(t.db, {
    email: `konto${++n}@matrix.test`,
    role: 'reviewer',
    municipality: null,
    displayName: null,
    password: null,
  });
  if (opts.locked) await t.db.updateTable('users').set({ disabled_at: new Date() }).where('id', '=', id).execute();
  const role = await t.db.selectFrom('user_roles').select('id').where('user_id', '=', id).executeTakeFirstOrThrow();
  return { id, roleId: role.id };
}

Object.assign(cases, {
  'POST /:lang/verwaltung/konten/neu': {
    allowed: admins,
    prepare: async () => ({
      url: '/de/verwaltung/konten/neu',
      form: { email: `neu${++n}@matrix.test`, role: 'reviewer', municipality: '' },
    }),
  },
  'POST /:lang/verwaltung/konten/:id/rollen': {
    allowed: admins,
    prepare: async () => ({
      url: `/de/verwaltung/konten/${(await account()).id}/rollen`,
      form: { role: 'editor', municipality: 'flensburg' },
    }),
  },
  'POST /:lang/verwaltung/konten/:id/rollen/:roleId/entfernen': {
    allowed: admins,
    prepare: async () => {
      const a = await account();
      return { url: `/de/verwaltung/konten/${a.id}/rollen/${a.roleId}/entfernen`, form: {} };
    },
  },
  'POST /:lang/verwaltung/rechtliches': {
    allowed: admins,
    prepare: async () => ({ url: '/de/verwaltung/rechtliches', form: { responsibleBody: `Stadt ${++n}`, conformance: 'partial' } }),
  },
  'POST /:lang/verwaltung/konten/:id/sperren': {
    allowed: admins,
    prepare: async () => ({ url: `/de/verwaltung/konten/${(await account()).id}/sperren`, form: {} }),
  },
  'POST /:lang/verwaltung/konten/:id/entsperren': {
    allowed: admins,
    prepare: async () => ({ url: `/de/verwaltung/konten/${(await account({ locked: true })).id}/entsperren`, form: {} }),
  },
} satisfies Record<string, Case>);

const eventForm = (title: string) => ({
  title_de: title,
  startDate: '2027-05-04',
  startTime: '18:00',
  endTime: '20:00',
  format: 'onsite',
  address: 'Rathausplatz 1, Flensburg',
  organiser: 'flensburg',
});
async function event(state: 'draft' | 'published'): Promise<string> {
  const slug = await createEvent(t.db, cliActor, eventInput({ title: { de: `Matrix-Veranstaltung ${++n}` } }));
  if (state === 'published') await publishEvent(t.db, cliActor, slug);
  return slug;
}

Object.assign(cases, {
  'POST /:lang/verwaltung/veranstaltungen/neu': {
    allowed: editors,
    prepare: async () => ({ url: '/de/verwaltung/veranstaltungen/neu', form: eventForm(`Neu ${++n}`) }),
  },
  'POST /:lang/verwaltung/veranstaltungen/:slug/bearbeiten': {
    allowed: editors,
    prepare: async () => ({
      url: `/de/verwaltung/veranstaltungen/${await event('published')}/bearbeiten`,
      form: eventForm(`Geändert ${++n}`),
    }),
  },
  'POST /:lang/verwaltung/veranstaltungen/:slug/veroeffentlichen': {
    allowed: editors,
    prepare: async () => ({ url: `/de/verwaltung/veranstaltungen/${await event('draft')}/veroeffentlichen`, form: {} }),
  },
  'POST /:lang/verwaltung/veranstaltungen/:slug/absagen': {
    allowed: editors,
    prepare: async () => ({ url: `/de/verwaltung/veranstaltungen/${await event('published')}/absagen`, form: { reason_de: 'Abgesagt' } }),
  },
  'POST /:lang/verwaltung/veranstaltungen/:slug/dokumentation': {
    allowed: editors,
    prepare: async () => ({
      url: `/de/verwaltung/veranstaltungen/${await event('published')}/dokumentation`,
      form: { documentation_de: `Ergebnis ${++n}` },
    }),
  },
  'POST /:lang/verwaltung/veranstaltungen/:slug/anmeldungen/:id/anwesenheit': {
    allowed: editors,
    prepare: async () => {
      const slug = await event('published');
      const e = await t.db.selectFrom('events').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
      const r = await t.db
        .insertInto('event_registrations')
        .values({
          event_id: e.id,
          mode: 'onsite',
          status: 'confirmed',
          name: 'Gast',
          email: `gast${++n}@example.org`,
          confirm_token_hash: `c${n}`,
          manage_token_hash: `m${n}`,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { url: `/de/verwaltung/veranstaltungen/${slug}/anmeldungen/${r.id}/anwesenheit`, form: { attended: '1' } };
    },
  },
} satisfies Record<string, Case>);

const moderators: ActorName[] = ['admin', 'agency', 'coordinator@flensburg', 'editor@flensburg', 'moderator'];
async function flensburgProjectId(): Promise<number> {
  const slug = await project('published');
  return (await t.db.selectFrom('projects').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
}

Object.assign(cases, {
  'POST /:lang/verwaltung/beteiligung/hinweise/:id': {
    allowed: moderators,
    prepare: async () => {
      const notice = await t.db
        .insertInto('notices')
        .values({ project_id: await flensburgProjectId(), body: 'Hinweis', email: 'h@example.org', status: 'received' })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { url: `/de/verwaltung/beteiligung/hinweise/${notice.id}`, form: { action: 'release', weighing: `Abwägung ${++n}` } };
    },
  },
  'POST /:lang/verwaltung/beteiligung/anregungen/:id': {
    allowed: moderators,
    prepare: async () => {
      const request = await t.db
        .insertInto('participation_requests')
        .values({
          project_id: await flensburgProjectId(),
          kind: 'informal',
          title: 'Anregung',
          reasoning: 'Weil',
          initiator_email: 'a@example.org',
          status: 'received',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { url: `/de/verwaltung/beteiligung/anregungen/${request.id}`, form: { status: 'on_agenda', agendaReference: 'Ausschuss' } };
    },
  },
  'POST /:lang/verwaltung/beteiligung/anregungen/:id/tagesordnungspunkt': {
    allowed: moderators,
    prepare: async () => {
      const municipality = await t.db.selectFrom('municipalities').select('id').where('slug', '=', 'flensburg').executeTakeFirstOrThrow();
      const item = await t.db
        .insertInto('council_agenda_items')
        .values({ municipality_id: municipality.id, url: `https://ris.example.org/oparl/agendaitem/${++n}` })
        .returning('id')
        .executeTakeFirstOrThrow();
      const request = await t.db
        .insertInto('participation_requests')
        .values({
          project_id: await flensburgProjectId(),
          kind: 'informal',
          title: 'Anregung',
          reasoning: 'Weil',
          status: 'on_agenda',
          agenda_reference: 'Ausschuss',
          agenda_item_id: item.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      // Clearing the item is a change any allowed role may make.
      return { url: `/de/verwaltung/beteiligung/anregungen/${request.id}/tagesordnungspunkt`, form: { agendaItem: '' } };
    },
  },
  'POST /:lang/verwaltung/beteiligung/prozesse/:slug': {
    allowed: moderators,
    prepare: async () => {
      const projectSlug = await project('published');
      return {
        url: '/de/verwaltung/beteiligung/prozesse/neu',
        form: { projectSlug, title_de: `Prozess ${++n}`, phase_ideas_start: '2027-01-01', phase_ideas_end: '2027-02-01' },
      };
    },
  },
  'POST /:lang/verwaltung/beteiligung/prozesse/:slug/beitraege': {
    allowed: moderators,
    prepare: async () => {
      const process = await t.db
        .insertInto('participation_processes')
        .values({
          slug: `matrix-offline-${++n}`,
          project_id: await flensburgProjectId(),
          title: JSON.stringify({ de: 'Prozess' }),
          description: 'null',
          results: 'null',
          state: 'published',
        })
        .returning('slug')
        .executeTakeFirstOrThrow();
      return {
        url: `/de/verwaltung/beteiligung/prozesse/${process.slug}/beitraege`,
        form: { kind: 'comment', channel: 'paper', day: '2026-01-15', target: 'project', body: 'Vom Papierbogen' },
      };
    },
  },
} satisfies Record<string, Case>);

const blockers: ActorName[] = ['admin', 'agency', 'moderator'];
/** An idea in a published process on a fresh Flensburg Vorhaben, by a fresh resident. */
async function flensburgIdea(): Promise<{ ideaId: number; residentId: number }> {
  const projectId = await flensburgProjectId();
  const process = await t.db
    .insertInto('participation_processes')
    .values({
      slug: `matrix-prozess-${++n}`,
      project_id: projectId,
      title: JSON.stringify({ de: 'Prozess' }),
      description: 'null',
      results: 'null',
      state: 'published',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const resident = await t.db
    .insertInto('residents')
    .values({ email: `matrix${++n}@example.org`, unsubscribe_token: `matrix-${n}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  const idea = await t.db
    .insertInto('ideas')
    .values({ process_id: process.id, resident_id: resident.id, title: 'Idee', body: 'Text' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { ideaId: idea.id, residentId: resident.id };
}
async function flensburgComment(state: 'reported' | 'hidden'): Promise<{ commentId: number; residentId: number }> {
  const projectId = await flensburgProjectId();
  const resident = await t.db
    .insertInto('residents')
    .values({ email: `matrix${++n}@example.org`, unsubscribe_token: `matrix-${n}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  const comment = await t.db
    .insertInto('comments')
    .values({
      project_id: projectId,
      depth: 1,
      resident_id: resident.id,
      body: 'Kommentar',
      ...(state === 'hidden' ? { hidden_at: new Date(), hidden_reason: 'Grund' } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db.insertInto('comment_reports').values({ comment_id: comment.id, resident_id: null, reason: 'Meldung' }).execute();
  return { commentId: comment.id, residentId: resident.id };
}

Object.assign(cases, {
  'POST /:lang/verwaltung/beteiligung/ideen/:id': {
    allowed: moderators,
    prepare: async () => ({
      url: `/de/verwaltung/beteiligung/ideen/${(await flensburgIdea()).ideaId}`,
      form: { status: 'in_review', answer: `Antwort ${++n}` },
    }),
  },
  'POST /:lang/verwaltung/beteiligung/ideen/:id/ausblenden': {
    allowed: moderators,
    prepare: async () => ({
      url: `/de/verwaltung/beteiligung/ideen/${(await flensburgIdea()).ideaId}/ausblenden`,
      form: { reason: 'Werbung' },
    }),
  },
  'POST /:lang/verwaltung/beteiligung/ideen/:id/einblenden': {
    allowed: moderators,
    prepare: async () => {
      const { ideaId } = await flensburgIdea();
      await t.db.updateTable('ideas').set({ hidden_at: new Date(), hidden_reason: 'Grund' }).where('id', '=', ideaId).execute();
      return { url: `/de/verwaltung/beteiligung/ideen/${ideaId}/einblenden`, form: {} };
    },
  },
  'POST /:lang/verwaltung/moderation/kommentare/:id/ausblenden': {
    allowed: moderators,
    prepare: async () => ({
      url: `/de/verwaltung/moderation/kommentare/${(await flensburgComment('reported')).commentId}/ausblenden`,
      form: { reason: 'Beleidigung' },
    }),
  },
  'POST /:lang/verwaltung/moderation/kommentare/:id/wiederherstellen': {
    allowed: moderators,
    prepare: async () => ({
      url: `/de/verwaltung/moderation/kommentare/${(await flensburgComment('hidden')).commentId}/wiederherstellen`,
      form: {},
    }),
  },
  'POST /:lang/verwaltung/moderation/kommentare/:id/meldungen-verwerfen': {
    allowed: moderators,
    prepare: async () => ({
      url: `/de/verwaltung/moderation/kommentare/${(await flensburgComment('reported')).commentId}/meldungen-verwerfen`,
      form: {},
    }),
  },
  'POST /:lang/verwaltung/moderation/konten/:id/sperren': {
    allowed: blockers,
    prepare: async () => ({
      url: `/de/verwaltung/moderation/konten/${(await flensburgComment('reported')).residentId}/sperren`,
      form: { reason: 'Spam' },
    }),
  },
  'POST /:lang/verwaltung/moderation/konten/:id/entsperren': {
    allowed: blockers,
    prepare: async () => {
      const { residentId } = await flensburgComment('reported');
      await t.db.updateTable('residents').set({ blocked_at: new Date(), blocked_reason: 'Spam' }).where('id', '=', residentId).execute();
      return { url: `/de/verwaltung/moderation/konten/${residentId}/entsperren`, form: {} };
    },
  },
} satisfies Record<string, Case>);

const networkers: ActorName[] = ['admin', 'agency'];
async function verifiedPartner(): Promise<string> {
  const slug = `matrix-partner-${++n}`;
  await t.db
    .insertInto('partners')
    .values({
      slug,
      name: `Partner ${n}`,
      kind: 'association',
      description: 'Text',
      contact_email: `${slug}@example.org`,
      consented_at: new Date(),
      verified_at: new Date(),
    })
    .execute();
  return slug;
}
async function advisoryCase(status: 'requested' | 'accepted' = 'requested'): Promise<number> {
  const flensburg = await t.db.selectFrom('municipalities').select('id').where('slug', '=', 'flensburg').executeTakeFirstOrThrow();
  const c = await t.db
    .insertInto('advisory_cases')
    .values({ title: `Fall ${++n}`, question: 'Frage', stage: 'idea', team: 'Team', municipality_id: flensburg.id, status })
    .returning('id')
    .executeTakeFirstOrThrow();
  return c.id;
}
const agencyUserId = async () =>
  (
    await t.db
      .selectFrom('users as u')
      .innerJoin('user_roles as r', 'r.user_id', 'u.id')
      .where('r.role', '=', 'agency')
      .select('u.id')
      .executeTakeFirstOrThrow()
  ).id;

Object.assign(cases, {
  'POST /:lang/verwaltung/netzwerk/partner/:slug': {
    allowed: networkers,
    prepare: async () => ({ url: `/de/verwaltung/netzwerk/partner/${await verifiedPartner()}`, form: { hidden: 'on' } }),
  },
  'POST /:lang/verwaltung/netzwerk/vorstellungen': {
    allowed: networkers,
    prepare: async () => ({
      url: '/de/verwaltung/netzwerk/vorstellungen',
      form: { partner: await verifiedPartner(), kind: 'partner', key: await verifiedPartner() },
    }),
  },
  'POST /:lang/verwaltung/netzwerk/vorstellungen/:id': {
    allowed: networkers,
    prepare: async () => {
      const partner = await t.db
        .selectFrom('partners')
        .select('id')
        .where('slug', '=', await verifiedPartner())
        .executeTakeFirstOrThrow();
      const other = await t.db
        .selectFrom('partners')
        .select('id')
        .where('slug', '=', await verifiedPartner())
        .executeTakeFirstOrThrow();
      const intro = await t.db
        .insertInto('introductions')
        .values({ partner_id: partner.id, other_partner_id: other.id })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { url: `/de/verwaltung/netzwerk/vorstellungen/${intro.id}`, form: { outcome: `Ergebnis ${++n}` } };
    },
  },
  'POST /:lang/verwaltung/beratung/:id/annehmen': {
    allowed: networkers,
    prepare: async () => ({
      url: `/de/verwaltung/beratung/${await advisoryCase()}/annehmen`,
      form: { advisor: String(await agencyUserId()) },
    }),
  },
  'POST /:lang/verwaltung/beratung/:id/sitzung': {
    allowed: networkers,
    prepare: async () => ({
      url: `/de/verwaltung/beratung/${await advisoryCase('accepted')}/sitzung`,
      form: { held_on: '2026-11-20', notes: 'Notiz' },
    }),
  },
  'POST /:lang/verwaltung/beratung/:id/nachricht': {
    allowed: networkers,
    prepare: async () => ({ url: `/de/verwaltung/beratung/${await advisoryCase()}/nachricht`, form: { body: 'Nachricht' } }),
  },
  'POST /:lang/verwaltung/beratung/:id/abschliessen': {
    allowed: networkers,
    prepare: async () => ({ url: `/de/verwaltung/beratung/${await advisoryCase()}/abschliessen`, form: { outcome: 'dropped' } }),
  },
  'POST /:lang/verwaltung/beratung/:id/vorhaben': {
    allowed: networkers,
    prepare: async () => ({ url: `/de/verwaltung/beratung/${await advisoryCase()}/vorhaben`, form: {} }),
  },
} satisfies Record<string, Case>);

// One's own second factor: every staff member (the requirement for admins and finance is off in these
// tests, so everyone may turn it off too); resetting someone else's: admins only.
const everyone = Object.keys(actors) as ActorName[];
Object.assign(cases, {
  'POST /:lang/verwaltung/zweiter-faktor/starten': {
    allowed: everyone,
    prepare: async (session) => {
      if (session) await t.db.deleteFrom('staff_totp').where('user_id', '=', session.userId).execute();
      return { url: '/de/verwaltung/zweiter-faktor/starten', form: {} };
    },
  },
  'POST /:lang/verwaltung/zweiter-faktor/bestaetigen': {
    allowed: everyone,
    prepare: async (session) => ({
      url: '/de/verwaltung/zweiter-faktor/bestaetigen',
      form: { code: session ? codeFor(await pendingDirectly(t.db, session.userId)) : '123456' },
    }),
  },
  'POST /:lang/verwaltung/zweiter-faktor/wiederherstellungscodes': {
    allowed: everyone,
    prepare: async (session) => ({
      url: '/de/verwaltung/zweiter-faktor/wiederherstellungscodes',
      form: { renew_code: session ? codeFor(await enrolDirectly(t.db, session.userId)) : '123456' },
    }),
  },
  'POST /:lang/verwaltung/zweiter-faktor/ausschalten': {
    allowed: everyone,
    prepare: async (session) => ({
      url: '/de/verwaltung/zweiter-faktor/ausschalten',
      form: { confirmation: session ? codeFor(await enrolDirectly(t.db, session.userId)) : '123456' },
    }),
  },
  'POST /:lang/verwaltung/konten/:id/zweiter-faktor/zuruecksetzen': {
    allowed: admins,
    prepare: async () => {
      const { id } = await account();
      await enrolDirectly(t.db, id);
      return { url: `/de/verwaltung/konten/${id}/zweiter-faktor/zuruecksetzen`, form: {} };
    },
  },
} satisfies Record<string, Case>);

// Programme finances: only the finance role and admins keep the books (and only they read them, tested in
// finance-public.test.ts); their cases are in ../helpers/matrix-finance.ts.
Object.assign(
  cases,
  financeCases<ActorName>({
    db: () => t.db,
    allowed: ['admin', 'finance'],
    owner: (session) => session ?? sessions.get('admin')!,
  }) satisfies Record<string, Case>,
);

// Surveys: admins, the agency and moderators build them, enter paper answers, moderate free texts and
// publish results; their cases are in ../helpers/matrix-surveys.ts.
Object.assign(cases, surveyCases<ActorName>({ db: () => t.db, allowed: ['admin', 'agency', 'moderator'] }) satisfies Record<string, Case>);

// Consultations: whoever handles the participation of the Vorhaben (admins, the agency, moderators, and
// the Vorhaben's own coordinators and editors); their cases are in ../helpers/matrix-consultations.ts.
Object.assign(
  cases,
  consultationCases<ActorName>({
    db: () => t.db,
    projectId: () => flensburgProjectId(),
    allowed: ['admin', 'agency', 'moderator', 'coordinator@flensburg', 'editor@flensburg'],
  }) satisfies Record<string, Case>,
);

// Council information: admins and the municipality's own coordinators set it up and link decisions.
const councilManagers: ActorName[] = ['admin', 'coordinator@flensburg'];
async function flensburgOparl(): Promise<void> {
  const { id } = await t.db.selectFrom('municipalities').select('id').where('slug', '=', 'flensburg').executeTakeFirstOrThrow();
  const system_url = 'https://ris.flensburg.example/oparl/system';
  await t.db
    .insertInto('council_settings')
    .values({ municipality_id: id, system_url, body_url: null, body_name: null, reference_pattern: null })
    .onConflict((oc) => oc.column('municipality_id').doUpdateSet({ system_url }))
    .execute();
}
Object.assign(cases, {
  'POST /:lang/verwaltung/ratsinformation/:slug': {
    allowed: councilManagers,
    // Without a system address: OParl off, only the reference pattern (no server needed).
    prepare: async () => ({
      url: '/de/verwaltung/ratsinformation/flensburg',
      form: { system_url: '', body: '', body_url: '', reference_pattern: n++ % 2 ? '{body}-{number}/{year}' : '{number}/{year}' },
    }),
  },
  'POST /:lang/verwaltung/ratsinformation/:slug/abgleichen': {
    allowed: councilManagers,
    prepare: async () => {
      await flensburgOparl();
      return { url: '/de/verwaltung/ratsinformation/flensburg/abgleichen', form: {} };
    },
  },
  'POST /:lang/verwaltung/ratsinformation/:slug/beschluesse/:id': {
    allowed: councilManagers,
    prepare: async () => {
      const slug = await editorial.createProject(t.db, cliActor, {
        ...input(`Ratsbeschluss ${++n}`),
        decisionsText: 'Beschluss der Ratsversammlung vom 12.05.2022',
        decisions: [
          {
            raw: 'Beschluss der Ratsversammlung vom 12.05.2022',
            reference: null,
            body: 'RV',
            bodyName: 'Ratsversammlung',
            number: null,
            year: null,
            supplement: null,
            date: '2022-05-12',
          },
        ],
      });
      const decision = await t.db
        .selectFrom('decisions as d')
        .innerJoin('projects as p', 'p.id', 'd.project_id')
        .where('p.slug', '=', slug)
        .select('d.id')
        .executeTakeFirstOrThrow();
      return {
        url: `/de/verwaltung/ratsinformation/flensburg/beschluesse/${decision.id}`,
        form: { web_url: `https://ratsinfo.example.org/${n}` },
      };
    },
  },
  'POST /:lang/verwaltung/ratsinformation/:slug/vorschlaege/:projectId/:paperId/bestaetigen': {
    allowed: councilManagers,
    prepare: async () => ({ url: `${(await councilSuggestion()).url}/bestaetigen`, form: { decision: 'new' } }),
  },
  'POST /:lang/verwaltung/ratsinformation/:slug/vorschlaege/:projectId/:paperId/verwerfen': {
    allowed: councilManagers,
    prepare: async () => ({ url: `${(await councilSuggestion()).url}/verwerfen`, form: {} }),
  },
} satisfies Record<string, Case>);

/** A published Flensburg Vorhaben and a synced paper that names its title without being linked. */
async function councilSuggestion(): Promise<{ url: string }> {
  const title = `Ratsvorlage zum Hafenbad ${++n}`;
  const slug = await editorial.createProject(t.db, cliActor, input(title));
  const project = await t.db
    .updateTable('projects')
    .set({ publication_state: 'published' })
    .where('slug', '=', slug)
    .returning('id')
    .executeTakeFirstOrThrow();
  const { id: municipality } = await t.db
    .selectFrom('municipalities')
    .select('id')
    .where('slug', '=', 'flensburg')
    .executeTakeFirstOrThrow();
  // Only papers of the municipality's current body are suggested.
  const body = 'https://ris.flensburg.example/body/1';
  await t.db
    .insertInto('council_settings')
    .values({
      municipality_id: municipality,
      system_url: 'https://ris.flensburg.example/system',
      body_url: body,
      body_name: null,
      reference_pattern: null,
    })
    .onConflict((oc) => oc.column('municipality_id').doUpdateSet({ body_url: body }))
    .execute();
  const paper = await t.db
    .insertInto('council_papers')
    .values({
      municipality_id: municipality,
      url: `https://ris.flensburg.example/paper/${n}`,
      body_url: body,
      name: `${title}: Beschluss`,
      reference: `RV-${n}/2026`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { url: `/de/verwaltung/ratsinformation/flensburg/vorschlaege/${project.id}/${paper.id}` };
}

// Public by design: they act only on the person's own credentials, session or one-time link.
const publicRoutes = [
  'POST /:lang/anmelden',
  'POST /:lang/anmelden/code',
  'POST /:lang/abmelden',
  'POST /:lang/ueberall-abmelden',
  // The language of one's own e-mails: only the signed-in staff member's own account (tested in mail-languages.test.ts).
  'POST /:lang/konto/sprache',
  'POST /:lang/einrichten',
  'POST /:lang/passwort-vergessen',
  'POST /:lang/passwort-neu',
  // Residents' event registration: acts only through the person's own e-mail links.
  'POST /:lang/veranstaltungen/:slug/anmelden',
  'POST /:lang/veranstaltungen/anmeldung/bestaetigen',
  'POST /:lang/veranstaltungen/anmeldung/stornieren',
  // Residents' notices, requests and signatures: each counts only after its e-mail address is confirmed.
  'POST /:lang/vorhaben/:slug/hinweis',
  'POST /:lang/vorhaben/:slug/anregung',
  'POST /:lang/beteiligung/anregungen/:id/unterschreiben',
  'POST /:lang/beteiligung/bestaetigen',
  // Follows and one-click unsubscribe: act only on the resident's own session or the unsubscribe token.
  'POST /:lang/folgen',
  'POST /:lang/folgen/beenden',
  'POST /:lang/benachrichtigungen/abbestellen',
  // Alerts without an account: a subscription counts only once its address is confirmed through the
  // mailed link; confirming and unsubscribing act only through that subscription's own token.
  'POST /:lang/benachrichtigen',
  'POST /:lang/benachrichtigen/bestaetigen',
  'POST /:lang/benachrichtigen/abbestellen',
  // Residents' own account, ideas, supports and comments: only with the resident's own session (tested in
  // residents.test.ts and ideas-comments.test.ts); a staff session opens none of them.
  'POST /:lang/buergerkonto/anmelden',
  'POST /:lang/buergerkonto/passwort-anmelden',
  'POST /:lang/buergerkonto/link',
  'POST /:lang/buergerkonto',
  'POST /:lang/buergerkonto/loeschen',
  'POST /:lang/buergerkonto/abmelden',
  'POST /:lang/beteiligung/:slug/ideen',
  'POST /:lang/beteiligung/:slug/ideen/:id/unterstuetzen',
  'POST /:lang/kommentare',
  'POST /:lang/kommentare/:id/bearbeiten',
  'POST /:lang/kommentare/:id/melden',
  // Partners' own profiles, the contact form (mails only) and project teams' own cases (tested in network.test.ts).
  'POST /:lang/netzwerk/neu',
  'POST /:lang/netzwerk/:slug/bearbeiten',
  'POST /:lang/netzwerk/:slug/zurueckziehen',
  'POST /:lang/netzwerk/:slug/kontakt',
  'POST /:lang/beratung',
  'POST /:lang/beratung/:id/nachricht',
  // The accessibility feedback form: mails the installation's contact, changes nothing (legal-pages.test.ts).
  'POST /:lang/barrierefreiheit/rueckmeldung',
  // Answering a survey: once per browser, resident or one-time code (tested in surveys.test.ts).
  'POST /:lang/umfragen/:slug',
  // Agreeing with a consultation's section: only with the resident's own session (consultations.test.ts).
  'POST /:lang/konsultationen/:slug/abschnitte/:anchor/stimme',
];

before(async () => {
  t = await startTestApp('municipalities');
  sessions = await actorSessions(t.db);
});
after(() => t.close());

test('every state-changing route is in the matrix', () => {
  const changing = [
    ...new Set(t.app.routeList.filter((r) => !['GET', 'HEAD', 'OPTIONS'].includes(r.method)).map((r) => `${r.method} ${r.url}`)),
  ];
  const unknown = changing.filter((r) => !(r in cases) && !publicRoutes.includes(r));
  assert.deepEqual(unknown, [], 'add these routes to the authorisation matrix');
  // And every entry names a route that exists (variants carry a note in brackets).
  const missing = Object.keys(cases)
    .map((k) => k.replace(/ \(.*\)$/, ''))
    .filter((k) => !changing.includes(k));
  assert.deepEqual(missing, []);
});

for (const [route, spec] of Object.entries(cases)) {
  test(`${route}: only ${spec.allowed.join(', ')}`, () => checkCase(t.app, t.db, sessions, route, spec));
}
