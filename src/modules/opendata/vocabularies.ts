// The namespaces of the catalogue and the controlled vocabularies DCAT-AP.de 3.0 asks for: EU authority
// tables (data themes, file types, languages, frequency, availability, access rights) and the political
// geocoding of dcat-ap.de, whose keys are the official Amtliche Regionalschlüssel (ARS).

export const ns = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatde: 'http://dcat-ap.de/def/dcatde/',
  dcatap: 'http://data.europa.eu/r5r/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
} as const;

const authority = 'http://publications.europa.eu/resource/authority/';
export const eu = {
  theme: (code: string) => `${authority}data-theme/${code}`,
  themes: `${authority}data-theme`,
  fileType: (code: string) => `${authority}file-type/${code}`,
  language: (code: 'DEU' | 'DAN' | 'ENG') => `${authority}language/${code}`,
  frequency: (code: string) => `${authority}frequency/${code}`,
  availability: `${authority}planned-availability/STABLE`,
  publicAccess: `${authority}access-right/PUBLIC`,
} as const;

export const ianaMediaType = (type: string) => `https://www.iana.org/assignments/media-types/${type}`;

/**
 * The three partners of the programme by their slug in Lotse: Kreisschlüssel (the first five digits of
 * the ARS; Flensburg is a kreisfreie Stadt, so it has one) in dcat-ap.de's district key list.
 */
export const politicalGeocoding: Record<string, { ars: string; uri: string }> = {
  flensburg: { ars: '01001', uri: 'http://dcat-ap.de/def/politicalGeocoding/districtKey/01001' },
  'schleswig-flensburg': { ars: '01059', uri: 'http://dcat-ap.de/def/politicalGeocoding/districtKey/01059' },
  nordfriesland: { ars: '01054', uri: 'http://dcat-ap.de/def/politicalGeocoding/districtKey/01054' },
};

export const geocodingLevelDistrict = 'http://dcat-ap.de/def/politicalGeocoding/Level/administrativeDistrict';
