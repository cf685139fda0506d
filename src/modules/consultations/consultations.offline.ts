// What the participation module's form for paper and event contributions needs from the consultations:
// the sections a typed-in comment may be about, and where such comments are found afterwards.
import type { Db } from '../../db/database.js';
import type { LocalizedText } from '../../lib/localized.js';
import * as repo from './consultations.repository.js';

export interface OfflineSectionChoice {
  id: number;
  heading: string;
  version: number;
  consultationTitle: LocalizedText;
  /** The consultation's period (YYYY-MM-DD): a comment given outside it is not taken. */
  startsOn: string;
  endsOn: string;
}

/** The sections of the newest published version of each document of the process not yet adopted. */
export async function offlineSectionChoices(db: Db, processId: number): Promise<OfflineSectionChoice[]> {
  return (await repo.offlineSectionChoices(db, processId)).map((s) => ({
    id: s.id,
    heading: s.heading,
    version: s.version,
    consultationTitle: s.title,
    startsOn: s.starts_on,
    endsOn: s.ends_on,
  }));
}

/** The ids of every section of every version of the process's documents. */
export const processSectionIds = repo.processSectionIds;
