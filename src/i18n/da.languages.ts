// Danish texts of the languages of contributions and content (part of the catalogue in da.ts).
import type { Catalogue } from './messages.js';
import type { deLanguages } from './de.languages.js';

export const daLanguages: Pick<Catalogue, keyof typeof deLanguages> = {
  'backoffice.nav.translations': 'Oversættelser',
  'coverage.title': 'Manglende oversættelser',
  'coverage.intro':
    'Offentliggjorte projekter, arrangementer og borgerinddragelsesprocesser, hvor titlen eller beskrivelsen mangler på dansk eller engelsk. Kun de poster, du må redigere, vises; titlen fører til redigeringen.',
  'coverage.filter.language': 'Sprog',
  'coverage.filter.kind': 'Type',
  'coverage.kind.project': 'Projekt',
  'coverage.kind.event': 'Arrangement',
  'coverage.kind.process': 'Borgerinddragelsesproces',
  'coverage.field.title': 'Titel',
  'coverage.field.description': 'Beskrivelse',
  'coverage.complete': 'komplet',
  'coverage.missing.da': 'Mangler på dansk',
  'coverage.missing.en': 'Mangler på engelsk',
  'coverage.caption': 'Offentliggjorte poster med manglende oversættelse',
  'coverage.count': {
    one: '{count} offentliggjort post uden fuldstændig oversættelse.',
    other: '{count} offentliggjorte poster uden fuldstændig oversættelse.',
  },
  'coverage.dashboard': {
    one: '{count} offentliggjort post uden dansk eller engelsk tekst',
    other: '{count} offentliggjorte poster uden dansk eller engelsk tekst',
  },
  'textLanguage.label': 'Sproget i din tekst',
  'textLanguage.hint':
    'Med »Find sproget« bestemmer Lotse sproget ud fra din tekst (ellers gælder sproget på denne side). Forvaltningens svar og vores e-mails til dig kommer på dette sprog.',
  'textLanguage.vorschlag': 'Find sproget',
  'textLanguage.de': 'Tysk',
  'textLanguage.da': 'Dansk',
  'textLanguage.en': 'Engelsk',
  'textLanguage.written': 'Tekstens sprog',
  'textLanguage.answer': 'Svarets sprog',
  'textLanguage.answerHint':
    'Udfyldt på forhånd med det sprog, personen skrev på. Den offentlige side markerer dit svar med dette sprog, og e-mailen til personen sendes på det.',
  'participation.mail.released.subject': 'Din bemærkning er offentliggjort',
  'participation.mail.released.text':
    'Goddag\n\nDin bemærkning til projektet »{title}« er nu offentliggjort.\n\nForvaltningens vurdering:\n{weighing}\n\n{link}\n\nVenlig hilsen\nLotse',
};
