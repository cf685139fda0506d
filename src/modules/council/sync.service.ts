// One sync of a municipality's council system: find the body, walk its organisation, meeting and paper
// lists (only what changed since the last complete run, unless a full run is asked for), fetch objects
// other objects refer to but no list held, then match the Vorhaben's decisions to the papers. Each page
// is stored in one transaction with the run's progress (the next page per list), so an interrupted run
// (Ctrl-C, a restart, a lost connection) goes on from there the next time. What the server does wrong is
// reported as faults of the run, and the run goes on.
import type { Db } from '../../db/database.js';
import { notifyChange } from '../../db/change-notifier.js';
import { AppError, notFound } from '../../lib/errors.js';
import { writeBatches } from './council-objects.repository.js';
import { addPending, collectPending, countPending, markTried, nextPending, removePending } from './pending-references.repository.js';
import { findSettings, saveBody, type SettingsRow } from './council.repository.js';
import { candidatesOf, notifyCouncilEvents } from './council-events.service.js';
import { matchMunicipalityDecisions, type UnmatchedDecision } from './decision-matching.service.js';
import { answerFault, type ClientSettings, type OparlClient, oparlClient } from './oparl-client.js';
import { DEFAULT_MAX_PAGES, walkList, withModifiedSince } from './oparl-list-walker.js';
import { batchSize, batchUrl, mergeBatches, type RowBatch } from './oparl-mapping.js';
import { resolveBody, SystemProblem } from './oparl-system.js';
import { SyncInterrupted } from './request-limiter.js';
import { type ListName, listNames, pageBatches, referenceBatch } from './sync-batches.js';
import { FaultLog, type FaultGroup } from './sync-faults.js';
import { startRun, type ResumeState, type StartedRun } from './sync-start.js';
import { beat, finishRun, holdRun, RunTakenOver, saveProgress, setRunBody } from './sync-runs.repository.js';

export interface SyncProgress {
  pagesRead: number;
  /** Pages announced by the lists read so far (grows as lists start). */
  pagesKnown: number;
  objectsRead: number;
}

export interface SyncOptions {
  full?: boolean;
  client: ClientSettings;
  signal?: AbortSignal;
  onProgress?: (progress: SyncProgress) => void;
  /** Referenced objects one run fetches at most (the rest wait for the next run). */
  referenceLimit?: number;
  /** Objects one run reads at most (the rest wait for the next run); tests make it small. */
  objectLimit?: number;
  /** How often the run's heartbeat is renewed (HEARTBEAT_MS); tests make it short. */
  heartbeatMs?: number;
  /** Called after each heartbeat with whether the run is still this process's (tests wait for it). */
  onHeartbeat?: (held: boolean) => void;
}

export interface SyncSummary {
  runId: number;
  mode: 'full' | 'incremental';
  status: 'succeeded' | 'failed' | 'interrupted';
  resumed: boolean;
  read: number;
  created: number;
  changed: number;
  deleted: number;
  faultCount: number;
  faults: FaultGroup[];
  matched: number | null;
  unmatched: UnmatchedDecision[];
  /** Why a failed run failed (a message key of the catalogues). */
  error: string | null;
}

/**
 * A live run renews its heartbeat every minute, whether or not a page arrives (a slow server may take
 * minutes per page); another process takes it over only after STALE_MINUTES without one.
 */
const HEARTBEAT_MS = 60_000;
/** Far beyond a council's history (a large city holds some 100,000 papers), but an end to a server that never stops. */
const MAX_OBJECTS_PER_RUN = 2_000_000;

/** Runs one step at a time: pages of parallel lists are stored one after the other, with the progress they make. */
function serial() {
  let chain: Promise<unknown> = Promise.resolve();
  return <T>(step: () => Promise<T>): Promise<T> => {
    const next = chain.then(step);
    chain = next.catch(() => undefined);
    return next;
  };
}

export async function syncMunicipality(db: Db, slug: string, options: SyncOptions): Promise<SyncSummary> {
  const settings = await findSettings(db, slug);
  if (!settings) throw notFound('municipality');
  if (!settings.system_url) throw new AppError(400, 'oparl_not_configured', 'council.error.notConfigured', { municipality: settings.name });
  const configured = { ...settings, system_url: settings.system_url };
  const run = await startRun(db, configured, options.full === true);
  return new Sync(db, configured, run, options).execute();
}

class Sync {
  private readonly faults: FaultLog;
  private readonly client: OparlClient;
  private readonly store = serial();
  private readonly totals: { read: number; created: number; changed: number; deleted: number };
  private readonly state: ResumeState;
  private readonly progress = { pagesRead: 0, pagesKnown: 0 };

  private readonly municipalityId: number;
  private readonly systemUrl: string;
  /** Aborted when the heartbeat finds the run taken over: every request ends, nothing more is written. */
  private readonly lost = new AbortController();

  constructor(
    private readonly db: Db,
    private readonly settings: SettingsRow & { system_url: string },
    private readonly run: StartedRun,
    private readonly options: SyncOptions,
  ) {
    this.municipalityId = settings.municipality_id;
    this.systemUrl = settings.system_url;
    this.faults = new FaultLog(run.faults);
    const signal = options.signal ? AbortSignal.any([options.signal, this.lost.signal]) : this.lost.signal;
    this.client = oparlClient(options.client, settings.system_url, signal);
    this.totals = { ...run.counts };
    this.state = run.resume;
  }

  async execute(): Promise<SyncSummary> {
    let beating: Promise<void> = Promise.resolve();
    const heartbeat = setInterval(() => {
      beating = beating.then(() => this.beat());
    }, this.options.heartbeatMs ?? HEARTBEAT_MS);
    try {
      return await this.steps();
    } finally {
      clearInterval(heartbeat);
      await beating;
    }
  }

  private async beat(): Promise<void> {
    let held = true;
    try {
      held = await beat(this.db, this.run);
    } catch {
      // A failed heartbeat (the database away for a moment) is no lost ownership: the next one tries again.
    }
    if (!held) this.lost.abort();
    this.options.onHeartbeat?.(held);
  }

  private async steps(): Promise<SyncSummary> {
    const { settings } = this;
    try {
      const body = await resolveBody(this.client, this.systemUrl, settings.body_url, this.faults.report);
      if (body.url !== settings.body_url || body.name !== settings.body_name)
        await saveBody(this.db, this.municipalityId, body.url, body.name);
      this.state.bodyUrl = body.url;
      await setRunBody(this.db, this.run, body.url);
      // Every list is walked to its end (or to the interruption) before the first failure counts.
      const walks = await Promise.allSettled(listNames.map((name) => this.walk(name, body[name])));
      for (const walk of walks) if (walk.status === 'rejected') throw walk.reason;
      await this.fetchReferences();
      // Decisions gaining or losing their paper change the Vorhaben's public page and JSON.
      const matching = await this.db.transaction().execute(async (trx) => {
        await holdRun(trx, this.run);
        const result = await matchMunicipalityDecisions(trx, {
          municipalityId: this.municipalityId,
          bodyUrl: body.url,
          referencePattern: settings.reference_pattern,
          bodyPrefixes: settings.decision_bodies.map((b) => b.prefix),
        });
        if (result.changed > 0) await notifyChange(trx);
        return result;
      });
      return await this.finish('succeeded', null, matching);
    } catch (err) {
      // Taken over by another process: it goes on with the run, this one writes nothing more.
      if (err instanceof RunTakenOver || this.lost.signal.aborted) {
        await this.store(() => Promise.resolve());
        return this.summary('interrupted', null, null);
      }
      if (err instanceof SyncInterrupted) return this.finish('interrupted', null, null);
      if (err instanceof SystemProblem) return this.finish('failed', err.messageKey, null);
      await this.finish('failed', 'council.problem.unexpected', null);
      throw err;
    }
  }

  private async walk(name: ListName, listUrl: string | null): Promise<void> {
    const entry = this.state.lists[name];
    if (entry && entry.next === null) return; // read before the interruption
    if (!listUrl) {
      this.faults.report('invalid_object', this.state.bodyUrl ?? this.systemUrl, `the body names no ${name} list`);
      return;
    }
    const start = entry?.next ?? withModifiedSince(listUrl, this.run.since);
    let counted = false;
    const limits = { maxPages: this.options.client.maxPages ?? DEFAULT_MAX_PAGES, stop: () => this.objectLimitReached() };
    const result = await walkList(
      this.client,
      start,
      this.faults.report,
      async (page) => {
        if (!counted && page.totalPages) this.progress.pagesKnown += page.totalPages;
        counted = true;
        const parts = pageBatches(name, page.objects, this.faults.report, page.url, this.state.bodyUrl ?? null);
        await this.save(parts, page.url, () => {
          this.state.lists[name] = { next: page.next };
          if (page.failed) this.state.incomplete = true;
        });
        this.progress.pagesRead++;
        this.options.onProgress?.({ ...this.progress, objectsRead: this.totals.read });
      },
      limits,
    );
    if (!result.complete) this.state.incomplete = true;
  }

  private limitReported = false;

  /** True once the run has read its most objects; reported once, and the run counts as incomplete. */
  private objectLimitReached(): boolean {
    const limit = this.options.objectLimit ?? MAX_OBJECTS_PER_RUN;
    if (this.totals.read < limit) return false;
    if (!this.limitReported) this.faults.report('run_limit', this.state.bodyUrl ?? this.systemUrl, `${limit} objects`);
    this.limitReported = true;
    this.state.incomplete = true;
    return true;
  }

  /** Stores a page's objects and the run's progress in one transaction, one page at a time. */
  private save(parts: RowBatch[], where: string, advance: () => void, fetched: string | null = null): Promise<void> {
    const batch = mergeBatches(parts);
    return this.store(() =>
      this.db.transaction().execute(async (trx) => {
        const candidates = await candidatesOf(trx, this.municipalityId, batch);
        const counts = await writeBatches(trx, this.municipalityId, parts, (part, err) =>
          this.faults.report('invalid_object', batchUrl(part) ?? where, `not stored: ${err.message}`),
        );
        await notifyCouncilEvents(trx, this.municipalityId, candidates);
        // Papers, meetings and deliberations show on Vorhaben pages and in their JSON: every process
        // empties its response cache and cached Vorhaben when this page is committed.
        if (counts.created + counts.changed + counts.deleted > 0) await notifyChange(trx);
        advance();
        await addPending(trx, this.municipalityId, batch.references);
        if (fetched !== null) await removePending(trx, this.municipalityId, fetched);
        const read = batchSize(batch);
        this.totals.read += read;
        this.totals.created += counts.created;
        this.totals.changed += counts.changed;
        this.totals.deleted += counts.deleted;
        await saveProgress(trx, this.run, {
          read,
          ...counts,
          resume: this.state,
          faults: this.faults.list(),
          faultCount: this.faults.total(),
        });
      }),
    );
  }

  /**
   * Objects named by others but in no list, from the table of pending references: those never tried
   * first, then the least recently tried, so that a few that always fail do not take every run's turn.
   * Fetching a meeting or paper brings its agenda items and consultations along, which may name more:
   * a few rounds, up to the run's limit.
   */
  private async fetchReferences(): Promise<void> {
    const limit = this.options.referenceLimit ?? 500;
    const tried = new Set<string>();
    for (let round = 0; round < 6; round++) {
      await collectPending(this.db, this.municipalityId);
      const room = limit - tried.size;
      // Meetings, papers and organisations first: their agenda items and consultations come along.
      const first = await nextPending(this.db, this.municipalityId, [...tried], room, true);
      const wanted = first.length > 0 ? first : await nextPending(this.db, this.municipalityId, [...tried], room, false);
      if (wanted.length === 0 || this.objectLimitReached()) return;
      if (wanted.length === room) {
        const waiting = await countPending(this.db, this.municipalityId, [...tried]);
        if (waiting > room) this.faults.report('reference_limit', this.state.bodyUrl ?? this.systemUrl, `${waiting - room} left`);
      }
      await Promise.all(
        wanted.map(async (reference) => {
          tried.add(reference.url);
          const answer = await this.client.get(reference.url);
          if (answer.kind !== 'ok') {
            await this.markTried(reference.url);
            const fault = answerFault(answer);
            this.faults.report(fault.kind, reference.url, fault.detail);
            return;
          }
          const batch = referenceBatch(reference, answer.body, this.faults.report);
          // An answer that is no usable object (reported) counts as a failed try, not as fetched.
          if (batchSize(batch) === 0) return this.markTried(reference.url);
          await this.save([batch], reference.url, () => undefined, reference.url);
        }),
      );
      if (tried.size >= limit) return;
    }
  }

  /**
   * Records a failed try of a pending reference, under the run's token like every other write of the
   * run: a process whose run was taken over changes nothing (holdRun throws RunTakenOver).
   */
  private markTried(url: string): Promise<void> {
    return this.store(() =>
      this.db.transaction().execute(async (trx) => {
        await holdRun(trx, this.run);
        await markTried(trx, this.municipalityId, url);
      }),
    );
  }

  private async finish(
    status: SyncSummary['status'],
    error: string | null,
    matching: { matched: number; unmatched: UnmatchedDecision[] } | null,
  ): Promise<SyncSummary> {
    // Wait for pages still being stored, so the run's row is written last.
    await this.store(() => Promise.resolve());
    await finishRun(this.db, this.run, {
      status,
      complete: status === 'succeeded' && !this.state.incomplete,
      faults: this.faults.list(),
      faultCount: this.faults.total(),
      matched: matching?.matched ?? null,
      unmatched: matching?.unmatched.length ?? null,
      error,
      resume: this.state,
    });
    return this.summary(status, error, matching);
  }

  private summary(
    status: SyncSummary['status'],
    error: string | null,
    matching: { matched: number; unmatched: UnmatchedDecision[] } | null,
  ): SyncSummary {
    return {
      runId: this.run.id,
      mode: this.run.mode,
      status,
      resumed: this.run.resumed,
      ...this.totals,
      faultCount: this.faults.total(),
      faults: this.faults.list(),
      matched: matching?.matched ?? null,
      unmatched: matching?.unmatched ?? [],
      error,
    };
  }
}
