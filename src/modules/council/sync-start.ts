// How a sync begins: it goes on with the municipality's interrupted run (same body, not replaced by a
// full run asked for now), or starts a new one that asks only for what changed since the last run that
// read everything (full when there is none, or when asked), and never beside another running one.
import crypto from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { AppError } from '../../lib/errors.js';
import type { SettingsRow } from './council.repository.js';
import type { ListName } from './sync-batches.js';
import { faultKinds, type FaultGroup } from './sync-faults.js';
import { abandonRun, insertRun, lastCompleteStart, purgeOldRuns, resumableRun, type RunRow, takeOverRun } from './sync-runs.repository.js';

export interface ResumeState {
  bodyUrl: string | null;
  /** Per list the next page to read; a list not yet begun is missing, a finished one has `next: null`. */
  lists: Partial<Record<ListName, { next: string | null }>>;
  /** A page could not be read. */
  incomplete: boolean;
}

export interface StartedRun {
  id: number;
  /** This process's token: the run is written only while it is the run's owner. */
  owner: string;
  mode: 'full' | 'incremental';
  since: Date | null;
  resumed: boolean;
  resume: ResumeState;
  faults: FaultGroup[];
  counts: { read: number; created: number; changed: number; deleted: number };
}

// Servers compare `modified_since` with their own clocks; an hour's margin keeps a server whose clock is
// behind ours from hiding changes (reading an object again costs nothing).
const CLOCK_MARGIN_MS = 60 * 60 * 1000;

const resumeSchema = z.object({
  bodyUrl: z.string().nullable().catch(null),
  lists: z.record(z.string(), z.object({ next: z.string().nullable() })).catch({}),
  incomplete: z.boolean().catch(false),
});

const faultsSchema = z
  .array(
    z.object({
      kind: z.enum(faultKinds),
      count: z.number().int(),
      examples: z.array(z.object({ url: z.string(), detail: z.string().nullable() })),
    }),
  )
  .catch([]);

/** The faults stored with a run (also read by the back office). */
export const readFaults = (stored: unknown): FaultGroup[] => faultsSchema.parse(stored);

const emptyState = (): ResumeState => ({ bodyUrl: null, lists: {}, incomplete: false });

function resumed(run: RunRow, owner: string): StartedRun {
  return {
    id: run.id,
    owner,
    mode: run.mode,
    since: run.since,
    resumed: true,
    resume: resumeSchema.parse(run.resume) as ResumeState,
    faults: readFaults(run.faults),
    counts: { read: run.objects_read, created: run.objects_created, changed: run.objects_changed, deleted: run.objects_deleted },
  };
}

/** Runs kept per municipality; older ones are removed when a run starts (the back office lists the last 30). */
export const RUNS_KEPT = 50;

const running = () => new AppError(409, 'oparl_sync_running', 'council.error.running');

export async function startRun(db: Db, settings: SettingsRow & { system_url: string }, full: boolean): Promise<StartedRun> {
  const municipalityId = settings.municipality_id;
  const source = { systemUrl: settings.system_url, bodyUrl: settings.body_url };
  const owner = crypto.randomUUID();
  const previous = await resumableRun(db, municipalityId);
  if (previous) {
    const state = resumeSchema.parse(previous.resume);
    // A run of another system is never resumed: its pages are that system's. Within one system, a body
    // not chosen yet (the only one is taken) does not tell the run apart, nor does a run without record.
    const runBody = previous.body_url ?? state.bodyUrl;
    const sameSystem = previous.system_url === null || previous.system_url === settings.system_url;
    const sameSource = sameSystem && (runBody === null || settings.body_url === null || runBody === settings.body_url);
    if (sameSource && !(full && previous.mode === 'incremental')) {
      if (!(await takeOverRun(db, previous.id, owner))) throw running();
      return resumed(previous, owner);
    }
    // Not to be resumed: it stops blocking new runs, and stays in the list as interrupted.
    await abandonRun(db, previous.id);
  }
  const lastComplete = full ? null : await lastCompleteStart(db, municipalityId, source);
  const since = lastComplete ? new Date(lastComplete.getTime() - CLOCK_MARGIN_MS) : null;
  const mode = since ? 'incremental' : 'full';
  const resume = emptyState();
  const id = await insertRun(db, { municipalityId, mode, since, resume, source, owner });
  if (id === null) throw running();
  await purgeOldRuns(db, municipalityId, RUNS_KEPT);
  return { id, owner, mode, since, resumed: false, resume, faults: [], counts: { read: 0, created: 0, changed: 0, deleted: 0 } };
}
