// The DCAT-AP.de catalogue of the open data: /api/v1/dcat by content negotiation, and one address per
// serialisation for harvesters that configure a file.
import type { FastifyInstance } from 'fastify';
import { catalogue } from './dcat.service.js';
import { negotiateRdf } from './negotiate.js';
import { rdfFormats, type RdfFormat } from './rdf-serialise.js';

export async function openDataApiRoutes(app: FastifyInstance) {
  const options = { baseUrl: app.config.publicUrl, license: app.config.dataLicense };
  const answer = async (format: RdfFormat) => ({
    type: `${rdfFormats[format].mediaType}; charset=utf-8`,
    body: await catalogue(app.db, options, format),
  });

  app.get('/api/v1/dcat', async (request, reply) => {
    const { type, body } = await answer(negotiateRdf(request.headers.accept));
    return reply.type(type).header('vary', 'Accept').send(body);
  });
  for (const format of Object.keys(rdfFormats) as RdfFormat[]) {
    app.get(`/api/v1/dcat.${rdfFormats[format].suffix}`, { config: { cache: true } }, async (_request, reply) => {
      const { type, body } = await answer(format);
      return reply.type(type).send(body);
    });
  }
}
