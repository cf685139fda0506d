// The catalogue of the installation's open data: reads the dates of every dataset, the publisher and
// the region's municipalities, and writes the DCAT-AP.de catalogue in the asked serialisation.
import type { Db } from '../../db/database.js';
import type { DataLicense } from '../../lib/data-licenses.js';
import { locales } from '../../lib/localized.js';
import { t } from '../../i18n/index.js';
import { allMunicipalities } from '../municipalities/index.js';
import { publicEditions } from '../editions/index.js';
import { catalogueQuads } from './dcat-graph.js';
import { editionDataset } from './edition-datasets.js';
import { openDatasets } from './datasets.js';
import { findPublisher } from './opendata.repository.js';
import { serialise, type RdfFormat } from './rdf-serialise.js';
import { politicalGeocoding } from './vocabularies.js';

export async function catalogue(db: Db, options: { baseUrl: string; license: DataLicense }, format: RdfFormat): Promise<string> {
  const [publisher, municipalities, collections, editions] = await Promise.all([
    findPublisher(db),
    allMunicipalities(db),
    Promise.all(openDatasets.map(async (dataset) => ({ dataset, dates: await dataset.dates(db) }))),
    publicEditions(db, options.baseUrl),
  ]);
  const datasets = [...collections, ...editions.map(editionDataset)];
  const text = (key: 'opendata.catalogue.title' | 'opendata.catalogue.description') =>
    Object.fromEntries(locales.map((l) => [l, t(l, key)])) as Record<(typeof locales)[number], string>;
  const quads = catalogueQuads({
    baseUrl: options.baseUrl,
    title: text('opendata.catalogue.title'),
    description: text('opendata.catalogue.description'),
    license: options.license,
    publisher: publisher ?? { name: t('de', 'site.name'), website: options.baseUrl },
    areas: municipalities.flatMap((m) => {
      const area = politicalGeocoding[m.slug];
      return area ? [{ name: m.name, uri: area.uri }] : [];
    }),
    datasets,
  });
  return serialise(quads, format);
}
