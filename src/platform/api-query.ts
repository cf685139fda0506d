// Reading an API request's query string: checked with the route's zod schema, and refused with one
// translated 400 (code `invalid_query`) that names every bad field, so a client can correct them all.
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { t } from '../i18n/index.js';
import { AppError } from '../lib/errors.js';

export function parseQuery<S extends z.ZodType>(schema: S, request: FastifyRequest): z.infer<S> {
  const parsed = schema.safeParse(request.query ?? {});
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => {
    const field = issue.path.join('.') || 'query';
    const message =
      issue.code === 'invalid_value'
        ? t(request.locale, 'error.unknownValue', {
            value: String((request.query as Record<string, unknown>)[field]),
            allowed: issue.values.join(', '),
          })
        : issue.message;
    return { field, message };
  });
  throw invalidQuery(details);
}

/** The 400 for a bad query: the first problem in the message, all of them in `details`. */
export function invalidQuery(details: { field: string; message: string }[]): AppError {
  return new AppError(400, 'invalid_query', 'error.invalidQuery', { field: details[0]!.field, reason: details[0]!.message }, details);
}
