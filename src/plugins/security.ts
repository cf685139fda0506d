// Security headers for every response, with a Content-Security-Policy that allows no inline script or
// style: all CSS and JS come from /assets. Map tiles are the one possible outside source: the
// installation's own tile server always, a third-party one only for a visitor who agreed to load the
// map (map.js sets the cookie), so that no page can make the browser ask it before.
// Helmet's middleware is built once here: the Fastify plugin built it anew for every request, and parsing
// the policy was a noticeable part of a page's time.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';
import type { IncomingMessage } from 'node:http';

/** Set by map.js when a visitor agrees to load map tiles from a third party (not HttpOnly: the script reads it). */
export const TILE_CONSENT_COOKIE = 'lotse_tiles';

const agreed = (req: IncomingMessage) => (req.headers.cookie ?? '').split(/;\s*/).includes(`${TILE_CONSENT_COOKIE}=1`);

export default fp(async (app: FastifyInstance) => {
  const map = app.config.map;
  const headers = helmet({
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
    strictTransportSecurity: app.config.publicUrl.startsWith('https://'),
  });
  app.addHook('onRequest', (request, reply, done) => headers(request.raw, reply.raw, (err) => done(err as Error | undefined)));
});
