// zod schemas of the places forms: the places below the partners, one place typed or drawn, GeoJSON.
import { z } from 'zod';
import { placeKinds } from '../../lib/geometry.js';

/** Where the three partners lie (with a margin): coordinates far outside are likely swapped. */
export const REGION_BOX = { minLng: 7.5, minLat: 53.8, maxLng: 10.6, maxLat: 55.2 };

/** GeoJSON text accepted at most (pasted or uploaded): a detailed planning area is far smaller. */
export const MAX_GEOJSON_BYTES = 1024 * 1024;

export const slugParams = z.object({ slug: z.string().max(200) });
export const placeParams = slugParams.extend({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1),
});

const list = z.preprocess(
  (v: unknown): unknown => (v === undefined ? [] : Array.isArray(v) ? (v as unknown[]) : [v]),
  z.array(z.string().max(200)).max(500),
);
export const localitiesBody = z.object({ localities: list });

export const placeBody = z.object({
  label: z
    .string()
    .trim()
    .max(200)
    .default('')
    .transform((v) => v || null),
  kind: z.enum(placeKinds),
  coordinates: z.string().max(20_000),
});

export const geoJsonBody = z.object({
  geojson: z.string().max(MAX_GEOJSON_BYTES).optional(),
  file: z.object({ name: z.string().max(300), content: z.instanceof(Buffer) }).optional(),
  mode: z.enum(['add', 'replace']).default('add'),
});

export const pageQuery = z.object({
  ort: z.coerce.number().int().min(1).optional().catch(undefined),
  hinweis: z.enum(['gespeichert', 'hinzugefuegt', 'geloescht', 'importiert']).optional().catch(undefined),
});
