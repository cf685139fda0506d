// Money arithmetic in integer cents. Splitting an amount (the federal share at the funding rate, the
// partners' shares of the own contribution) uses the largest-remainder method in bigint arithmetic: the
// parts always add up to the total, no cent is lost or made up, and ties go to the earlier part.

/** Splits `total` cents in proportion to `weights` (non-negative integers, e.g. basis points). */
export function allocate(total: number, weights: number[]): number[] {
  if (!Number.isSafeInteger(total)) throw new RangeError('total must be a safe integer number of cents');
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0)) throw new RangeError('weights must be non-negative integers');
  if (weights.length === 0) {
    if (total !== 0) throw new RangeError('cannot split a non-zero amount into no parts');
    return [];
  }
  const sum = weights.reduce((a, b) => a + BigInt(b), 0n);
  // Without weights the amount is split evenly.
  const w = sum === 0n ? weights.map(() => 1n) : weights.map((x) => BigInt(x));
  const denominator = sum === 0n ? BigInt(weights.length) : sum;
  const sign = total < 0 ? -1n : 1n;
  const amount = BigInt(total) * sign;
  const floors = w.map((x) => (amount * x) / denominator);
  const remainders = w.map((x, i) => ({ i, r: (amount * x) % denominator }));
  let left = amount - floors.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (b.r > a.r ? 1 : b.r < a.r ? -1 : a.i - b.i));
  for (const { i } of remainders) {
    if (left === 0n) break;
    floors[i]! += 1n;
    left -= 1n;
  }
  return floors.map((x) => Number(x * sign));
}

/** The federal share and the own contribution of an amount at a funding rate in basis points (6500 = 65 %). */
export function splitFunding(totalCents: number, rateBp: number): { federal: number; own: number } {
  const [federal, own] = allocate(totalCents, [rateBp, 10_000 - rateBp]);
  return { federal: federal!, own: own! };
}

/** Sums cents; throws instead of silently losing precision beyond 2^53. */
export function sumCents(values: Iterable<number>): number {
  let total = 0n;
  for (const v of values) total += BigInt(v);
  const n = Number(total);
  if (!Number.isSafeInteger(n)) throw new RangeError('sum exceeds the safe integer range');
  return n;
}

/**
 * Reads a euro amount as people type it: "12.345,67", "12345,67", "12,345.67", "12345.67", "1.000",
 * "€ 500", "500 €". Returns cents, or null when it is not an amount (negative amounts are not accepted).
 * Thousands groups must be well-formed: the first group has 1–3 digits and does not start with 0, every
 * further group exactly 3 ("0,001", "1.00.000" and "12,3456" are refused, not guessed at); a decimal
 * separator needs 1–2 digits after it.
 */
export function parseEuro(text: string): number | null {
  const s = text.replace(/\s|€|EUR/gi, '');
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const separators = [...new Set(s.replace(/\d/g, ''))];
  let decimal: string | null = null;
  if (separators.length === 2) decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
  else if (separators.length === 1) {
    const sep = separators[0]!;
    const parts = s.split(sep);
    if (parts.length === 2 && parts[1]!.length <= 2) decimal = sep;
  }
  const [whole, fraction = '', extra] = decimal ? s.split(decimal) : [s];
  if (extra !== undefined || !(decimal ? /^\d{1,2}$/ : /^$/).test(fraction)) return null;
  const groups = whole!.split(/[.,]/);
  if (groups.length > 1 && (!/^[1-9]\d{0,2}$/.test(groups[0]!) || groups.slice(1).some((g) => !/^\d{3}$/.test(g)))) return null;
  const digits = groups.join('');
  if (!/^\d+$/.test(digits)) return null;
  const n = Number(BigInt(digits) * 100n + BigInt(fraction.padEnd(2, '0')));
  return Number.isSafeInteger(n) ? n : null;
}

/** Cents as a plain decimal euro string for files ("1234.5" → "1234.50"), without thousands separators. */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = BigInt(Math.abs(cents));
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** Cents in German notation for spreadsheets ("1234,50"). */
export const centsToGerman = (cents: number) => centsToDecimal(cents).replace('.', ',');

/** A percentage in basis points as text ("65", "62,5"). */
export function bpToPercent(bp: number, decimal = ','): string {
  const whole = Math.trunc(bp / 100);
  const rest = bp % 100;
  return rest === 0 ? String(whole) : `${whole}${decimal}${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}
