// The process that runs a sync holds it by a token: it renews the run's heartbeat on a timer and writes
// only while the token is still the run's. Another process takes over a run only when its heartbeat is
// older than the limit, and writes its own token, so the first one (if it still lives) stops writing.
// Frozen in time: written against Kysely<any>, never importing application code.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('council_sync_runs').addColumn('owner', 'uuid').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('council_sync_runs').dropColumn('owner').execute();
}
