// Formatting of money, dates and numbers for display. Money is integer cents everywhere inside Lotse;
// euro amounts exist only at the edges (API, display). Timestamps are UTC inside and Europe/Berlin on screen.
import type { Locale } from './localized.js';

const intlLocale: Record<Locale, string> = { de: 'de-DE', da: 'da-DK', en: 'en-GB' };

export function centsToEuro(cents: number | null): number | null {
  return cents === null ? null : cents / 100;
}

export function euroToCents(euro: number): number {
  return Math.round(euro * 100);
}

export function formatEuro(cents: number, locale: Locale): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(intlLocale[locale], {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}

export function formatDate(isoDate: string, locale: Locale): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(intlLocale[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}

export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(date);
}

export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(n);
}
