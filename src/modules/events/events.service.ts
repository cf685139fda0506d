// Use cases of events: the public calendar and event pages, and the organisers' work in the back office
// (create, edit, publish, cancel with notice to everyone registered, documentation, registrations with
// check-in). Every change raises the event's SEQUENCE so that subscribed calendars update, schedules the
// reminder job, empties the response cache and is audited.
import { notifyChange } from '../../db/change-notifier.js';
import type { Db } from '../../db/database.js';
import { t } from '../../i18n/index.js';
import { enqueue } from '../../jobs/queue.js';
import { AppError, forbidden, notFound } from '../../lib/errors.js';
import { formatDateTime } from '../../lib/format.js';
import { isLocale, type LocalizedText, pick } from '../../lib/localized.js';
import { slugify } from '../../lib/slug.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../audit/index.js';
import { knownMunicipalities } from '../municipalities/index.js';
import { mayOnProject, linkableProject } from '../projects/index.js';
import { allTopics } from '../topics/index.js';
import { type EventInput, type EventView, modesOf, type RegistrationView } from './event.types.js';
import { mayModerate } from '../../platform/contribution-roles.js';
import { eventScope, mayOnEvent, mayUseEvents } from './events.policy.js';
import * as repo from './events.repository.js';
import * as registrations from './registrations.repository.js';
import { promoteWaiting } from './registrations.service.js';
import { notifyFollowers } from '../notifications/index.js';

export interface CalendarFilters {
  municipality?: string | undefined;
  topic?: string | undefined;
  project?: string | undefined;
}

export async function upcomingEvents(db: Db, filters: CalendarFilters, limit = 200): Promise<EventView[]> {
  return repo.calendar(db, { ...filters, states: ['published', 'cancelled'], from: new Date(), order: 'asc', limit });
}

export async function pastEvents(db: Db, filters: CalendarFilters, limit = 100): Promise<EventView[]> {
  return repo.calendar(db, { ...filters, states: ['published', 'cancelled'], to: new Date(), order: 'desc', limit });
}

export async function eventsBetween(db: Db, filters: CalendarFilters, from: Date, to: Date): Promise<EventView[]> {
  return repo.calendar(db, { ...filters, states: ['published', 'cancelled'], from, to, order: 'asc', limit: 500 });
}

/** For calendar feeds: what is coming and what happened in the last half year. */
export async function feedEvents(db: Db, filters: CalendarFilters): Promise<EventView[]> {
  return repo.calendar(db, {
    ...filters,
    states: ['published', 'cancelled'],
    from: new Date(Date.now() - 183 * 86_400_000),
    order: 'asc',
    limit: 1000,
  });
}

/** The calendar from `from` to `to` (either open), for the API. */
export async function eventsInRange(db: Db, filters: CalendarFilters, from: Date | undefined, to: Date | undefined): Promise<EventView[]> {
  return repo.calendar(db, { ...filters, states: ['published', 'cancelled'], from, to, order: 'asc', limit: 1000 });
}

export async function publicEvent(db: Db, slug: string): Promise<EventView> {
  const event = await repo.findEvent(db, slug);
  if (!event || event.state === 'draft') throw notFound('event');
  return event;
}

export const eventFile = repo.findFile;

// ---- back office ----

/** The partner organisations that may organise events, for the form's choice. */
export const partnerOrganisations = repo.partners;

export async function staffEvents(db: Db, actor: Actor): Promise<EventView[]> {
  if (!mayUseEvents(actor)) throw forbidden();
  return repo.calendar(db, { states: ['draft', 'published', 'cancelled'], organiserScope: eventScope(actor), order: 'desc', limit: 500 });
}

export async function staffEvent(db: Db, actor: Actor, slug: string, action: 'view' | 'manage' = 'view'): Promise<EventView> {
  const event = await repo.findEvent(db, slug);
  if (!event) throw notFound('event');
  if (!mayOnEvent(actor, action, organiserSlug(event))) throw forbidden();
  return event;
}

const organiserSlug = (e: EventView) => (e.organiser.kind === 'municipality' ? e.organiser.slug : null);
const json = (v: unknown) => JSON.stringify(v ?? null);

async function toRow(db: Db, actor: Actor, input: EventInput, before?: EventView): Promise<repo.EventRow & { topicIds: number[] }> {
  const municipalities = await knownMunicipalities(db);
  const municipality = input.organiserMunicipality ? municipalities.find((m) => m.slug === input.organiserMunicipality) : undefined;
  if (input.organiserMunicipality && !municipality) throw new AppError(400, 'unknown_municipality', 'users.error.municipality');
  const agency = await repo.agencyId(db);
  const partner = input.organiserPartner && !municipality ? await repo.partnerId(db, input.organiserPartner) : undefined;
  if (input.organiserPartner && !municipality && partner === undefined) throw new AppError(400, 'unknown_partner', 'events.error.partner');
  // A link kept as it was needs no new right.
  const project = input.projectSlug
    ? await linkableProject(db, input.projectSlug, (p, m) => p.id === before?.project?.id || mayOnProject(actor, 'edit', m))
    : undefined;
  const process = input.processSlug ? await repo.processId(db, input.processSlug) : undefined;
  if (input.processSlug && process === undefined) throw new AppError(400, 'unknown_process', 'events.error.process');
  const topics = await allTopics(db);
  return {
    title: json(input.title),
    description: json(input.description),
    starts_at: input.startsAt,
    ends_at: input.endsAt,
    format: input.format,
    address: input.format === 'online' ? null : input.address,
    room: input.format === 'online' ? null : input.room,
    accessibility: json(input.accessibility),
    online_url: input.format === 'onsite' ? null : input.onlineUrl,
    organiser_municipality_id: municipality?.id ?? null,
    organiser_organisation_id: municipality ? null : (partner ?? agency ?? null),
    project_id: project?.id ?? null,
    process_id: process ?? null,
    registration_enabled: input.registrationEnabled,
    registration_opens_at: input.registrationOpensAt,
    registration_closes_at: input.registrationClosesAt,
    capacity_onsite: input.format === 'online' ? null : input.capacityOnsite,
    capacity_online: input.format === 'onsite' ? null : input.capacityOnline,
    question: json(input.question),
    reminder_hours: input.reminderHours,
    retention_days: input.retentionDays,
    topicIds: topics.filter((tp) => input.topics.includes(tp.slug)).map((tp) => tp.id),
  };
}

/** Linking an event to a process needs the right to moderate that process's Vorhaben. */
async function assertMayLinkProcess(db: Db, actor: Actor, processSlug: string | null): Promise<void> {
  if (!processSlug) return;
  const municipalities = await repo.processMunicipalities(db, processSlug);
  // An unknown process is refused with its own message in toRow; a Vorhaben without municipality is the agency's.
  if (municipalities && !mayModerate(actor, municipalities)) throw forbidden();
}

/** What the audit log keeps of an event: everything but the online access link. */
const auditable = (input: EventInput) => ({ ...input, onlineUrl: input.onlineUrl ? '(set)' : null });

export async function createEvent(db: Db, actor: Actor, input: EventInput): Promise<string> {
  if (!mayOnEvent(actor, 'manage', input.organiserMunicipality)) throw forbidden();
  await assertMayLinkProcess(db, actor, input.processSlug);
  return db.transaction().execute(async (trx) => {
    const { topicIds, ...row } = await toRow(trx, actor, input);
    await repo.lockSlugs(trx);
    const base = slugify(`${input.title.de} ${input.startsAt.toISOString().slice(0, 10)}`) || 'veranstaltung';
    const taken = await repo.slugsLike(trx, base);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    const id = await repo.insertEvent(trx, slug, row);
    await repo.replaceTopics(trx, id, topicIds);
    await recordAudit(trx, actor, {
      action: 'event.create',
      entityType: 'event',
      entityId: slug,
      summary: input.title.de,
      after: auditable(input),
    });
    return slug;
  });
}

export async function updateEvent(db: Db, actor: Actor, slug: string, input: EventInput, baseUrl: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await repo.lockEvent(trx, (await staffEvent(trx, actor, slug, 'manage')).id);
    const before = await staffEvent(trx, actor, slug, 'manage');
    // Moving an event to another organiser needs the right for both.
    if (!mayOnEvent(actor, 'manage', input.organiserMunicipality)) throw forbidden();
    if (before.process?.slug !== input.processSlug) await assertMayLinkProcess(trx, actor, input.processSlug);
    if (before.state === 'cancelled') throw new AppError(409, 'event_cancelled', 'events.error.cancelled');
    const { topicIds, ...row } = await toRow(trx, actor, input, before);
    await repo.updateEvent(trx, before.id, row);
    await repo.replaceTopics(trx, before.id, topicIds);
    // A new start time deserves a new reminder.
    if (row.starts_at.getTime() !== before.startsAt.getTime()) await registrations.resetReminders(trx, before.id);
    const after = (await repo.findEvent(trx, slug))!;
    // More seats than before: the waiting list moves up.
    if (after.state === 'published') {
      for (const mode of modesOf(after.format)) while ((await promoteWaiting(trx, after, mode, baseUrl)) !== null);
      await repo.scheduleReminderJob(trx, before.id);
    }
    await recordAudit(trx, actor, {
      action: 'event.update',
      entityType: 'event',
      entityId: slug,
      summary: input.title.de,
      before: summaryOf(before),
      after: auditable(input),
    });
    if (after.state !== 'draft') await notifyChange(trx);
  });
}

function summaryOf(e: EventView) {
  return {
    title: e.title,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    format: e.format,
    address: e.address,
    capacityOnsite: e.capacityOnsite,
    capacityOnline: e.capacityOnline,
    state: e.state,
  };
}

export async function publishEvent(db: Db, actor: Actor, slug: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const event = await staffEvent(trx, actor, slug, 'manage');
    if (event.state !== 'draft') throw new AppError(409, 'not_draft', 'events.error.notDraft');
    await repo.updateEvent(trx, event.id, { state: 'published' });
    await repo.scheduleReminderJob(trx, event.id);
    // An event on a Vorhaben is news for the Vorhaben's followers.
    const projectId = await repo.projectIdOf(trx, event.id);
    if (projectId)
      await notifyFollowers(trx, {
        projectId,
        kind: 'event',
        link: `/veranstaltungen/${event.slug}`,
        text: `${event.title.de} (${formatDateTime(event.startsAt, 'de')})`,
      });
    await recordAudit(trx, actor, { action: 'event.publish', entityType: 'event', entityId: slug, summary: event.title.de });
    await notifyChange(trx);
  });
}

/** Cancels the event, with a public reason; everyone confirmed or waiting is told by e-mail. */
export async function cancelEvent(db: Db, actor: Actor, slug: string, reason: LocalizedText, baseUrl: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await repo.lockEvent(trx, (await staffEvent(trx, actor, slug, 'manage')).id);
    // Read under the lock: a second click finds the event cancelled already.
    const event = await staffEvent(trx, actor, slug, 'manage');
    if (event.state !== 'published') throw new AppError(409, 'not_published', 'events.error.notPublished');
    await repo.updateEvent(trx, event.id, { state: 'cancelled', cancel_reason: JSON.stringify(reason) });
    await repo.removeReminderJob(trx, event.id);
    const people = await registrations.toInform(trx, event.id, ['confirmed', 'waiting']);
    for (const p of people) {
      const l = isLocale(p.locale) ? p.locale : 'de';
      const title = pick(event.title, l)!.text;
      await enqueue(trx, 'send_mail', {
        to: p.email,
        subject: t(l, 'events.mail.cancelled.subject', { title }),
        text: t(l, 'events.mail.cancelled.text', {
          title,
          date: formatDateTime(event.startsAt, l),
          reason: pick(reason, l)!.text,
          page: `${baseUrl}/${l}/veranstaltungen/${event.slug}`,
        }),
      });
    }
    await recordAudit(trx, actor, {
      action: 'event.cancel',
      entityType: 'event',
      entityId: slug,
      summary: `${event.title.de}: ${reason.de}`,
      after: { reason, informed: people.length },
    });
    await notifyChange(trx);
    return people.length;
  });
}

export async function saveDocumentation(
  db: Db,
  actor: Actor,
  slug: string,
  documentation: LocalizedText | null,
  file: { name: string; type: string; content: Buffer } | null,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const event = await staffEvent(trx, actor, slug, 'manage');
    if (event.state === 'draft') throw new AppError(409, 'not_published', 'events.error.notPublished');
    await repo.updateEvent(trx, event.id, { documentation: JSON.stringify(documentation) });
    const fileId = file ? await repo.insertFile(trx, event.id, file) : null;
    await recordAudit(trx, actor, {
      action: 'event.documentation',
      entityType: 'event',
      entityId: slug,
      summary: event.title.de,
      before: { documentation: event.documentation },
      after: { documentation, file: file ? { id: fileId, name: file.name, size: file.content.length } : null },
    });
    await notifyChange(trx);
  });
}

type RegistrationRow = Awaited<ReturnType<typeof registrations.listForEvent>>[number];

const toRegistrationView = (r: RegistrationRow): RegistrationView => ({
  id: r.id,
  mode: r.mode,
  status: r.status,
  name: r.name,
  email: r.email,
  organisation: r.organisation,
  accessibilityNeeds: r.accessibility_needs,
  answer: r.answer,
  attendedAt: r.attended_at,
  anonymisedAt: r.anonymised_at,
});

export async function eventRegistrations(
  db: Db,
  actor: Actor,
  slug: string,
): Promise<{ event: EventView; registrations: RegistrationView[] }> {
  const event = await staffEvent(db, actor, slug, 'manage');
  return { event, registrations: (await registrations.listForEvent(db, event.id)).map(toRegistrationView) };
}

export async function setAttendance(db: Db, actor: Actor, slug: string, registrationId: number, attended: boolean): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const event = await staffEvent(trx, actor, slug, 'manage');
    if (!(await registrations.setAttended(trx, event.id, registrationId, attended))) throw notFound('registration');
    // No names in the log: the registration's number is enough to trace it.
    await recordAudit(trx, actor, {
      action: attended ? 'event.checkin' : 'event.checkin.undo',
      entityType: 'event',
      entityId: slug,
      summary: `${event.title.de} – #${registrationId}`,
    });
  });
}
