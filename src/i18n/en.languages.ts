// English texts of the languages of contributions and content (part of the catalogue in en.ts).
import type { Catalogue } from './messages.js';
import type { deLanguages } from './de.languages.js';

export const enLanguages: Pick<Catalogue, keyof typeof deLanguages> = {
  'backoffice.nav.translations': 'Translations',
  'coverage.title': 'Missing translations',
  'coverage.intro':
    'Published projects, events and participation processes whose title or description is missing in Danish or English. Only entries you may edit are listed; the title leads to the editor.',
  'coverage.filter.language': 'Language',
  'coverage.filter.kind': 'Kind',
  'coverage.kind.project': 'Project',
  'coverage.kind.event': 'Event',
  'coverage.kind.process': 'Participation process',
  'coverage.field.title': 'Title',
  'coverage.field.description': 'Description',
  'coverage.complete': 'complete',
  'coverage.missing.da': 'Missing in Danish',
  'coverage.missing.en': 'Missing in English',
  'coverage.caption': 'Published entries with a missing translation',
  'coverage.count': {
    one: '{count} published entry without a complete translation.',
    other: '{count} published entries without a complete translation.',
  },
  'coverage.dashboard': {
    one: '{count} published entry without a Danish or English text',
    other: '{count} published entries without a Danish or English text',
  },
  'textLanguage.label': 'Language of your text',
  'textLanguage.hint':
    'With “Detect it” Lotse finds the language from your text (otherwise the language of this page applies). The administration’s response and our e-mails to you come in this language.',
  'textLanguage.vorschlag': 'Detect it',
  'textLanguage.de': 'German',
  'textLanguage.da': 'Danish',
  'textLanguage.en': 'English',
  'textLanguage.written': 'Language of the text',
  'textLanguage.answer': 'Language of the response',
  'textLanguage.answerHint':
    'Preset to the language the person wrote in. The public page marks your response with this language, and the e-mail to the person goes out in it.',
  'participation.mail.released.subject': 'Your submission has been published',
  'participation.mail.released.text':
    'Hello,\n\nYour submission on the project “{title}” has now been published.\n\nThe administration’s response:\n{weighing}\n\n{link}\n\nKind regards\nThe Lotse team',
};
