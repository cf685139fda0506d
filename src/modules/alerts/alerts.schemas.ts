// The subscription form: an e-mail address, how often, and the register's filter it carries along
// (the same fields and rules as the register's query string).
import { z } from 'zod';
import { alertModes } from '../../db/schema.js';
import { type ProjectFilters, registerFilterFields } from '../projects/index.js';

export const alertFilterSchema = z.object(registerFilterFields);

/** A filter as stored: only the fields given, so equal filters are equal JSON. */
export type AlertFilters = Record<string, string>;

export function storedFilters(filters: ProjectFilters): AlertFilters {
  return Object.fromEntries(Object.entries(filters).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
}

export const subscribeFormSchema = z.object({
  email: z.string().trim().max(254).pipe(z.email()),
  mode: z.enum(alertModes),
});

/** The register's address with this filter: the mails and pages link to it. */
export function registerQuery(filters: AlertFilters): string {
  const q = new URLSearchParams(filters).toString();
  return q ? `?${q}` : '';
}
