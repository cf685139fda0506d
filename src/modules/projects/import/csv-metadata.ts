// The Vorhabenliste CSV described as W3C "CSV on the Web" metadata (https://www.w3.org/TR/tabular-metadata/):
// the file, its dialect (";" and a header row, as municipalities' spreadsheets write it), every column with
// its German header, and the licence and publisher of the data.
import type { DataLicense } from '../../../lib/data-licenses.js';
import { columns } from './vorhabenliste-columns.js';

export function csvMetadata(baseUrl: string, license: DataLicense) {
  return {
    '@context': ['http://www.w3.org/ns/csvw', { '@language': 'de' }],
    url: `${baseUrl}/api/v1/projects.csv`,
    'dc:title': 'Vorhabenliste',
    'dc:description': 'Die veröffentlichten und archivierten Vorhaben der Region mit Beschlüssen, Kosten und Beteiligung.',
    'dc:license': { '@id': license.uri },
    'dc:rights': license.textUrl,
    'dc:publisher': { 'schema:name': 'Lotse', 'schema:url': { '@id': baseUrl } },
    dialect: { delimiter: ';', header: true, encoding: 'utf-8', lineTerminators: ['\r\n'] },
    tableSchema: {
      columns: columns.map((c) => ({ name: c.key, titles: c.header, datatype: 'string' })),
    },
  };
}
