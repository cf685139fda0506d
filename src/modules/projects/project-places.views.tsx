// A Vorhaben's places on its page: the map (progressive enhancement) and, as its text alternative and
// for everyone, the places below the partners it concerns (each a link to the register filtered by it)
// and every place with its kind and coordinates.
import type { PlaceGeometry } from '../../lib/geometry.js';
import { MapFrame } from '../../views/map.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import type { Project } from './project.types.js';

/** One feature per place, titled with its label (or the Vorhaben's title), as map.js draws them. */
function featuresOf(p: Project, title: string) {
  return {
    type: 'FeatureCollection',
    features: p.places.map((place) => ({
      type: 'Feature',
      geometry: place.geometry,
      properties: { title: place.label ?? title },
    })),
  };
}

function describe(ctx: PageContext, g: PlaceGeometry): string {
  if (g.type === 'Point') return ctx.t('project.location.coordinates', { lat: String(g.coordinates[1]), lng: String(g.coordinates[0]) });
  if (g.type === 'LineString') return ctx.t('place.describe.line', { count: g.coordinates.length });
  return ctx.t('place.describe.area', { count: (g.coordinates[0]?.length ?? 1) - 1 });
}

export function ProjectPlaces({ ctx, project: p }: { ctx: PageContext; project: Project }) {
  const { t, locale } = ctx;
  const title = p.title[locale] ?? p.title.de;
  return (
    <>
      {p.location?.address && (
        <p class="kern-body" lang="de">
          {p.location.address}
        </p>
      )}
      {p.localities.length > 0 && (
        <p class="kern-body">
          {t('place.localities')}:{' '}
          {p.localities.map((l, i) => (
            <>
              {i > 0 && ', '}
              <a class="kern-link" href={localePath(locale, `/vorhaben?place=${encodeURIComponent(l.slug)}`)}>
                {l.name}
              </a>
            </>
          ))}
        </p>
      )}
      {p.places.length > 0 && (
        <>
          <MapFrame ctx={ctx} label={t('project.location.mapLabel')} features={featuresOf(p, title)}>
            {t('place.mapAlternative')}
          </MapFrame>
          <ul class="kern-list">
            {p.places.map((place) => (
              <li>
                {place.label && (
                  <>
                    <span lang="de">{place.label}</span>:{' '}
                  </>
                )}
                {describe(ctx, place.geometry)}
                {place.geometry.type === 'Point' && (
                  <>
                    {' '}
                    <a
                      class="kern-link"
                      href={`https://www.openstreetmap.org/?mlat=${place.geometry.coordinates[1]}&mlon=${place.geometry.coordinates[0]}#map=15/${place.geometry.coordinates[1]}/${place.geometry.coordinates[0]}`}
                    >
                      {t('project.location.osm')}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
