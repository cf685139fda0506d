// The worker's sign of life: a process that runs the job worker writes the time every half minute, so
// /readyz of any process (also those started with LOTSE_WORKER=false) can tell whether jobs are worked on.
import type { Db } from '../db/database.js';

export const HEARTBEAT_KEY = 'worker:heartbeat';
/** How often a running worker says it is alive; /readyz wants a sign within three of these. */
export const HEARTBEAT_INTERVAL_MS = 30_000;

export async function writeHeartbeat(db: Db): Promise<void> {
  await db
    .insertInto('app_meta')
    .values({ key: HEARTBEAT_KEY, value: JSON.stringify(new Date().toISOString()) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: (eb) => eb.ref('excluded.value') }))
    .execute();
}
