// Every answer of the open-data interface names its licence (RFC 8288 `Link: <…>; rel="license"`), so that
// a program that only fetched the data still knows the terms of reuse; the CSV also points to its
// CSV-on-the-Web description.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const CSV_METADATA_PATH = '/api/v1/projects.csv-metadata.json';

export default fp(async (app: FastifyInstance) => {
  const license = `<${app.config.dataLicense.textUrl}>; rel="license"`;
  const csvLinks = `${license}, <${app.config.publicUrl}${CSV_METADATA_PATH}>; rel="describedby"; type="application/csvm+json"`;
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/')) return payload;
    reply.header('link', request.url.startsWith('/api/v1/projects.csv') && !request.url.startsWith(CSV_METADATA_PATH) ? csvLinks : license);
    return payload;
  });
});
