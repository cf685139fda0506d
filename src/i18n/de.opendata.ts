// German texts of the open-data catalogue and the feeds (part of the catalogue in de.ts).
export const deOpenData = {
  'opendata.catalogue.title': 'Offene Daten der Smarten Grenzregion zwischen den Meeren',
  'opendata.catalogue.description':
    'Die Vorhabenliste, Veranstaltungen, Beteiligungsprozesse, Partner und Programmzahlen des Smart-City-Programms von Flensburg, Kreis Schleswig-Flensburg und Kreis Nordfriesland.',
  'feeds.projects.title': 'Vorhabenliste: neue und geänderte Vorhaben',
  'feeds.projects.titleFiltered': 'Vorhabenliste: {filters}',
  'feeds.projects.subtitle': 'Neue und geänderte Vorhaben mit ihren öffentlichen Änderungshinweisen.',
  'feeds.project.new': 'Neu: {title}',
  'feeds.project.changed': 'Geändert: {title}',
  'feeds.project.fields': 'Geänderte Angaben: {fields}',
  'feeds.events.title': 'Veranstaltungen: neue und geänderte Termine',
  'feeds.events.subtitle': 'Beteiligungsveranstaltungen der Region, mit Absagen.',
  'feeds.event.cancelled': 'Abgesagt: {title}',
  'feeds.processes.title': 'Beteiligungsprozesse',
  'feeds.processes.subtitle': 'Neue und geänderte Beteiligungsprozesse mit ihren Phasen.',
  'feeds.process.project': 'Zum Vorhaben: {title}',
  'feeds.subscribe': 'Als Feed abonnieren (Atom)',
  'feeds.subscribeFiltered': 'Diese Auswahl als Feed abonnieren (Atom)',
  'opendata.dcatEndpoint': 'Katalog aller Datensätze für Datenportale (DCAT-AP.de; Turtle, JSON-LD oder RDF/XML)',
  'opendata.datasets.title': 'Datensätze',
  'opendata.datasets.caption': 'Datensätze und ihre Formate',
  'opendata.datasets.dataset': 'Datensatz',
  'opendata.datasets.formats': 'Formate',
  'opendata.dcat.title': 'Katalog für Datenportale (DCAT-AP.de)',
  'opendata.dcat.intro':
    'Der Katalog beschreibt jeden Datensatz nach dem Standard DCAT-AP.de 3.0: Formate, Lizenz, Herausgeber, Ansprechpartner, Zeitraum, Gebiet (Flensburg, Kreis Schleswig-Flensburg, Kreis Nordfriesland) und Stand. Datenportale wie das Open-Data-Portal Schleswig-Holstein und GovData übernehmen ihn regelmäßig. Unter /api/v1/dcat wählt der Accept-Header das Format (ohne Angabe Turtle); feste Adressen je Format:',
  'opendata.feeds.title': 'Feeds',
  'opendata.feeds.intro':
    'Neuigkeiten ohne Konto: Feedreader abonnieren diese Adressen (Atom), in der Sprache der Adresse. Der Feed der Vorhabenliste nimmt dieselben Filter wie die Liste.',
  'opendata.feeds.filtered': 'Beispiel: neue und geänderte Vorhaben im Kreis Nordfriesland zum Thema Mobilität',
  'opendata.examples.title': 'Beispiele',
  'opendata.examples.intro': 'Abrufe mit curl auf der Kommandozeile, zum Kopieren:',
} as const;
