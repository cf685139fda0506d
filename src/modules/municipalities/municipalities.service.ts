// Municipalities as other modules see them: the list for filters and the API, and the names, aliases
// and council bodies the import needs to recognise them in free text.
import type { Db } from '../../db/database.js';
import type { KnownMunicipality } from '../projects/import/row-to-input.js';
import { listMunicipalities, projectCounts } from './municipalities.repository.js';

export async function knownMunicipalities(db: Db): Promise<(KnownMunicipality & { id: number })[]> {
  const rows = await listMunicipalities(db);
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, aliases: r.aliases, bodies: r.decision_bodies }));
}

export async function municipalitiesWithCounts(db: Db) {
  const [rows, counts] = await Promise.all([listMunicipalities(db), projectCounts(db)]);
  return rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    kind: r.kind,
    aliases: r.aliases,
    decisionBodies: r.decision_bodies,
    projectCount: counts.get(r.id) ?? 0,
  }));
}

export { listMunicipalities as allMunicipalities } from './municipalities.repository.js';
