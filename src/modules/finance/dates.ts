// Calendar arithmetic on ISO dates ('YYYY-MM-DD') without time zones: deadlines are calendar days.
// "Today" is the calendar day in Berlin, where the programme is run, not in UTC.
import { berlinParts } from '../../lib/berlin-time.js';

/** The calendar day in Berlin at `now` (between 22:00/23:00 UTC and midnight already tomorrow's). */
export const berlinToday = (now = new Date()): string => berlinParts(now).date;

/** The date `months` later; a day that does not exist in the target month becomes its last day (31.08. + 6 months = 28./29.02.). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const ms = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}

/** A real calendar date in ISO form, or null. */
export function isoDate(text: string): string | null {
  const s = text.trim();
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  const iso = german ? `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}` : s;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}
