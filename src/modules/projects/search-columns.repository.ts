// SQL of the Vorhaben's full-text columns that a large import leaves empty for a job to fill in
// (migration 2026-12-09-070: a trigger computes them unless the transaction defers them).
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/** From now until the end of this transaction, Vorhaben are written without their full-text columns. */
export async function deferSearchColumns(trx: Db): Promise<void> {
  await sql`select set_config('lotse.defer_project_search', 'on', true)`.execute(trx);
}

/** Computes the full-text columns of up to `limit` Vorhaben that lack them (the trigger does the work); how many. */
export async function fillSearchColumns(db: Db, limit: number): Promise<number> {
  const result = await sql`update projects set search_text = null
    where id in (select id from projects where search is null order by id limit ${limit})`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** How many Vorhaben still lack their full-text columns. */
export async function unfilledSearchColumns(db: Db): Promise<number> {
  const row = await sql<{ n: string }>`select count(*) as n from projects where search is null`.execute(db);
  return Number(row.rows[0]?.n ?? 0);
}
