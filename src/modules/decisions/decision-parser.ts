// Reads the free-text column "Politischer Beschluss" into single decisions. Typists join decisions
// with any punctuation, spell references several ways and mix in other cities' schemes, so this
// parser anchors on what is recognisable and keeps the raw piece of text for everything.
import { findDates, type FoundDate } from '../../lib/dates.js';

export interface DecisionBody {
  prefix: string;
  name: string;
}

export interface ParsedDecision {
  raw: string;
  reference: string | null;
  body: string | null;
  bodyName: string | null;
  number: number | null;
  year: number | null;
  supplement: string | null;
  date: string | null;
}

interface Span {
  start: number;
  end: number;
}

// A prefix is a whole word of 1–6 letters; the look-behind stops us from starting inside
// "VI-A-01083" or "12/SVV/0539", the look-ahead from reading the head of a longer identifier.
const referencePattern = String.raw`(?<![\p{L}\p{N}/.\-–])(\p{L}{1,6})(?:\s*[-‐‑–]\s*|\s*)(\d{1,5})\s*[/\-–]\s*(\d{4}|\d{2})(?![\p{L}\p{N}]|[/\-–.,]\p{N})`;
const referenceAnywhere = new RegExp(referencePattern, 'gu');
const referenceWhole = new RegExp(`^${referencePattern}$`, 'u');

// Anything that looks like an identifier (digits joined by "/" or "-") but is no reference we
// understand; it still marks a decision, we just do not pretend to know its number.
const foreignIdentifier = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:[/\-–.][\p{L}\p{N}]+)+/gu;

// "und" after a hyphen belongs to a compound ("Haupt- und Finanzausschuss"), not a list.
const separator = /\s*[;,\n\r&]\s*|\s+\/\s+|(?<![-‐–]\s*)\s+(und|sowie|and|og)\s+/giu;
const leadingArticles = /^(?:(?:der|des|dem|den|die|im|in|the|of|by)\s+)*/i;

const supplementPattern = /(?:\d+\.\s*)?(?:Ergänzung(?:svorlage)?|Erg\.|Nachtrag|Änderung(?:santrag)?|Neufassung)(?!\p{L})/iu;
const supplementStart = new RegExp(`^${supplementPattern.source}`, 'iu');
// After a reference a supplement follows at once and stands alone ("HA-7/2025, 2. Ergänzung vom …");
// in "RV-22/2021 Änderung des B-Plans Nr. 5" the word begins the paper's title.
const supplementAfterReference = new RegExp(
  String.raw`^[\s,;(‐‑–\-]*(${supplementPattern.source})(?=\s*(?:$|[,;()]|(?:vom|v\.|am|from|dated|d\.)(?!\p{L})|\d))`,
  'iu',
);
const dateConnector = /(?:\bvom|\bv\.|\bam|\bfrom|\bof|\bdated|\bden|\bd\.)\s*$/i;
const dateLead = /^(?:(?:vom|v\.|am|from|dated|d\.)\s*)?\(?/i;
const decisionWord = /beschlu(?:ss|ß)|beschl\.|beschlossen|resolution|decision|beslutning|vedtag/i;
// Only consulted for pieces without any identifier or date: "noch kein Beschluss", "steht noch aus".
const negation =
  /(?<!\p{L})(?:kein\p{L}*|nicht|noch\s+aus|ausstehend|entfällt|geplant|vorgesehen|in\s+vorbereitung|none|pending|planned|no|ingen|ikke|n\.?\s?a\.?|k\.?\s?a\.?)(?!\p{L})/iu;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function isUpperCaseWord(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

function findBodyByPrefix(prefix: string, bodies: DecisionBody[]): DecisionBody | undefined {
  const wanted = prefix.toUpperCase();
  return bodies.find((body) => body.prefix.toUpperCase() === wanted);
}

interface ReferenceMatch extends Span {
  prefix: string;
  number: number;
  year: number;
}

function toYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

// Unknown prefixes only count in upper case: "vom 2/2021" or "Nr 12/2021" are not references,
// but "ha-18/2023" is, when HA is one of the municipality's bodies.
function findReferences(text: string, bodies: DecisionBody[]): ReferenceMatch[] {
  const found: ReferenceMatch[] = [];
  for (const match of text.matchAll(referenceAnywhere)) {
    const [whole, prefix = '', number = '', year = ''] = match;
    if (!isUpperCaseWord(prefix) && !findBodyByPrefix(prefix, bodies)) continue;
    found.push({
      start: match.index,
      end: match.index + whole.length,
      prefix: prefix.toUpperCase(),
      number: Number(number),
      year: toYear(year),
    });
  }
  return found;
}

function findForeignIdentifiers(text: string, dates: FoundDate[]): Span[] {
  const found: Span[] = [];
  for (const match of text.matchAll(foreignIdentifier)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (!/\p{N}/u.test(match[0]) || !/[/\-–]/.test(match[0])) continue;
    if (dates.some((date) => date.index < span.end && span.start < date.index + date.length)) continue;
    found.push(span);
  }
  return found;
}

function bodyNameSpans(text: string, bodies: DecisionBody[]): Span[] {
  const spans: Span[] = [];
  for (const body of bodies) {
    if (body.name.trim() === '') continue;
    for (const match of text.matchAll(new RegExp(escapeRegExp(body.name), 'giu'))) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return spans;
}

// Earliest body named in a piece, by name (also inflected: "des Hauptausschusses", "Kreistages")
// or by its prefix standing alone in upper case ("Beschluss im HA", "RV-Beschluss").
function findBodyInText(text: string, bodies: DecisionBody[]): DecisionBody | null {
  let best: DecisionBody | null = null;
  let bestIndex = Infinity;
  for (const body of bodies) {
    const patterns: RegExp[] = [];
    if (body.name.trim() !== '') {
      patterns.push(new RegExp(`(?<!\\p{L})${escapeRegExp(body.name)}(?:e?s|e?n)?(?!\\p{L})`, 'iu'));
    }
    if (body.prefix.trim() !== '') {
      patterns.push(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(body.prefix.toUpperCase())}(?!\\p{L})`, 'u'));
    }
    for (const pattern of patterns) {
      const match = pattern.exec(text);
      if (match && match.index < bestIndex) {
        best = body;
        bestIndex = match.index;
      }
    }
  }
  return best;
}

// A conjunction only separates decisions when a new one follows it, so that
// "Ausschusses für Umwelt und Planung" stays one piece but "RV-22/2021 und HA-53/2021" splits.
function startsDecision(rest: string, bodies: DecisionBody[]): boolean {
  const text = rest.replace(leadingArticles, '');
  return (
    findReferences(text, bodies)[0]?.start === 0 ||
    findForeignIdentifiers(text, [])[0]?.start === 0 ||
    findDates(text)[0]?.index === 0 ||
    decisionWord.exec(text)?.index === 0 ||
    bodies.some(
      (body) =>
        (body.name.trim() !== '' && text.toLowerCase().startsWith(body.name.toLowerCase())) ||
        (body.prefix.trim() !== '' && new RegExp(`^${escapeRegExp(body.prefix.toUpperCase())}(?!\\p{L})`, 'u').test(text)),
    )
  );
}

function splitSegments(text: string, bodies: DecisionBody[]): Span[] {
  const protectedSpans = [...findReferences(text, bodies), ...bodyNameSpans(text, bodies)];
  const segments: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(separator)) {
    const end = match.index + match[0].length;
    if (protectedSpans.some((span) => span.start < end && match.index < span.end)) continue;
    if (match[1] && !startsDecision(text.slice(end), bodies)) continue;
    segments.push({ start, end: match.index });
    start = end;
  }
  segments.push({ start, end: text.length });
  return segments.filter((span) => text.slice(span.start, span.end).trim() !== '');
}

// Several references typed one after the other without punctuation are still several decisions.
function splitAtAnchors(text: string, segment: Span, bodies: DecisionBody[]): Span[] {
  const piece = text.slice(segment.start, segment.end);
  const references = findReferences(piece, bodies);
  const anchors = references.length > 0 ? references : findForeignIdentifiers(piece, findDates(piece));
  const pieces: Span[] = [];
  let start = segment.start;
  for (const anchor of anchors.slice(1)) {
    pieces.push({ start, end: segment.start + anchor.start });
    start = segment.start + anchor.start;
  }
  pieces.push({ start, end: segment.end });
  return pieces;
}

function chooseDate(piece: string, dates: FoundDate[]): string | null {
  const introduced = dates.find((date) => dateConnector.test(piece.slice(0, date.index)));
  return (introduced ?? dates[0])?.value ?? null;
}

interface Analysis {
  decision: ParsedDecision | null;
  continuation: 'date' | 'supplement' | null;
}

function analyse(text: string, span: Span, bodies: DecisionBody[]): Analysis {
  const raw = text.slice(span.start, span.end).trim();
  const dates = findDates(raw);
  const date = chooseDate(raw, dates);
  const reference = findReferences(raw, bodies)[0];
  const supplement =
    (reference ? supplementAfterReference.exec(raw.slice(reference.end))?.[1] : supplementPattern.exec(raw)?.[0])?.replace(/\s+/g, ' ') ??
    null;

  if (reference) {
    const body = findBodyByPrefix(reference.prefix, bodies);
    return {
      continuation: null,
      decision: {
        raw,
        reference: `${reference.prefix}-${reference.number}/${reference.year}`,
        body: reference.prefix,
        bodyName: body?.name ?? null,
        number: reference.number,
        year: reference.year,
        supplement,
        date,
      },
    };
  }

  const foreign = findForeignIdentifiers(raw, dates).length > 0;
  const body = findBodyInText(raw, bodies);
  let continuation: Analysis['continuation'] = null;
  if (!foreign && !body) {
    if (dates[0]?.index === dateLead.exec(raw)?.[0].length) continuation = 'date';
    else if (supplementStart.test(raw)) continuation = 'supplement';
  }
  const meaningful = foreign || date !== null || ((body !== null || decisionWord.test(raw)) && !negation.test(raw));
  return {
    continuation,
    decision: meaningful
      ? {
          raw,
          reference: null,
          body: body?.prefix.toUpperCase() ?? null,
          bodyName: body?.name ?? null,
          number: null,
          year: null,
          supplement,
          date,
        }
      : null,
  };
}

export function parseDecisions(text: string, bodies: DecisionBody[]): ParsedDecision[] {
  const decisions: ParsedDecision[] = [];
  let previous: Span | null = null;
  for (const segment of splitSegments(text, bodies)) {
    for (const piece of splitAtAnchors(text, segment, bodies)) {
      const analysis = analyse(text, piece, bodies);
      const last = decisions[decisions.length - 1];
      // "HA-53/2021, vom 23.09.2021" or "HA-7/2025, 2. Ergänzung": the comma did not start a new
      // decision. Only merged when the previous decision lacks exactly what this piece supplies.
      const fills =
        (analysis.continuation === 'date' && last?.date === null) || (analysis.continuation === 'supplement' && last?.supplement === null);
      if (previous && last && fills) {
        const merged = analyse(text, { start: previous.start, end: piece.end }, bodies);
        if (merged.decision) {
          decisions[decisions.length - 1] = merged.decision;
          previous = { start: previous.start, end: piece.end };
          continue;
        }
      }
      if (analysis.decision) {
        decisions.push(analysis.decision);
        previous = piece;
      }
    }
  }
  return decisions;
}

export function normaliseReference(text: string): string | null {
  const match = referenceWhole.exec(text.trim());
  if (!match) return null;
  const [, prefix = '', number = '', year = ''] = match;
  return `${prefix.toUpperCase()}-${Number(number)}/${toYear(year)}`;
}
