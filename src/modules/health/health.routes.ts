// Liveness and readiness in one: the process answers and the database does too.
import type { FastifyInstance } from 'fastify';
import { pingDatabase } from './health.repository.js';

export async function healthRoutes(app: FastifyInstance) {
  app.get('/healthz', async (_request, reply) => {
    try {
      await pingDatabase(app.db);
      return { status: 'ok', database: 'ok' };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
    }
  });
}
