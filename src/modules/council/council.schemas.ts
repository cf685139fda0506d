// The council settings form of a municipality (OParl system address, body, reference scheme, the lead
// time its participation guidelines promise), the web
// address of a decision typed by hand, and the options of a sync (from the configuration or a job).
import { z } from 'zod';
import type { FormErrors } from '../../lib/form-errors.js';
import { formErrors } from '../../platform/form-reader.js';
import { validPattern } from './reference-matching.js';

const field = (max: number) => z.string().trim().max(max).catch('').default('');

const MAX_URL = 500;
/** Two years: no guideline asks for more, and a typo such as 30 for 3 is caught. */
export const MAX_LEAD_TIME = 24;
/** Heidelberg's guidelines: listed at least three months before the first deliberation (the column's default too). */
export const DEFAULT_LEAD_TIME = 3;

export const settingsForm = z.object({
  system_url: z.string().trim().max(MAX_URL).default(''),
  body: z.string().trim().max(MAX_URL).default(''),
  body_url: z.string().trim().max(MAX_URL).default(''),
  reference_pattern: z.string().trim().max(60).default(''),
  // Empty: the default (a form posted before the field existed, or cleared on purpose).
  lead_time_months: z
    .string()
    .trim()
    .default('')
    .transform((v) => v || String(DEFAULT_LEAD_TIME))
    .pipe(z.string().regex(/^\d{1,2}$/))
    .transform(Number)
    .pipe(z.number().int().min(0).max(MAX_LEAD_TIME)),
});

export interface SettingsValues {
  system_url: string;
  body: string;
  body_url: string;
  reference_pattern: string;
  lead_time_months: string;
}

/** The form as posted, cut to its fields, to fill it again after an error. */
export function settingsValues(body: unknown): SettingsValues {
  return z
    .object({
      system_url: field(2000),
      body: field(2000),
      body_url: field(2000),
      reference_pattern: field(2000),
      lead_time_months: field(20),
    })
    .parse(body ?? {});
}

export interface SettingsInput {
  systemUrl: string | null;
  /** The body picked from the system's list, or typed as its URL. */
  bodyUrl: string | null;
  referencePattern: string | null;
  /** Months a Vorhaben must be listed before its first deliberation in a council body. */
  leadTimeMonths: number;
}

export const isHttpUrl = (text: string): boolean => {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
};

export function checkSettings(values: SettingsValues): { input: SettingsInput } | { errors: FormErrors } {
  const parsed = settingsForm.safeParse(values);
  if (!parsed.success)
    return {
      errors: formErrors(parsed.error, {
        keys: { lead_time_months: 'council.error.leadTime' },
        max: { system_url: MAX_URL, body: MAX_URL, body_url: MAX_URL, reference_pattern: 60 },
      }),
    };
  const { system_url, body, body_url, reference_pattern, lead_time_months } = parsed.data;
  const errors: FormErrors = {};
  if (system_url && !isHttpUrl(system_url)) errors.system_url = { key: 'council.error.url' };
  if (body_url && !isHttpUrl(body_url)) errors.body_url = { key: 'council.error.url' };
  if (body && !isHttpUrl(body)) errors.body = { key: 'form.error.choose' };
  if (reference_pattern && !validPattern(reference_pattern))
    errors.reference_pattern = { key: 'council.error.pattern', params: { body: '{body}', number: '{number}', year: '{year}' } };
  if (!system_url && (body || body_url)) errors.system_url = { key: 'council.error.systemFirst' };
  if (Object.keys(errors).length) return { errors };
  return {
    input: {
      systemUrl: system_url || null,
      bodyUrl: body_url || body || null,
      referencePattern: reference_pattern || null,
      leadTimeMonths: lead_time_months,
    },
  };
}

export function checkWebUrl(body: unknown): { url: string | null; value: string } | { errors: FormErrors; value: string } {
  const value = z.object({ web_url: field(2000) }).parse(body ?? {}).web_url;
  if (value.length > MAX_URL) return { errors: { web_url: { key: 'form.error.tooLong', params: { max: MAX_URL } } }, value };
  if (value && !isHttpUrl(value)) return { errors: { web_url: { key: 'council.error.url' } }, value };
  return { url: value || null, value };
}

/** How hard a sync may press the council's server: the configuration's settings, carried by a job's payload. */
export const clientSettingsSchema = z.object({
  concurrency: z.number().int().min(1).max(16),
  requestsPerSecond: z.number().min(0.1).max(100),
  timeoutSeconds: z.number().int().min(1).max(600),
  retries: z.number().int().min(0).max(10),
  maxPages: z.number().int().min(1).max(1_000_000).optional(),
  allowPrivateAddresses: z.boolean().optional(),
});
