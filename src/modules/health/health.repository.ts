// The health checks' and metrics' queries: does the database answer, which migrations ran, when the
// worker last said it was alive, how many jobs wait.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { HEARTBEAT_KEY } from '../../jobs/heartbeat.repository.js';

/** Resolves when the database answers, rejects when it does not. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}

/** Names of the migrations the database has applied (Kysely's own table). */
export async function appliedMigrations(db: Db): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  return rows.map((r) => r.name);
}

export async function lastWorkerHeartbeat(db: Db): Promise<Date | null> {
  const row = await db.selectFrom('app_meta').select('value').where('key', '=', HEARTBEAT_KEY).executeTakeFirst();
  return typeof row?.value === 'string' ? new Date(row.value) : null;
}

export interface QueueDepth {
  task: string;
  /** Due and not taken by a worker yet. */
  waiting: number;
  /** Taken by a worker right now. */
  running: number;
  /** Given up after their last attempt. */
  failed: number;
}

export async function queueDepth(db: Db): Promise<QueueDepth[]> {
  const { rows } = await sql<QueueDepth>`
    select task_identifier as task,
           count(*) filter (where locked_at is null and run_at <= now() and attempts < max_attempts)::int as waiting,
           count(*) filter (where locked_at is not null)::int as running,
           count(*) filter (where attempts >= max_attempts)::int as failed
      from graphile_worker.jobs
     group by task_identifier`.execute(db);
  return rows;
}
