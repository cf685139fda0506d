// Reading a decimal number (an indicator's target or value) as the page's language writes it: German
// and Danish "2,5" and "1.234,5", English "2.5" and "1,234.5". Input that does not fit the page's
// notation ("2.5" on a German page could mean 2,5 or 25) is refused rather than guessed at.
import { decimalMark } from '../../lib/format.js';
import type { Locale } from '../../lib/localized.js';

/** The number, or null when the text is not a number in the locale's notation. */
export function parseDecimal(text: string, locale: Locale): number | null {
  const s = text.replace(/\s/g, '');
  const [group, decimal] = decimalMark(locale) === '.' ? [',', '.'] : ['.', ','];
  const esc = (c: string) => `\\${c}`;
  const pattern = new RegExp(`^(\\d+|[1-9]\\d{0,2}(?:${esc(group)}\\d{3})+)(?:${esc(decimal)}(\\d+))?$`);
  const m = pattern.exec(s);
  if (!m) return null;
  const n = Number(`${m[1]!.split(group).join('')}${m[2] ? `.${m[2]}` : ''}`);
  return Number.isFinite(n) ? n : null;
}
