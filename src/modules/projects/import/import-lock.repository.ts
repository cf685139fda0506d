// SQL of the import itself; the Vorhaben it reads and writes go through projects.repository.ts.
import { sql } from 'kysely';
import type { Db } from '../../../db/database.js';

/** Holds the import's lock until the transaction ends: the next import waits for it. */
export async function lockImport(db: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('lotse.import.vorhabenliste'))`.execute(db);
}
