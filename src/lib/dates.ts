// Dates as typed into municipal spreadsheets: ISO from exports, German numeric dates from people,
// and now and then a month name ("18. Februar 2021"). Everything leaves here as YYYY-MM-DD.

export type ParsedDate = { ok: true; value: string | null } | { ok: false; reason: 'date.invalid' };

export interface FoundDate {
  index: number;
  length: number;
  value: string;
}

// Month names in German, English and Danish, full and abbreviated, because council texts and the
// partners' Danish material both quote dates that way.
const monthNames: Record<string, number> = {
  januar: 1,
  jan: 1,
  january: 1,
  jänner: 1,
  februar: 2,
  feb: 2,
  february: 2,
  febr: 2,
  märz: 3,
  maerz: 3,
  mär: 3,
  mar: 3,
  march: 3,
  marts: 3,
  april: 4,
  apr: 4,
  mai: 5,
  may: 5,
  maj: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  dezember: 12,
  dez: 12,
  december: 12,
  dec: 12,
};

const monthAlternation = Object.keys(monthNames)
  .sort((a, b) => b.length - a.length)
  .join('|');

// The look-arounds keep us from reading dates out of longer digit runs such as amounts
// ("1.250.000") or reference numbers ("RV-22/2021-03-01" is not a date either way).
const isoSource = String.raw`(?<![\d.\-/])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d\-/]|\.\d)`;
const germanSource = String.raw`(?<![\d/])(?<!\d[.,])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d|[.,]\d|/)`;
const namedSource = String.raw`(?<![\d/])(?<!\d[.,])(\d{1,2})\.?\s*(${monthAlternation})\.?\s+(\d{4})(?!\d)`;

const isoOnly = new RegExp(`^${isoSource}$`);
const germanOnly = new RegExp(`^${germanSource}$`);
const namedOnly = new RegExp(`^${namedSource}$`, 'iu');
const anyDate = new RegExp(`${isoSource}|${germanSource}|${namedSource}(?!\\p{L})`, 'giu');

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// Two-digit years are always this century: the register only holds projects from the 2000s on,
// and a sliding window would make the same text parse differently over time.
function fullYear(yearText: string): number {
  const year = Number(yearText);
  return yearText.length === 2 ? 2000 + year : year;
}

function toIso(year: number, month: number, day: number): string | null {
  // Four-digit years outside this window are typos ("0221", "20211" cut short), not history.
  if (year < 1900 || year > 2199) return null;
  if (month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthFromName(name: string): number | undefined {
  return monthNames[name.toLowerCase()];
}

function fromGroups(groups: (string | undefined)[]): string | null {
  const [isoY, isoM, isoD, deD, deM, deY, nD, nMonth, nY] = groups;
  if (isoY && isoM && isoD) return toIso(Number(isoY), Number(isoM), Number(isoD));
  if (deD && deM && deY) return toIso(fullYear(deY), Number(deM), Number(deD));
  if (nD && nMonth && nY) {
    const month = monthFromName(nMonth);
    return month === undefined ? null : toIso(Number(nY), month, Number(nD));
  }
  return null;
}

export function parseDate(text: string): ParsedDate {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  let groups: (string | undefined)[] | null = null;
  const iso = isoOnly.exec(trimmed);
  const german = germanOnly.exec(trimmed);
  const named = namedOnly.exec(trimmed);
  if (iso) groups = [iso[1], iso[2], iso[3]];
  else if (german) groups = [undefined, undefined, undefined, german[1], german[2], german[3]];
  else if (named) groups = [undefined, undefined, undefined, undefined, undefined, undefined, named[1], named[2], named[3]];
  const value = groups ? fromGroups(groups) : null;
  return value === null ? { ok: false, reason: 'date.invalid' } : { ok: true, value };
}

export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const match of text.matchAll(anyDate)) {
    const value = fromGroups(match.slice(1));
    if (value !== null) found.push({ index: match.index, length: match[0].length, value });
  }
  return found;
}
