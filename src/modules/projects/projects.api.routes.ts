// API v1 for Vorhaben: JSON list with cursor pagination and filters, one project, titles for search as
// you type, and the whole register as CSV in the spreadsheet format. Strict: unknown filter values answer 400.
import type { FastifyInstance } from 'fastify';
import { Readable } from 'node:stream';
import { csvPieces } from './import/vorhabenliste-writer.js';
import { csvMetadata } from './import/csv-metadata.js';
import { apiListQuerySchema, apiMapQuerySchema, suggestionsQuerySchema } from './projects.schemas.js';
import { apiLocalities, apiProject, apiProjectPage, projectFeatures, projectPages, projectSuggestions } from './projects.service.js';
import { parseQuery } from '../../platform/api-query.js';
import { refuseUnknownFilters } from './unknown-filters.js';

/** ISO date or date-time; without an offset it means UTC (JavaScript would read it as local time). */
function utcDate(iso: string): Date {
  const hasZone = iso.length === 10 || /(z|[+-]\d\d:?\d\d)$/i.test(iso);
  return new Date(hasZone ? iso : `${iso}Z`);
}

export async function projectApiRoutes(app: FastifyInstance) {
  app.get('/api/v1/projects', { config: { cache: true } }, async (request, reply) => {
    const q = parseQuery(apiListQuerySchema, request);
    const base = app.config.publicUrl;
    const filters = {
      q: q.q,
      municipality: q.municipality,
      topic: q.topic,
      status: q.status,
      participation: q.participation,
      plainLanguage: q.plainLanguage,
      place: q.place,
    };
    await refuseUnknownFilters(app.db, request, filters);
    const json = await apiProjectPage(app.db, app.registerSearch, {
      filters,
      changedSince: q.changed_since ? utcDate(q.changed_since) : undefined,
      cursor: q.cursor,
      limit: q.limit,
      locale: q.lang,
      baseUrl: base,
      selfUrl: new URL(request.url, base),
    });
    return reply.type('application/json; charset=utf-8').send(json);
  });

  app.get('/api/v1/places', { config: { cache: true } }, async () => apiLocalities(app.db));

  // All matching Vorhaben with a place, at once: a map shows every result. Same filters as the list.
  app.get('/api/v1/projects.geojson', { config: { cache: true } }, async (request, reply) => {
    const q = parseQuery(apiMapQuerySchema, request);
    const filters = {
      q: q.q,
      municipality: q.municipality,
      topic: q.topic,
      status: q.status,
      participation: q.participation,
      place: q.place,
    };
    await refuseUnknownFilters(app.db, request, filters);
    const collection = await projectFeatures(app.db, app.registerSearch, { filters, locale: q.lang, baseUrl: app.config.publicUrl });
    return reply.type('application/geo+json; charset=utf-8').send(JSON.stringify(collection));
  });

  // Streamed a page of Vorhaben at a time, so a register of any size costs one page of memory; not kept in
  // the response cache, which holds whole answers.
  app.get('/api/v1/projects.csv', async (_request, reply) => {
    const csv = Readable.from(csvPieces(projectPages(app.db, { includeDrafts: false })));
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="vorhabenliste.csv"').send(csv);
  });

  // What a reuser needs to read the CSV without guessing: columns, separator, licence (W3C CSV on the Web).
  app.get('/api/v1/projects.csv-metadata.json', { config: { cache: true } }, async (_request, reply) =>
    reply.type('application/csvm+json; charset=utf-8').send(csvMetadata(app.config.publicUrl, app.config.dataLicense)),
  );

  // A fixed path wins over /:slug in Fastify's router.
  app.get('/api/v1/projects/suggestions', { config: { cache: true } }, async (request) => {
    const { q, lang } = parseQuery(suggestionsQuerySchema, request);
    return projectSuggestions(app.db, app.registerSearch, { q, locale: lang, baseUrl: app.config.publicUrl });
  });

  app.get('/api/v1/projects/:slug', { config: { cache: true } }, async (request) => {
    const { slug } = request.params as { slug: string };
    const { lang } = parseQuery(apiListQuerySchema.pick({ lang: true }), request);
    return apiProject(app.db, slug, app.config.publicUrl, lang);
  });
}
