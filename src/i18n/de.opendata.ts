// German texts of the open-data catalogue and the feeds (part of the catalogue in de.ts).
export const deOpenData = {
  'opendata.catalogue.title': 'Offene Daten der Smarten Grenzregion zwischen den Meeren',
  'opendata.catalogue.description':
    'Die Vorhabenliste, Veranstaltungen, Beteiligungsverfahren, Partner und Programmzahlen des Smart-City-Programms von Flensburg, Kreis Schleswig-Flensburg und Kreis Nordfriesland.',
  'feeds.projects.title': 'Vorhabenliste: neue und geänderte Vorhaben',
  'feeds.projects.titleFiltered': 'Vorhabenliste: {filters}',
  'feeds.projects.subtitle': 'Neue und geänderte Vorhaben mit ihren öffentlichen Änderungshinweisen.',
  'feeds.project.new': 'Neu: {title}',
  'feeds.project.changed': 'Geändert: {title}',
  'feeds.project.fields': 'Geänderte Angaben: {fields}',
  'feeds.events.title': 'Veranstaltungen: neue und geänderte Termine',
  'feeds.events.subtitle': 'Beteiligungsveranstaltungen der Region, mit Absagen.',
  'feeds.event.cancelled': 'Abgesagt: {title}',
  'feeds.processes.title': 'Beteiligungsverfahren',
  'feeds.processes.subtitle': 'Neue und geänderte Beteiligungsverfahren mit ihren Phasen.',
  'feeds.process.project': 'Zum Vorhaben: {title}',
  'feeds.subscribe': 'Als Feed abonnieren (Atom)',
  'feeds.subscribeFiltered': 'Diese Auswahl als Feed abonnieren (Atom)',
} as const;
