// The background job queue: graphile-worker on our PostgreSQL. Jobs are added with SQL inside the
// transaction that causes them, so a mail goes out exactly when its change is committed, never for
// a change that was rolled back.
import { Logger, runMigrations } from 'graphile-worker';

export { enqueue, enqueueMany, type JobName } from './queue.repository.js';

/** Creates or updates graphile-worker's own schema (graphile_worker) in the database. */
export async function migrateJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: quietLogger });
}

/** graphile-worker's debug chatter stays out of our logs; warnings and errors come through. */
export const quietLogger = new Logger(() => (level, message) => {
  if (['error', 'warning'].includes(level)) console.error(`job queue ${level}: ${message}`);
});
