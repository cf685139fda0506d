// Notifications: residents follow a Vorhaben, a topic or a municipality. Whatever happens on a Vorhaben
// (a new version, a comment, an idea, a released notice, a process, an event) becomes one notification
// item per follower, written set-wise by one INSERT … SELECT in the transaction of the change. Items are
// mailed either at once (one keyed `send_notifications` job collects a burst) or once a day as a digest
// (`notification_digest`); both jobs collect the pending items of all such residents in one query and
// send one mail per resident, grouped per Vorhaben. Every mail carries a one-click unsubscribe link.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { NotifyMode } from '../../db/schema.js';
import { t } from '../../i18n/index.js';
import { enqueue, enqueueMany } from '../../jobs/queue.js';
import { isLocale, type Locale, type LocalizedText, pick } from '../../lib/localized.js';

export type NotificationKind = 'published' | 'comment' | 'idea' | 'idea_status' | 'notice' | 'process' | 'event';
export const notificationKinds: readonly NotificationKind[] = ['published', 'comment', 'idea', 'idea_status', 'notice', 'process', 'event'];

/** The one job key of the immediate mails: a burst of items collapses into one pending job. */
export const SEND_NOTIFICATIONS_KEY = 'send-notifications';
const TEXT_MAX = 1000;

/**
 * Creates a notification item for every resident (mail not turned off) who follows the Vorhaben, one of
 * its topics or one of its municipalities — each resident once, the actor never — and, when one of them
 * wants mail at once, enqueues the (keyed, so bursts collapse) `send_notifications` job. Call it inside
 * the transaction of the change, after the Vorhaben's topics and municipalities are written.
 */
export async function notifyFollowers(
  trx: Db,
  item: { projectId: number; kind: NotificationKind; link: string; text?: string | null; exceptResidentId?: number | null },
): Promise<void> {
  if (!item.link.startsWith('/') || item.link.startsWith('//')) throw new Error(`notification link must be a path: ${item.link}`);
  const text = item.text?.trim() ? item.text.trim().slice(0, TEXT_MAX) : null;
  const result = await sql<{ immediate: boolean }>`
    with inserted as (
      insert into notification_items (resident_id, project_id, kind, link, text)
      select r.id, ${item.projectId}, ${item.kind}, ${item.link}, ${text}
      from residents r
      where r.notify_mode <> 'off'
        and r.id is distinct from ${item.exceptResidentId ?? null}::int
        and exists (
          select 1 from follows f
          where f.resident_id = r.id
            and (f.project_id = ${item.projectId}
              or f.topic_id in (select pt.topic_id from project_topics pt where pt.project_id = ${item.projectId})
              or f.municipality_id in (select pm.municipality_id from project_municipalities pm where pm.project_id = ${item.projectId})))
      returning resident_id
    )
    select exists (select 1 from inserted i join residents r on r.id = i.resident_id where r.notify_mode = 'immediate') as immediate`.execute(trx);
  if (result.rows[0]?.immediate) await enqueue(trx, 'send_notifications', {}, { jobKey: SEND_NOTIFICATIONS_KEY, maxAttempts: 5 });
}

// ---- the mails ----

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

export interface NotificationMail {
  to: string;
  subject: string;
  text: string;
  headers: { 'List-Unsubscribe': string; 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

/** Residents per transaction of a run; a run goes on until no resident of the mode has pending items. */
const RESIDENTS_PER_BATCH = 500;
/** Items listed in one mail; the rest are counted ("… and 12 more"). */
const ITEMS_PER_MAIL = 100;

export function unsubscribeUrl(baseUrl: string, locale: Locale, token: string): string {
  return `${baseUrl}/${locale}/benachrichtigungen/abbestellen?token=${encodeURIComponent(token)}`;
}

const kindLabel = (l: Locale, kind: string) => (notificationKinds.includes(kind as NotificationKind) ? t(l, `notifications.kind.${kind as NotificationKind}`) : kind);
const shorten = (s: string, max = 300) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/** One mail for one resident: the items grouped per Vorhaben, in the resident's language. */
export function composeMail(rows: PendingRow[], mode: 'immediate' | 'daily', baseUrl: string): NotificationMail {
  const first = rows[0]!;
  const l: Locale = isLocale(first.locale) ? first.locale : 'de';
  const groups = new Map<number, PendingRow[]>();
  for (const r of rows) groups.set(r.project_id, [...(groups.get(r.project_id) ?? []), r]);
  const lines: string[] = [t(l, `notifications.mail.${mode}.intro`), ''];
  let listed = 0;
  for (const items of groups.values()) {
    if (listed >= ITEMS_PER_MAIL) break;
    const p = items[0]!;
    const title = pick(p.project_title, l)?.text ?? p.project_slug;
    lines.push(title, `${baseUrl}/${l}/vorhaben/${p.project_slug}`, '');
    for (const item of items) {
      if (listed >= ITEMS_PER_MAIL) break;
      listed++;
      lines.push(`- ${kindLabel(l, item.kind)}${item.text ? `: ${shorten(item.text.replace(/\s+/g, ' '))}` : ''}`, `  ${baseUrl}/${l}${item.link}`);
    }
    lines.push('');
  }
  if (rows.length > listed) lines.push(t(l, 'notifications.mail.more', { count: rows.length - listed }), '');
  const unsubscribe = unsubscribeUrl(baseUrl, l, first.unsubscribe_token);
  lines.push('-- ', t(l, 'notifications.mail.footer', { mode: t(l, `notifications.mail.mode.${mode}`), account: `${baseUrl}/${l}/buergerkonto`, unsubscribe }));
  return {
    to: first.email,
    subject: mode === 'daily' ? t(l, 'notifications.mail.daily.subject', { count: rows.length }) : t(l, 'notifications.mail.immediate.subject'),
    text: lines.join('\n'),
    headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

/**
 * Mails the pending items of every resident with this notify mode: one query per batch of residents
 * collects their items (locked, so a concurrent run skips them), one `send_mail` job per resident is
 * added and the items are marked sent — all in one transaction, so nothing is mailed twice or lost.
 * Returns the number of mails.
 */
export async function mailPendingNotifications(db: Db, mode: Exclude<NotifyMode, 'off'>, baseUrl: string): Promise<number> {
  let mails = 0;
  for (;;) {
    const batch = await db.transaction().execute(async (trx) => {
      const rows = (
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
              group by n2.resident_id order by n2.resident_id limit ${RESIDENTS_PER_BATCH})
          order by ni.resident_id, ni.project_id, ni.created_at, ni.id
          for update of ni skip locked`.execute(trx)
      ).rows;
      const perResident = new Map<number, PendingRow[]>();
      for (const r of rows) perResident.set(r.resident_id, [...(perResident.get(r.resident_id) ?? []), r]);
      const composed = [...perResident.values()].map((items) => composeMail(items, mode, baseUrl));
      await enqueueMany(trx, 'send_mail', composed);
      if (rows.length) await sql`update notification_items set sent_at = now() where id = any(${rows.map((r) => r.id)}::bigint[])`.execute(trx);
      return perResident.size;
    });
    mails += batch;
    if (batch < RESIDENTS_PER_BATCH) return mails;
  }
}

/** Removes what will never be mailed (items of residents who turned mail off) and sent items after 30 days. */
export async function cleanUpNotifications(db: Db): Promise<void> {
  await sql`delete from notification_items ni using residents r
    where r.id = ni.resident_id and ni.sent_at is null and r.notify_mode = 'off'`.execute(db);
  await sql`delete from notification_items where sent_at < now() - interval '30 days'`.execute(db);
}

// ---- unsubscribing ----

const plausibleToken = (token: unknown): token is string => typeof token === 'string' && token.length >= 16 && token.length <= 200;

/** Whether the token belongs to a resident (the unsubscribe page shows its button only then). */
export async function unsubscribeTokenValid(db: Db, token: unknown): Promise<boolean> {
  if (!plausibleToken(token)) return false;
  return (await db.selectFrom('residents').select('id').where('unsubscribe_token', '=', token).executeTakeFirst()) !== undefined;
}

/** One-click unsubscribe: mail off for the token's resident, pending items dropped. False for an unknown token. */
export async function unsubscribe(db: Db, token: unknown): Promise<boolean> {
  if (!plausibleToken(token)) return false;
  return db.transaction().execute(async (trx) => {
    const resident = await trx.updateTable('residents').set({ notify_mode: 'off' }).where('unsubscribe_token', '=', token).returning('id').executeTakeFirst();
    if (!resident) return false;
    await trx.deleteFrom('notification_items').where('resident_id', '=', resident.id).where('sent_at', 'is', null).execute();
    return true;
  });
}
