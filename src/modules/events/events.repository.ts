// SQL for events: the calendar (published and cancelled events by time, with filters), one event with
// its organiser, Vorhaben, topics, files and seat counts, and the writes of the back office.
import { sql } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { Db } from '../../db/database.js';
import type { EventState } from '../../db/schema.js';
import type { EventView } from './event.types.js';

export interface CalendarQuery {
  states: EventState[];
  from?: Date | undefined;
  to?: Date | undefined;
  municipality?: string | undefined;
  topic?: string | undefined;
  project?: string | undefined;
  /** Municipality slugs a staff list is limited to; null for all. */
  organiserScope?: string[] | null | undefined;
  order: 'asc' | 'desc';
  limit: number;
}

function withRelations(db: Db) {
  return db
    .selectFrom('events as e')
    .leftJoin('municipalities as om', 'om.id', 'e.organiser_municipality_id')
    .leftJoin('organisations as oo', 'oo.id', 'e.organiser_organisation_id')
    .selectAll('e')
    .select(['om.slug as om_slug', 'om.name as om_name', 'oo.slug as oo_slug', 'oo.name as oo_name', 'oo.kind as oo_kind'])
    .select((eb) => [
      jsonObjectFrom(eb.selectFrom('projects as p').whereRef('p.id', '=', 'e.project_id').select(['p.id', 'p.slug', 'p.title'])).as(
        'rel_project',
      ),
      jsonObjectFrom(
        eb
          .selectFrom('participation_processes as pp')
          .whereRef('pp.id', '=', 'e.process_id')
          .where('pp.state', '=', 'published')
          .select(['pp.slug', 'pp.title']),
      ).as('rel_process'),
      jsonArrayFrom(
        eb
          .selectFrom('event_topics as et')
          .innerJoin('topics as t', 't.id', 'et.topic_id')
          .whereRef('et.event_id', '=', 'e.id')
          .select(['t.slug', 't.name'])
          .orderBy('t.slug'),
      ).as('rel_topics'),
      jsonArrayFrom(
        eb
          .selectFrom('event_files as f')
          .whereRef('f.event_id', '=', 'e.id')
          .select(['f.id', 'f.file_name as fileName', 'f.size'])
          .orderBy('f.id'),
      ).as('rel_files'),
      jsonArrayFrom(
        eb
          .selectFrom('event_registrations as r')
          .whereRef('r.event_id', '=', 'e.id')
          .where('r.status', 'in', ['confirmed', 'waiting'])
          .select(['r.mode', 'r.status', sql<number>`count(*)::int`.as('n')])
          .groupBy(['r.mode', 'r.status']),
      ).as('rel_seats'),
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof withRelations>['executeTakeFirstOrThrow']>>;

function toView(row: Row): EventView {
  const count = (mode: string, status: string) => row.rel_seats.find((s) => s.mode === mode && s.status === status)?.n ?? 0;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    format: row.format,
    address: row.address,
    room: row.room,
    accessibility: row.accessibility,
    onlineUrl: row.online_url,
    registrationEnabled: row.registration_enabled,
    registrationOpensAt: row.registration_opens_at && new Date(row.registration_opens_at),
    registrationClosesAt: row.registration_closes_at && new Date(row.registration_closes_at),
    capacityOnsite: row.capacity_onsite,
    capacityOnline: row.capacity_online,
    question: row.question,
    reminderHours: row.reminder_hours,
    retentionDays: row.retention_days,
    state: row.state,
    cancelReason: row.cancel_reason,
    documentation: row.documentation,
    sequence: row.sequence,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    organiser: row.om_slug
      ? { kind: 'municipality', slug: row.om_slug, name: row.om_name! }
      : {
          kind: row.oo_kind === 'partner' ? 'partner' : 'agency',
          slug: row.oo_slug ?? 'digitalagentur',
          name: row.oo_name ?? 'Digitalagentur',
        },
    project: row.rel_project ? { id: row.rel_project.id, slug: row.rel_project.slug, title: row.rel_project.title } : null,
    process: row.rel_process ? { slug: row.rel_process.slug, title: row.rel_process.title } : null,
    topics: row.rel_topics,
    files: row.rel_files,
    seats: {
      onsite: { capacity: row.capacity_onsite, confirmed: count('onsite', 'confirmed'), waiting: count('onsite', 'waiting') },
      online: { capacity: row.capacity_online, confirmed: count('online', 'confirmed'), waiting: count('online', 'waiting') },
    },
  };
}

export async function findEvent(db: Db, slug: string): Promise<EventView | undefined> {
  const row = await withRelations(db).where('e.slug', '=', slug).executeTakeFirst();
  return row && toView(row);
}

export async function calendar(db: Db, q: CalendarQuery): Promise<EventView[]> {
  let select = withRelations(db).where('e.state', 'in', q.states);
  if (q.from) select = select.where('e.ends_at', '>=', q.from);
  if (q.to) select = select.where('e.starts_at', '<', q.to);
  if (q.municipality) select = select.where('om.slug', '=', q.municipality);
  if (q.topic)
    select = select.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('event_topics as et')
          .innerJoin('topics as t', 't.id', 'et.topic_id')
          .whereRef('et.event_id', '=', 'e.id')
          .where('t.slug', '=', q.topic!)
          .select('et.event_id'),
      ),
    );
  if (q.project)
    select = select.where(({ exists, selectFrom }) =>
      exists(selectFrom('projects as p').whereRef('p.id', '=', 'e.project_id').where('p.slug', '=', q.project!).select('p.id')),
    );
  if (q.organiserScope)
    select = q.organiserScope.length ? select.where('om.slug', 'in', q.organiserScope) : select.where(sql<boolean>`false`);
  const rows = await select.orderBy('e.starts_at', q.order).orderBy('e.id', q.order).limit(q.limit).execute();
  return rows.map(toView);
}

export async function lockEvent(trx: Db, id: number): Promise<void> {
  await trx.selectFrom('events').select('id').where('id', '=', id).forUpdate().execute();
}

/** One new slug at a time until the transaction ends: two events with the same title and day get different ones. */
export async function lockSlugs(trx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('lotse.events.slug'))`.execute(trx);
}

/** The slug of an event that must exist (a registration's); throws otherwise. */
export async function slugOf(db: Db, id: number): Promise<string> {
  return (await db.selectFrom('events').select('slug').where('id', '=', id).executeTakeFirstOrThrow()).slug;
}

/** The slug of an event, undefined for an unknown id (a queued job's may be anything). */
export async function findSlug(db: Db, id: number): Promise<string | undefined> {
  return (await db.selectFrom('events').select('slug').where('id', '=', id).executeTakeFirst())?.slug;
}

export async function projectIdOf(db: Db, id: number): Promise<number | null | undefined> {
  return (await db.selectFrom('events').select('project_id').where('id', '=', id).executeTakeFirst())?.project_id;
}

/** The agency, organiser of every event without a municipality or partner. */
export async function agencyId(db: Db): Promise<number | undefined> {
  return (await db.selectFrom('organisations').select('id').where('kind', '=', 'agency').executeTakeFirst())?.id;
}

export async function partnerId(db: Db, slug: string): Promise<number | undefined> {
  return (await db.selectFrom('organisations').select('id').where('kind', '=', 'partner').where('slug', '=', slug).executeTakeFirst())?.id;
}

/** The partner organisations that may organise events, by name. */
export async function partners(db: Db) {
  return db.selectFrom('organisations').select(['slug', 'name']).where('kind', '=', 'partner').orderBy('name').execute();
}

export async function processId(db: Db, slug: string): Promise<number | undefined> {
  return (await db.selectFrom('participation_processes').select('id').where('slug', '=', slug).executeTakeFirst())?.id;
}

/** Schedules (or moves) the reminder job of a published, future event; one job per event thanks to its key. */
export async function scheduleReminderJob(trx: Db, eventId: number): Promise<void> {
  await sql`select graphile_worker.add_job('event_reminders', json_build_object('eventId', e.id),
      run_at => greatest(e.starts_at - make_interval(hours => e.reminder_hours), now()),
      job_key => 'event-reminders-' || e.id, max_attempts => 5)
    from events e where e.id = ${eventId} and e.state = 'published' and e.starts_at > now()`.execute(trx);
}

export async function removeReminderJob(trx: Db, eventId: number): Promise<void> {
  await sql`select graphile_worker.remove_job(${`event-reminders-${eventId}`})`.execute(trx);
}

/** JSON columns as JSON text (JSON.stringify), like every jsonb column written by Lotse. */
export interface EventRow {
  title: string;
  description: string;
  starts_at: Date;
  ends_at: Date;
  format: EventView['format'];
  address: string | null;
  room: string | null;
  accessibility: string;
  online_url: string | null;
  organiser_municipality_id: number | null;
  organiser_organisation_id: number | null;
  project_id: number | null;
  process_id: number | null;
  registration_enabled: boolean;
  registration_opens_at: Date | null;
  registration_closes_at: Date | null;
  capacity_onsite: number | null;
  capacity_online: number | null;
  question: string;
  reminder_hours: number;
  retention_days: number;
}

export async function insertEvent(db: Db, slug: string, row: EventRow): Promise<number> {
  const inserted = await db
    .insertInto('events')
    .values({ ...row, slug, cancel_reason: 'null', documentation: 'null' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateEvent(
  db: Db,
  id: number,
  row: Partial<EventRow> & { state?: EventState; cancel_reason?: string; documentation?: string },
): Promise<void> {
  await db
    .updateTable('events')
    .set({ ...row, sequence: sql`sequence + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function replaceTopics(db: Db, eventId: number, topicIds: number[]): Promise<void> {
  await db.deleteFrom('event_topics').where('event_id', '=', eventId).execute();
  if (topicIds.length)
    await db
      .insertInto('event_topics')
      .values(topicIds.map((topic_id) => ({ event_id: eventId, topic_id })))
      .execute();
}

export async function slugsLike(db: Db, base: string): Promise<Set<string>> {
  const rows = await db.selectFrom('events').select('slug').where('slug', 'like', `${base}%`).execute();
  return new Set(rows.map((r) => r.slug));
}

/** The municipalities of a process's Vorhaben; undefined for an unknown process. */
export async function processMunicipalities(db: Db, processSlug: string): Promise<string[] | undefined> {
  const rows = await db
    .selectFrom('participation_processes as pp')
    .leftJoin('project_municipalities as pm', 'pm.project_id', 'pp.project_id')
    .leftJoin('municipalities as m', 'm.id', 'pm.municipality_id')
    .where('pp.slug', '=', processSlug)
    .select('m.slug')
    .execute();
  return rows.length ? rows.flatMap((r) => (r.slug ? [r.slug] : [])) : undefined;
}

export async function insertFile(db: Db, eventId: number, file: { name: string; type: string; content: Buffer }): Promise<number> {
  const row = await db
    .insertInto('event_files')
    .values({ event_id: eventId, file_name: file.name, content_type: file.type, content: file.content, size: file.content.length })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findFile(db: Db, eventSlug: string, fileId: number) {
  return db
    .selectFrom('event_files as f')
    .innerJoin('events as e', 'e.id', 'f.event_id')
    .where('e.slug', '=', eventSlug)
    .where('e.state', '<>', 'draft')
    .where('f.id', '=', fileId)
    .select(['f.file_name', 'f.content_type', 'f.content'])
    .executeTakeFirst();
}
