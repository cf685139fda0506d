// Editing a Vorhaben's places in the back office: which places below the partners it concerns, and its
// own points, lines and areas (typed as coordinates, drawn on the map, or read from GeoJSON). Places are
// shown as soon as they are saved (they are not part of a Vorhaben's versions); each change is audited
// and announced like any change of public data. Who may edit the Vorhaben may edit its places.
import type { Db } from '../../db/database.js';
import { notifyChange } from '../../db/change-notifier.js';
import { forbidden, notFound } from '../../lib/errors.js';
import type { PlaceGeometry } from '../../lib/geometry.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../audit/index.js';
import { allMunicipalities } from '../municipalities/index.js';
import { type LocalityOption, localityOptions, mayOnProject } from '../projects/index.js';
import * as repo from './places.repository.js';

export interface PlacesOfProject {
  id: number;
  slug: string;
  title: string;
  municipalities: string[];
  localities: string[];
  places: { id: number; label: string | null; geometry: PlaceGeometry }[];
  /** A point from the edit form or a spreadsheet, taken over as a place with the next change here. */
  legacyPoint: { lat: number; lng: number } | null;
  mayEdit: boolean;
}

export async function placesOfProject(db: Db, actor: Actor, slug: string): Promise<PlacesOfProject> {
  const project = await repo.findProject(db, slug);
  if (!project) throw notFound('project');
  if (!mayOnProject(actor, 'view', project.municipalities)) throw forbidden();
  const [localities, places] = await Promise.all([repo.linkedLocalities(db, project.id), repo.placesOf(db, project.id)]);
  return {
    id: project.id,
    slug: project.slug,
    title: project.title.de,
    municipalities: project.municipalities,
    localities,
    places,
    legacyPoint:
      project.location_lat !== null && project.location_lng !== null ? { lat: project.location_lat, lng: project.location_lng } : null,
    mayEdit: mayOnProject(actor, 'edit', project.municipalities),
  };
}

export interface LocalityChoice {
  name: string;
  places: LocalityOption[];
}

/** The places offered for the Vorhaben, per partner: those of its municipalities (all when it has none), and those it has. */
export async function localityChoices(db: Db, view: PlacesOfProject): Promise<LocalityChoice[]> {
  const [municipalities, places] = await Promise.all([allMunicipalities(db), localityOptions(db)]);
  const offered = (p: LocalityOption) =>
    view.municipalities.length === 0 || view.municipalities.includes(p.municipality) || view.localities.includes(p.slug);
  return municipalities
    .map((m) => ({ name: m.name, places: places.filter((p) => p.municipality === m.slug && offered(p)) }))
    .filter((g) => g.places.length > 0);
}

/** Runs `change` on the locked Vorhaben if the actor may edit it; audits and announces it. */
async function editPlaces<T>(
  db: Db,
  actor: Actor,
  slug: string,
  action: string,
  change: (trx: Db, projectId: number) => Promise<{ before: unknown; after: unknown; result: T }>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const p = await repo.lockProject(trx, slug);
    if (!p) throw notFound('project');
    if (!mayOnProject(actor, 'edit', p.municipalities)) throw forbidden();
    await repo.adoptLegacyPoint(trx, p.id);
    const { before, after, result } = await change(trx, p.id);
    await repo.touchProject(trx, p.id);
    await recordAudit(trx, actor, { action, entityType: 'project', entityId: p.id, summary: p.title.de, before, after });
    await notifyChange(trx);
    return result;
  });
}

/** Replaces the places below the partners; unknown slugs are left out (the form offers only known ones). */
export async function saveLocalities(db: Db, actor: Actor, slug: string, slugs: string[]): Promise<void> {
  await editPlaces(db, actor, slug, 'project.localities', async (trx, projectId) => {
    const before = await repo.linkedLocalities(trx, projectId);
    const ids = await repo.localityIds(trx, [...new Set(slugs)]);
    await repo.replaceLocalities(trx, projectId, [...ids.values()]);
    return { before, after: [...ids.keys()].sort(), result: undefined };
  });
}

export async function addPlaces(
  db: Db,
  actor: Actor,
  slug: string,
  places: repo.NewPlace[],
  { replace }: { replace: boolean },
): Promise<void> {
  await editPlaces(db, actor, slug, replace ? 'project.places.replace' : 'project.places.add', async (trx, projectId) => {
    const before = replace ? await repo.placesOf(trx, projectId) : null;
    if (replace) await repo.deletePlaces(trx, projectId);
    await repo.appendPlaces(trx, projectId, places);
    return { before, after: places, result: undefined };
  });
}

export async function changePlace(db: Db, actor: Actor, slug: string, placeId: number, place: repo.NewPlace): Promise<void> {
  await editPlaces(db, actor, slug, 'project.places.change', async (trx, projectId) => {
    const before = (await repo.placesOf(trx, projectId)).find((p) => p.id === placeId);
    if (!before || !(await repo.updatePlace(trx, projectId, placeId, place))) throw notFound('place');
    return { before, after: place, result: undefined };
  });
}

export async function removePlace(db: Db, actor: Actor, slug: string, placeId: number): Promise<void> {
  await editPlaces(db, actor, slug, 'project.places.remove', async (trx, projectId) => {
    const before = (await repo.placesOf(trx, projectId)).find((p) => p.id === placeId);
    if (!before) throw notFound('place');
    await repo.deletePlaces(trx, projectId, placeId);
    return { before, after: null, result: undefined };
  });
}
