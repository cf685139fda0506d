// The editions as other modules see them (the DCAT catalogue lists each as a dataset): number, date,
// the decision, and the addresses of its page and downloads.
import type { Db } from '../../db/database.js';
import { type EditionLinks, editionLinks } from './editions.presenter.js';
import { editions } from './editions.service.js';

export interface PublicEdition {
  id: number;
  number: number;
  /** The edition's date (ISO, `YYYY-MM-DD`). */
  date: string;
  decisionReference: string;
  publishedAt: Date;
  projects: number;
  /** The page (German) and the downloads: CSV (the Vorhabenliste's format) and PDF. */
  urls: EditionLinks;
}

/** Every published edition, newest first. */
export async function publicEditions(db: Db, baseUrl: string): Promise<PublicEdition[]> {
  return (await editions(db)).map((e) => ({
    id: e.id,
    number: e.number,
    date: e.date,
    decisionReference: e.decision.reference,
    publishedAt: e.publishedAt,
    projects: e.entryCount,
    urls: editionLinks(baseUrl, e.number),
  }));
}
