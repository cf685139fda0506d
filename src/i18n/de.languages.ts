// German texts of the languages of contributions and content: translation coverage in the back office,
// and the language a notice, request, idea or comment was written in (part of the catalogue in de.ts).
export const deLanguages = {
  'backoffice.nav.translations': 'Übersetzungen',
  'coverage.title': 'Fehlende Übersetzungen',
  'coverage.intro':
    'Veröffentlichte Vorhaben, Veranstaltungen und Beteiligungsprozesse, deren Titel oder Beschreibung auf Dänisch oder Englisch fehlt. Es erscheinen nur Einträge, die Sie bearbeiten dürfen; der Titel führt zum Bearbeiten.',
  'coverage.filter.language': 'Sprache',
  'coverage.filter.kind': 'Art',
  'coverage.kind.project': 'Vorhaben',
  'coverage.kind.event': 'Veranstaltung',
  'coverage.kind.process': 'Beteiligungsprozess',
  'coverage.field.title': 'Titel',
  'coverage.field.description': 'Beschreibung',
  'coverage.complete': 'vollständig',
  'coverage.missing.da': 'Fehlt auf Dänisch',
  'coverage.missing.en': 'Fehlt auf Englisch',
  'coverage.caption': 'Veröffentlichte Einträge mit fehlender Übersetzung',
  'coverage.count': {
    one: '{count} veröffentlichter Eintrag ohne vollständige Übersetzung.',
    other: '{count} veröffentlichte Einträge ohne vollständige Übersetzung.',
  },
  'coverage.dashboard': {
    one: '{count} veröffentlichter Eintrag ohne dänischen oder englischen Text',
    other: '{count} veröffentlichte Einträge ohne dänischen oder englischen Text',
  },
  'textLanguage.label': 'Sprache Ihres Textes',
  'textLanguage.hint':
    'Mit „Erkennen lassen“ bestimmt Lotse die Sprache aus Ihrem Text (sonst gilt die Sprache dieser Seite). Die Antwort der Verwaltung und unsere E-Mails an Sie kommen in dieser Sprache.',
  'textLanguage.vorschlag': 'Erkennen lassen',
  'textLanguage.de': 'Deutsch',
  'textLanguage.da': 'Dänisch',
  'textLanguage.en': 'Englisch',
  'textLanguage.written': 'Sprache des Textes',
  'textLanguage.answer': 'Sprache der Antwort',
  'textLanguage.answerHint':
    'Vorbelegt mit der Sprache, in der die Person geschrieben hat. Die öffentliche Seite kennzeichnet Ihre Antwort mit dieser Sprache, und die E-Mail an die Person geht in ihr.',
  'participation.mail.released.subject': 'Ihr Hinweis ist veröffentlicht',
  'participation.mail.released.text':
    'Guten Tag,\n\nIhr Hinweis zum Vorhaben „{title}“ ist jetzt veröffentlicht.\n\nAbwägung der Verwaltung:\n{weighing}\n\n{link}\n\nMit freundlichen Grüßen\nIhr Lotse-Team',
} as const;
