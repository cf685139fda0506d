// API v1 for Vorhaben: JSON list with cursor pagination and filters, one project, and the whole
// register as CSV in the spreadsheet format. Strict: unknown filter values answer 400.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Db } from '../../db/database.js';
import { AppError } from '../../lib/errors.js';
import { t } from '../../i18n/index.js';
import { writeCsv } from './import/vorhabenliste-writer.js';
import { apiListQuerySchema } from './projects.schemas.js';
import { allProjects, apiProject, apiProjectPage, filterOptions, unknownFilterValues } from './projects.service.js';

export function parseQuery<S extends z.ZodType>(schema: S, request: FastifyRequest): z.infer<S> {
  const parsed = schema.safeParse(request.query ?? {});
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => {
    const field = issue.path.join('.') || 'query';
    const message =
      issue.code === 'invalid_value'
        ? t(request.locale, 'error.unknownValue', { value: String((request.query as Record<string, unknown>)[field]), allowed: issue.values.join(', ') })
        : issue.message;
    return { field, message };
  });
  throw new AppError(400, 'invalid_query', 'error.invalidQuery', { field: details[0]!.field, reason: details[0]!.message }, details);
}

/** ISO date or date-time; without an offset it means UTC (JavaScript would read it as local time). */
function utcDate(iso: string): Date {
  const hasZone = iso.length === 10 || /(z|[+-]\d\d:?\d\d)$/i.test(iso);
  return new Date(hasZone ? iso : `${iso}Z`);
}

export async function projectApiRoutes(app: FastifyInstance) {
  app.get('/api/v1/projects', { config: { cache: true } }, async (request) => {
    const q = parseQuery(apiListQuerySchema, request);
    const base = app.config.publicUrl;
    const filters = { q: q.q, municipality: q.municipality, topic: q.topic, status: q.status, participation: q.participation };
    await refuseUnknownFilters(app.db, request, filters);
    return apiProjectPage(app.db, {
      filters,
      changedSince: q.changed_since ? utcDate(q.changed_since) : undefined,
      cursor: q.cursor,
      limit: q.limit,
      locale: q.lang,
      baseUrl: base,
      selfUrl: new URL(request.url, base),
    });
  });

  app.get('/api/v1/projects.csv', { config: { cache: true } }, async (_request, reply) => {
    const csv = writeCsv(await allProjects(app.db, { includeDrafts: false }));
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="vorhabenliste.csv"')
      .send(csv);
  });

  app.get('/api/v1/projects/:slug', { config: { cache: true } }, async (request) => {
    const { slug } = request.params as { slug: string };
    const { lang } = parseQuery(apiListQuerySchema.pick({ lang: true }), request);
    return apiProject(app.db, slug, app.config.publicUrl, lang);
  });
}

/** Refuses (400, translated, with the allowed values) a municipality or topic filter that names nothing known. */
export async function refuseUnknownFilters(db: Db, request: FastifyRequest, filters: { municipality?: string | undefined; topic?: string | undefined }): Promise<void> {
  if (!filters.municipality && !filters.topic) return;
  const unknown = unknownFilterValues(filters, await filterOptions(db));
  if (!unknown.length) return;
  const details = unknown.map((u) => ({ field: u.field, message: t(request.locale, 'error.unknownValue', { value: u.value, allowed: u.allowed.join(', ') }) }));
  throw new AppError(400, 'invalid_query', 'error.invalidQuery', { field: details[0]!.field, reason: details[0]!.message }, details);
}
