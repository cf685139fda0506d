// Keeps the responses of public, anonymous GET routes in memory until public data changes. Routes opt in
// with `config: { cache: true }`. Every process listens for change notices from PostgreSQL and empties
// its cache on each, so all processes serve current data; while the listener is down nothing is cached.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyContextConfig {
    cache?: boolean;
  }
  interface FastifyRequest {
    cacheGeneration?: number;
  }
}

interface Entry {
  status: number;
  contentType: string;
  extraHeaders: Record<string, string>;
  /** Encoded once: sending a Buffer costs nothing per request, a string is encoded on every send. */
  body: Buffer;
}

const MAX_ENTRIES = 2000;
const MAX_BYTES = 64 * 1024 * 1024;
/** How many addresses asked for once are remembered, waiting for a second request. */
const MAX_SEEN = 20_000;
/** Longer addresses are never kept: remembering 20,000 of any length could take hundreds of megabytes. */
const MAX_KEY = 1024;
const KEPT_HEADERS = ['content-disposition'];

export class ResponseCache {
  private entries = new Map<string, Entry>();
  private bytes = 0;
  /**
   * Addresses asked for once since the last change. A page is kept only when asked for a second time:
   * most searches are made once, and keeping each of them (25 KB that lives a few seconds) kept the
   * garbage collector busy and pushed the pages that are asked for again out of the cache.
   */
  private seen = new Set<string>();
  /** Raised on every clear: a response computed before a change must not be stored after it. */
  generation = 0;

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      // Map order is insertion order: re-inserting marks the entry as most recently used.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** Whether a response for `key` would be kept: from its second request on. */
  admits(key: string): boolean {
    if (key.length > MAX_KEY) return false;
    if (this.seen.has(key)) return true;
    if (this.seen.size >= MAX_SEEN) this.seen.clear();
    this.seen.add(key);
    return false;
  }

  set(key: string, entry: Entry): void {
    if (entry.body.length > MAX_BYTES / 8) return;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= MAX_ENTRIES && this.bytes <= MAX_BYTES) break;
      this.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
    this.seen.clear();
    this.bytes = 0;
    this.generation++;
  }

  private delete(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    this.bytes -= old.body.length;
  }
}

const cacheable = (request: FastifyRequest) => request.method === 'GET' && request.routeOptions.config?.cache === true;

export default fp(async (app: FastifyInstance, opts: { enabled: boolean }) => {
  if (!opts.enabled) return;
  const cache = new ResponseCache();
  app.changes.subscribe(() => cache.clear());
  const listener = app.changes;

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!cacheable(request) || !listener.connected) return;
    request.cacheGeneration = cache.generation;
    const hit = cache.get(request.url);
    if (!hit) return;
    reply.header('x-cache', 'hit').headers(hit.extraHeaders).type(hit.contentType).code(hit.status);
    return reply.send(hit.body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (!cacheable(request) || !listener.connected || reply.statusCode !== 200 || reply.getHeader('x-cache') === 'hit') return payload;
    if (request.cacheGeneration !== cache.generation) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (!cache.admits(request.url)) return payload;
    const extraHeaders: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = reply.getHeader(name);
      if (value !== undefined) extraHeaders[name] = String(value);
    }
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    cache.set(request.url, { status: 200, contentType: String(reply.getHeader('content-type') ?? 'text/plain'), extraHeaders, body });
    reply.header('x-cache', 'miss');
    // The encoded body, not the string: sending the string would encode it a second time.
    return body;
  });
});
