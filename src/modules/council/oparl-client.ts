// GET of one OParl address with what real servers need: a time-out per request, retries with growing
// pauses after HTTP 5xx, time-outs and broken connections, the request limits of request-limiter.ts. It
// never throws for what a server does (only when the sync is interrupted): the caller gets an answer
// saying what happened, and reports it as a fault of the run.
import { checkOrigin, checkPublicAddress, ForeignOrigin, PrivateAddress } from './address-guard.js';
import { pause, type RequestLimiter, requestLimiter, SyncInterrupted } from './request-limiter.js';

export interface ClientSettings {
  concurrency: number;
  requestsPerSecond: number;
  timeoutSeconds: number;
  retries: number;
  /** Pages of one list a sync reads at most (LOTSE_OPARL_MAX_PAGES; default DEFAULT_MAX_PAGES of the walker). */
  maxPages?: number;
  /** The first pause before a retry; each further one doubles it (tests make it short). */
  backoffMs?: number;
  /** Addresses on the machine or the internal network may be read (LOTSE_OPARL_ALLOW_PRIVATE_ADDRESSES; tests). */
  allowPrivateAddresses?: boolean;
}

export type Answer =
  | { kind: 'ok'; body: unknown }
  | { kind: 'not_found'; code: number | null }
  | { kind: 'http_error'; status: number }
  | { kind: 'timeout' }
  | { kind: 'network'; detail: string }
  | { kind: 'invalid_json'; detail: string }
  | { kind: 'private_address'; detail: string }
  | { kind: 'foreign_origin'; detail: string };

const MAX_BACKOFF_MS = 60_000;
/** Redirects followed per request, each checked like the first address. */
const MAX_REDIRECTS = 5;
const isRedirect = (status: number) => status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
/**
 * A list page of a real server is tens of kilobytes; anything this large is broken, not data. Each answer
 * is held as bytes, text and parsed objects at once, times the concurrency (up to 16): 4 MiB keeps that
 * well below a gigabyte.
 */
const MAX_ANSWER_BYTES = 4 * 2 ** 20;

/** The answer's text, or null when it is larger than MAX_ANSWER_BYTES (read no further). */
async function readText(response: Response): Promise<string | null> {
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    // Leaving the loop cancels the rest of the download.
    if (size > MAX_ANSWER_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export interface OparlClient {
  get(url: string): Promise<Answer>;
  /** Requests sent so far, retries included. */
  readonly requests: number;
}

const retryable = (status: number) => status >= 500 || status === 408 || status === 429;

/**
 * `systemUrl` is the configured system address: only addresses on its server (address-guard's
 * `onOrigin`) are read, every hop of a redirect included; anything else answers `foreign_origin`.
 */
export function oparlClient(settings: ClientSettings, systemUrl: string, signal?: AbortSignal): OparlClient {
  const limiter: RequestLimiter = requestLimiter({ concurrency: settings.concurrency, perSecond: settings.requestsPerSecond }, signal);
  let requests = 0;

  const once = (url: string): Promise<Answer> =>
    limiter.run(async () => {
      requests++;
      const timeout = AbortSignal.timeout(settings.timeoutSeconds * 1000);
      try {
        const response = await fetchFollowing(url, {
          headers: { accept: 'application/json', 'user-agent': 'Lotse (OParl client)' },
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        });
        const text = await readText(response);
        if (text === null) return { kind: 'invalid_json', detail: `larger than ${MAX_ANSWER_BYTES / 2 ** 20} MiB` };
        if (response.status === 404) return { kind: 'not_found', code: errorCode(text) };
        if (!response.ok) return { kind: 'http_error', status: response.status };
        try {
          return { kind: 'ok', body: JSON.parse(text) as unknown };
        } catch (err) {
          return { kind: 'invalid_json', detail: (err as Error).message };
        }
      } catch (err) {
        if (signal?.aborted) throw new SyncInterrupted();
        if (err instanceof PrivateAddress) return { kind: 'private_address', detail: err.message };
        if (err instanceof ForeignOrigin) return { kind: 'foreign_origin', detail: err.message };
        if (timeout.aborted) return { kind: 'timeout' };
        const cause = (err as Error & { cause?: Error }).cause;
        return { kind: 'network', detail: cause?.message ?? (err as Error).message };
      }
    });

  /**
   * Follows redirects by hand, so that every hop's host is checked before Lotse connects to it. After
   * too many, the last redirect is the answer (an HTTP error of the run).
   */
  async function fetchFollowing(start: string, init: RequestInit): Promise<Response> {
    let url = start;
    for (let hop = 0; ; hop++) {
      checkOrigin(url, systemUrl);
      if (!settings.allowPrivateAddresses) await checkPublicAddress(url);
      const response = await fetch(url, { ...init, redirect: 'manual' });
      const location = response.headers.get('location');
      if (!isRedirect(response.status) || !location || hop === MAX_REDIRECTS) return response;
      await response.body?.cancel();
      url = new URL(location, url).href;
    }
  }

  return {
    get requests() {
      return requests;
    },
    async get(url) {
      const backoff = settings.backoffMs ?? 1000;
      for (let attempt = 0; ; attempt++) {
        const answer = await once(url);
        const again = answer.kind === 'timeout' || answer.kind === 'network' || (answer.kind === 'http_error' && retryable(answer.status));
        if (!again || attempt >= settings.retries) return answer;
        await pause(Math.min(backoff * 2 ** attempt, MAX_BACKOFF_MS), signal);
      }
    },
  };
}

/** The OParl error code of a 404 body (`{"code": 802}` from SD.NET for an empty list), if any. */
function errorCode(text: string): number | null {
  try {
    const body = JSON.parse(text) as { code?: unknown };
    return typeof body.code === 'number' ? body.code : typeof body.code === 'string' && /^\d+$/.test(body.code) ? Number(body.code) : null;
  } catch {
    return null;
  }
}

/** How an answer that is no object reads as a fault: its kind and a short detail. */
export function answerFault(answer: Exclude<Answer, { kind: 'ok' }>): {
  kind: 'not_found' | 'http_error' | 'timeout' | 'network' | 'invalid_json' | 'private_address' | 'foreign_origin';
  detail: string | null;
} {
  switch (answer.kind) {
    case 'not_found':
      return { kind: 'not_found', detail: answer.code !== null ? `HTTP 404, code ${answer.code}` : 'HTTP 404' };
    case 'http_error':
      return { kind: 'http_error', detail: `HTTP ${answer.status}` };
    case 'timeout':
      return { kind: 'timeout', detail: null };
    case 'network':
      return { kind: 'network', detail: answer.detail };
    case 'invalid_json':
      return { kind: 'invalid_json', detail: answer.detail };
    case 'private_address':
    case 'foreign_origin':
      return { kind: answer.kind, detail: answer.detail };
  }
}
