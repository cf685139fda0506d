// SQL for translation coverage: published events whose title or description lacks Danish or English.
import type { Db } from '../../db/database.js';
import { lacksTranslation } from '../../db/lacks-translation.js';

export async function publishedEventsLackingTranslation(db: Db) {
  return db
    .selectFrom('events as e')
    .leftJoin('municipalities as om', 'om.id', 'e.organiser_municipality_id')
    .where('e.state', '=', 'published')
    .where(lacksTranslation('e'))
    .select(['e.slug', 'e.title', 'e.description', 'om.slug as organiser'])
    .orderBy('e.starts_at', 'desc')
    .limit(2000)
    .execute();
}
