// Readiness: may a load balancer send this process requests? Only when the database answers, its schema
// is the one this code expects, and some process works through the job queue (mail would pile up
// unseen otherwise).
import type { Db } from '../../db/database.js';
import { migrations } from '../../db/migrations/index.js';
import { HEARTBEAT_INTERVAL_MS } from '../../jobs/heartbeat.repository.js';
import { appliedMigrations, lastWorkerHeartbeat, pingDatabase } from './health.repository.js';

export interface Readiness {
  ready: boolean;
  database: 'ok' | 'unreachable';
  migrations: 'ok' | 'pending' | 'unknown';
  /** Names of migrations this code has and the database has not run. */
  pendingMigrations?: string[];
  worker: 'ok' | 'stale' | 'unknown';
}

export async function readiness(db: Db, now = new Date()): Promise<Readiness> {
  try {
    await pingDatabase(db);
  } catch {
    return { ready: false, database: 'unreachable', migrations: 'unknown', worker: 'unknown' };
  }
  const applied = new Set(await appliedMigrations(db));
  const pending = Object.keys(migrations).filter((name) => !applied.has(name));
  const beat = await lastWorkerHeartbeat(db);
  const workerOk = !!beat && now.getTime() - beat.getTime() < 3 * HEARTBEAT_INTERVAL_MS;
  return {
    ready: !pending.length && workerOk,
    database: 'ok',
    migrations: pending.length ? 'pending' : 'ok',
    ...(pending.length ? { pendingMigrations: pending } : {}),
    worker: workerOk ? 'ok' : 'stale',
  };
}
