// The council settings of a municipality as staff set them: the OParl system's address (its bodies are
// read from it to choose one), the body, how the council's references look, and the lead time the
// municipality's participation guidelines promise (months before the first deliberation). Saving re-matches the
// Vorhaben's decisions to the papers already synced, with the new scheme.
import type { Db } from '../../db/database.js';
import { notifyChange } from '../../db/change-notifier.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { forbidden, notFound } from '../../lib/errors.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../audit/index.js';
import { configuredSlugs, findSettings, listSettings, lockSettings, saveSettings, type SettingsRow } from './council.repository.js';
import type { SettingsInput } from './council.schemas.js';
import { matchMunicipalityDecisions } from './decision-matching.service.js';
import { type ClientSettings, oparlClient } from './oparl-client.js';
import { readBodies, SystemProblem } from './oparl-system.js';
import { mayManageCouncil, mayUseCouncil } from './council.policy.js';
import { defaultPattern } from './reference-matching.js';
import type { SyncStatus } from '../../db/schema.js';

export interface BodyOption {
  url: string;
  name: string;
}

export interface CouncilOverviewItem {
  slug: string;
  name: string;
  systemUrl: string | null;
  bodyName: string | null;
  lastRun: { status: SyncStatus; startedAt: Date; faultCount: number } | null;
}

export interface CouncilSettingsView {
  slug: string;
  name: string;
  systemUrl: string | null;
  bodyUrl: string | null;
  bodyName: string | null;
  referencePattern: string | null;
  /** The scheme used while none is set. */
  defaultPattern: string;
  leadTimeMonths: number;
}

const toView = (row: SettingsRow): CouncilSettingsView => ({
  slug: row.slug,
  name: row.name,
  systemUrl: row.system_url,
  bodyUrl: row.body_url,
  bodyName: row.body_name,
  referencePattern: row.reference_pattern,
  defaultPattern: defaultPattern(row.decision_bodies.map((b) => b.prefix)),
  leadTimeMonths: row.lead_time_months,
});

const auditedSettings = (row: SettingsRow) => ({
  systemUrl: row.system_url,
  bodyUrl: row.body_url,
  bodyName: row.body_name,
  referencePattern: row.reference_pattern,
  leadTimeMonths: row.lead_time_months,
});

/** The municipalities whose council settings the actor may manage, with their last sync. */
export async function councilOverview(db: Db, actor: Actor): Promise<CouncilOverviewItem[]> {
  if (!mayUseCouncil(actor)) throw forbidden();
  return (await listSettings(db))
    .filter((row) => mayManageCouncil(actor, row.slug))
    .map((row) => ({
      slug: row.slug,
      name: row.name,
      systemUrl: row.system_url,
      bodyName: row.body_name,
      lastRun:
        row.last_status && row.last_started_at
          ? { status: row.last_status, startedAt: row.last_started_at, faultCount: row.last_fault_count ?? 0 }
          : null,
    }));
}

/** The municipality's settings row, after the policy allowed the actor to manage them. */
export async function managedSettings(db: Db, actor: Actor, slug: string): Promise<SettingsRow> {
  const row = await findSettings(db, slug);
  if (!row) throw notFound('municipality');
  if (!mayManageCouncil(actor, slug)) throw forbidden();
  return row;
}

export async function councilSettings(db: Db, actor: Actor, slug: string): Promise<CouncilSettingsView> {
  return toView(await managedSettings(db, actor, slug));
}

/** The slugs of the municipalities with an OParl system (the nightly sync). */
export const configuredMunicipalities = (db: Db) => configuredSlugs(db);

// A person waits for the form: the system's bodies are asked for once, without the sync's retries.
const formClient = (settings: ClientSettings): ClientSettings => ({
  ...settings,
  timeoutSeconds: Math.min(settings.timeoutSeconds, 15),
  retries: 0,
});
/** Pages of bodies the form reads: a system with more is broken, and the person would wait for it. */
const FORM_BODY_PAGES = 2;

export type SaveOutcome = { saved: true } | { errors: FormErrors; bodies: BodyOption[] };

export async function saveCouncilSettings(
  db: Db,
  actor: Actor,
  slug: string,
  input: SettingsInput,
  client: ClientSettings,
): Promise<SaveOutcome> {
  const current = await managedSettings(db, actor, slug);
  let bodyUrl: string | null = null;
  let bodyName: string | null = null;
  // Only a new address or body needs the system's answer: the reference scheme alone is saved without it.
  const sameSource = input.systemUrl === current.system_url && current.body_url !== null && input.bodyUrl === current.body_url;
  if (sameSource) {
    bodyUrl = current.body_url;
    bodyName = current.body_name;
  } else if (input.systemUrl) {
    let bodies: BodyOption[];
    try {
      const found = await readBodies(oparlClient(formClient(client), input.systemUrl), input.systemUrl, () => undefined, FORM_BODY_PAGES);
      bodies = found.map((b) => ({ url: b.url, name: b.name ?? b.url }));
    } catch (err) {
      if (!(err instanceof SystemProblem)) throw err;
      return { errors: { system_url: { key: err.messageKey } }, bodies: [] };
    }
    // A body of the former system is forgotten when the address changes to a system that does not list it.
    const kept =
      input.bodyUrl && (input.systemUrl === current.system_url || bodies.some((b) => b.url === input.bodyUrl)) ? input.bodyUrl : null;
    const chosen = kept ?? (bodies.length === 1 ? bodies[0]!.url : null);
    if (!chosen)
      return {
        errors: bodies.length ? { body: { key: 'council.error.chooseBody' } } : { body_url: { key: 'council.problem.noBody' } },
        bodies,
      };
    bodyUrl = chosen;
    bodyName = bodies.find((b) => b.url === chosen)?.name ?? (chosen === current.body_url ? current.body_name : null);
  }
  await db.transaction().execute(async (trx) => {
    const row = await lockSettings(trx, slug);
    if (!row) throw notFound('municipality');
    const after = {
      systemUrl: input.systemUrl,
      bodyUrl,
      bodyName,
      referencePattern: input.referencePattern,
      leadTimeMonths: input.leadTimeMonths,
    };
    await saveSettings(trx, row.municipality_id, after);
    await recordAudit(trx, actor, {
      action: 'council.settings',
      entityType: 'municipality',
      entityId: slug,
      summary: row.name,
      before: auditedSettings(row),
      after,
    });
    const matching = await matchMunicipalityDecisions(trx, {
      municipalityId: row.municipality_id,
      bodyUrl,
      referencePattern: input.referencePattern,
      bodyPrefixes: row.decision_bodies.map((b) => b.prefix),
    });
    if (matching.changed > 0) await notifyChange(trx);
  });
  return { saved: true };
}

/**
 * `lotse oparl sync --url`: sets the system's address. A new address forgets the body, so that the next
 * sync takes the system's only body (or asks to choose one in the back office).
 */
export async function setSystemUrl(db: Db, actor: Actor, slug: string, systemUrl: string): Promise<void> {
  await managedSettings(db, actor, slug);
  await db.transaction().execute(async (trx) => {
    const row = await lockSettings(trx, slug);
    if (!row) throw notFound('municipality');
    if (row.system_url === systemUrl) return;
    const after = {
      systemUrl,
      bodyUrl: null,
      bodyName: null,
      referencePattern: row.reference_pattern,
      leadTimeMonths: row.lead_time_months,
    };
    await saveSettings(trx, row.municipality_id, after);
    await recordAudit(trx, actor, {
      action: 'council.settings',
      entityType: 'municipality',
      entityId: slug,
      summary: row.name,
      before: auditedSettings(row),
      after,
    });
  });
}
