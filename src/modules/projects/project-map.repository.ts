// What the register's map and the GeoJSON answer read: which published Vorhaben match (when the search
// index cannot say) and, for those, their places.
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db } from '../../db/database.js';
import type { PlaceGeometry } from '../../lib/geometry.js';
import type { LocalizedText } from '../../lib/localized.js';
import { withLegacyPoint } from './project.mapper.js';
import type { ProjectFilters, ProjectPlace } from './project.types.js';
import { filterConditions, queryStems } from './projects.repository.js';
import { anyId } from './projects.writes.repository.js';

/** Ids of the published Vorhaben matching the filters, by id. */
export async function matchingIds(db: Db, filters: ProjectFilters): Promise<number[]> {
  const stems = filters.q ? await queryStems(db, filters.q) : [];
  const rows = await db
    .selectFrom('projects')
    .where((eb) => filterConditions(eb, { ...filters, states: ['published'], stems }))
    .select('projects.id')
    .orderBy('projects.id')
    .execute();
  return rows.map((r) => r.id);
}

export interface MapRow {
  id: number;
  slug: string;
  title: LocalizedText;
  status: string;
  places: ProjectPlace[];
}

/** Those of the Vorhaben that have a place, by id, with their places. */
export async function placesOfProjects(db: Db, ids: number[]): Promise<MapRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('projects')
    .where('projects.id', '=', anyId(ids))
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('project_places as pl')
            .whereRef('pl.project_id', '=', 'projects.id')
            .select(sql`1`.as('one')),
        ),
        eb('projects.location_lat', 'is not', null),
      ]),
    )
    .select(['projects.id', 'projects.slug', 'projects.title', 'projects.status', 'location_lat', 'location_lng', 'location_address'])
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom('project_places as pl')
          .whereRef('pl.project_id', '=', 'projects.id')
          .select(['pl.id', 'pl.label', sql<PlaceGeometry>`pl.geometry`.as('geometry')])
          .orderBy('pl.position'),
      ).as('places'),
    )
    .orderBy('projects.id')
    .execute();
  return rows.map((r) => ({ id: r.id, slug: r.slug, title: r.title, status: r.status, places: withLegacyPoint(r, r.places) }));
}
