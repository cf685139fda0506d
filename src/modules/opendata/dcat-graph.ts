// The DCAT-AP.de 3.0 catalogue as RDF triples: the catalogue, its datasets with their distributions, the
// API as a data service, publisher, contact point, licence, coverage and dates. Pure: the service reads
// the data, the serialisers write the triples as Turtle, JSON-LD or RDF/XML.
import n3 from 'n3';
import type { DataLicense } from '../../lib/data-licenses.js';
import type { LocalizedText } from '../../lib/localized.js';
import type { DatasetDates, OpenDataset } from './dataset.types.js';
import { eu, geocodingLevelDistrict, ianaMediaType, ns } from './vocabularies.js';

const { namedNode, literal, quad, blankNode } = n3.DataFactory;
type Term = n3.NamedNode | n3.BlankNode | n3.Literal;

export interface CatalogueInput {
  baseUrl: string;
  title: LocalizedText;
  description: LocalizedText;
  license: DataLicense;
  publisher: { name: string; website: string | null };
  /** Political geocoding of the region's municipalities: name and URI. */
  areas: { name: string; uri: string }[];
  datasets: { dataset: OpenDataset; dates: DatasetDates }[];
}

/** The addresses of the catalogue's resources: hash IRIs on the catalogue's own address, so they resolve. */
export const catalogueIri = (baseUrl: string, fragment: string) => `${baseUrl}/api/v1/dcat#${fragment}`;

export function catalogueQuads(input: CatalogueInput): n3.Quad[] {
  const out: n3.Quad[] = [];
  const iri = (fragment: string) => namedNode(catalogueIri(input.baseUrl, fragment));
  const p = (prefix: keyof typeof ns, local: string) => namedNode(ns[prefix] + local);
  const add = (s: n3.NamedNode | n3.BlankNode, pred: n3.NamedNode, o: Term) => out.push(quad(s, pred, o));
  const type = (s: n3.NamedNode | n3.BlankNode, prefix: keyof typeof ns, cls: string) => add(s, p('rdf', 'type'), p(prefix, cls));
  const texts = (s: n3.NamedNode | n3.BlankNode, pred: n3.NamedNode, text: LocalizedText) => {
    for (const [lang, value] of Object.entries(text) as [string, string | null | undefined][])
      if (value) add(s, pred, literal(value, lang));
  };
  const dateTime = (d: Date) => literal(d.toISOString().replace(/\.\d{3}Z$/, 'Z'), p('xsd', 'dateTime'));
  const date = (d: string) => literal(d, p('xsd', 'date'));
  const url = (path: string) => `${input.baseUrl}${path.replace('{lang}', 'de')}`;

  const catalog = iri('catalog');
  const publisher = iri('publisher');
  const license = namedNode(input.license.uri);
  const attribution = input.license.attribution ? `${input.publisher.name} (${input.baseUrl})` : null;

  type(publisher, 'foaf', 'Organization');
  type(publisher, 'foaf', 'Agent');
  add(publisher, p('foaf', 'name'), literal(input.publisher.name));
  if (input.publisher.website) add(publisher, p('foaf', 'homepage'), namedNode(input.publisher.website));

  type(license, 'dct', 'LicenseDocument');
  for (const area of input.areas) {
    type(namedNode(area.uri), 'dct', 'Location');
    add(namedNode(area.uri), p('skos', 'prefLabel'), literal(area.name, 'de'));
  }
  const languages = (['DEU', 'DAN', 'ENG'] as const).map((code) => namedNode(eu.language(code)));

  type(catalog, 'dcat', 'Catalog');
  texts(catalog, p('dct', 'title'), input.title);
  texts(catalog, p('dct', 'description'), input.description);
  add(catalog, p('dct', 'publisher'), publisher);
  add(catalog, p('foaf', 'homepage'), namedNode(url('/de/offene-daten')));
  add(catalog, p('dct', 'license'), license);
  add(catalog, p('dcat', 'themeTaxonomy'), namedNode(eu.themes));
  for (const language of languages) add(catalog, p('dct', 'language'), language);
  for (const area of input.areas) add(catalog, p('dct', 'spatial'), namedNode(area.uri));
  const modified = input.datasets.map((d) => d.dates.modified).filter((d): d is Date => d !== null);
  if (modified.length) add(catalog, p('dct', 'modified'), dateTime(new Date(Math.max(...modified.map((d) => d.getTime())))));

  const contact = iri('contact');
  type(contact, 'vcard', 'Organization');
  // The shapes check the class without inference: Organization is a subclass of Kind, said explicitly.
  type(contact, 'vcard', 'Kind');
  add(contact, p('vcard', 'fn'), literal(input.publisher.name));
  add(contact, p('vcard', 'hasURL'), namedNode(url('/de/offene-daten')));

  const servedDatasets: n3.NamedNode[] = [];
  for (const { dataset, dates } of input.datasets) {
    const ds = iri(dataset.key);
    servedDatasets.push(ds);
    add(catalog, p('dcat', 'dataset'), ds);
    type(ds, 'dcat', 'Dataset');
    texts(ds, p('dct', 'title'), dataset.title);
    texts(ds, p('dct', 'description'), dataset.description);
    add(ds, p('dct', 'identifier'), literal(catalogueIri(input.baseUrl, dataset.key)));
    for (const [lang, words] of Object.entries(dataset.keywords))
      for (const word of words) add(ds, p('dcat', 'keyword'), literal(word, lang));
    for (const theme of dataset.themes) add(ds, p('dcat', 'theme'), namedNode(eu.theme(theme)));
    add(ds, p('dct', 'publisher'), publisher);
    add(ds, p('dcat', 'contactPoint'), contact);
    add(ds, p('dcat', 'landingPage'), namedNode(url(`/de${dataset.page}`)));
    add(ds, p('dct', 'accessRights'), namedNode(eu.publicAccess));
    add(ds, p('dct', 'accrualPeriodicity'), namedNode(eu.frequency(dataset.frequency)));
    add(ds, p('dcatap', 'availability'), namedNode(eu.availability));
    for (const language of languages) add(ds, p('dct', 'language'), language);
    for (const area of input.areas) {
      add(ds, p('dct', 'spatial'), namedNode(area.uri));
      add(ds, p('dcatde', 'politicalGeocodingURI'), namedNode(area.uri));
    }
    if (input.areas.length) add(ds, p('dcatde', 'politicalGeocodingLevelURI'), namedNode(geocodingLevelDistrict));
    if (dates.modified) add(ds, p('dct', 'modified'), dateTime(dates.modified));
    if (dates.issued) add(ds, p('dct', 'issued'), date(dates.issued));
    if (dates.coverage.start || dates.coverage.end) {
      const period = blankNode(`period-${dataset.key}`);
      add(ds, p('dct', 'temporal'), period);
      type(period, 'dct', 'PeriodOfTime');
      if (dates.coverage.start) add(period, p('dcat', 'startDate'), date(dates.coverage.start));
      if (dates.coverage.end) add(period, p('dcat', 'endDate'), date(dates.coverage.end));
    }
    for (const distribution of dataset.distributions) {
      const dist = iri(`${dataset.key}-${distribution.key}`);
      add(ds, p('dcat', 'distribution'), dist);
      type(dist, 'dcat', 'Distribution');
      texts(dist, p('dct', 'title'), distribution.title);
      add(dist, p('dcat', 'accessURL'), namedNode(url(distribution.path)));
      add(dist, p('dcat', 'downloadURL'), namedNode(url(distribution.path)));
      add(dist, p('dct', 'format'), namedNode(eu.fileType(distribution.fileType)));
      add(dist, p('dcat', 'mediaType'), namedNode(ianaMediaType(distribution.mediaType)));
      add(dist, p('dct', 'license'), license);
      if (attribution) add(dist, p('dcatde', 'licenseAttributionByText'), literal(attribution));
      add(dist, p('dcatap', 'availability'), namedNode(eu.availability));
      if (dates.modified) add(dist, p('dct', 'modified'), dateTime(dates.modified));
    }
  }

  const api = iri('api');
  add(catalog, p('dcat', 'service'), api);
  type(api, 'dcat', 'DataService');
  texts(api, p('dct', 'title'), { de: 'Lotse-API v1', da: 'Lotse-API v1', en: 'Lotse API v1' });
  add(api, p('dcat', 'endpointURL'), namedNode(url('/api/v1')));
  add(api, p('dcat', 'endpointDescription'), namedNode(url('/api/v1/openapi.json')));
  add(api, p('dct', 'publisher'), publisher);
  add(api, p('dct', 'license'), license);
  add(api, p('dct', 'accessRights'), namedNode(eu.publicAccess));
  for (const ds of servedDatasets) add(api, p('dcat', 'servesDataset'), ds);
  return out;
}
