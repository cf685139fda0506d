// The programme at a glance, for the home page.
import type { Db } from '../../db/database.js';
import type { LocalizedText } from '../../lib/localized.js';
import { allMunicipalities } from '../municipalities/index.js';
import { countPublishedProjects, newestProjects } from '../projects/index.js';
import { findProgramme } from './programme.repository.js';

/** What the home page shows of the funding programme; dates are ISO dates. */
export interface ProgrammeView {
  name: LocalizedText;
  summary: LocalizedText | null;
  federalFundingCents: number | null;
  federalFundingSource: string | null;
  federalFundingAsOf: string | null;
  startsOn: string | null;
  endsOn: string | null;
  agencyName: string | null;
}

type ProgrammeRow = NonNullable<Awaited<ReturnType<typeof findProgramme>>>;

const toView = (row: ProgrammeRow): ProgrammeView => ({
  name: row.name,
  summary: row.summary,
  federalFundingCents: row.federal_funding_cents,
  federalFundingSource: row.federal_funding_source,
  federalFundingAsOf: row.federal_funding_as_of,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  agencyName: row.agency_name,
});

export async function homeOverview(db: Db) {
  const [programme, municipalities, projectCount, newest] = await Promise.all([
    findProgramme(db),
    allMunicipalities(db),
    countPublishedProjects(db),
    newestProjects(db, 5),
  ]);
  return {
    programme: programme ? toView(programme) : null,
    municipalityNames: municipalities.map((m) => m.name),
    projectCount,
    newest,
  };
}

export type HomeOverview = Awaited<ReturnType<typeof homeOverview>>;
