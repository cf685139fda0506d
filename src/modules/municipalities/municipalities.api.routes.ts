// API v1: the municipalities with their aliases, council bodies and number of published Vorhaben.
import type { FastifyInstance } from 'fastify';
import { municipalitiesWithCounts } from './municipalities.service.js';

export async function municipalityApiRoutes(app: FastifyInstance) {
  app.get('/api/v1/municipalities', { config: { cache: true } }, async () => ({ items: await municipalitiesWithCounts(app.db) }));
}
