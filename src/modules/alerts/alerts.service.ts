// Alerts without an account: an address subscribes to new and changed Vorhaben matching a register
// filter. Subscribing stores the address with a hashed confirmation token and mails the link (double
// opt-in); an unconfirmed subscription is deleted after two days. The scan reads the change notes
// written since its last run (every publication, import and archiving writes one), matches each
// confirmed subscription's filter once per filter and keeps one item per subscription and change; the
// immediate subscriptions are mailed in the same run, the weekly ones by the Monday digest. Unsubscribing
// deletes the subscription with its address and items.
import { appSecret } from '../../db/app-secret.js';
import type { Db } from '../../db/database.js';
import type { AlertMode } from '../../db/schema.js';
import { enqueue, enqueueMany } from '../../jobs/queue.js';
import { hashToken } from '../../lib/token-hash.js';
import { recordFailure } from '../../platform/rate-limit.repository.js';
import { publishedMatchingFilters } from '../projects/index.js';
import { composeAlertMail, confirmMail } from './alert-mails.js';
import { confirmTokenHash, newConfirmToken, newSalt, tokenId, unsubscribeTokenValid } from './alert-tokens.js';
import type { AlertFilters } from './alerts.schemas.js';
import * as repo from './alerts.repository.js';

/** How long a confirmation link works; unconfirmed subscriptions are deleted after it. */
export const CONFIRM_HOURS = 48;
/** Subscriptions one client may ask for per hour (a school shares one address). */
export const SUBSCRIBE_PER_CLIENT = 20;
/** Confirmation mails one address receives per day: nobody floods another's mailbox through the form. */
export const CONFIRM_MAILS_PER_ADDRESS = 3;

export const alertSecret = (db: Db) => appSecret(db, 'alerts');

/** Counts the request against the client's limit; false when it is over it. */
export async function subscribeAllowed(db: Db, client: string): Promise<boolean> {
  return (await recordFailure(db, `alert-subscribe-client:${hashToken(client)}`, 60)) <= SUBSCRIBE_PER_CLIENT;
}

/**
 * Stores a pending subscription and mails its confirmation link, in one transaction. An address that
 * had its share of confirmation mails today gets no more (the page says the same either way).
 */
export async function subscribe(
  db: Db,
  req: { email: string; locale: string; filters: AlertFilters; mode: AlertMode; baseUrl: string },
): Promise<void> {
  const email = req.email.trim();
  if ((await recordFailure(db, `alert-confirm-mail:${hashToken(email.toLowerCase())}`, 24 * 60)) > CONFIRM_MAILS_PER_ADDRESS) return;
  const { token, hash } = newConfirmToken();
  await db.transaction().execute(async (trx) => {
    await repo.insertSubscription(trx, {
      email,
      locale: req.locale,
      filters: req.filters,
      mode: req.mode,
      confirmTokenHash: hash,
      salt: newSalt(),
    });
    await enqueue(trx, 'send_mail', confirmMail({ ...req, email, token }));
  });
}

/** Whether a confirmation token belongs to a pending subscription still in time. */
export async function confirmTokenPending(db: Db, token: unknown): Promise<boolean> {
  if (typeof token !== 'string' || token.length < 20 || token.length > 100) return false;
  return (await repo.pendingByTokenHash(db, confirmTokenHash(token), CONFIRM_HOURS)) !== undefined;
}

/**
 * Confirms the subscription (a second one to the same filter is dropped instead); its mode, or null for
 * an unknown or late token.
 */
export async function confirmSubscription(db: Db, token: unknown): Promise<AlertMode | null> {
  if (typeof token !== 'string' || token.length < 20 || token.length > 100) return null;
  return db.transaction().execute(async (trx) => {
    const pending = await repo.pendingByTokenHash(trx, confirmTokenHash(token), CONFIRM_HOURS);
    if (!pending) return null;
    if (await repo.confirmedTwin(trx, pending.id, pending.email, pending.filters)) await repo.deleteSubscription(trx, pending.id);
    else await repo.confirm(trx, pending.id);
    return pending.mode;
  });
}

async function subscriptionOfToken(db: Db, token: unknown): Promise<number | null> {
  const id = tokenId(token);
  if (id === null) return null;
  const salt = await repo.saltOf(db, id);
  return salt !== undefined && unsubscribeTokenValid(await alertSecret(db), token as string, id, salt) ? id : null;
}

export async function unsubscribeTokenKnown(db: Db, token: unknown): Promise<boolean> {
  return (await subscriptionOfToken(db, token)) !== null;
}

/** Deletes the token's subscription with its address; false for an unknown token. */
export async function unsubscribe(db: Db, token: unknown): Promise<boolean> {
  const id = await subscriptionOfToken(db, token);
  return id !== null && repo.deleteSubscription(db, id);
}

export async function purgeUnconfirmed(db: Db): Promise<number> {
  return repo.deleteUnconfirmedOlderThan(db, CONFIRM_HOURS);
}

// ---- scan and mails ----

const CHANGES_PER_SCAN = 2000;
const SUBSCRIPTIONS_PER_BATCH = 500;

/**
 * Turns the change notes written since the last scan into items of the subscriptions whose filter finds
 * the Vorhaben (published, after the change): one item per subscription and Vorhaben, its newest change.
 * Returns whether any item was written.
 */
export async function scanChanges(db: Db): Promise<boolean> {
  let wrote = false;
  for (;;) {
    const more = await db.transaction().execute(async (trx) => {
      const after = await repo.lockScanPosition(trx);
      const changes = await repo.changesAfter(trx, after, CHANGES_PER_SCAN);
      if (changes.length === 0) return false;
      const newest = new Map<number, { change_id: number; is_new: boolean; at: number }>();
      for (const c of changes)
        newest.set(c.project_id, {
          change_id: c.id,
          is_new: (newest.get(c.project_id)?.is_new ?? false) || c.is_new,
          at: c.changed_at.getTime(),
        });
      const items: { subscription_id: number; project_id: number; change_id: number; is_new: boolean }[] = [];
      for (const group of await repo.confirmedByFilter(trx)) {
        const matching = await publishedMatchingFilters(trx, group.filters, [...newest.keys()]);
        for (const projectId of matching) {
          const { change_id, is_new, at } = newest.get(projectId)!;
          // A subscription hears of what changed after it was confirmed, never of the history before.
          for (const s of group.subscriptions)
            if (Date.parse(s.confirmed_at) <= at) items.push({ subscription_id: s.id, project_id: projectId, change_id, is_new });
        }
      }
      await repo.insertItems(trx, items);
      await repo.setScanPosition(trx, changes[changes.length - 1]!.id);
      wrote ||= items.length > 0;
      return changes.length === CHANGES_PER_SCAN;
    });
    if (!more) return wrote;
  }
}

/** Mails the pending items of every subscription of this mode, one mail each; returns the number of mails. */
export async function mailAlerts(db: Db, mode: AlertMode, baseUrl: string): Promise<number> {
  const secret = await alertSecret(db);
  let mails = 0;
  for (;;) {
    const batch = await db.transaction().execute(async (trx) => {
      const rows = await repo.lockPendingItems(trx, mode, SUBSCRIPTIONS_PER_BATCH);
      const perSubscription = new Map<number, repo.PendingAlertRow[]>();
      for (const r of rows) perSubscription.set(r.subscription_id, [...(perSubscription.get(r.subscription_id) ?? []), r]);
      const composed = [...perSubscription.values()]
        .map((items) => items.filter((i) => i.published))
        .filter((items) => items.length > 0)
        .map((items) => composeAlertMail(items, mode, baseUrl, secret));
      await enqueueMany(trx, 'send_mail', composed);
      await repo.deleteItemsOf(trx, [...perSubscription.keys()]);
      mails += composed.length;
      return perSubscription.size;
    });
    if (batch < SUBSCRIPTIONS_PER_BATCH) return mails;
  }
}

/** The job every minute: scan, then mail the immediate subscriptions. */
export async function runAlertScan(db: Db, baseUrl: string): Promise<void> {
  await scanChanges(db);
  if (await repo.hasPendingItems(db, 'immediate')) await mailAlerts(db, 'immediate', baseUrl);
}
