// German texts of the regional content languages, North Frisian and Low German: the fields staff fill in
// and the switch on public pages (part of the catalogue in de.ts). The interface itself is never in them.
export const deRegional = {
  'regional.language.frr': 'Nordfriesisch',
  'regional.language.nds': 'Niederdeutsch',
  'regional.form.legend': 'Texte auf Nordfriesisch und Niederdeutsch (optional)',
  'regional.form.hint':
    'Auf der öffentlichen Seite lassen sie sich über einen eigenen Umschalter lesen; die Bedienung der Seite bleibt auf Deutsch, Dänisch oder Englisch. Ohne deutschen Text werden sie nicht gespeichert.',
  'regional.form.field': '{field} ({language})',
  'regional.switch.label': 'Diesen Eintrag gibt es auch auf:',
  'regional.section.title': 'Text auf {language}',
  'regional.switch.hide': 'Text auf {language} ausblenden',
} as const;
