// Prometheus metrics of one app (each app its own registry, so tests can build many): request
// durations by route pattern (never the URL itself: it can carry tokens and search words, and every
// Vorhaben would become a series of its own), the job queue's depth and the database pool.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { poolStats } from '../../db/database.js';
import { metricsAccess } from './metrics-access.js';
import { queueDepth } from './health.repository.js';

function createRegistry(app: FastifyInstance) {
  const register = new Registry();
  collectDefaultMetrics({ register, prefix: 'lotse_' });
  const requests = new Histogram({
    name: 'lotse_http_request_duration_seconds',
    help: 'Time from a request arriving to its answer being sent, by route pattern',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [register],
  });
  new Gauge({
    name: 'lotse_job_queue_jobs',
    help: 'Jobs in the queue by task and state (waiting: due and not taken; running; failed: out of attempts)',
    labelNames: ['task', 'state'] as const,
    registers: [register],
    async collect() {
      this.reset();
      for (const row of await queueDepth(app.db))
        for (const state of ['waiting', 'running', 'failed'] as const) this.set({ task: row.task, state }, row[state]);
    },
  });
  new Gauge({
    name: 'lotse_db_pool_connections',
    help: "This process's database connections by state (in use, idle, max), and requests waiting for one",
    labelNames: ['state'] as const,
    registers: [register],
    collect() {
      const stats = poolStats(app.db);
      if (!stats) return;
      this.set({ state: 'in_use' }, stats.total - stats.idle);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'max' }, stats.max);
      this.set({ state: 'waiting' }, stats.waiting);
    },
  });
  return { register, requests };
}

/** Not encapsulated (fastify-plugin): the timing hook must see the requests of every route of the app. */
export const metricsPlugin = fp(async (app: FastifyInstance) => {
  const { register, requests } = createRegistry(app);
  const mayRead = metricsAccess(app.config.metrics);
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? '(unmatched)';
    if (route === '/metrics') return;
    requests.observe({ method: request.method, route, status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
  app.get('/metrics', async (request, reply) => {
    if (!mayRead(request.headers.authorization, request.ip)) {
      return reply
        .code(403)
        .header('www-authenticate', 'Bearer')
        .send({ error: 'forbidden', message: 'Metrics need a token or an allowed network' });
    }
    return reply.type(register.contentType).send(await register.metrics());
  });
});
