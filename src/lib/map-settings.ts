// Where map tiles come from (LOTSE_MAP_TILES, LOTSE_MAP_ATTRIBUTION, LOTSE_MAP_TILES_CONSENT), read in
// config.ts and handed to every page that shows a map.

export interface MapSettings {
  /** Leaflet's URL template ({z}/{x}/{y}). */
  tileUrl: string;
  /** Shown on the map (HTML, from the operator). */
  attribution: string;
  /**
   * true: a third-party server; nothing is requested from it before the visitor agrees (click-to-load),
   * and only then does the Content-Security-Policy allow it. false: the installation's own server.
   */
  consentRequired: boolean;
  /** The tile server's origin for the Content-Security-Policy ("'self'" for a path on this installation). */
  origin: string;
}

const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

/**
 * No setting: OpenStreetMap's servers, a third party, behind consent. A server the installation names is
 * its own (no consent) unless `consent` says otherwise.
 */
export function mapSettings(
  tiles: string | undefined,
  attribution: string | undefined,
  consent: 'true' | 'false' | undefined,
): MapSettings {
  const tileUrl = tiles ?? OSM_TILES;
  return {
    tileUrl,
    attribution: attribution ?? (tiles ? '' : OSM_ATTRIBUTION),
    consentRequired: consent ? consent === 'true' : !tiles,
    origin: tileUrl.startsWith('/') ? "'self'" : new URL(tileUrl.replace(/\{[a-z]\}/g, '0')).origin,
  };
}

/** The host named in the consent notice. */
export function tileHost(settings: MapSettings): string {
  return settings.origin === "'self'" ? '' : new URL(settings.origin).host;
}
