// A map placeholder that map.js turns into a Leaflet map: the shapes come inline (one Vorhaben) or from
// a GeoJSON address (the register's results, clustered). Where tiles come from a third party, the
// placeholder holds the click-to-load notice instead, and nothing is asked of that server until the
// visitor agrees. Without JavaScript the notice says where the same content is as text.
import type { ComponentChildren } from 'preact';
import { tileHost } from '../lib/map-settings.js';
import type { PageContext } from './page-context.js';

export const mapScripts = ['/assets/leaflet/leaflet.js', '/assets/markercluster/leaflet.markercluster.js', '/assets/map.js'];
export const mapStyles = [
  '/assets/leaflet/leaflet.css',
  '/assets/markercluster/MarkerCluster.css',
  '/assets/markercluster/MarkerCluster.Default.css',
];

export function MapFrame({
  ctx,
  label,
  features,
  source,
  children,
}: {
  ctx: PageContext;
  /** The map's accessible name. */
  label: string;
  /** A GeoJSON FeatureCollection shown as it is. */
  features?: unknown;
  /** Or where to fetch one (shown clustered). */
  source?: string;
  /** Where the same content is without the map (the list, the coordinates). */
  children: ComponentChildren;
}) {
  const { t, map } = ctx;
  return (
    <div
      class="lotse-map"
      data-label={label}
      data-features={features ? JSON.stringify(features) : undefined}
      data-source={source}
      data-tiles={map.tileUrl}
      data-attribution={map.attribution}
      data-consent={map.consentRequired ? 'required' : 'none'}
      data-popup-link={t('map.popup.link')}
    >
      <div class="lotse-map__notice">
        {map.consentRequired && (
          <>
            <p class="kern-body">{t('map.consent.text', { host: tileHost(map) })}</p>
            <p class="kern-body">
              <button type="button" class="kern-btn kern-btn--secondary lotse-map__load" hidden>
                <span class="kern-label">{t('map.consent.load')}</span>
              </button>
            </p>
          </>
        )}
        <div class="kern-body">{children}</div>
      </div>
    </div>
  );
}
