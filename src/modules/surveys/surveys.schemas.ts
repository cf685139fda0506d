// zod schemas of surveys: the back office's forms (survey, question, codes, paper answers), the API's
// query and the public JSON shape (questions and published aggregate results, never single answers).
import { defaultLocale, locales } from '../../lib/localized.js';
import { z } from 'zod';
import { questionKinds, surveyAccesses } from '../../db/schema.js';

const lines = z
  .string()
  .max(4000)
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
  );
const optionalInt = (min: number, max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .pipe(z.number().int().min(min).max(max).nullable());

export const surveyFormSchema = z.object({
  access: z.enum(surveyAccesses),
  process: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || null),
});

export const questionFormSchema = z.object({
  kind: z.enum(questionKinds),
  options_de: lines,
  options_da: lines,
  options_en: lines,
  required: z
    .string()
    .optional()
    .transform((v) => v === 'on'),
  minChoices: optionalInt(0, 50),
  maxChoices: optionalInt(1, 50),
  maxLength: optionalInt(10, 10_000),
  scale: z.enum(['1-5', '0-10']).optional().default('1-5'),
  condition: z
    .string()
    .regex(/^(\d{1,9}:(\d{1,3}|yes|no))?$/)
    .optional()
    .transform((v) => v || null),
});

export const codesFormSchema = z.object({
  count: z.coerce.number().int().min(1).max(500),
  format: z.enum(['html', 'pdf']).default('html'),
});

export const paperFormSchema = z.object({
  channel: z.enum(['paper', 'event']),
  event: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .pipe(
      z
        .number()
        .int()
        .min(1)
        .max(2 ** 31 - 1)
        .nullable(),
    ),
});

export const apiSurveyQuerySchema = z.object({ lang: z.enum(locales).default(defaultLocale) });

const apiCount = z.object({ value: z.number().int(), label: z.string(), count: z.number().int(), percent: z.number() });

export const apiQuestionSchema = z.object({
  id: z.number().int(),
  position: z.number().int(),
  kind: z.enum(questionKinds),
  prompt: z.string(),
  required: z.boolean(),
  options: z.array(z.string()),
  minChoices: z.number().int().nullable(),
  maxChoices: z.number().int().nullable(),
  maxLength: z.number().int().nullable(),
  scale: z
    .object({ min: z.number().int(), max: z.number().int(), lowLabel: z.string().nullable(), highLabel: z.string().nullable() })
    .nullable(),
  condition: z.object({ question: z.number().int(), value: z.string() }).nullable(),
  results: z
    .object({
      answered: z.number().int(),
      counts: z.array(apiCount),
      mean: z.number().nullable(),
      ranking: z.array(z.object({ option: z.string(), meanRank: z.number(), firstPlaces: z.number().int() })),
      texts: z.array(z.string()).describe('Free-text answers a moderator approved'),
    })
    .nullable()
    .describe('Only once the results are published'),
});

export const apiSurveySchema = z.object({
  slug: z.string(),
  url: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  state: z.enum(['open', 'closed']),
  access: z.enum(surveyAccesses),
  example: z.boolean().describe('Demo data, not a real survey'),
  process: z.object({ slug: z.string(), title: z.string() }).nullable(),
  resultsPublished: z.boolean(),
  responses: z
    .object({
      total: z.number().int(),
      byChannel: z.object({ online: z.number().int(), paper: z.number().int(), event: z.number().int() }),
      lessReliable: z.number().int().describe('Answers from anyone, one per browser: less reliable than accounts or codes'),
    })
    .nullable(),
  questions: z.array(apiQuestionSchema),
});

export const apiSurveyListSchema = z.object({ items: z.array(apiSurveySchema.omit({ questions: true })) });
