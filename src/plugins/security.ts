// Security headers for every response, with a Content-Security-Policy that allows no inline script or
// style: all CSS and JS come from /assets. Map tiles are the one possible outside source: the
// installation's own tile server always, a third-party one only for a visitor who agreed to load the
// map (map.js sets the cookie), so that no page can make the browser ask it before.
// Helmet decides the headers once for each of the two cases (tiles agreed to or not), and each request
// gets one of those sets: the Fastify plugin built Helmet's middleware anew for every request, and even
// run once per request Helmet's eleven steps were a noticeable part of a page's time.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config.js';

/** Set by map.js when a visitor agrees to load map tiles from a third party (not HttpOnly: the script reads it). */
export const TILE_CONSENT_COOKIE = 'lotse_tiles';

const agreed = (req: IncomingMessage) => (req.headers.cookie ?? '').split(/;\s*/).includes(`${TILE_CONSENT_COOKIE}=1`);

/** Helmet as configured for this installation (its map tile server, HTTPS or not). */
export function securityMiddleware(config: Pick<Config, 'map' | 'publicUrl'>): Middleware {
  const map = config.map;
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', (req) => (!map.consentRequired || agreed(req as IncomingMessage) ? map.origin : "'self'")],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
    },
    // The API and open data are meant to be reused by other sites.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    strictTransportSecurity: config.publicUrl.startsWith('https://'),
  });
}

export default fp(async (app: FastifyInstance) => {
  const headersFor = replayed(securityMiddleware(app.config));
  app.addHook('onRequest', (request, reply, done) => {
    for (const [name, value] of headersFor(request.raw)) reply.raw.setHeader(name, value);
    done();
  });
});

/** The headers for a request: Helmet's answer for its case (tiles agreed to or not), decided once each. */
export function replayed(middleware: Middleware): (req: IncomingMessage) => [string, string][] {
  const withTiles = headersOf(middleware, `${TILE_CONSENT_COOKIE}=1`);
  const withoutTiles = headersOf(middleware, '');
  return (req) => (agreed(req) ? withTiles : withoutTiles);
}

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/** The headers Helmet sets for a request with this cookie (Helmet reads nothing else of a request). */
function headersOf(middleware: Middleware, cookie: string): [string, string][] {
  const set = new Map<string, string>();
  const req = { headers: { cookie } } as unknown as IncomingMessage;
  const res = {
    setHeader: (name: string, value: string) => set.set(name, value),
    removeHeader: (name: string) => set.delete(name),
  } as unknown as ServerResponse;
  let failed: unknown;
  middleware(req, res, (err) => (failed = err));
  if (failed) throw failed as Error;
  return [...set];
}
