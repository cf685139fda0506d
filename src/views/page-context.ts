// What every view needs to know about the request: the language, the translator, and how to build
// links to the same page in another language.
import type { Translate } from '../i18n/index.js';
import type { DataLicense } from '../lib/data-licenses.js';
import type { Locale } from '../lib/localized.js';
import type { MapSettings } from '../lib/map-settings.js';

export interface PageContext {
  locale: Locale;
  t: Translate;
  /** The path after the language prefix, with query, e.g. "/vorhaben?q=Sensor". */
  pathInLocale: string;
  baseUrl: string;
  /** The licence of the installation's open data, for the footer and the open-data page. */
  dataLicense: DataLicense;
  /** Where map tiles come from and whether loading them needs the visitor's consent. */
  map: MapSettings;
}

export function localePath(locale: Locale, path: string): string {
  return `/${locale}${path === '/' ? '/' : path}`;
}
