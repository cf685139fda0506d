// What an import matches its rows against, read once per run: small, so that a register of 100,000
// Vorhaben is not read whole to find the few a file updates.
import { sql } from 'kysely';
import type { Db } from '../../../db/database.js';

/** What an import matches its rows against: every Vorhaben's address, German title and municipalities, nothing more. */
export async function projectMatchRows(db: Db): Promise<{ id: number; slug: string; title: string; municipalities: string[] }[]> {
  return db
    .selectFrom('projects')
    .select([
      'projects.id',
      'projects.slug',
      sql<string>`projects.title->>'de'`.as('title'),
      sql<string[]>`array(select m.slug from project_municipalities pm join municipalities m on m.id = pm.municipality_id
        where pm.project_id = projects.id)`.as('municipalities'),
    ])
    .execute();
}
