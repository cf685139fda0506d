// SQL that removes advisory cases. Deleting a case deletes its sessions and its messages with their
// files (stored in the rows, `on delete cascade`), so nothing of it is left behind.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

export async function deleteCasesOfResident(db: Db, residentId: number): Promise<number[]> {
  const rows = await db.deleteFrom('advisory_cases').where('resident_id', '=', residentId).returning('id').execute();
  return rows.map((r) => r.id);
}

/**
 * Cases closed more than `closedMonths` ago, cases without any activity for `idleMonths`, and cases
 * whose team account is gone. The demo's example case holds no one's data and stays.
 */
export async function deleteExpiredCases(db: Db, closedMonths: number, idleMonths: number): Promise<number[]> {
  const rows = await db
    .deleteFrom('advisory_cases')
    .where('example', '=', false)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'closed'), eb(sql`coalesce(closed_at, updated_at)`, '<', sql<Date>`now() - make_interval(months => ${closedMonths})`)]),
        eb(sql`coalesce(closed_at, updated_at)`, '<', sql<Date>`now() - make_interval(months => ${idleMonths})`),
        eb('resident_id', 'is', null),
      ]),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
