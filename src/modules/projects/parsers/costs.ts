// "Kosten soweit bezifferbar" is free text in every list we have seen. We take the first euro
// amount as the headline figure and keep the text beside it, because the text is what was published.

export interface ParsedCosts {
  text: string;
  amountCents: number | null;
  currency: 'EUR';
  approximate: boolean;
}

// Digits grouped by one consistent thousands mark, then an optional decimal part; or digits
// grouped by spaces (typed or the narrow ones spreadsheets emit) with at most cents; or a plain
// run of digits. The look-behinds keep us from starting inside a figure or a date ("2.5.2023")
// and from reading "Q3" or "CO2" as numbers, while still reading "EUR3.5" and "ca.1,2".
const numberPattern = new RegExp(
  String.raw`(?<!\p{N})(?<!\p{N}[.,])(?:(?<!\p{L})|(?<=[Ee][Uu][Rr]))(?:` +
    String.raw`\d{1,3}([.,'’])\d{3}(?:\1\d{3})*(?:[.,]\d+)?` +
    String.raw`|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?(?![.,]?\p{N})` +
    String.raw`|\d+(?:[.,]\d+)?` +
    String.raw`)(?!\p{N})`,
  'gu',
);

type Scale = 'thousand' | 'million' | 'billion';

interface Magnitude {
  pattern: RegExp;
  scale: Scale;
  // Single letters ("2.5m", "250k", "450 T€") mean money only next to a currency sign.
  needsCurrency: boolean;
}

const magnitudes: Magnitude[] = [
  { pattern: /^(?:mrd\.?|milliarden?|mia\.?|billions?|bn)(?!\p{L})/iu, scale: 'billion', needsCurrency: false },
  { pattern: /^(?:mio\.?|millionen?|millions?|mill\.?|mn)(?!\p{L})/iu, scale: 'million', needsCurrency: false },
  { pattern: /^m(?![\p{L}\p{N}])/iu, scale: 'million', needsCurrency: true },
  { pattern: /^(?:tsd\.?|tausend|thousand)(?!\p{L})/iu, scale: 'thousand', needsCurrency: false },
  { pattern: /^(?:t|k)(?=\s?(?:€|eur))/iu, scale: 'thousand', needsCurrency: true },
  { pattern: /^k(?![\p{L}\p{N}])/iu, scale: 'thousand', needsCurrency: true },
];

const scaleFactor: Record<Scale, bigint> = { thousand: 1_000n, million: 1_000_000n, billion: 1_000_000_000n };

const euroAfter = /^\s*(?:€|eur(?:o|os)?(?!\p{L}))/iu;
const euroBefore = /(?:€|(?<!\p{L})eur(?:o)?)\s*$/iu;
// Amounts in other currencies (Danish partners quote kroner) are not the euro figure.
const otherCurrencyAfter = /^\s*(?:kr\.?|dkk|sek|nok|chf|usd|gbp|\$|£)(?!\p{L})/iu;
const otherCurrencyBefore = /(?:(?<!\p{L})(?:dkk|sek|nok|chf|usd|gbp)|\$|£)\s*$/iu;
const percentAfter = /^\s*(?:%|prozent|percent|pct\.?|procent)/iu;
const rangeJoiner = /^\s*(?:-|–|—|bis|to|til)\s*/iu;

const approximateBefore =
  /(?:(?<!\p{L})(?:ca|zirka|circa|cirka|rund|etwa|ungefähr|ungefaehr|approx|approximately|about|around|roughly|omkring|knapp)(?!\p{L})|~|≈)/iu;
const approximateAnywhere = /(?<!\p{L})(?:geschätzt|geschaetzt|schätzung|schaetzung|estimated|estimate|anslået|skønnet)(?!\p{L})/iu;

interface Candidate {
  start: number;
  end: number;
  digits: string;
  scale: Scale | null;
  euro: boolean;
  rejected: boolean;
}

function readSuffix(rest: string, euroBeforeIt: boolean): { scale: Scale | null; euro: boolean; other: boolean } {
  // ",-" and ",--" are the German way of writing "no cents" ("250.000,- €").
  let offset = /^(?:,[-–—]+)?\s*/.exec(rest)?.[0].length ?? 0;
  let scale: Scale | null = null;
  let needsCurrency = false;
  for (const magnitude of magnitudes) {
    const match = magnitude.pattern.exec(rest.slice(offset));
    if (match) {
      scale = magnitude.scale;
      needsCurrency = magnitude.needsCurrency;
      offset += match[0].length;
      break;
    }
  }
  const tail = rest.slice(offset);
  const euro = euroAfter.exec(tail);
  const other = otherCurrencyAfter.test(tail);
  if (needsCurrency && !euro && !euroBeforeIt) scale = null;
  return { scale, euro: euro !== null || euroBeforeIt, other };
}

// Decides what the separators mean. With both kinds, the last one is the decimal mark; one kind
// used twice is grouping; a single mark before exactly three digits is grouping ("1.250 €" is
// 1 250 euro in German and in English) unless millions or billions follow ("1,250 Mio") or it
// cannot be grouping ("0,005").
function toExactDigits(token: string, scale: Scale | null): { integer: string; fraction: string } {
  const compact = token.replace(/[ '’\u00a0\u202f]/g, '');
  const marks = compact.replace(/\d/g, '');
  const last = marks[marks.length - 1];
  if (last === undefined) return { integer: compact, fraction: '' };
  const lastIndex = compact.lastIndexOf(last);
  const after = compact.slice(lastIndex + 1);
  const before = compact.slice(0, lastIndex);
  const grouped = token !== compact;
  const isDecimal =
    new Set(marks).size > 1 ||
    (marks.length === 1 && (grouped || after.length !== 3 || /^0+$/.test(before) || scale === 'million' || scale === 'billion'));
  return { integer: (isDecimal ? before : compact).replace(/\D/g, ''), fraction: isDecimal ? after : '' };
}

function toCents(token: string, scale: Scale | null): number {
  const { integer, fraction } = toExactDigits(token, scale);
  const numerator = BigInt(`${integer}${fraction}` || '0') * 100n * (scale ? scaleFactor[scale] : 1n);
  const denominator = 10n ** BigInt(fraction.length);
  // Half up, in integers, so that 0,005 € and 17,2 Mio come out exactly.
  return Number((numerator * 2n + denominator) / (2n * denominator));
}

function findCandidates(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const match of text.matchAll(numberPattern)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = text.slice(0, start);
    const after = text.slice(end);
    const euroBeforeIt = euroBefore.test(before);
    const suffix = readSuffix(after, euroBeforeIt);
    candidates.push({
      start,
      end,
      digits: match[0],
      scale: suffix.scale,
      euro: suffix.scale !== null || suffix.euro,
      rejected: percentAfter.test(after) || suffix.other || (!suffix.euro && otherCurrencyBefore.test(before)),
    });
  }
  // "1,2 – 1,5 Mio. €": the first figure of a range borrows the unit written after the second.
  for (let i = candidates.length - 2; i >= 0; i--) {
    const current = candidates[i];
    const next = candidates[i + 1];
    if (!current || !next || current.euro || current.rejected || !next.euro) continue;
    if (!rangeJoiner.test(text.slice(current.end, next.start)) || text.slice(current.end, next.start).trim().length > 3) continue;
    current.scale = next.scale;
    current.euro = true;
  }
  return candidates;
}

export function parseCosts(text: string): ParsedCosts {
  const trimmed = text.trim();
  const none: ParsedCosts = { text: trimmed, amountCents: null, currency: 'EUR', approximate: false };
  const candidates = findCandidates(trimmed);
  const index = candidates.findIndex((candidate) => candidate.euro && !candidate.rejected);
  let chosen = candidates[index];
  if (!chosen) {
    // A bare figure only counts when it is all there is: "250000" is a budget, "Phase 2" is not.
    const only = candidates[0];
    if (candidates.length !== 1 || !only || only.start !== 0 || only.end !== trimmed.length) return none;
    chosen = only;
  }
  const previousEnd = index > 0 ? (candidates[index - 1]?.end ?? 0) : 0;
  const lead = trimmed.slice(previousEnd, chosen.start);
  const next = candidates[index + 1];
  const isRange =
    next !== undefined &&
    chosen.euro &&
    rangeJoiner.test(trimmed.slice(chosen.end, next.start)) &&
    trimmed.slice(chosen.end, next.start).trim().length <= 3;
  return {
    text: trimmed,
    amountCents: toCents(chosen.digits, chosen.scale),
    currency: 'EUR',
    approximate: approximateBefore.test(lead) || approximateAnywhere.test(trimmed) || isRange,
  };
}
