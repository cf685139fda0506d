// Notifications: residents follow a Vorhaben, a topic or a municipality. Whatever happens on a Vorhaben
// (a new version, a comment, an idea, a released notice, a process, an event) becomes one notification
// item per follower, written set-wise by one INSERT … SELECT in the transaction of the change. Items are
// mailed either at once (one keyed `send_notifications` job collects a burst) or once a day as a digest
// (`notification_digest`); both jobs collect the pending items of all such residents in one query and
// send one mail per resident, grouped per Vorhaben. Every mail carries a one-click unsubscribe link.
import type { Db } from '../../db/database.js';
import type { NotifyMode } from '../../db/schema.js';
import { t } from '../../i18n/index.js';
import { enqueue, enqueueMany } from '../../jobs/queue.js';
import { isLocale, type Locale, pick } from '../../lib/localized.js';
import type { PendingRow } from './notifications.repository.js';
import * as repo from './notifications.repository.js';

export type { PendingRow } from './notifications.repository.js';

export type NotificationKind =
  'published' | 'comment' | 'idea' | 'idea_status' | 'notice' | 'process' | 'event' | 'council_agenda' | 'council_result';
export const notificationKinds: readonly NotificationKind[] = [
  'published',
  'comment',
  'idea',
  'idea_status',
  'notice',
  'process',
  'event',
  'council_agenda',
  'council_result',
];

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
  const immediate = await repo.insertFollowerItems(trx, {
    projectId: item.projectId,
    kind: item.kind,
    link: item.link,
    text,
    exceptResidentId: item.exceptResidentId ?? null,
  });
  if (immediate) await enqueue(trx, 'send_notifications', {}, { jobKey: SEND_NOTIFICATIONS_KEY, maxAttempts: 5 });
}

/** Drops the unsent items pointing to `link`: text that was hidden must not go out in a later mail. */
export async function dropPendingNotifications(trx: Db, link: string): Promise<void> {
  await repo.deletePendingItemsWithLink(trx, link);
}

// ---- the mails ----

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

const kindLabel = (l: Locale, kind: string) =>
  notificationKinds.includes(kind as NotificationKind) ? t(l, `notifications.kind.${kind as NotificationKind}`) : kind;
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
      lines.push(
        `- ${kindLabel(l, item.kind)}${item.text ? `: ${shorten(item.text.replace(/\s+/g, ' '))}` : ''}`,
        `  ${baseUrl}/${l}${item.link}`,
      );
    }
    lines.push('');
  }
  if (rows.length > listed) lines.push(t(l, 'notifications.mail.more', { count: rows.length - listed }), '');
  const unsubscribe = unsubscribeUrl(baseUrl, l, first.unsubscribe_token);
  lines.push(
    '-- ',
    t(l, 'notifications.mail.footer', {
      mode: t(l, `notifications.mail.mode.${mode}`),
      account: `${baseUrl}/${l}/buergerkonto`,
      unsubscribe,
    }),
  );
  return {
    to: first.email,
    subject:
      mode === 'daily' ? t(l, 'notifications.mail.daily.subject', { count: rows.length }) : t(l, 'notifications.mail.immediate.subject'),
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
      const rows = await repo.lockPendingItems(trx, mode, RESIDENTS_PER_BATCH);
      const perResident = new Map<number, PendingRow[]>();
      for (const r of rows) perResident.set(r.resident_id, [...(perResident.get(r.resident_id) ?? []), r]);
      const composed = [...perResident.values()].map((items) => composeMail(items, mode, baseUrl));
      await enqueueMany(trx, 'send_mail', composed);
      if (rows.length)
        await repo.markSent(
          trx,
          rows.map((r) => r.id),
        );
      return perResident.size;
    });
    mails += batch;
    if (batch < RESIDENTS_PER_BATCH) return mails;
  }
}

/** Removes what will never be mailed (items of residents who turned mail off) and sent items after 30 days. */
export async function cleanUpNotifications(db: Db): Promise<void> {
  await repo.deleteUnmailableItems(db);
  await repo.deleteItemsSentLongAgo(db);
}

// ---- unsubscribing ----

const plausibleToken = (token: unknown): token is string => typeof token === 'string' && token.length >= 16 && token.length <= 200;

/** Whether the token belongs to a resident (the unsubscribe page shows its button only then). */
export async function unsubscribeTokenValid(db: Db, token: unknown): Promise<boolean> {
  if (!plausibleToken(token)) return false;
  return repo.unsubscribeTokenExists(db, token);
}

/** One-click unsubscribe: mail off for the token's resident, pending items dropped. False for an unknown token. */
export async function unsubscribe(db: Db, token: unknown): Promise<boolean> {
  if (!plausibleToken(token)) return false;
  return db.transaction().execute(async (trx) => {
    const residentId = await repo.turnMailOff(trx, token);
    if (residentId === undefined) return false;
    await repo.deletePendingItemsOf(trx, residentId);
    return true;
  });
}
