// The licences an installation may put its open data under: those of the DCAT-AP.de licence vocabulary
// (http://dcat-ap.de/def/licenses/) that allow reuse for any purpose. The key is the vocabulary's own path,
// so that the setting reads as the portals write it; names as the licensors publish them.
import type { LocalizedText } from './localized.js';

export interface DataLicense {
  /** DCAT-AP.de licence URI: what catalogues and harvesters compare. */
  uri: string;
  /** SPDX identifier where one exists (OpenAPI's `license.identifier`). */
  spdx: string | null;
  name: LocalizedText;
  /** The licence text for people. */
  textUrl: string;
  /** Whether reusers must name the source. */
  attribution: boolean;
}

const dcat = (key: string) => `http://dcat-ap.de/def/licenses/${key}`;

export const DATA_LICENSES = {
  'dl-by-de/2.0': {
    uri: dcat('dl-by-de/2.0'),
    spdx: 'DL-DE-BY-2.0',
    name: {
      de: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
      da: 'Data licence Germany – attribution – version 2.0',
      en: 'Data licence Germany – attribution – version 2.0',
    },
    textUrl: 'https://www.govdata.de/dl-de/by-2-0',
    attribution: true,
  },
  'dl-zero-de/2.0': {
    uri: dcat('dl-zero-de/2.0'),
    spdx: 'DL-DE-ZERO-2.0',
    name: {
      de: 'Datenlizenz Deutschland – Zero – Version 2.0',
      da: 'Data licence Germany – Zero – version 2.0',
      en: 'Data licence Germany – Zero – version 2.0',
    },
    textUrl: 'https://www.govdata.de/dl-de/zero-2-0',
    attribution: false,
  },
  'cc-by/4.0': {
    uri: dcat('cc-by/4.0'),
    spdx: 'CC-BY-4.0',
    name: {
      de: 'Creative Commons Namensnennung – 4.0 International (CC BY 4.0)',
      da: 'Creative Commons Navngivelse 4.0 International (CC BY 4.0)',
      en: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
    },
    textUrl: 'https://creativecommons.org/licenses/by/4.0/',
    attribution: true,
  },
  'cc-by-sa/4.0': {
    uri: dcat('cc-by-sa/4.0'),
    spdx: 'CC-BY-SA-4.0',
    name: {
      de: 'Creative Commons Namensnennung – Weitergabe unter gleichen Bedingungen 4.0 International (CC BY-SA 4.0)',
      da: 'Creative Commons Navngivelse-DelPåSammeVilkår 4.0 International (CC BY-SA 4.0)',
      en: 'Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)',
    },
    textUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
    attribution: true,
  },
  'cc-zero': {
    uri: dcat('cc-zero'),
    spdx: 'CC0-1.0',
    name: {
      de: 'Creative Commons CC Zero 1.0 Universell (CC0 1.0)',
      da: 'Creative Commons CC0 1.0 Universal (CC0 1.0)',
      en: 'Creative Commons CC0 1.0 Universal (CC0 1.0)',
    },
    textUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
    attribution: false,
  },
} as const satisfies Record<string, DataLicense>;

export type DataLicenseKey = keyof typeof DATA_LICENSES;
export const DATA_LICENSE_KEYS = Object.keys(DATA_LICENSES) as [DataLicenseKey, ...DataLicenseKey[]];
export const DEFAULT_DATA_LICENSE: DataLicenseKey = 'dl-by-de/2.0';
