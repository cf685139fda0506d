// SQL for residents' sign-in records (links and sessions) that the daily purge removes.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/** Sign-in links that were used or have expired; a link holds whatever address someone typed in. */
export async function deleteSpentLinks(db: Db): Promise<number> {
  const result = await db
    .deleteFrom('resident_links')
    .where((eb) => eb.or([eb('used_at', 'is not', null), eb('expires_at', '<', sql<Date>`now()`)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteEndedSessions(db: Db): Promise<number> {
  const result = await db.deleteFrom('resident_sessions').where('expires_at', '<', sql<Date>`now()`).executeTakeFirst();
  return Number(result.numDeletedRows);
}
