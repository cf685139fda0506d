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

