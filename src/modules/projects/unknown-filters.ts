// The municipality and topic filters of every API list name something that exists, else 400 with the
// allowed values (a typo must not quietly return an empty list).
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import { t } from '../../i18n/index.js';
import { invalidQuery } from '../../platform/api-query.js';
import { filterOptions, unknownFilterValues } from './projects.service.js';

/** Refuses (400, translated, with the allowed values) a municipality or topic filter that names nothing known. */
export async function refuseUnknownFilters(
  db: Db,
  request: FastifyRequest,
  filters: { municipality?: string | undefined; topic?: string | undefined; place?: string | undefined },
): Promise<void> {
  if (!filters.municipality && !filters.topic && !filters.place) return;
  // The options as the search index keeps them between changes: not two queries per API request.
  const unknown = unknownFilterValues(filters, await filterOptions(db, request.server.registerSearch ?? null));
  if (!unknown.length) return;
  const details = unknown.map((u) => ({
    field: u.field,
    message: t(request.locale, 'error.unknownValue', { value: u.value, allowed: u.allowed.join(', ') }),
  }));
  throw invalidQuery(details);
}
