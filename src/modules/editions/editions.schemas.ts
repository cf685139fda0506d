// The form that publishes an edition, and the number in an edition's address.
import { z } from 'zod';
import { parseDate } from '../../lib/dates.js';

const optional = (inner: z.ZodType) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), inner.optional());

export const editionFormSchema = z.object({
  date: z
    .string()
    .max(40)
    .transform((s, ctx) => {
      const parsed = parseDate(s);
      if (!parsed.ok || parsed.value === null) {
        ctx.addIssue({ code: 'custom', message: 'date' });
        return z.NEVER;
      }
      return parsed.value;
    }),
  reference: z.string().trim().min(1).max(200),
  url: optional(z.url({ protocol: /^https?$/ }).max(2000)),
  project: optional(z.string().trim().max(120)),
});

export const editionNumberParams = z.object({ number: z.coerce.number().int().min(1).max(100000) });

// ---- the public JSON shape (also the source of the OpenAPI document) ----

const localizedText = z.object({ de: z.string(), da: z.string().optional(), en: z.string().optional() });

export const apiEditionSchema = z
  .object({
    number: z.number().int(),
    date: z.iso.date(),
    decision: z.object({ reference: z.string(), url: z.string().nullable(), project: z.string().nullable() }),
    projects: z.number().int(),
    published_at: z.iso.datetime(),
    counts: z.object({ new: z.number().int(), changed: z.number().int(), gone: z.number().int() }),
    links: z.object({ html: z.string(), csv: z.string(), pdf: z.string() }),
  })
  .meta({ id: 'Edition' });

export const apiEditionListSchema = z.object({ items: z.array(apiEditionSchema) }).meta({ id: 'EditionList' });

export const apiEditionDetailSchema = apiEditionSchema
  .extend({
    previous: z.number().int().nullable(),
    changes: z.array(
      z.object({
        kind: z.enum(['new', 'changed', 'gone']),
        slug: z.string(),
        title: localizedText,
        fields: z.array(z.string()),
        notes: z.array(z.object({ version: z.number().int(), note: localizedText })),
      }),
    ),
  })
  .meta({ id: 'EditionDetail' });
