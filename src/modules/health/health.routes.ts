// Liveness (/healthz: the process answers, no database asked, so a slow database does not get healthy
// processes restarted) and readiness (/readyz: send this process traffic or not).
import type { FastifyInstance } from 'fastify';
import { readiness } from './health.service.js';

export async function healthRoutes(app: FastifyInstance) {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const state = await readiness(app.db);
    return reply.code(state.ready ? 200 : 503).send({ status: state.ready ? 'ready' : 'unavailable', ...state });
  });
}
