// The register as GeoJSON (RFC 7946): one feature per Vorhaben with a place, its places as the feature's
// geometry (a GeometryCollection when there are several), and what a map needs to name and link it.
import { type Locale, pick } from '../../lib/localized.js';
import type { ProjectStatus } from './parsers/status.js';
import type { MapRow } from './project-map.repository.js';
import { projectUrl } from './projects.presenter.js';
import type { ApiFeatureCollection } from './projects.schemas.js';

export function presentFeatureCollection(rows: MapRow[], baseUrl: string, locale: Locale): ApiFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: rows.map((r) => ({
      type: 'Feature',
      id: r.slug,
      geometry: r.places.length === 1 ? r.places[0]!.geometry : { type: 'GeometryCollection', geometries: r.places.map((p) => p.geometry) },
      properties: {
        slug: r.slug,
        title: pick(r.title, locale)?.text ?? r.title.de,
        url: projectUrl(baseUrl, locale, r.slug),
        status: r.status as ProjectStatus,
        places: r.places.map((p) => ({ label: p.label })),
      },
    })),
  };
}
