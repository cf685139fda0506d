// SQL for translation coverage: published Vorhaben whose title or description lacks Danish or English.
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db } from '../../db/database.js';
import { lacksTranslation } from '../../db/lacks-translation.js';

export async function publishedProjectsLackingTranslation(db: Db) {
  return db
    .selectFrom('projects as p')
    .where('p.publication_state', '=', 'published')
    .where(lacksTranslation('p'))
    .select(['p.slug', 'p.title', 'p.description'])
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('project_municipalities as pm')
          .innerJoin('municipalities as m', 'm.id', 'pm.municipality_id')
          .whereRef('pm.project_id', '=', 'p.id')
          .select('m.slug'),
      ).as('municipalities'),
    ])
    .orderBy('p.updated_at', 'desc')
    .limit(2000)
    .execute();
}
