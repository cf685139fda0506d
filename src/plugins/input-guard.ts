// Input that no handler can use is refused before any handler runs, with the usual 4xx answer: ids
// that are neither positive whole numbers within the database's range nor opaque keys, NUL bytes (PostgreSQL refuses them
// in text) and percent-encodings that are not UTF-8, in the path, the query string or the body.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, notFound } from '../lib/errors.js';

/** Route parameters named `id` or `…Id` hold database ids: 1 … 2³¹−1, or an opaque key (uploads waiting for confirmation). */
const ID_PARAM = /^(id|\w+Id)$/;
const ID_VALUE = /^[1-9]\d{0,9}$/;
const OPAQUE_KEY = /^[\w-]{16,64}$/;
const MAX_ID = 2 ** 31 - 1;

export const badInput = () => new AppError(400, 'bad_input', 'error.badInput');

function validId(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  return (ID_VALUE.test(value) && Number(value) <= MAX_ID) || OPAQUE_KEY.test(value);
}

/** The raw URL's path and query, decoded: false when an escape is not UTF-8 or decodes to NUL. */
function urlIsClean(url: string): boolean {
  if (url.includes('\u0000') || /%00/i.test(url)) return false;
  try {
    for (const part of url.split(/[?&=]/)) decodeURIComponent(part.replace(/\+/g, ' '));
    return true;
  } catch {
    return false;
  }
}

/** True when any string inside the value (a parsed form, JSON or multipart fields) holds a NUL byte. */
function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 8 || value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return false;
  if (Array.isArray(value)) return value.some((v) => holdsNul(v, depth + 1));
  return Object.entries(value as Record<string, unknown>).some(([k, v]) => k.includes('\u0000') || holdsNul(v, depth + 1));
}

export function checkParams(request: FastifyRequest): void {
  const params = (request.params ?? {}) as Record<string, unknown>;
  for (const [name, value] of Object.entries(params)) {
    if (ID_PARAM.test(name) && !validId(value)) throw notFound();
    if (typeof value === 'string' && value.includes('\u0000')) throw notFound();
  }
}

export default fp(async (app: FastifyInstance) => {
  app.addHook('onRequest', async (request) => {
    if (!urlIsClean(request.url)) throw badInput();
    checkParams(request);
  });
  // preHandler: by then every body is parsed, multipart forms included (their parser runs in preValidation).
  app.addHook('preHandler', async (request) => {
    if (holdsNul(request.body)) throw badInput();
  });
});
