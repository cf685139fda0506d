// A council's server is small and shared with its own users: a sync sends at most `concurrency` requests
// at once and starts at most `perSecond` per second, however many lists and references it walks.

export class SyncInterrupted extends Error {
  constructor() {
    super('The sync was interrupted');
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
