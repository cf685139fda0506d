// The programme at a glance, for the home page.
import type { Db } from '../../db/database.js';
import { allMunicipalities } from '../municipalities/index.js';
import { countPublishedProjects, newestProjects } from '../projects/index.js';
import { findProgramme } from './programme.repository.js';

export async function homeOverview(db: Db) {
  const [programme, municipalities, projectCount, newest] = await Promise.all([
    findProgramme(db),
    allMunicipalities(db),
    countPublishedProjects(db),
    newestProjects(db, 5),
  ]);
  return { programme: programme ?? null, municipalities, projectCount, newest };
}

export type HomeOverview = Awaited<ReturnType<typeof homeOverview>>;
