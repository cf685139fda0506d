// The shape of a dataset in the open-data catalogue and of its distributions (see datasets.ts).
import type { Db } from '../../db/database.js';
import type { LocalizedText } from '../../lib/localized.js';

/** EU data themes (http://publications.europa.eu/resource/authority/data-theme/…). */
export type DataTheme = 'GOVE' | 'REGI' | 'SOCI' | 'ECON' | 'TECH' | 'EDUC' | 'TRAN' | 'ENVI';

/** EU file types (http://publications.europa.eu/resource/authority/file-type/…). */
export type FileType = 'CSV' | 'JSON' | 'ICS' | 'ATOM' | 'GEOJSON' | 'PDF' | 'RDF_TURTLE' | 'JSON_LD' | 'RDF_XML';

export interface OpenDistribution {
  /** Unique within its dataset; part of the distribution's URI in the catalogue. */
  key: string;
  title: LocalizedText;
  /** Address below the installation's public URL; `{lang}` stands for a language prefix (German in the catalogue). */
  path: string;
  mediaType: string;
  fileType: FileType;
}

/** What the data says about a dataset's time: last change, first publication, the period it covers. */
export interface DatasetDates {
  modified: Date | null;
  issued: string | null;
  /** ISO dates. */
  coverage: { start: string | null; end: string | null };
}

export interface OpenDataset {
  /** Stable: part of the dataset's URI in the catalogue, which harvesters keep as its identity. */
  key: string;
  title: LocalizedText;
  description: LocalizedText;
  keywords: { de: string[]; da: string[]; en: string[] };
  themes: DataTheme[];
  /** The page people read, below the language prefix. */
  page: string;
  /** EU frequency (http://publications.europa.eu/resource/authority/frequency/…). */
  frequency: 'UPDATE_CONT' | 'IRREG' | 'ANNUAL' | 'NEVER';
  distributions: OpenDistribution[];
  dates: (db: Db) => Promise<DatasetDates>;
}
