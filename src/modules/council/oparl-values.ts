// Values PostgreSQL would refuse. One such value in a page makes the whole page's statement fail, and
// the next night the same page fails again, so a council's sync would stop for good on one typing
// error of the server. Each is turned into no value (or the nearest one) before the page is written.

const INT4_MIN = -2147483648;
const INT4_MAX = 2147483647;

const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/** "YYYY-MM-DD" when the text begins with a real calendar day (years 1–9999), else null: 2015-02-30 is none. */
export function calendarDay(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  const days = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days ? match[0] : null;
}

/**
 * The instant a text names, or null. JavaScript reads "2015-02-30T10:00Z" as 2 March and accepts years
 * PostgreSQL's timestamptz does not (year 0, far past, far future): only years 1–9999 are kept.
 */
export function validInstant(text: string): Date | null {
  if (/^\d{4}-\d{2}-\d{2}/.test(text) && calendarDay(text) === null) return null;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  return year >= 1 && year <= 9999 ? date : null;
}

/** An integer within PostgreSQL's `integer` column. */
export const clampInt4 = (n: number) => Math.min(INT4_MAX, Math.max(INT4_MIN, n));

/** A council's longest names are a few hundred characters; a text beyond this is cut (and reported). */
export const MAX_TEXT_LENGTH = 10_000;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text without what PostgreSQL's jsonb refuses: NUL (dropped), and halves of a UTF-16 pair standing alone
 * (replaced by U+FFFD, also where the cut at MAX_TEXT_LENGTH split a pair); both come from servers that cut text at a byte count or copy binary data into a field.
 */
export const storableText = (text: string) => text.slice(0, MAX_TEXT_LENGTH).replace(LONE_SURROGATE, '\uFFFD').replaceAll('\u0000', '');
