// zod schemas of consultations: the back office's forms and the API's public JSON shapes.
import { defaultLocale, locales } from '../../lib/localized.js';
import { z } from 'zod';
import { weighingOutcomes } from './consultation.types.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date');

export const periodFormSchema = z.object({ startsOn: isoDate, endsOn: isoDate });

export const MAX_TEXT = 200_000;
export const MAX_FILE_BYTES = 1024 * 1024;

export const weighFormSchema = z.object({
  outcome: z.enum(weighingOutcomes),
  reason: z.string().trim().min(1).max(3000),
  answer: z.string().trim().min(1).max(3000),
});

export const sectionNoteSchema = z.object({
  note: z.string().trim().max(2000),
  comments: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(
      z
        .array(
          z
            .string()
            .regex(/^\d{1,9}$/)
            .transform(Number),
        )
        .max(500),
    ),
});

export const publishFormSchema = z.object({ changeNote: z.string().trim().max(4000).optional() });

export const adoptFormSchema = z.object({
  version: z.coerce.number().int().min(1).max(10000),
  reference: z.string().trim().min(1).max(200),
});

export const voteFormSchema = z.object({ stance: z.enum(['agree', 'disagree', 'none']) });

export const compareQuerySchema = z.object({
  von: z.coerce.number().int().min(1).max(10000).optional(),
  bis: z.coerce.number().int().min(1).max(10000).optional(),
});

// ---- API ----

export const apiConsultationQuerySchema = z.object({ lang: z.enum(locales).default(defaultLocale) });

const apiWeighingSummary = z.object({
  comments: z.number().int(),
  takenUp: z.number().int(),
  partly: z.number().int(),
  notTakenUp: z.number().int(),
  open: z.number().int(),
});

export const apiConsultationSummarySchema = z.object({
  slug: z.string(),
  url: z.string(),
  title: z.string(),
  summary: z.string().nullable(),
  phase: z.enum(['upcoming', 'open', 'closed', 'adopted']),
  startsOn: z.string(),
  endsOn: z.string(),
  example: z.boolean(),
  process: z.object({ slug: z.string(), title: z.string(), url: z.string() }),
  project: z.object({ slug: z.string(), url: z.string() }),
  currentVersion: z.number().int(),
  comments: z.number().int(),
  weighing: apiWeighingSummary,
  adoption: z.object({ version: z.number().int(), reference: z.string(), url: z.string().nullable() }).nullable(),
  weighingTable: z.object({ csv: z.string(), pdf: z.string() }),
});

export const apiConsultationListSchema = z.object({ items: z.array(apiConsultationSummarySchema) });

export const apiConsultationSchema = apiConsultationSummarySchema.extend({
  versions: z.array(
    z.object({
      number: z.number().int(),
      url: z.string(),
      publishedAt: z.string(),
      changeNote: z.string().nullable(),
      sections: z.array(
        z.object({
          anchor: z.string(),
          url: z.string(),
          heading: z.string(),
          body: z.string(),
          comments: z.number().int(),
          agree: z.number().int(),
          disagree: z.number().int(),
          changeNote: z.string().nullable(),
          citedComments: z.array(z.number().int()),
        }),
      ),
    }),
  ),
});
