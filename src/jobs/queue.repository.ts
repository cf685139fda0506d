// SQL of the job queue: adding jobs through graphile-worker's add_job inside the caller's transaction.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

export type JobName =
  | 'send_mail'
  | 'staff_password_link'
  | 'send_notifications'
  | 'notification_digest'
  | 'finance_deadline_reminders'
  | 'oparl_nightly'
  | 'oparl_sync'
  | 'project_search_fill'
  | 'alert_scan'
  | 'alert_digest'
  | 'purge_alert_subscriptions';

/** `jobKey`: a pending job with the same key is replaced instead of added again (bursts collapse into one run). */
export async function enqueue(
  trx: Db,
  task: JobName,
  payload: object,
  { maxAttempts = 10, jobKey = null }: { maxAttempts?: number; jobKey?: string | null } = {},
): Promise<void> {
  await sql`select graphile_worker.add_job(${task}, ${JSON.stringify(payload)}::json, max_attempts => ${maxAttempts}, job_key => ${jobKey}::text)`.execute(
    trx,
  );
}

/** Adds one job per payload in a single statement (e.g. the mails of a digest run). */
export async function enqueueMany(
  trx: Db,
  task: JobName,
  payloads: object[],
  { maxAttempts = 10 }: { maxAttempts?: number } = {},
): Promise<void> {
  if (!payloads.length) return;
  await sql`select graphile_worker.add_job(${task}, p.value::json, max_attempts => ${maxAttempts}) from jsonb_array_elements(${JSON.stringify(payloads)}::jsonb) as p`.execute(
    trx,
  );
}
