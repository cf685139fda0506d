// Which requests read from the replica (LOTSE_DATABASE_READ_URL): anonymous GET and HEAD requests outside
// the back office. Everything that must see its own writes reads from the primary: requests of signed-in
// staff and residents (their session was just written), the back office, every request that may write
// (POST and the like), and for a few seconds every request of a browser that has just written, so the
// page it is redirected to shows its change although the replica may lag behind by a moment.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { readingFromReplica } from '../db/read-routing.js';
import { SESSION_COOKIES } from '../lib/session-cookies.js';

/** Set on the answer to a request that may have written: the browser reads from the primary meanwhile. */
export const READ_OWN_WRITES_COOKIE = 'lotse_primary';
const READ_OWN_WRITES_SECONDS = 10;

const needsPrimary = new RegExp(`(?:^|;\\s*)(?:${[...SESSION_COOKIES, READ_OWN_WRITES_COOKIE].join('|')})=`);

export function mayReadFromReplica(request: Pick<FastifyRequest, 'method' | 'url' | 'headers'>): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (/^\/[a-z]{2}\/verwaltung(?:[/?]|$)/.test(request.url)) return false;
  return !needsPrimary.test(request.headers.cookie ?? '');
}

export default fp(async (app: FastifyInstance) => {
  const secure = app.config.publicUrl.startsWith('https://');
  app.addHook('onRequest', (request: FastifyRequest, _reply: FastifyReply, done: () => void) => {
    if (mayReadFromReplica(request)) readingFromReplica(done);
    else done();
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      reply.header(
        'set-cookie',
        `${READ_OWN_WRITES_COOKIE}=1; Max-Age=${READ_OWN_WRITES_SECONDS}; Path=/; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`,
      );
    return payload;
  });
});
