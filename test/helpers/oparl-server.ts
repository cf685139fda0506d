// OParl servers for tests on a local port: the real crawl of Hürtgenwald's SD.NET endpoint (its URLs
// mapped from https://sdnetrim.kdvz-frechen.de/… onto the local server), and made-up servers that answer
// each address with a script of replies (HTTP 500 then 200, a reply that never comes, a page that is no
// JSON, …). Every request is logged, so a test can tell which pages a sync asked for.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';

export interface Reply {
  status?: number;
  /** JSON, written with `http://oparl.test` standing for the server's own address. */
  body?: unknown;
  /** Sent as it is (a page that is no JSON). */
  raw?: string;
  /** The reply never comes (the client's time-out must end the wait). */
  hang?: boolean;
  /** Further headers (a redirect's `location`). */
  headers?: Record<string, string>;
  /** The reply is sent when this settles (the test decides when a slow page arrives). */
  after?: Promise<unknown>;
}

export const PLACEHOLDER = 'http://oparl.test';

export interface OparlTestServer {
  /** The server's address, e.g. http://127.0.0.1:41234. */
  base: string;
  /** An address on this server: `url('/system')`. */
  url(pathAndQuery: string): string;
  /** Every request's path and query, in order. */
  requests: string[];
  /** Replies for one path and query, in turn; the last one repeats. */
  on(pathAndQuery: string, ...replies: Reply[]): void;
  /** Settles when a request for this path and query arrives (at once if one did). */
  arrived(pathAndQuery: string): Promise<void>;
  close(): Promise<void>;
}

export async function oparlTestServer(fallback?: (pathAndQuery: string, base: string) => Reply | null): Promise<OparlTestServer> {
  const scripts = new Map<string, Reply[]>();
  const requests: string[] = [];
  const waiting = new Map<string, (() => void)[]>();
  const open = new Set<http.ServerResponse>();
  let base = '';
  const server = http.createServer((request, response) => {
    const pathAndQuery = request.url ?? '/';
    requests.push(pathAndQuery);
    for (const resolve of waiting.get(pathAndQuery) ?? []) resolve();
    waiting.delete(pathAndQuery);
    const script = scripts.get(pathAndQuery);
    const reply: Reply = (script && (script.length > 1 ? script.shift()! : script[0]!)) ??
      fallback?.(pathAndQuery, base) ?? { status: 404, body: {} };
    if (reply.hang) {
      open.add(response);
      response.on('close', () => open.delete(response));
      return;
    }
    const text = reply.raw ?? JSON.stringify(reply.body ?? {}).replaceAll(PLACEHOLDER, base);
    const send = () => {
      if (response.destroyed) return;
      response.writeHead(reply.status ?? 200, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
      response.end(text);
    };
    if (!reply.after) return send();
    open.add(response);
    response.on('close', () => open.delete(response));
    void reply.after.then(send);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    url: (pathAndQuery) => `${base}${pathAndQuery}`,
    requests,
    on: (pathAndQuery, ...replies) => void scripts.set(pathAndQuery, replies),
    arrived: (pathAndQuery) =>
      requests.includes(pathAndQuery)
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiting.set(pathAndQuery, [...(waiting.get(pathAndQuery) ?? []), resolve])),
    close: async () => {
      for (const response of open) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const fixtures = path.resolve(import.meta.dirname, '../fixtures/oparl');

/** The files of a .tar.gz (ustar), by their path without "./". */
function readTarGz(file: string): Map<string, string> {
  const tar = zlib.gunzipSync(fs.readFileSync(file));
  const files = new Map<string, string>();
  for (let at = 0; at + 512 <= tar.length;) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const field = (from: number, length: number) =>
      header
        .subarray(from, from + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const name = field(0, 100);
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    if (type === '0' || type === '') files.set(name.replace(/^\.\//, ''), tar.subarray(at + 512, at + 512 + size).toString('utf8'));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

let crawl: Map<string, string> | undefined;
/** The crawl's files (read once per test process). */
export const huertgenwaldCrawl = () => (crawl ??= readTarGz(path.join(fixtures, 'huertgenwald-sdnet-oparl-1.0.tar.gz')));

export const CRAWL_ORIGIN = 'https://sdnetrim.kdvz-frechen.de';
export const CRAWL_ROOT = '/rim4220/webservice/oparl/v1.0';

/**
 * Serves the crawl: `/rim4220/webservice/oparl/v1.0/body/1/paper?page=2` is the file
 * `body/1/paper?page=2.json` with every API address of the original server changed to this one (the
 * papers' web pages keep theirs); the first
 * page answers with and without `?page=1`. Anything else answers 404, as the original did.
 */
export function crawlReplies(pathAndQuery: string, base: string): Reply | null {
  if (!pathAndQuery.startsWith(`${CRAWL_ROOT}/`)) return null;
  const files = huertgenwaldCrawl();
  const name = pathAndQuery.slice(CRAWL_ROOT.length + 1);
  const content = files.get(`${name}.json`) ?? files.get(`${name.replace(/\?page=1$/, '')}.json`);
  if (content === undefined) return null;
  return { raw: content.replaceAll(`${CRAWL_ORIGIN}${CRAWL_ROOT}`, `${base}${CRAWL_ROOT}`) };
}

export const crawlServer = () => oparlTestServer(crawlReplies);

/** One of the specification's example objects. */
export function specExample(name: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(fixtures, 'spec-1.1/examples', `${name}.json`), 'utf8')) as Record<string, unknown>;
}
