// The health check's one query: whether the database answers at all.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/** Resolves when the database answers, rejects when it does not. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
