// SQL for municipalities (Verbundkommunen) with their aliases and council bodies.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { MunicipalityRow } from '../../db/schema.js';

export async function listMunicipalities(db: Db): Promise<MunicipalityRow[]> {
  return db.selectFrom('municipalities').selectAll().orderBy('kind').orderBy('name').execute();
}

export async function projectCounts(db: Db): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('project_municipalities as pm')
    .innerJoin('projects as p', 'p.id', 'pm.project_id')
    .where('p.publication_state', '=', 'published')
    .groupBy('pm.municipality_id')
    .select(['pm.municipality_id', sql<string>`count(*)`.as('n')])
    .execute();
  return new Map(rows.map((r) => [r.municipality_id, Number(r.n)]));
}

export async function findMunicipality(db: Db, slug: string): Promise<MunicipalityRow | undefined> {
  return db.selectFrom('municipalities').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** Locks the row for the transaction: two people saving settings at once must not mix their rows. */
export async function lockMunicipality(db: Db, slug: string): Promise<MunicipalityRow | undefined> {
  return db.selectFrom('municipalities').selectAll().where('slug', '=', slug).forUpdate().executeTakeFirst();
}

export async function updateSettings(
  db: Db,
  id: number,
  settings: { bodies: { prefix: string; name: string }[]; quorum: number | null },
): Promise<void> {
  await db
    .updateTable('municipalities')
    .set({ decision_bodies: JSON.stringify(settings.bodies), participation_quorum: settings.quorum })
    .where('id', '=', id)
    .execute();
}
