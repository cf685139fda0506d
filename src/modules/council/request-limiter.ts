// A council's server is small and shared with its own users: a sync sends at most `concurrency` requests
// at once and starts at most `perSecond` per second, however many lists and references it walks.
import { AppError } from '../../lib/errors.js';

/**
 * The sync was stopped (Ctrl-C, shutdown) while waiting: an AppError (HTTP 503, code
 * `council_sync_interrupted`) so that, should it ever reach a request, it is answered like any other.
 * The sync catches it and records the run as interrupted.
 */
export class SyncInterrupted extends AppError {
  constructor() {
    super(503, 'council_sync_interrupted', 'council.cli.interrupted');
    this.name = 'SyncInterrupted';
  }
}

/** Waits `ms`, or throws SyncInterrupted as soon as the signal aborts. */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(new SyncInterrupted());
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new SyncInterrupted());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export interface RequestLimiter {
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function requestLimiter(
  { concurrency, perSecond }: { concurrency: number; perSecond: number },
  signal?: AbortSignal,
): RequestLimiter {
  const interval = 1000 / perSecond;
  let nextStart = 0;
  let running = 0;
  const waiting: (() => void)[] = [];

  const acquire = async () => {
    if (running >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
  };
  const release = () => {
    running--;
    waiting.shift()?.();
  };

  return {
    async run(task) {
      await acquire();
      try {
        // Slots are handed out in order of arrival, `interval` apart.
        const now = Date.now();
        const start = Math.max(now, nextStart);
        nextStart = start + interval;
        if (start > now) await pause(start - now, signal);
        if (signal?.aborted) throw new SyncInterrupted();
        return await task();
      } finally {
        release();
      }
    },
  };
}
