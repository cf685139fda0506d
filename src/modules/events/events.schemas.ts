// The public JSON shape of events in API v1 (and, through OpenAPI, its documentation). Personal data and
// the online access link never appear here.
import { defaultLocale, locales } from '../../lib/localized.js';
import { z } from 'zod';
import { apiRegionalTextsSchema } from '../../lib/regional-texts.js';

const text = z.string().nullable();
const seats = z.object({
  capacity: z.number().int().nullable().describe('null: no limit'),
  available: z.number().int().nullable().describe('Seats still free; null: no limit'),
  waiting: z.number().int().describe('People on the waiting list'),
});

export const apiEventSchema = z
  .object({
    slug: z.string(),
    url: z.string(),
    calendar_url: z.string().describe('This event as iCalendar (.ics)'),
    title: z.string(),
    description: text.describe('Markdown'),
    starts_at: z.string().describe('ISO 8601 instant'),
    ends_at: z.string(),
    format: z.enum(['onsite', 'online', 'hybrid']),
    status: z.enum(['scheduled', 'cancelled']),
    cancel_reason: text,
    address: text,
    room: text,
    accessibility: text,
    organiser: z.object({ kind: z.enum(['municipality', 'agency', 'partner']), slug: z.string(), name: z.string() }),
    project: z.object({ slug: z.string(), url: z.string() }).nullable(),
    topics: z.array(z.object({ slug: z.string(), name: z.string() })),
    registration: z.object({
      enabled: z.boolean(),
      open: z.boolean(),
      opens_at: z.string().nullable(),
      closes_at: z.string().nullable(),
      onsite: seats.nullable(),
      online: seats.nullable(),
    }),
    documentation: text.describe('Markdown, after the event'),
    files: z.array(z.object({ name: z.string(), url: z.string(), size: z.number().int() })),
    sequence: z.number().int().describe('Raised on every change (as in the calendar file)'),
    updated_at: z.string(),
    regional_texts: apiRegionalTextsSchema,
  })
  .meta({ description: 'A participation event' });
export type ApiEvent = z.infer<typeof apiEventSchema>;

export const apiEventListSchema = z.object({ items: z.array(apiEventSchema) });

export const apiEventQuerySchema = z.object({
  municipality: z.string().max(100).optional(),
  topic: z.string().max(100).optional(),
  project: z.string().max(200).optional(),
  from: z.iso.date().optional().describe('Events ending on or after this day (default: half a year ago)'),
  to: z.iso.date().optional().describe('Events starting before this day'),
  lang: z.enum(locales).default(defaultLocale),
});
