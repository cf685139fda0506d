// SQL of sync runs: starting one (at most one running per municipality, by a unique index), taking over
// one that was interrupted or whose process died, renewing its heartbeat, saving its progress with each
// page, finishing it, and reading the last runs for the back office. A running run belongs to the
// process whose token is its `owner`: every write of the run is made only under that token, so a process
// whose run was taken over (it stalled beyond the limit, then woke up) changes nothing.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { SyncMode, SyncStatus } from '../../db/schema.js';
import { AppError } from '../../lib/errors.js';

/** A run's process is taken for dead when its heartbeat is this old (it renews it every HEARTBEAT_MS). */
export const STALE_MINUTES = 10;
const STALE = sql`make_interval(mins => ${STALE_MINUTES})`;

/**
 * The run's row is no longer this process's: another took it over. An AppError (HTTP 409, code
 * `council_sync_taken_over`: a sync of the municipality is running, another process's); the sync
 * catches it and stops without writing.
 */
export class RunTakenOver extends AppError {
  constructor(readonly runId: number) {
    super(409, 'council_sync_taken_over', 'council.error.running', { run: runId });
    this.name = 'RunTakenOver';
  }
}

const isUniqueViolation = (err: unknown) => (err as { code?: string }).code === '23505';

export interface RunRow {
  id: number;
  mode: SyncMode;
  since: Date | null;
  status: SyncStatus;
  system_url: string | null;
  body_url: string | null;
  complete: boolean;
  started_at: Date;
  finished_at: Date | null;
  objects_read: number;
  objects_created: number;
  objects_changed: number;
  objects_deleted: number;
  faults: unknown;
  fault_count: number;
  decisions_matched: number | null;
  decisions_unmatched: number | null;
  resume: unknown;
  error: string | null;
}

const runColumns = [
  'id',
  'mode',
  'since',
  'status',
  'system_url',
  'body_url',
  'complete',
  'started_at',
  'finished_at',
  'objects_read',
  'objects_created',
  'objects_changed',
  'objects_deleted',
  'faults',
  'fault_count',
  'decisions_matched',
  'decisions_unmatched',
  'resume',
  'error',
] as const;

/** The latest run, when it can be resumed: interrupted, or still "running" without sign of life. */
export async function resumableRun(db: Db, municipalityId: number): Promise<RunRow | undefined> {
  const latest = await db
    .selectFrom('council_sync_runs')
    .select(runColumns)
    .select(sql<boolean>`status = 'running' and heartbeat_at < now() - ${STALE}`.as('stale'))
    .where('municipality_id', '=', municipalityId)
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!latest) return undefined;
  const { stale, ...run } = latest;
  return run.status === 'interrupted' || stale ? run : undefined;
}

export interface RunSource {
  systemUrl: string;
  /** Null until the first run of the system found its body. */
  bodyUrl: string | null;
}

/**
 * When the last run that read every list of this system and body completely started: the next run asks
 * for changes since then. Runs of another system or body are no baseline: their lists were others.
 */
export async function lastCompleteStart(db: Db, municipalityId: number, source: RunSource): Promise<Date | null> {
  let query = db
    .selectFrom('council_sync_runs')
    .select((eb) => eb.fn.max('started_at').as('at'))
    .where('municipality_id', '=', municipalityId)
    .where('status', '=', 'succeeded')
    .where('complete', '=', true)
    .where('system_url', '=', source.systemUrl);
  if (source.bodyUrl !== null) query = query.where('body_url', '=', source.bodyUrl);
  const row = await query.executeTakeFirst();
  return row?.at ? new Date(row.at) : null;
}

/** A new running run; null when another one is running already. */
export async function insertRun(
  db: Db,
  run: { municipalityId: number; mode: SyncMode; since: Date | null; resume: object; source: RunSource; owner: string },
): Promise<number | null> {
  try {
    const row = await db
      .insertInto('council_sync_runs')
      .values({
        municipality_id: run.municipalityId,
        mode: run.mode,
        since: run.since,
        system_url: run.source.systemUrl,
        body_url: run.source.bodyUrl,
        status: 'running',
        owner: run.owner,
        resume: JSON.stringify(run.resume),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  } catch (err) {
    if (isUniqueViolation(err)) return null;
    throw err;
  }
}

/**
 * Makes an interrupted run, or a running one whose heartbeat is older than the limit, this process's run
 * (`owner`); false when someone else took it or another run is running.
 */
export async function takeOverRun(db: Db, id: number, owner: string): Promise<boolean> {
  try {
    const row = await db
      .updateTable('council_sync_runs')
      .set({ status: 'running', heartbeat_at: sql`now()`, finished_at: null, owner })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('status', '=', 'interrupted'), eb('heartbeat_at', '<', sql<Date>`now() - ${STALE}`)]))
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  } catch (err) {
    if (isUniqueViolation(err)) return false;
    throw err;
  }
}

export interface RunHold {
  id: number;
  owner: string;
}

/** Throws RunTakenOver when no row was written: the run is no longer the holder's. */
function held(row: unknown, run: RunHold): void {
  if (row === undefined) throw new RunTakenOver(run.id);
}

/** Renews the heartbeat of a running run; false when the run is no longer the holder's. */
export async function beat(db: Db, run: RunHold): Promise<boolean> {
  const row = await db
    .updateTable('council_sync_runs')
    .set({ heartbeat_at: sql`now()` })
    .where('id', '=', run.id)
    .where('owner', '=', run.owner)
    .where('status', '=', 'running')
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Locks the run's row for the transaction, so that no takeover comes between this check and the commit
 * of what the transaction writes; throws RunTakenOver when it is no longer the holder's.
 */
export async function holdRun(db: Db, run: RunHold): Promise<void> {
  const row = await db
    .selectFrom('council_sync_runs')
    .select('id')
    .where('id', '=', run.id)
    .where('owner', '=', run.owner)
    .where('status', '=', 'running')
    .forUpdate()
    .executeTakeFirst();
  held(row, run);
}

/** The body the run reads, once it is found. */
export async function setRunBody(db: Db, run: RunHold, bodyUrl: string): Promise<void> {
  const row = await db
    .updateTable('council_sync_runs')
    .set({ body_url: bodyUrl })
    .where('id', '=', run.id)
    .where('owner', '=', run.owner)
    .returning('id')
    .executeTakeFirst();
  held(row, run);
}

/** Closes a run that will not be resumed (a full run replaces it, or the body changed). */
export async function abandonRun(db: Db, id: number): Promise<void> {
  await db
    .updateTable('council_sync_runs')
    .set({ status: 'interrupted', finished_at: sql`coalesce(finished_at, now())`, resume: JSON.stringify({}), owner: null })
    .where('id', '=', id)
    // A run that came back to life (or was taken over) meanwhile is left to its process.
    .where((eb) => eb.or([eb('status', '=', 'interrupted'), eb('heartbeat_at', '<', sql<Date>`now() - ${STALE}`)]))
    .execute();
}

export interface Progress {
  read: number;
  created: number;
  changed: number;
  deleted: number;
  resume: object;
  faults: object[];
  faultCount: number;
}

/**
 * Adds a page's counts and stores where the run stands (in the transaction that stored the page); throws
 * RunTakenOver, so the page is rolled back, when the run is no longer the holder's.
 */
export async function saveProgress(db: Db, run: RunHold, p: Progress): Promise<void> {
  const row = await db
    .updateTable('council_sync_runs')
    .set({
      objects_read: sql`objects_read + ${p.read}`,
      objects_created: sql`objects_created + ${p.created}`,
      objects_changed: sql`objects_changed + ${p.changed}`,
      objects_deleted: sql`objects_deleted + ${p.deleted}`,
      resume: JSON.stringify(p.resume),
      faults: JSON.stringify(p.faults),
      fault_count: p.faultCount,
      heartbeat_at: sql`now()`,
    })
    .where('id', '=', run.id)
    .where('owner', '=', run.owner)
    .where('status', '=', 'running')
    .returning('id')
    .executeTakeFirst();
  held(row, run);
}

/** Closes the run; nothing is written when it is no longer the holder's (the process that took it over finishes it). */
export async function finishRun(
  db: Db,
  run: RunHold,
  end: {
    status: Exclude<SyncStatus, 'running'>;
    complete: boolean;
    faults: object[];
    faultCount: number;
    matched: number | null;
    unmatched: number | null;
    error: string | null;
    resume: object;
  },
): Promise<void> {
  await db
    .updateTable('council_sync_runs')
    .set({
      status: end.status,
      complete: end.complete,
      finished_at: sql`now()`,
      faults: JSON.stringify(end.faults),
      fault_count: end.faultCount,
      decisions_matched: end.matched,
      decisions_unmatched: end.unmatched,
      error: end.error,
      resume: JSON.stringify(end.resume),
    })
    .where('id', '=', run.id)
    .where('owner', '=', run.owner)
    .execute();
}

export async function findRun(db: Db, municipalityId: number, id: number): Promise<RunRow | undefined> {
  return db
    .selectFrom('council_sync_runs')
    .select(runColumns)
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function latestRuns(db: Db, municipalityId: number, limit: number): Promise<RunRow[]> {
  return db
    .selectFrom('council_sync_runs')
    .select(runColumns)
    .where('municipality_id', '=', municipalityId)
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/**
 * Removes a municipality's oldest runs beyond the newest `keep` (a run still running is never removed):
 * a nightly sync adds 365 runs a year, each with its faults.
 */
export async function purgeOldRuns(db: Db, municipalityId: number, keep: number): Promise<void> {
  await db
    .deleteFrom('council_sync_runs')
    .where('municipality_id', '=', municipalityId)
    .where('status', '<>', 'running')
    .where('id', 'not in', (eb) =>
      eb
        .selectFrom('council_sync_runs')
        .select('id')
        .where('municipality_id', '=', municipalityId)
        .orderBy('started_at', 'desc')
        .orderBy('id', 'desc')
        .limit(keep),
    )
    .execute();
}

/** When the municipality's live run started (running, with a heartbeat within the limit); null when none runs. */
export async function liveRunStart(db: Db, municipalityId: number): Promise<Date | null> {
  const row = await db
    .selectFrom('council_sync_runs')
    .select('started_at')
    .where('municipality_id', '=', municipalityId)
    .where('status', '=', 'running')
    .where('heartbeat_at', '>=', sql<Date>`now() - ${STALE}`)
    .executeTakeFirst();
  return row ? new Date(row.started_at) : null;
}
