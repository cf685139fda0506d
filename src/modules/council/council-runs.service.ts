// The sync runs of a municipality as the back office shows them (the last runs, one run with its faults),
// and a sync asked for by staff, which the job worker runs (a sync takes minutes; a request must not).
import type { Db } from '../../db/database.js';
import type { MessageKey } from '../../i18n/index.js';
import { AppError, notFound } from '../../lib/errors.js';
import type { Actor } from '../../platform/actor.js';
import { enqueue } from '../../jobs/queue.js';
import { recordAudit } from '../audit/index.js';
import type { ClientSettings } from './oparl-client.js';
import { managedSettings } from './council.service.js';
import type { FaultGroup } from './sync-faults.js';
import { readFaults } from './sync-start.js';
import { findRun, latestRuns, liveRunStart, type RunRow } from './sync-runs.repository.js';
import type { SyncMode, SyncStatus } from '../../db/schema.js';

export interface RunView {
  id: number;
  mode: SyncMode;
  status: SyncStatus;
  startedAt: Date;
  finishedAt: Date | null;
  read: number;
  created: number;
  changed: number;
  deleted: number;
  faultCount: number;
  matched: number | null;
  unmatched: number | null;
  /** Why a failed run failed. */
  error: MessageKey | null;
}

export interface RunDetailView extends RunView {
  faults: FaultGroup[];
}

export interface RunsPageView {
  slug: string;
  name: string;
  configured: boolean;
  runs: RunView[];
}

const RUNS_SHOWN = 30;

function toView(run: RunRow): RunView {
  return {
    id: run.id,
    mode: run.mode,
    status: run.status,
    startedAt: run.started_at,
    finishedAt: run.finished_at,
    read: run.objects_read,
    created: run.objects_created,
    changed: run.objects_changed,
    deleted: run.objects_deleted,
    faultCount: run.fault_count,
    matched: run.decisions_matched,
    unmatched: run.decisions_unmatched,
    // Written by the sync from the catalogue's keys only.
    error: run.error as MessageKey | null,
  };
}

export async function councilRuns(db: Db, actor: Actor, slug: string): Promise<RunsPageView> {
  const settings = await managedSettings(db, actor, slug);
  return {
    slug: settings.slug,
    name: settings.name,
    configured: settings.system_url !== null,
    runs: (await latestRuns(db, settings.municipality_id, RUNS_SHOWN)).map(toView),
  };
}

export async function councilRun(
  db: Db,
  actor: Actor,
  slug: string,
  id: number,
): Promise<{ slug: string; name: string; run: RunDetailView }> {
  const settings = await managedSettings(db, actor, slug);
  const run = await findRun(db, settings.municipality_id, id);
  if (!run) throw notFound('run');
  return { slug: settings.slug, name: settings.name, run: { ...toView(run), faults: readFaults(run.faults) } };
}

/** What the `oparl_sync` job is given. */
export interface SyncJobPayload {
  municipality: string;
  client: ClientSettings;
}

/** When the municipality's sync that runs now started; null when none runs. */
export async function runningSince(db: Db, actor: Actor, slug: string): Promise<Date | null> {
  const settings = await managedSettings(db, actor, slug);
  return liveRunStart(db, settings.municipality_id);
}

/**
 * Queues a sync of the municipality now; a sync already queued for it is replaced, not doubled. While one
 * runs, nothing is queued (it would only wait and fail): the answer says since when it runs.
 */
export async function requestSync(db: Db, actor: Actor, slug: string, client: ClientSettings): Promise<{ runningSince: Date | null }> {
  const settings = await managedSettings(db, actor, slug);
  if (!settings.system_url) throw new AppError(400, 'oparl_not_configured', 'council.error.notConfigured', { municipality: settings.name });
  const running = await liveRunStart(db, settings.municipality_id);
  if (running) return { runningSince: running };
  await db.transaction().execute(async (trx) => {
    const payload: SyncJobPayload = { municipality: slug, client };
    await enqueue(trx, 'oparl_sync', payload, { maxAttempts: 1, jobKey: `oparl_sync:${slug}` });
    await recordAudit(trx, actor, {
      action: 'council.sync.requested',
      entityType: 'municipality',
      entityId: slug,
      summary: settings.name,
    });
  });
  return { runningSince: null };
}
