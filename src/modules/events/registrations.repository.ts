// SQL for event registrations: seats per mode, the waiting list in order, tokens, and anonymisation.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { AttendanceMode, RegistrationStatus } from '../../db/schema.js';

export async function insertRegistration(
  db: Db,
  r: {
    eventId: number;
    mode: AttendanceMode;
    name: string;
    email: string;
    organisation: string | null;
    accessibilityNeeds: string | null;
    answer: string | null;
    locale: string;
    confirmHash: string;
    manageHash: string;
  },
): Promise<number> {
  const row = await db
    .insertInto('event_registrations')
    .values({
      event_id: r.eventId,
      mode: r.mode,
      name: r.name,
      email: r.email,
      organisation: r.organisation,
      accessibility_needs: r.accessibilityNeeds,
      answer: r.answer,
      locale: r.locale,
      confirm_token_hash: r.confirmHash,
      manage_token_hash: r.manageHash,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setConfirmHash(db: Db, id: number, hash: string): Promise<void> {
  await db.updateTable('event_registrations').set({ confirm_token_hash: hash }).where('id', '=', id).execute();
}

export async function setManageHash(db: Db, id: number, hash: string): Promise<void> {
  await db.updateTable('event_registrations').set({ manage_token_hash: hash }).where('id', '=', id).execute();
}

export async function liveRegistrationByEmail(db: Db, eventId: number, email: string) {
  return db
    .selectFrom('event_registrations')
    .selectAll()
    .where('event_id', '=', eventId)
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .where('status', '<>', 'cancelled')
    .where('anonymised_at', 'is', null)
    .executeTakeFirst();
}

export async function byConfirmHash(db: Db, hash: string) {
  return db
    .selectFrom('event_registrations')
    .selectAll()
    .where('confirm_token_hash', '=', hash)
    .where('anonymised_at', 'is', null)
    .executeTakeFirst();
}

export async function byManageHash(db: Db, hash: string) {
  return db
    .selectFrom('event_registrations')
    .selectAll()
    .where('manage_token_hash', '=', hash)
    .where('anonymised_at', 'is', null)
    .executeTakeFirst();
}

export async function byId(db: Db, id: number) {
  return db.selectFrom('event_registrations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function confirmedCount(db: Db, eventId: number, mode: AttendanceMode): Promise<number> {
  const row = await db
    .selectFrom('event_registrations')
    .where('event_id', '=', eventId)
    .where('mode', '=', mode)
    .where('status', '=', 'confirmed')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Place on the waiting list (1 = next) of a waiting registration; compared in SQL, to the microsecond. */
export async function waitingPosition(db: Db, id: number): Promise<number> {
  const result = await sql<{ n: number }>`
    select count(*)::int as n from event_registrations w, event_registrations me
     where me.id = ${id} and w.event_id = me.event_id and w.mode = me.mode and w.status = 'waiting'
       and (w.waiting_since, w.id) <= (me.waiting_since, me.id)`.execute(db);
  return result.rows[0]?.n ?? 0;
}

export async function firstWaiting(db: Db, eventId: number, mode: AttendanceMode) {
  return db
    .selectFrom('event_registrations')
    .selectAll()
    .where('event_id', '=', eventId)
    .where('mode', '=', mode)
    .where('status', '=', 'waiting')
    .orderBy('waiting_since')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

export async function setStatus(db: Db, id: number, status: RegistrationStatus, extra: { manageHash?: string } = {}): Promise<void> {
  await db
    .updateTable('event_registrations')
    .set({
      status,
      ...(status === 'confirmed' ? { confirmed_at: sql`coalesce(confirmed_at, now())`, waiting_since: null } : {}),
      ...(status === 'waiting' ? { confirmed_at: sql`coalesce(confirmed_at, now())`, waiting_since: sql`now()` } : {}),
      ...(status === 'cancelled' ? { cancelled_at: sql`now()` } : {}),
      ...(extra.manageHash ? { manage_token_hash: extra.manageHash } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function listForEvent(db: Db, eventId: number) {
  return db
    .selectFrom('event_registrations')
    .selectAll()
    .where('event_id', '=', eventId)
    .orderBy(sql`case status when 'confirmed' then 0 when 'waiting' then 1 when 'unconfirmed' then 2 else 3 end`)
    .orderBy('mode')
    .orderBy(sql`coalesce(waiting_since, confirmed_at, created_at)`)
    .orderBy('id')
    .execute();
}

export async function setAttended(db: Db, eventId: number, id: number, attended: boolean): Promise<boolean> {
  const result = await db
    .updateTable('event_registrations')
    .set({ attended_at: attended ? sql`now()` : null })
    .where('id', '=', id)
    .where('event_id', '=', eventId)
    .where('status', '=', 'confirmed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Live registrations to inform (confirmed and waiting) with their language. */
export async function toInform(db: Db, eventId: number, statuses: RegistrationStatus[]) {
  return db
    .selectFrom('event_registrations')
    .select(['id', 'email', 'name', 'locale', 'mode', 'status'])
    .where('event_id', '=', eventId)
    .where('status', 'in', statuses)
    .where('anonymised_at', 'is', null)
    .execute();
}

/** Confirmed registrations of the event not reminded yet. */
export async function dueForReminder(db: Db, eventId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('event_registrations')
    .select('id')
    .where('event_id', '=', eventId)
    .where('status', '=', 'confirmed')
    .where('reminded_at', 'is', null)
    .execute();
  return rows.map((r) => r.id);
}

/** After the event moved: every registration is reminded again. */
export async function resetReminders(db: Db, eventId: number): Promise<void> {
  await db.updateTable('event_registrations').set({ reminded_at: null }).where('event_id', '=', eventId).execute();
}

export async function markReminded(db: Db, ids: number[]): Promise<void> {
  if (ids.length)
    await db
      .updateTable('event_registrations')
      .set({ reminded_at: sql`now()` })
      .where('id', 'in', ids)
      .execute();
}

/**
 * Removes the personal data of registrations whose event ended more than its retention period ago (at
 * most `maxDays`, also for events saved with a longer period before there was a cap), and of
 * registrations never confirmed within `unconfirmedDays`. Counts, modes and attendance stay for statistics.
 */
export async function anonymiseExpired(db: Db, maxDays: number, unconfirmedDays: number): Promise<number> {
  const result = await sql`
    update event_registrations r
       set name = '', email = '', organisation = null, accessibility_needs = null, answer = null, anonymised_at = now(),
           status = case when r.status = 'unconfirmed' then 'cancelled' else r.status end
      from events e
     where e.id = r.event_id and r.anonymised_at is null
       and (e.ends_at < now() - make_interval(days => least(e.retention_days, ${maxDays}))
            or (r.status = 'unconfirmed' and r.created_at < now() - make_interval(days => ${unconfirmedDays})))`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * Support needs (often health data, Art. 9 GDPR) serve only the event itself: they go `daysAfterEnd`
 * after it ended, or was cancelled, whatever the event's retention period for the rest.
 */
export async function clearSupportNeeds(db: Db, daysAfterEnd: number): Promise<number> {
  const result = await sql`
    update event_registrations r set accessibility_needs = null
      from events e
     where e.id = r.event_id and r.accessibility_needs is not null
       and (e.ends_at < now() - make_interval(days => ${daysAfterEnd})
            or (e.state = 'cancelled' and e.updated_at < now() - make_interval(days => ${daysAfterEnd})))`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
