// Formatting of money, dates and numbers for display. Money is integer cents everywhere inside Lotse;
// euro amounts exist only at the edges (API, display). Timestamps are UTC inside and Europe/Berlin on screen.
// Intl formatters are costly to build, so each is built once per language (on first use) and reused.
import { type Locale, locales } from './localized.js';
import { memoized } from './memoized.js';

// The region decides what the language alone does not (English dates and numbers as in Britain, not the
// US); another language is formatted by its code, which Intl understands as a language tag.
const regionOf: Partial<Record<Locale, string>> = { de: 'de-DE', da: 'da-DK', en: 'en-GB' };

/** The BCP 47 tag Intl formats a language's dates and numbers with. */
export const intlTag = (locale: Locale): string => regionOf[locale] ?? locale;

/** One per language, built when that language first needs it: not at start, not for unused languages. */
function perLocale<T>(build: (tag: string, locale: Locale) => T): Record<Locale, T> {
  const built: Partial<Record<Locale, T>> = {};
  const lazy = {} as Record<Locale, T>;
  for (const l of locales) Object.defineProperty(lazy, l, { enumerable: true, get: () => (built[l] ??= build(intlTag(l), l)) });
  return lazy;
}

const euroWhole = perLocale(
  (tag) => new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 }),
);
const euroCents = perLocale(
  (tag) => new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 }),
);
const dates = perLocale((tag) => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
const dateTimes = perLocale((tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }));
const numbers = perLocale((tag) => new Intl.NumberFormat(tag));
const decimalMarks = perLocale((tag) => new Intl.NumberFormat(tag).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? ',');

/** The character a language writes between whole numbers and their fraction: "," in German, "." in English. */
export const decimalMark = (locale: Locale): string => decimalMarks[locale];

export function centsToEuro(cents: number | null): number | null {
  return cents === null ? null : cents / 100;
}

export function euroToCents(euro: number): number {
  return Math.round(euro * 100);
}

export function formatEuro(cents: number, locale: Locale): string {
  return (cents % 100 === 0 ? euroWhole : euroCents)[locale].format(cents / 100);
}

// A register page writes twenty dates and many counts: Intl's formatting is the costly part, the
// values repeat.
const datesWritten = perLocale((_tag, locale) =>
  memoized((isoDate: string) => {
    const [y, m, d] = isoDate.split('-').map(Number);
    return dates[locale].format(new Date(Date.UTC(y!, m! - 1, d)));
  }),
);

export function formatDate(isoDate: string, locale: Locale): string {
  return datesWritten[locale](isoDate);
}

export function formatDateTime(date: Date, locale: Locale): string {
  return dateTimes[locale].format(date);
}

const times = perLocale((tag) => new Intl.DateTimeFormat(tag, { timeStyle: 'short', timeZone: 'Europe/Berlin' }));
const weekdayDates = perLocale(
  (tag) => new Intl.DateTimeFormat(tag, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }),
);
const months = perLocale((tag) => new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }));

/** "Donnerstag, 3. Dezember 2026, 18:30–20:00 Uhr"-style span of an event, in Berlin time. */
export function formatTimeSpan(start: Date, end: Date, locale: Locale): string {
  const sameDay = weekdayDates[locale].format(start) === weekdayDates[locale].format(end);
  return sameDay
    ? `${weekdayDates[locale].format(start)}, ${times[locale].format(start)}–${times[locale].format(end)}`
    : `${weekdayDates[locale].format(start)}, ${times[locale].format(start)} – ${weekdayDates[locale].format(end)}, ${times[locale].format(end)}`;
}

/** "Dezember 2026" for 'YYYY-MM'. */
export function formatMonth(month: string, locale: Locale): string {
  const [y, m] = month.split('-').map(Number);
  return months[locale].format(new Date(Date.UTC(y!, m! - 1, 1)));
}

const numbersWritten = perLocale((_tag, locale) => memoized((n: number) => numbers[locale].format(n)));

export function formatNumber(n: number, locale: Locale): string {
  return numbersWritten[locale](n);
}
