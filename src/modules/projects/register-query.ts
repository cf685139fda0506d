// The register's query string as people and feed readers send it.
import { type z } from 'zod';
import type { ProjectFilters } from './project.types.js';
import { registerQuerySchema, type RegisterView } from './projects.schemas.js';

/**
 * People edit URLs by hand; an unknown filter value is dropped with a notice rather than answered with
 * an error page, so the register stays usable. The API is strict instead.
 */
export function lenientFilters(query: unknown): { filters: ProjectFilters; page: number; view: RegisterView; ignored: string[] } {
  const raw = (query ?? {}) as Record<string, unknown>;
  const shape = registerQuerySchema.shape;
  const out: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const parsed = (shape[key] as z.ZodType).safeParse(raw[key]);
    if (parsed.success) out[key] = parsed.data;
    else ignored.push(key);
  }
  const { page, view, ...filters } = out as ProjectFilters & { page?: number; view?: RegisterView };
  return { filters, page: page ?? 1, view: view ?? 'list', ignored };
}
