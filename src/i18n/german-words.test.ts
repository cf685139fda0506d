// German left in the Danish and English catalogues: a reader of the Danish or English page meets a
// German domain word ("Vorhaben", "Hinweis", "Abwägung") that means nothing to them, or German quotation
// marks in Danish text. docs/GLOSSARY.md gives the word each language uses instead; where a German name
// stays on purpose (a value to type, a column of the import file, the name of a council), the key is
// listed below with the words it may keep. Mails must not keep the German letter convention either
// (lower case after the greeting).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { da } from './da.js';
import { en } from './en.js';
import type { Message } from './messages.js';

/** German domain words of Lotse that are neither Danish nor English words (so "amt", "frist", "titel", "phase" are not here). */
export const germanWords = [
  'Vorhaben',
  'Vorhabenliste',
  'Hinweis',
  'Hinweise',
  'Beteiligung',
  'Beteiligungen',
  'Beteiligungsanregung',
  'Beteiligungsprozess',
  'Beteiligungsverfahren',
  'Anregung',
  'Abwägung',
  'Gemeinde',
  'Gemeinden',
  'Beschluss',
  'Beschlüsse',
  'Gremium',
  'Gremien',
  'Ausschuss',
  'Verwaltung',
  'Kreistag',
  'Ratsversammlung',
  'Stellungnahme',
  'Bürgerkonto',
  'Einwohner',
  'Veranstaltung',
  'Sitzung',
  'Tagesordnung',
  'Drucksache',
  'Ergänzung',
  'Förderung',
  'Zuwendungsbescheid',
  'Mittelabruf',
  'Verwendungsnachweis',
  'Eigenanteil',
  'Sachkosten',
  'Maßnahme',
  'Entwurf',
  'veröffentlicht',
  'archiviert',
  'Thema',
  'Themen',
  'Smarte',
  'Grenzregion',
  'Digitalagentur',
  'Koordination',
  'Koordinierung',
  'und',
  'oder',
  'nicht',
] as const;

/**
 * Keys that keep German words, and why: the words are values a person types or finds in a German file,
 * or a proper name explained in the same sentence. Anything else German is a finding.
 */
const allowed: Record<string, { words: readonly string[]; why: string }> = {
  'import.reason.publicationState': {
    words: ['veröffentlicht', 'Entwurf', 'archiviert'],
    why: 'the values the import accepts, named beside their English equivalents',
  },
  'finance.import.reason.category': { words: ['Sachkosten'], why: 'a value of the German budget file' },
  'finance.import.fileHint': { words: ['Maßnahme'], why: 'a column heading of the German budget file' },
  'municipality.bodiesHint': { words: ['Ratsversammlung'], why: 'the council’s name, glossed in the same sentence' },
  'council.referencePatternHint': { words: ['Ergänzung'], why: 'a word in German paper numbers that Lotse recognises' },
};

const forms = (m: Message) => (typeof m === 'string' ? [m] : Object.values(m));
// A hyphen joins: "smarte-parkraumsensoren" is an address (a slug), not German prose.
const letter = String.raw`[\p{L}\p{N}_-]`;
const matchers = germanWords.map((w) => ({ word: w, re: new RegExp(`(?<!${letter})${w}(?!${letter})`, 'iu') }));

/** The German words of one text, as whole words in any case. */
export function germanWordsIn(text: string): string[] {
  return matchers.filter(({ re }) => re.test(text)).map(({ word }) => word);
}

for (const [lang, catalogue] of [
  ['da', da],
  ['en', en],
] as const) {
  test(`${lang}: no German domain words left (docs/GLOSSARY.md)`, () => {
    const found: string[] = [];
    for (const [key, message] of Object.entries(catalogue) as [string, Message][]) {
      const keep = new Set((allowed[key]?.words ?? []).map((w) => w.toLowerCase()));
      for (const text of forms(message)) {
        const german = germanWordsIn(text).filter((w) => !keep.has(w.toLowerCase()));
        if (german.length > 0) found.push(`${key}: ${german.join(', ')} in “${text.slice(0, 80)}”`);
      }
    }
    assert.deepEqual(found, [], `German words in ${lang}`);
  });
}

test('da: Danish quotation marks »…«, never the German „…“', () => {
  const found = Object.entries(da as Record<string, Message>)
    .filter(([, m]) => forms(m).some((s) => /[„“]/.test(s)))
    .map(([key]) => key);
  assert.deepEqual(found, []);
});

test('en: no German low quotation marks', () => {
  const found = Object.entries(en as Record<string, Message>)
    .filter(([, m]) => forms(m).some((s) => s.includes('„')))
    .map(([key]) => key);
  assert.deepEqual(found, []);
});

// German letters go on in lower case after "Guten Tag,"; Danish and English ones start a new sentence.
test('mails: after the greeting a capital letter; Danish greets with "Goddag" and no comma', () => {
  const found: string[] = [];
  for (const [lang, catalogue] of [
    ['da', da],
    ['en', en],
  ] as const)
    for (const [key, message] of Object.entries(catalogue) as [string, Message][])
      for (const text of forms(message)) {
        const greeting = /^(Goddag,?|Hello,?|Dear [^\n]*)\n\n(.)/u.exec(text);
        if (!greeting) continue;
        if (/\p{Ll}/u.test(greeting[2]!) || greeting[1] === 'Goddag,') found.push(`${lang} ${key}: “${text.slice(0, 30)}”`);
      }
  assert.deepEqual(found, []);
});

test('the allow-list names only words the key still holds', () => {
  for (const [key, { words }] of Object.entries(allowed)) {
    const texts = [da, en].flatMap((c) => forms((c as Record<string, Message>)[key] ?? ''));
    for (const word of words)
      assert.ok(
        texts.some((s) => germanWordsIn(s).includes(germanWords.find((w) => w.toLowerCase() === word.toLowerCase())!)),
        `${key}: ${word} is no longer there; remove it from the list`,
      );
  }
});

test('the word matcher finds whole German words in any case, and nothing inside other words', () => {
  assert.deepEqual(germanWordsIn('Back to the Vorhaben'), ['Vorhaben']);
  assert.deepEqual(germanWordsIn('Import a vorhabenliste'), ['Vorhabenliste']);
  assert.deepEqual(germanWordsIn('Forvaltningens afvejning (Abwägung)'), ['Abwägung']);
  assert.deepEqual(germanWordsIn('projektlisten, the project register, ministerial, underskrifter'), []);
  assert.deepEqual(germanWordsIn('Bundesförderung'), [], 'a compound is not its last part');
  assert.deepEqual(germanWordsIn('the address »smarte-parkraumsensoren«'), [], 'an address is not prose');
});
