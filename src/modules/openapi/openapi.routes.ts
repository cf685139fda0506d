// Serves the OpenAPI document; built once per process, it only depends on code and the public URL.
import type { FastifyInstance } from 'fastify';
import { openApiDocument } from './openapi.js';

export async function openApiRoutes(app: FastifyInstance) {
  // Built by the first request for it, not at start.
  let document: ReturnType<typeof openApiDocument> | undefined;
  app.get('/api/v1/openapi.json', async () => (document ??= openApiDocument(app.config.publicUrl, app.config.dataLicense)));
}
