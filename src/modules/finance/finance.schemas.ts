// The public JSON shape of the programme in API v1 (and, through OpenAPI, its documentation). Amounts are
// integer cents; nothing internal appears (expenditure documents and notes, internal notes, draw-downs,
// custom deadlines).
import { defaultLocale, locales } from '../../lib/localized.js';
import { z } from 'zod';

const cents = z.number().int().describe('Integer cents (EUR)');
const amounts = z.object({ planned_cents: cents, spent_cents: cents });

export const apiMeasureSchema = z
  .object({
    slug: z.string(),
    url: z.string(),
    code: z.string(),
    kind: z.enum(['goal', 'field', 'measure']),
    parent: z.string().nullable().describe('Slug of the parent goal, field of action or measure'),
    title: z.string(),
    description: z.string().nullable(),
    status: z.enum(['planned', 'running', 'done', 'paused']),
    progress_percent: z.number().describe('Own or rolled up from child measures (see progress_mode)'),
    progress_mode: z.enum(['own', 'weighted', 'average']),
    lead: z.object({ kind: z.enum(['municipality', 'organisation']), slug: z.string(), name: z.string() }).nullable(),
    planned_cents: cents.describe('Including child measures'),
    spent_cents: cents.describe('Including child measures'),
    budget: z
      .array(
        z.object({
          year: z.number().int(),
          phase: z.string(),
          category: z.enum(['staff', 'material', 'investment']),
          source: z.string().describe('"federal" or the partner municipality’s slug'),
          amount_cents: cents,
        }),
      )
      .describe('The measure’s own budget lines'),
    projects: z.array(z.object({ slug: z.string(), url: z.string() })),
    milestones: z.array(z.object({ title: z.string(), due_on: z.string(), done_on: z.string().nullable() })),
    indicators: z.array(
      z.object({
        name: z.string(),
        unit: z.string(),
        target: z.number(),
        values: z.array(z.object({ measured_on: z.string(), value: z.number() })),
      }),
    ),
    outputs: z.array(
      z.object({
        kind: z.enum(['software', 'dataset']),
        title: z.string(),
        licence: z.string(),
        url: z.string(),
        docs_url: z.string().nullable(),
      }),
    ),
  })
  .meta({ description: 'A goal, field of action or measure of the programme' });

export const apiProgrammeSchema = z
  .object({
    slug: z.string(),
    url: z.string(),
    name: z.string(),
    funding_programme: z.string().nullable(),
    grant_reference: z.string().nullable(),
    grant_date: z.string().nullable(),
    funding_rate_percent: z.number(),
    funding_figures: z
      .array(z.object({ amount_cents: cents, source: z.string(), as_of: z.string() }))
      .describe('Headline federal funding as given by public sources'),
    phases: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        starts_on: z.string(),
        ends_on: z.string(),
        proof_of_spending_due: z.string().nullable(),
      }),
    ),
    partners: z.array(z.object({ slug: z.string(), name: z.string(), share_percent: z.number().describe('Share of the match funding') })),
    totals: amounts.extend({ planned_federal_cents: cents, planned_own_cents: cents }),
    by_year: z.array(amounts.extend({ year: z.number().int() })),
    by_phase: z.array(amounts.extend({ phase: z.string() })),
    measures: z.array(apiMeasureSchema).describe('Depth-first, parents before their children'),
    illustrative: z.boolean().describe('true: the figures are examples (demo data)'),
  })
  .meta({ description: 'The funding programme: grant, phases, planned vs. spent, measures with progress, indicators and outputs' });
export type ApiProgramme = z.infer<typeof apiProgrammeSchema>;

export const apiProgrammeQuerySchema = z.object({ lang: z.enum(locales).default(defaultLocale) });
