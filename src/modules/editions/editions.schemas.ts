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
