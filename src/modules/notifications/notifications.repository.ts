// SQL for notification items: writing them for a Vorhaben's followers, collecting the pending ones for
// the mails, and removing what will not or need not be mailed.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { NotifyMode } from '../../db/schema.js';
import type { LocalizedText } from '../../lib/localized.js';

/**
 * One item for every resident (mail not turned off, `exceptResidentId` never) who follows the Vorhaben,
 * one of its topics, one of its municipalities or one of its places (or the Amt of one), each resident once, in one INSERT … SELECT. True when
 * one of them wants mail at once.
 */
export async function insertFollowerItems(
  db: Db,
  item: { projectId: number; kind: string; link: string; text: string | null; exceptResidentId: number | null },
): Promise<boolean> {
  const result = await sql<{ immediate: boolean }>`
    with inserted as (
      insert into notification_items (resident_id, project_id, kind, link, text)
      select r.id, ${item.projectId}, ${item.kind}, ${item.link}, ${item.text}
      from residents r
      where r.notify_mode <> 'off'
        and r.id is distinct from ${item.exceptResidentId}::int
        and exists (
          select 1 from follows f
          where f.resident_id = r.id
            and (f.project_id = ${item.projectId}
              or f.topic_id in (select pt.topic_id from project_topics pt where pt.project_id = ${item.projectId})
              or f.municipality_id in (select pm.municipality_id from project_municipalities pm where pm.project_id = ${item.projectId})
              or f.locality_id in (select l.id from project_localities plo join localities l on l.id = plo.locality_id
                  where plo.project_id = ${item.projectId}
                  union select l.parent_id from project_localities plo join localities l on l.id = plo.locality_id
                  where plo.project_id = ${item.projectId} and l.parent_id is not null)))
      returning resident_id
    )
    select exists (select 1 from inserted i join residents r on r.id = i.resident_id where r.notify_mode = 'immediate') as immediate`.execute(
    db,
  );
  return result.rows[0]?.immediate ?? false;
}

export interface PendingRow {
  id: string;
  resident_id: number;
  project_id: number;
  kind: string;
  link: string;
  text: string | null;
  email: string;
  locale: string;
  unsubscribe_token: string;
  project_slug: string;
  project_title: LocalizedText;
}

/**
 * The unsent items of the first `residents` residents with this notify mode that have any, in mail
 * order, locked until the transaction ends; items locked by a concurrent run are skipped.
 */
export async function lockPendingItems(db: Db, mode: Exclude<NotifyMode, 'off'>, residents: number): Promise<PendingRow[]> {
  return (
    await sql<PendingRow>`
      select ni.id, ni.resident_id, ni.project_id, ni.kind, ni.link, ni.text,
             r.email, r.locale, r.unsubscribe_token, p.slug as project_slug, p.title as project_title
      from notification_items ni
      join residents r on r.id = ni.resident_id
      join projects p on p.id = ni.project_id
      where ni.sent_at is null and r.notify_mode = ${mode}
        and ni.resident_id in (
          select n2.resident_id from notification_items n2 join residents r2 on r2.id = n2.resident_id
          where n2.sent_at is null and r2.notify_mode = ${mode}
          group by n2.resident_id order by n2.resident_id limit ${residents})
      order by ni.resident_id, ni.project_id, ni.created_at, ni.id
      for update of ni skip locked`.execute(db)
  ).rows;
}

export async function markSent(db: Db, ids: string[]): Promise<void> {
  await sql`update notification_items set sent_at = now() where id = any(${ids}::bigint[])`.execute(db);
}

/** Unsent items of residents who turned mail off: they will never be mailed. */
export async function deleteUnmailableItems(db: Db): Promise<void> {
  await sql`delete from notification_items ni using residents r
    where r.id = ni.resident_id and ni.sent_at is null and r.notify_mode = 'off'`.execute(db);
}

export async function deleteItemsSentLongAgo(db: Db): Promise<void> {
  await sql`delete from notification_items where sent_at < now() - interval '30 days'`.execute(db);
}

/** Unsent items pointing to `link`. */
export async function deletePendingItemsWithLink(db: Db, link: string): Promise<void> {
  await db.deleteFrom('notification_items').where('sent_at', 'is', null).where('link', '=', link).execute();
}

// ---- unsubscribing ----

export async function unsubscribeTokenExists(db: Db, token: string): Promise<boolean> {
  return (await db.selectFrom('residents').select('id').where('unsubscribe_token', '=', token).executeTakeFirst()) !== undefined;
}

/** Turns mail off for the token's resident; their id, or undefined for an unknown token. */
export async function turnMailOff(db: Db, token: string): Promise<number | undefined> {
  return (
    await db.updateTable('residents').set({ notify_mode: 'off' }).where('unsubscribe_token', '=', token).returning('id').executeTakeFirst()
  )?.id;
}

export async function deletePendingItemsOf(db: Db, residentId: number): Promise<void> {
  await db.deleteFrom('notification_items').where('resident_id', '=', residentId).where('sent_at', 'is', null).execute();
}
