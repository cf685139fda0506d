// Reading a back-office form of the finances: the values sent, checked field by field into typed input or
// translated field errors (one Reader per form).
import type { FormErrors } from '../../lib/form-errors.js';
import { localizedField } from '../../lib/localized-form.js';
import { type Locale, type LocalizedText, locales } from '../../lib/localized.js';
import { isoDate } from './dates.js';
import { parseDecimal } from './decimal.js';
import { parseEuro } from './money.js';

export type Values = Record<string, string>;
export type Parsed<T> = { input: T } | { errors: FormErrors };

/** The form's fields as strings (repeated fields joined by newlines), nothing else. */
export function formValues(body: unknown, names: readonly string[]): Values {
  const b = (body ?? {}) as Record<string, unknown>;
  const out: Values = {};
  for (const n of names) {
    const v = b[n];
    out[n] =
      typeof v === 'string'
        ? v.slice(0, 20_000)
        : Array.isArray(v)
          ? v
              .filter((x) => typeof x === 'string')
              .join('\n')
              .slice(0, 20_000)
          : '';
  }
  return out;
}

export const localizedNames = (field: string) => locales.map((l) => `${field}_${l}`);

export class Reader {
  errors: FormErrors = {};
  constructor(
    private readonly v: Values,
    private readonly locale: Locale = 'de',
  ) {}
  text(name: string, max: number, required = true): string | null {
    const s = (this.v[name] ?? '').trim();
    if (!s) {
      if (required) this.errors[name] = { key: 'form.error.required' };
      return null;
    }
    if (s.length > max) this.errors[name] = { key: 'form.error.tooLong', params: { max } };
    return s;
  }
  date(name: string, required = true): string | null {
    const s = (this.v[name] ?? '').trim();
    if (!s) {
      if (required) this.errors[name] = { key: 'form.error.required' };
      return null;
    }
    const d = isoDate(s);
    if (!d) this.errors[name] = { key: 'finance.error.date' };
    return d;
  }
  euro(name: string, { required = true, positive = false } = {}): number | null {
    const s = (this.v[name] ?? '').trim();
    if (!s) {
      if (required) this.errors[name] = { key: 'form.error.required' };
      return null;
    }
    const c = parseEuro(s);
    if (c === null || (positive && c === 0))
      this.errors[name] = { key: positive ? 'finance.error.amountPositive' : 'finance.error.amount' };
    return c;
  }
  int(name: string, min: number, max: number, required = true): number | null {
    return this.integer(name, min, max, required, { min, max });
  }
  /** A calendar year: the error says "2000 bis 2100", as years are written, not grouped like counts. */
  year(name: string, min: number, max: number): number | null {
    return this.integer(name, min, max, true, { min: String(min), max: String(max) });
  }
  private integer(
    name: string,
    min: number,
    max: number,
    required: boolean,
    bounds: { min: number | string; max: number | string },
  ): number | null {
    const s = (this.v[name] ?? '').trim();
    if (!s) {
      if (required) this.errors[name] = { key: 'form.error.required' };
      return null;
    }
    const n = Number(s);
    if (!/^-?\d+$/.test(s) || n < min || n > max) {
      this.errors[name] = { key: 'finance.error.integer', params: bounds };
      return null;
    }
    return n;
  }
  /** A decimal number in the page's notation; one that fits only the other notation is refused as ambiguous. */
  number(name: string, required = true): number | null {
    const s = (this.v[name] ?? '').trim();
    if (!s) {
      if (required) this.errors[name] = { key: 'form.error.required' };
      return null;
    }
    const n = parseDecimal(s, this.locale);
    if (n === null && parseDecimal(s, this.locale === 'en' ? 'de' : 'en') !== null) {
      this.errors[name] = { key: 'finance.error.numberNotation' };
      return null;
    }
    if (n === null || n > 1e12) {
      this.errors[name] = { key: 'finance.error.number' };
      return null;
    }
    return n;
  }
  choice<T extends string>(name: string, options: readonly T[], required = true): T | null {
    const s = (this.v[name] ?? '').trim();
    if (!s && !required) return null;
    if (!(options as readonly string[]).includes(s)) {
      this.errors[name] = { key: 'form.error.choose' };
      return null;
    }
    return s as T;
  }
  url(name: string, required = true): string | null {
    const s = this.text(name, 1000, required);
    if (s && !/^https?:\/\/[^\s<>"]+$/.test(s)) this.errors[name] = { key: 'finance.error.url' };
    return s;
  }
  localized(field: string, max: number, required = true): LocalizedText | null {
    const text = Object.fromEntries(localizedNames(field).map((n) => [n, this.v[n] ?? '']));
    const value = localizedField(text, field, max, this.errors);
    if (!value && required && !this.errors[`${field}_de`]) this.errors[`${field}_de`] = { key: 'form.error.required' };
    return value;
  }
  result<T>(build: () => T): Parsed<T> {
    return Object.keys(this.errors).length ? { errors: this.errors } : { input: build() };
  }
}
