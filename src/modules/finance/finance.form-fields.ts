// The fields of the finance forms as zod schemas, and reading a posted form with them. What is missing or
// too long gets the platform's words (src/platform/form-reader.ts reads zod's too_small and too_big); the
// finance mistakes (not a date, not an amount in euro, a number in the other language's notation, a value
// not offered) are custom issues carrying their message key, and that message wins at its field because
// it says more. A field that failed holds null (or its text), so the checks across fields still run.
import { z } from 'zod';
import type { MessageKey } from '../../i18n/index.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { decimalMark } from '../../lib/format.js';
import { type Locale, type LocalizedText, locales } from '../../lib/localized.js';
import { slugPattern } from '../../lib/slug.js';
import { formErrors } from '../../platform/form-reader.js';
import { isoDate } from './dates.js';
import { parseDecimal } from './decimal.js';
import { parseEuro } from './money.js';

/** What a form sent, as text per field: what it shows again when it comes back with errors. */
export type FormValues = Record<string, string>;

type Ctx = z.core.$RefinementCtx<unknown>;
type Params = Record<string, string | number>;
/** What a custom issue carries: its message (none: the platform's "missing") and where it stands in the list of errors. */
interface IssueNote {
  key?: MessageKey;
  params?: Params;
  after?: string;
}

/**
 * A finance mistake at a field (by default the one being checked), with its own message. A check across
 * fields names the last field it looked at as `after`: its error is listed after that field's, where one
 * reading the form top to bottom finds it.
 */
export function problem(ctx: Ctx, key: MessageKey, params?: Params, field?: string, after?: string): void {
  const note: IssueNote = { key, ...(params ? { params } : {}), ...(after ? { after } : {}) };
  ctx.addIssue({ code: 'custom', message: key, params: note, ...(field === undefined ? {} : { path: [field] }) });
}

/** A required field left empty, found by a check across fields: the platform names it "missing". */
function missing(ctx: Ctx, field: string, after: string): void {
  ctx.addIssue({ code: 'custom', message: 'missing', params: { after } satisfies IssueNote, path: [field] });
}

// ---- fields ----

/** What a field that failed holds: the form fails, so only the checks across fields ever see it. */
const FAILED = null as never;

const trimmed = z.string().trim();
const filled = trimmed.min(1);
const ownMessage = (key: MessageKey) => ({ message: key, params: { key } satisfies IssueNote });

export const text = (max: number) => filled.max(max);
/** Empty is null. */
export const optionalText = (max: number) => trimmed.max(max).transform((s) => s || null);

/** A calendar date, typed 2024-05-31 or 31.05.2024: the ISO date. */
export const date = filled.transform((s, ctx) => dateOf(s, ctx));
export const optionalDate = trimmed.transform((s, ctx) => (s ? dateOf(s, ctx) : null));

/** An amount typed in euro ("12.345,67", "500 €"): cents. */
export const euro = ({ positive = false } = {}) =>
  filled.transform((s, ctx) => {
    const cents = parseEuro(s);
    if (cents !== null && !(positive && cents === 0)) return cents;
    problem(ctx, positive ? 'finance.error.amountPositive' : 'finance.error.amount');
    return FAILED;
  });

/** A whole number from `min` to `max`; the error names the range as counts are written ("0 bis 10.000"). */
export const int = (min: number, max: number) => filled.transform((s, ctx) => wholeNumber(s, ctx, min, max, { min, max }));
export const optionalInt = (min: number, max: number) =>
  trimmed.transform((s, ctx) => (s ? wholeNumber(s, ctx, min, max, { min, max }) : null));
/** A calendar year: the error says "2000 bis 2100", as years are written, not grouped like counts. */
export const year = (min: number, max: number) =>
  filled.transform((s, ctx) => wholeNumber(s, ctx, min, max, { min: String(min), max: String(max) }));

/** A decimal number in the page's notation; one that fits only the other notation is refused as ambiguous. */
export const decimal = (locale: Locale) =>
  filled.transform((s, ctx) => {
    const n = parseDecimal(s, locale);
    if (n === null && parseDecimal(s, decimalMark(locale) === '.' ? 'de' : 'en') !== null) problem(ctx, 'finance.error.numberNotation');
    else if (n === null || n > 1e12) problem(ctx, 'finance.error.number');
    else return n;
    return FAILED;
  });

/** One of the values offered; nothing chosen is an error too. */
export const choice = <T extends string>(options: readonly T[]) => trimmed.transform((s, ctx) => chosen(s, options, ctx));
/** One of the values offered, or nothing (null). */
export const optionalChoice = <T extends string>(options: readonly T[]) =>
  trimmed.transform((s, ctx) => (s ? chosen(s, options, ctx) : null));

const webAddress = /^https?:\/\/[^\s<>"]+$/;
const isWebAddress = (s: string) => !s || webAddress.test(s);
/** A web address (http or https). */
export const url = filled.max(1000).refine(isWebAddress, ownMessage('finance.error.url'));
export const optionalUrl = trimmed
  .max(1000)
  .refine(isWebAddress, ownMessage('finance.error.url'))
  .transform((s) => s || null);

/** An address part chosen by hand (lower-case letters, digits, hyphens), or null to make one up. */
export const optionalSlug = (max: number) =>
  trimmed
    .max(max)
    .refine((s) => !s || slugPattern.test(s), ownMessage('finance.error.slug'))
    .transform((s) => s || null);

function dateOf(s: string, ctx: Ctx): string {
  const iso = isoDate(s);
  if (iso) return iso;
  problem(ctx, 'finance.error.date');
  return FAILED;
}

function wholeNumber(s: string, ctx: Ctx, min: number, max: number, bounds: Params): number {
  const n = Number(s);
  if (/^-?\d+$/.test(s) && n >= min && n <= max) return n;
  problem(ctx, 'finance.error.integer', bounds);
  return FAILED;
}

function chosen<T extends string>(s: string, options: readonly T[], ctx: Ctx): T {
  if ((options as readonly string[]).includes(s)) return s as T;
  problem(ctx, 'form.error.choose');
  return FAILED;
}

// ---- texts in three languages ----

export const localizedNames = (field: string) => locales.map((l) => `${field}_${l}`);

/** The fields of a text in three languages (`title_de`, `title_da`, `title_en`), each at most `max` characters. */
export function localizedFields<F extends string>(field: F, max: number): Record<`${F}_${Locale}`, z.ZodString> {
  return Object.fromEntries(localizedNames(field).map((n) => [n, trimmed.max(max)])) as Record<`${F}_${Locale}`, z.ZodString>;
}

/** The text, or null without German (German is the source; a translation alone is an error). */
export function localizedValue(v: Record<string, unknown>, field: string): LocalizedText | null {
  const out: Partial<LocalizedText> = {};
  for (const l of locales) {
    const value = v[`${field}_${l}`];
    if (typeof value === 'string' && value) out[l] = value;
  }
  return out.de ? (out as LocalizedText) : null;
}

/** German must come first; a required text needs it. The errors stand at the German field. */
export function checkLocalized(v: Record<string, unknown>, field: string, required: boolean, ctx: Ctx): void {
  const [de, da, en] = localizedNames(field).map((n) => v[n]);
  if (de) return;
  if (da || en) problem(ctx, 'form.error.germanRequired', undefined, `${field}_de`, `${field}_en`);
  else if (required) missing(ctx, `${field}_de`, `${field}_en`);
}

// ---- forms ----

type Shape = Record<string, z.ZodType>;
type Output<S extends Shape> = z.output<z.ZodObject<S>>;

export interface FinanceForm<T> {
  /** The fields in the order of the form, which is the order of its errors. */
  names: readonly string[];
  schema: z.ZodType<T>;
}

/**
 * A form: its fields, the checks across fields (they run even when a field failed, as the page shows
 * every error at once) and the input built from a form without errors. `prepare` may leave out fields
 * before they are checked (a row of the programme form that nobody filled in).
 */
export function financeForm<S extends Shape, T>(
  shape: S,
  build: (v: Output<S>) => T,
  opts: { check?: (v: Output<S>, ctx: Ctx) => void; prepare?: (values: FormValues) => Partial<FormValues> } = {},
): FinanceForm<T> {
  const { check, prepare } = opts;
  const object = z
    .object(shape)
    .superRefine((v, ctx) => check?.(v, ctx), { when: () => true })
    .transform(build);
  return { names: Object.keys(shape), schema: prepare ? z.preprocess(prepare, object) : object };
}

export type ReadForm<T> = { values: FormValues } & ({ input: T } | { errors: FormErrors });

/** Reads a posted form: its fields as text (to show again) and the input, or the errors at the fields. */
export function readForm<T>(form: FinanceForm<T>, body: unknown): ReadForm<T> {
  const values = formValues(body, form.names);
  const parsed = form.schema.safeParse(values);
  return parsed.success ? { values, input: parsed.data } : { values, errors: fieldErrors(parsed.error, form.names) };
}

/** The named fields of a posted body as text: a repeated field's values joined by newlines, anything else empty. */
function formValues(body: unknown, names: readonly string[]): FormValues {
  const b = (body ?? {}) as Record<string, unknown>;
  const text = (v: unknown) =>
    typeof v === 'string' ? v : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').join('\n') : '';
  return Object.fromEntries(names.map((n) => [n, text(b[n]).slice(0, 20_000)]));
}

/**
 * One error per field, listed in the order of the form: the field's own finance message if it has one,
 * else the platform's words for its first issue.
 */
function fieldErrors(error: z.ZodError, names: readonly string[]): FormErrors {
  const note = (issue: z.core.$ZodIssue) => (issue.code === 'custom' ? (issue.params as IssueNote | undefined) : undefined);
  const max: Record<string, number> = {};
  const first = new Map<string, z.core.$ZodIssue>();
  const own = new Map<string, z.core.$ZodIssue>();
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    if (issue.code === 'too_big') max[field] ??= Number(issue.maximum);
    if (!first.has(field)) first.set(field, issue);
    if (note(issue)?.key && !own.has(field)) own.set(field, issue);
  }
  const platform = formErrors(error, { max });
  const rank = (name: string) => names.indexOf(name) >>> 0;
  const order = [...first.keys()].map((field, i) => {
    const issue = own.get(field) ?? first.get(field)!;
    const after = note(issue)?.after;
    return { field, issue, place: after ? rank(after) + 0.5 : rank(field), i };
  });
  order.sort((a, b) => a.place - b.place || a.i - b.i);
  const errors: FormErrors = {};
  for (const { field, issue } of order) {
    const { key, params } = note(issue) ?? {};
    errors[field] = key ? (params ? { key, params } : { key }) : platform[field]!;
  }
  return errors;
}
