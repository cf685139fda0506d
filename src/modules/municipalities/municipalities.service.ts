// Municipalities as other modules see them: the list for filters and the API, and the names, aliases
// and council bodies the import needs to recognise them in free text.
import type { Db } from '../../db/database.js';
import type { KnownMunicipality } from './municipality-matcher.js';
import { notifyChange } from '../../db/change-notifier.js';
import { forbidden, notFound } from '../../lib/errors.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../audit/index.js';
import { findMunicipality, listMunicipalities, lockMunicipality, projectCounts, updateSettings } from './municipalities.repository.js';
import { mayListMunicipalities, mayManageMunicipality } from './municipalities.policy.js';
import type { Settings } from './municipalities.schemas.js';
import type { DecisionBodyRow, MunicipalityRow } from '../../db/schema.js';

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

/** What the back office shows of a municipality and its settings. */
export interface MunicipalityView {
  slug: string;
  name: string;
  decisionBodies: DecisionBodyRow[];
  participationQuorum: number | null;
}

const toView = (row: MunicipalityRow): MunicipalityView => ({
  slug: row.slug,
  name: row.name,
  decisionBodies: row.decision_bodies,
  participationQuorum: row.participation_quorum,
});

/** The municipalities whose settings the actor may change. */
export async function manageableMunicipalities(db: Db, actor: Actor): Promise<MunicipalityView[]> {
  if (!mayListMunicipalities(actor)) throw forbidden();
  return (await listMunicipalities(db)).filter((m) => mayManageMunicipality(actor, m.slug)).map(toView);
}

export async function municipalityForSettings(db: Db, actor: Actor, slug: string): Promise<MunicipalityView> {
  const row = await findMunicipality(db, slug);
  if (!row) throw notFound('municipality');
  if (!mayManageMunicipality(actor, slug)) throw forbidden();
  return toView(row);
}

export async function saveMunicipalitySettings(db: Db, actor: Actor, slug: string, settings: Settings): Promise<void> {
  if (!mayManageMunicipality(actor, slug)) throw forbidden();
  await db.transaction().execute(async (trx) => {
    const row = await lockMunicipality(trx, slug);
    if (!row) throw notFound('municipality');
    await updateSettings(trx, row.id, settings);
    await recordAudit(trx, actor, {
      action: 'municipality.settings',
      entityType: 'municipality',
      entityId: slug,
      summary: row.name,
      before: { bodies: row.decision_bodies, quorum: row.participation_quorum },
      after: settings,
    });
    // The API lists the council bodies.
    await notifyChange(trx);
  });
}
