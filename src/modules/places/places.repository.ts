// All SQL of editing a Vorhaben's places: the places below the partners it concerns, and its own places
// on the map with their bounding boxes. Every write also moves the Vorhaben's change time, so that the
// search index and API syncs (`changed_since`) see it.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { boxOf, type PlaceGeometry } from '../../lib/geometry.js';

export interface NewPlace {
  label: string | null;
  geometry: PlaceGeometry;
}

const municipalitySlugs = sql<
  string[]
>`array(select m.slug from project_municipalities pm join municipalities m on m.id = pm.municipality_id
        where pm.project_id = projects.id order by pm.position)`;

export async function findProject(db: Db, slug: string) {
  return db
    .selectFrom('projects')
    .where('slug', '=', slug)
    .select(['id', 'slug', 'title', 'location_lat', 'location_lng', municipalitySlugs.as('municipalities')])
    .executeTakeFirst();
}

/** The project's row locked for the edit; its id, slug and municipalities' slugs. */
export async function lockProject(trx: Db, slug: string) {
  return trx
    .selectFrom('projects')
    .where('slug', '=', slug)
    .select(['id', 'slug', 'title', municipalitySlugs.as('municipalities')])
    .forUpdate()
    .executeTakeFirst();
}

export async function touchProject(trx: Db, projectId: number): Promise<void> {
  await trx
    .updateTable('projects')
    .set({ updated_at: sql`now()` })
    .where('id', '=', projectId)
    .execute();
}

export async function localityIds(db: Db, slugs: string[]): Promise<Map<string, number>> {
  if (slugs.length === 0) return new Map();
  const rows = await db.selectFrom('localities').select(['id', 'slug']).where('slug', 'in', slugs).execute();
  return new Map(rows.map((r) => [r.slug, r.id]));
}

export async function linkedLocalities(db: Db, projectId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('project_localities as plo')
    .innerJoin('localities as l', 'l.id', 'plo.locality_id')
    .where('plo.project_id', '=', projectId)
    .select('l.slug')
    .orderBy('l.slug')
    .execute();
  return rows.map((r) => r.slug);
}

export async function replaceLocalities(trx: Db, projectId: number, ids: number[]): Promise<void> {
  await trx.deleteFrom('project_localities').where('project_id', '=', projectId).execute();
  if (ids.length)
    await trx
      .insertInto('project_localities')
      .values(ids.map((id) => ({ project_id: projectId, locality_id: id })))
      .execute();
}

export async function placesOf(db: Db, projectId: number) {
  return db
    .selectFrom('project_places')
    .where('project_id', '=', projectId)
    .select(['id', 'label', 'geometry'])
    .orderBy('position')
    .orderBy('id')
    .execute();
}

const row = (projectId: number, position: number, p: NewPlace) => {
  const box = boxOf(p.geometry);
  return {
    project_id: projectId,
    position,
    label: p.label,
    geometry: JSON.stringify(p.geometry),
    min_lng: box.minLng,
    min_lat: box.minLat,
    max_lng: box.maxLng,
    max_lat: box.maxLat,
  };
};

/** Appends places after the existing ones. */
export async function appendPlaces(trx: Db, projectId: number, places: NewPlace[]): Promise<void> {
  if (places.length === 0) return;
  const last = await trx
    .selectFrom('project_places')
    .where('project_id', '=', projectId)
    .select((eb) => eb.fn.max('position').as('max'))
    .executeTakeFirst();
  const start = (last?.max ?? -1) + 1;
  await trx
    .insertInto('project_places')
    .values(places.map((p, i) => row(projectId, start + i, p)))
    .execute();
}

export async function updatePlace(trx: Db, projectId: number, placeId: number, p: NewPlace): Promise<boolean> {
  const { project_id: _p, position: _pos, ...values } = row(projectId, 0, p);
  const result = await trx
    .updateTable('project_places')
    .set(values)
    .where('id', '=', placeId)
    .where('project_id', '=', projectId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deletePlaces(trx: Db, projectId: number, placeId?: number): Promise<void> {
  let q = trx.deleteFrom('project_places').where('project_id', '=', projectId);
  if (placeId !== undefined) q = q.where('id', '=', placeId);
  await q.execute();
}

/**
 * The point typed in the edit form or a spreadsheet's "Ort" column (before places existed, the one
 * place a Vorhaben had) becomes a place of its own the first time someone edits the places, so that
 * it can be changed or removed here like any other.
 */
export async function adoptLegacyPoint(trx: Db, projectId: number): Promise<void> {
  const p = await trx
    .selectFrom('projects')
    .where('id', '=', projectId)
    .select(['location_lat', 'location_lng', 'location_address'])
    .executeTakeFirstOrThrow();
  if (p.location_lat === null || p.location_lng === null) return;
  await trx
    .updateTable('project_places')
    .set({ position: sql`position + 1` })
    .where('project_id', '=', projectId)
    .execute();
  await trx
    .insertInto('project_places')
    .values(row(projectId, 0, { label: p.location_address, geometry: { type: 'Point', coordinates: [p.location_lng, p.location_lat] } }))
    .execute();
  await trx.updateTable('projects').set({ location_lat: null, location_lng: null }).where('id', '=', projectId).execute();
}
