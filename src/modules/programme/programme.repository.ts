// SQL for the funding programme and the organisations that run it.
import type { Db } from '../../db/database.js';

export async function findProgramme(db: Db) {
  return db
    .selectFrom('programmes as p')
    .leftJoin('organisations as o', 'o.id', 'p.agency_id')
    .selectAll('p')
    .select('o.name as agency_name')
    .orderBy('p.id')
    .executeTakeFirst();
}
