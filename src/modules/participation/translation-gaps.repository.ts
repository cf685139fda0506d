// SQL for translation coverage: published participation processes (of published Vorhaben) whose title
// or description lacks Danish or English.
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db } from '../../db/database.js';
import { lacksTranslation } from '../../db/lacks-translation.js';

export async function publishedProcessesLackingTranslation(db: Db) {
  return db
    .selectFrom('participation_processes as pp')
    .innerJoin('projects as p', 'p.id', 'pp.project_id')
    .where('pp.state', '=', 'published')
    .where('p.publication_state', '=', 'published')
    .where(lacksTranslation('pp'))
    .select(['pp.slug', 'pp.title', 'pp.description'])
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('project_municipalities as pm')
          .innerJoin('municipalities as m', 'm.id', 'pm.municipality_id')
          .whereRef('pm.project_id', '=', 'pp.project_id')
          .select('m.slug'),
      ).as('municipalities'),
    ])
    .orderBy('pp.updated_at', 'desc')
    .limit(2000)
    .execute();
}
