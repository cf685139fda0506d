// SQL of the council settings per municipality: where its OParl system is, which body, how its
// references look, the lead time its participation guidelines promise; with the municipality's name and council bodies, and the last sync run for overviews.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DecisionBodyRow, SyncStatus } from '../../db/schema.js';

export interface SettingsRow {
  municipality_id: number;
  slug: string;
  name: string;
  decision_bodies: DecisionBodyRow[];
  system_url: string | null;
  body_url: string | null;
  body_name: string | null;
  reference_pattern: string | null;
  lead_time_months: number;
}

function withSettings(db: Db) {
  return db
    .selectFrom('municipalities as m')
    .leftJoin('council_settings as s', 's.municipality_id', 'm.id')
    .select([
      'm.id as municipality_id',
      'm.slug',
      'm.name',
      'm.decision_bodies',
      's.system_url',
      's.body_url',
      's.body_name',
      's.reference_pattern',
      // No settings row yet: the column's default.
      sql<number>`coalesce(s.lead_time_months, 3)`.as('lead_time_months'),
    ]);
}

export async function findSettings(db: Db, slug: string): Promise<SettingsRow | undefined> {
  return withSettings(db).where('m.slug', '=', slug).executeTakeFirst();
}

/** Locks the municipality's row: two people saving settings at once must not mix them. */
export async function lockSettings(db: Db, slug: string): Promise<SettingsRow | undefined> {
  return withSettings(db).where('m.slug', '=', slug).forUpdate('m').executeTakeFirst();
}

export interface OverviewRow extends SettingsRow {
  last_status: SyncStatus | null;
  last_started_at: Date | null;
  last_fault_count: number | null;
}

export async function listSettings(db: Db): Promise<OverviewRow[]> {
  return withSettings(db)
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('council_sync_runs as r')
          .select(['r.status', 'r.started_at', 'r.fault_count'])
          .whereRef('r.municipality_id', '=', 'm.id')
          .orderBy('r.started_at', 'desc')
          .orderBy('r.id', 'desc')
          .limit(1)
          .as('last'),
      (join) => join.onTrue(),
    )
    .select(['last.status as last_status', 'last.started_at as last_started_at', 'last.fault_count as last_fault_count'])
    .orderBy('m.kind')
    .orderBy('m.name')
    .execute();
}

/** The slugs of the municipalities with an OParl system, for the nightly sync. */
export async function configuredSlugs(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('council_settings as s')
    .innerJoin('municipalities as m', 'm.id', 's.municipality_id')
    .select('m.slug')
    .where('s.system_url', 'is not', null)
    .orderBy('m.slug')
    .execute();
  return rows.map((r) => r.slug);
}

export async function saveSettings(
  db: Db,
  municipalityId: number,
  settings: {
    systemUrl: string | null;
    bodyUrl: string | null;
    bodyName: string | null;
    referencePattern: string | null;
    leadTimeMonths: number;
  },
): Promise<void> {
  const values = {
    system_url: settings.systemUrl,
    body_url: settings.bodyUrl,
    body_name: settings.bodyName,
    reference_pattern: settings.referencePattern,
    lead_time_months: settings.leadTimeMonths,
    updated_at: sql<Date>`now()`,
  };
  await db
    .insertInto('council_settings')
    .values({ municipality_id: municipalityId, ...values })
    .onConflict((oc) => oc.column('municipality_id').doUpdateSet(values))
    .execute();
}

/** The body a sync found (the system's only one), or its name as the server now spells it. */
export async function saveBody(db: Db, municipalityId: number, bodyUrl: string, bodyName: string | null): Promise<void> {
  await db
    .updateTable('council_settings')
    .set({ body_url: bodyUrl, body_name: bodyName, updated_at: sql`now()` })
    .where('municipality_id', '=', municipalityId)
    .execute();
}
