// The "Einwohner*innenbeteiligung" column says in prose whether participation is formal (required
// by law, e.g. land-use planning) and/or informal (voluntary). We read the two flags out of it and
// keep the prose, which is what residents read.

export interface ParsedParticipation {
  formal: boolean;
  informal: boolean;
  text: string;
}

// The look-behind matters: "informell" contains "formell", "uformel" contains "formel".
const formalWord = /(?<!\p{L})(?:formell\p{L}*|formal\p{L}*|formel(?:le|t)?(?!\p{L})|förmlich\p{L}*)/giu;
// Procedures that are formal participation by law even when the word "formell" is missing.
const formalProcedure =
  /§+\s*\d+|(?<!\p{L})(?:BauGB|Bauleitplan\p{L}*|Planfeststellung\p{L}*|Bebauungsplan\p{L}*|B-Plan\p{L}*|Flächennutzungsplan\p{L}*|Offenlage|Offenlegung|öffentliche\s+Auslegung|UVPG|Raumordnungsverfahren|gesetzlich\s+vorgeschrieben\p{L}*|statutory|lovpligtig\p{L}*)/giu;
const informalWord = /(?<!\p{L})(?:informell\p{L}*|informal\p{L}*|uformel\p{L}*|freiwillig\p{L}*|voluntary)/giu;
// Formats that are voluntary by nature; weaker evidence, so they count only where the clause
// names nothing more explicit and the text does not open with "Keine".
const informalFormat =
  /workshop|umfrage|befragung|infost(?:a|ä)nd|info-stand|bürgerdialog|dialogveranstaltung|werkstatt|co-?creation|survey|beteiligungsveranstaltung|informationsveranstaltung|online-beteiligung|bürgerforum|spaziergang|borgermøde/giu;

const clauseBreak =
  /[.!?]\s|[;!?\n,]|(?<!\p{L})(?:aber|jedoch|sondern|zusätzlich|außerdem|ergänzend|but|however|additionally|men|desuden)(?!\p{L})/giu;
const negatedBefore = /(?<!\p{L})(?:kein\p{L}*|ohne|nicht|no|not|none|without|ingen|ikke|uden)(?:\s+[\p{L}*-]+){0,2}\s*$/iu;
const negatedAfter = /^[^\p{L}§]*(?:[\p{L}*-]+\s+){0,3}?(?:nicht(?!\s+nur)|nein|entfällt|keine|none|no|not(?!\s+only)|nej|ikke)(?!\p{L})/iu;
const neitherNor = /(?<!\p{L})(?:weder|neither|hverken)(?!\p{L})/iu;
const globalNegation = /^\s*(?:keine?|none|no|nein|nej|ingen|entfällt)(?!\p{L})/iu;

// Negations reach to the end of their clause only: "keine formelle Beteiligung, aber informelle
// Workshops". A colon does not end a clause, so "Formell: nein" stays together.
function clauses(text: string): string[] {
  const result: string[] = [];
  let start = 0;
  for (const match of text.matchAll(clauseBreak)) {
    result.push(text.slice(start, match.index));
    start = match.index + match[0].length;
  }
  result.push(text.slice(start));
  return result;
}

function hasPositiveMention(clause: string, pattern: RegExp): boolean {
  if (neitherNor.test(clause)) return false;
  for (const match of clause.matchAll(pattern)) {
    const before = clause.slice(0, match.index);
    const after = clause.slice(match.index + match[0].length);
    if (!negatedBefore.test(before) && !negatedAfter.test(after)) return true;
  }
  return false;
}

export function parseParticipation(text: string): ParsedParticipation {
  const trimmed = text.trim();
  const weakAllowed = !globalNegation.test(trimmed);
  let formal = false;
  let informal = false;
  for (const clause of clauses(trimmed)) {
    const clauseFormal = hasPositiveMention(clause, formalWord) || hasPositiveMention(clause, formalProcedure);
    const clauseInformal = hasPositiveMention(clause, informalWord);
    const explicit = clause.match(formalWord) || clause.match(informalWord) || clause.match(formalProcedure);
    formal ||= clauseFormal;
    informal ||= clauseInformal || (weakAllowed && !explicit && hasPositiveMention(clause, informalFormat));
  }
  return { formal, informal, text: trimmed };
}
