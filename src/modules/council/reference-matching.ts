// Which council paper a Vorhaben's decision rests on, by its reference. Each council writes references
// its own way (Flensburg "RV-22/2021", "FA-10/2023 1. Ergänzung"; Hürtgenwald "30/2015"; ALLRIS often
// "VO/2021/0123"), so each municipality describes its scheme as a pattern with the placeholders {body},
// {number} and {year}. A paper's reference and a decision are both read into the parts the pattern
// names (plus a supplement such as "1. Ergänzung"), and they match when those parts are equal: number,
// year and body where the pattern has them, and the supplement (none matches the original paper).

export interface ReferenceKey {
  body: string | null;
  number: number;
  year: number | null;
  supplement: string | null;
}

/** What the decision parser made of a decision (see the decisions module). */
export interface DecisionForMatching {
  id: number;
  raw: string;
  reference: string | null;
  body: string | null;
  number: number | null;
  year: number | null;
  supplement: string | null;
}

export interface PaperForMatching {
  id: number;
  reference: string;
}

export type MatchOutcome =
  | { decisionId: number; paperId: number; reason: 'matched' }
  | { decisionId: number; paperId: null; reason: 'no_reference' | 'no_paper' | 'ambiguous' | 'other_body' };

export interface MatchSettings {
  pattern: string;
  /** The prefixes of the municipality's council bodies: a decision of another body belongs to another council. */
  bodyPrefixes: string[];
}

const TOKEN = /\{(body|number|year)\}/g;

/** The pattern a municipality uses when it names none: with bodies "RV-22/2021", without "30/2015". */
export const defaultPattern = (bodyPrefixes: string[]) => (bodyPrefixes.length ? '{body}-{number}/{year}' : '{number}/{year}');

/** Whether a pattern can be used: it names the number, each placeholder at most once, and nothing unknown. */
export function validPattern(pattern: string): boolean {
  const names = [...pattern.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
  return (
    names.includes('number') &&
    names.every((n) => n === 'body' || n === 'number' || n === 'year') &&
    new Set(names).size === names.length &&
    pattern.length <= 60
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const DASHES = String.raw`‐‑–\-`;
const SEPARATOR = new RegExp(`[\\s${DASHES}/]+`, 'g');
const around = `[\\s${DASHES}]*`;

// Separators are typed loosely: "RV 22/2021", "RV–22 / 2021", "VO/2021/0123". Each run of separators in
// the pattern becomes ONE character class (and its slashes): a class per blank or dash, one after the
// other, lets a reference of many blanks be split among them in exponentially many ways.
function literal(text: string): string {
  let source = '';
  let at = 0;
  for (const match of text.matchAll(SEPARATOR)) {
    source += escape(text.slice(at, match.index));
    const slashes = match[0].split('/').length - 1;
    source += slashes === 0 ? around : `${around}/`.repeat(slashes) + around;
    at = match.index + match[0].length;
  }
  return source + escape(text.slice(at));
}

/** References and texts are read with single blanks and at most this long, so no text makes matching slow. */
const MATCH_LENGTH = 200;
const prepared = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, MATCH_LENGTH);

interface Compiled {
  source: string;
  order: ('body' | 'number' | 'year')[];
}

const compiled = new Map<string, Compiled>();
function compile(pattern: string): Compiled {
  let found = compiled.get(pattern);
  if (found) return found;
  const order: Compiled['order'] = [];
  let source = '';
  let at = 0;
  for (const match of pattern.matchAll(TOKEN)) {
    source += literal(pattern.slice(at, match.index));
    const name = match[1] as Compiled['order'][number];
    order.push(name);
    source += name === 'body' ? '(\\p{L}{1,10})' : name === 'number' ? '0*(\\d{1,7})' : '(\\d{4}|\\d{2})';
    at = match.index + match[0].length;
  }
  source += literal(pattern.slice(at));
  found = { source, order };
  compiled.set(pattern, found);
  return found;
}

const supplementWord = String.raw`(?:(\d+)\s*\.?\s*)?(ergänzung(?:svorlage)?|erg\.|nachtrag|änderung(?:santrag)?|neufassung)(?!\p{L})`;
// A supplement stands right after the reference and alone: "FA-10/2023 1. Ergänzung vom 12.06.2023",
// "HA-7/2025, 2. Ergänzung"; in "RV-22/2021 Änderung des B-Plans Nr. 5" the word begins the title.
const supplementEnd = String.raw`(?=\s*(?:$|[,;()]|(?:vom|v\.|am|from|dated|d\.)(?!\p{L})|\d))`;
const supplementPattern = new RegExp(String.raw`^[\s,;(${DASHES}]*${supplementWord}${supplementEnd}`, 'iu');

/** "1. Ergänzung", "1.Ergänzung", "1. Erg." at the start of the text → "1 ergänzung"; none → null. */
export function normaliseSupplement(text: string | null): string | null {
  if (!text) return null;
  const match = supplementPattern.exec(prepared(text));
  if (!match) return null;
  const kind = match[2]!
    .toLowerCase()
    .replace(/^erg\.$/, 'ergänzung')
    .replace(/svorlage$/, '')
    .replace(/santrag$/, '');
  return match[1] ? `${Number(match[1])} ${kind}` : kind;
}

const toYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));

function keyFrom(match: RegExpExecArray, order: Compiled['order'], rest: string): ReferenceKey {
  const key: ReferenceKey = { body: null, number: 0, year: null, supplement: normaliseSupplement(rest) };
  order.forEach((name, i) => {
    const value = match[i + 1]!;
    if (name === 'body') key.body = value.toUpperCase();
    else if (name === 'number') key.number = Number(value);
    else key.year = toYear(value);
  });
  return key;
}

/** A paper's reference read with the pattern (the whole reference, a supplement may follow); null if it does not fit. */
export function paperKey(reference: string, pattern: string): ReferenceKey | null {
  const { source, order } = compile(pattern);
  const match = new RegExp(`^${source}(?![\\p{N}])(.*)$`, 'iu').exec(prepared(reference));
  return match ? keyFrom(match, order, match[order.length + 1] ?? '') : null;
}

/**
 * A decision read with the pattern: from the parser's reference where it found one ("HA 18-2023" is
 * HA-18/2023 already), else from the typed text, where the pattern may stand anywhere ("Ratsbeschluss
 * 30/2015 vom 05.05.2015").
 */
export function decisionKey(decision: Omit<DecisionForMatching, 'id'>, pattern: string): ReferenceKey | null {
  const { order } = compile(pattern);
  if (decision.reference !== null && decision.number !== null) {
    if (order.includes('year') && decision.year === null) return null;
    return {
      body: order.includes('body') ? (decision.body?.toUpperCase() ?? null) : null,
      number: decision.number,
      year: order.includes('year') ? decision.year : null,
      supplement: normaliseSupplement(decision.supplement),
    };
  }
  const { source } = compile(pattern);
  const match = new RegExp(`(?<![\\p{L}\\p{N}/])${source}(?![\\p{N}]|/\\p{N})(.*)$`, 'iu').exec(prepared(decision.raw));
  return match ? keyFrom(match, order, match[order.length + 1] ?? '') : null;
}

const keyText = (key: ReferenceKey) => `${key.body ?? ''}|${key.number}|${key.year ?? ''}|${key.supplement ?? ''}`;

/** Matches each decision to at most one paper; a key two papers share matches neither. */
export function matchDecisions(decisions: DecisionForMatching[], papers: PaperForMatching[], settings: MatchSettings): MatchOutcome[] {
  const index = new Map<string, number[]>();
  for (const paper of papers) {
    const key = paperKey(paper.reference, settings.pattern);
    if (!key) continue;
    const text = keyText(key);
    index.set(text, [...(index.get(text) ?? []), paper.id]);
  }
  const prefixes = new Set(settings.bodyPrefixes.map((p) => p.toUpperCase()));
  const patternHasBody = compile(settings.pattern).order.includes('body');
  return decisions.map((decision): MatchOutcome => {
    if (decision.body !== null && prefixes.size > 0 && !prefixes.has(decision.body.toUpperCase()))
      return { decisionId: decision.id, paperId: null, reason: 'other_body' };
    // A council whose references name no body ("45/2022") did not take a decision another body's
    // reference names (a district's "KT-45/2022"), although the numbers are the same.
    if (decision.body !== null && prefixes.size === 0 && !patternHasBody)
      return { decisionId: decision.id, paperId: null, reason: 'other_body' };
    const key = decisionKey(decision, settings.pattern);
    if (!key) return { decisionId: decision.id, paperId: null, reason: 'no_reference' };
    const found = index.get(keyText(key)) ?? [];
    if (found.length === 1) return { decisionId: decision.id, paperId: found[0]!, reason: 'matched' };
    return { decisionId: decision.id, paperId: null, reason: found.length ? 'ambiguous' : 'no_paper' };
  });
}
