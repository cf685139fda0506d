// SQL of alerts without an account: subscriptions (pending and confirmed), the scan of new change notes
// into items per subscription, the items a mail run collects, and the purge of unconfirmed subscriptions.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { AlertMode } from '../../db/schema.js';
import type { LocalizedText } from '../../lib/localized.js';

export async function insertSubscription(
  db: Db,
  s: { email: string; locale: string; filters: Record<string, string>; mode: AlertMode; confirmTokenHash: string; salt: string },
): Promise<number> {
  const row = await db
    .insertInto('alert_subscriptions')
    .values({
      email: s.email,
      locale: s.locale,
      filters: JSON.stringify(s.filters),
      mode: s.mode,
      confirm_token_hash: s.confirmTokenHash,
      salt: s.salt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The pending subscription of a confirmation token, if it is younger than `hours`. */
export async function pendingByTokenHash(db: Db, hash: string, hours: number) {
  return db
    .selectFrom('alert_subscriptions')
    .select(['id', 'email', 'filters', 'mode'])
    .where('confirm_token_hash', '=', hash)
    .where('confirmed_at', 'is', null)
    .where('created_at', '>', sql<Date>`now() - make_interval(hours => ${hours})`)
    .executeTakeFirst();
}

export async function confirm(db: Db, id: number): Promise<void> {
  await db
    .updateTable('alert_subscriptions')
    .set({ confirmed_at: sql`now()`, confirm_token_hash: null })
    .where('id', '=', id)
    .execute();
}

/** A confirmed subscription of the same address to the same filter (subscribing twice keeps one). */
export async function confirmedTwin(db: Db, id: number, email: string, filters: Record<string, string>): Promise<boolean> {
  const row = await db
    .selectFrom('alert_subscriptions')
    .select('id')
    .where('id', '<>', id)
    .where('confirmed_at', 'is not', null)
    .where(sql<boolean>`lower(email) = lower(${email})`)
    .where(sql<boolean>`filters = ${JSON.stringify(filters)}::jsonb`)
    .executeTakeFirst();
  return row !== undefined;
}

export async function saltOf(db: Db, id: number): Promise<string | undefined> {
  return (await db.selectFrom('alert_subscriptions').select('salt').where('id', '=', id).executeTakeFirst())?.salt;
}

/** Deletes the subscription, its address and its pending items. */
export async function deleteSubscription(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom('alert_subscriptions').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function deleteUnconfirmedOlderThan(db: Db, hours: number): Promise<number> {
  const result = await db
    .deleteFrom('alert_subscriptions')
    .where('confirmed_at', 'is', null)
    .where('created_at', '<', sql<Date>`now() - make_interval(hours => ${hours})`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

// ---- the scan ----

/** The scan's position, locked: two runs at once take turns. */
export async function lockScanPosition(db: Db): Promise<number> {
  const row = await sql<{ last_change_id: number }>`select last_change_id from alert_scan where id for update`.execute(db);
  return row.rows[0]?.last_change_id ?? 0;
}

export async function setScanPosition(db: Db, lastChangeId: number): Promise<void> {
  await db.updateTable('alert_scan').set({ last_change_id: lastChangeId }).where('id', '=', true).execute();
}

export interface ChangeRow {
  id: number;
  project_id: number;
  is_new: boolean;
  changed_at: Date;
}

/** Change notes after `after`, oldest first; `is_new`: the Vorhaben's first one (it was just published). */
export async function changesAfter(db: Db, after: number, limit: number): Promise<ChangeRow[]> {
  return (
    await sql<ChangeRow>`
      select c.id, c.project_id, c.changed_at,
             not exists (select 1 from project_changes e where e.project_id = c.project_id and e.id < c.id) as is_new
      from project_changes c where c.id > ${after} order by c.id limit ${limit}`.execute(db)
  ).rows;
}

/** The confirmed subscriptions grouped by their filter: each filter is matched once. */
export async function confirmedByFilter(
  db: Db,
): Promise<{ filters: Record<string, string>; subscriptions: { id: number; confirmed_at: string }[] }[]> {
  return (
    await sql<{ filters: Record<string, string>; subscriptions: { id: number; confirmed_at: string }[] }>`
      select filters, jsonb_agg(jsonb_build_object('id', id, 'confirmed_at', confirmed_at) order by id) as subscriptions
      from alert_subscriptions where confirmed_at is not null group by filters`.execute(db)
  ).rows;
}

export async function insertItems(db: Db, items: { subscription_id: number; project_id: number; change_id: number; is_new: boolean }[]) {
  for (let i = 0; i < items.length; i += 1000)
    await db
      .insertInto('alert_items')
      .values(items.slice(i, i + 1000))
      .onConflict((oc) => oc.columns(['subscription_id', 'change_id']).doNothing())
      .execute();
}

export interface PendingAlertRow {
  id: number;
  subscription_id: number;
  email: string;
  locale: string;
  salt: string;
  filters: Record<string, string>;
  is_new: boolean;
  project_slug: string;
  project_title: LocalizedText;
  note: LocalizedText;
  version: number;
  published: boolean;
}

/** The items of the first `subscriptions` subscriptions of this mode that have any, locked; a concurrent run skips them. */
export async function lockPendingItems(db: Db, mode: AlertMode, subscriptions: number): Promise<PendingAlertRow[]> {
  return (
    await sql<PendingAlertRow>`
      select ai.id, ai.subscription_id, s.email, s.locale, s.salt, s.filters, ai.is_new,
             p.slug as project_slug, p.title as project_title, c.note, c.version,
             p.publication_state = 'published' as published
      from alert_items ai
      join alert_subscriptions s on s.id = ai.subscription_id
      join projects p on p.id = ai.project_id
      join project_changes c on c.id = ai.change_id
      where s.mode = ${mode} and s.confirmed_at is not null
        and ai.subscription_id in (
          select a2.subscription_id from alert_items a2 join alert_subscriptions s2 on s2.id = a2.subscription_id
          where s2.mode = ${mode} group by a2.subscription_id order by a2.subscription_id limit ${subscriptions})
      order by ai.subscription_id, ai.is_new desc, ai.change_id
      for update of ai skip locked`.execute(db)
  ).rows;
}

/** Deletes the items of these subscriptions (mailed, or of a Vorhaben no longer public). */
export async function deleteItemsOf(db: Db, subscriptionIds: number[]): Promise<void> {
  if (subscriptionIds.length) await sql`delete from alert_items where subscription_id = any(${subscriptionIds}::int[])`.execute(db);
}

export async function hasPendingItems(db: Db, mode: AlertMode): Promise<boolean> {
  const row = await sql<{ any: boolean }>`
    select exists (select 1 from alert_items ai join alert_subscriptions s on s.id = ai.subscription_id where s.mode = ${mode}) as any`.execute(
    db,
  );
  return row.rows[0]?.any ?? false;
}
