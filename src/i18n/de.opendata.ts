// German texts of the open-data catalogue and the feeds (part of the catalogue in de.ts).
export const deOpenData = {
  'opendata.catalogue.title': 'Offene Daten der Smarten Grenzregion zwischen den Meeren',
  'opendata.catalogue.description':
    'Die Vorhabenliste, Veranstaltungen, Beteiligungsverfahren, Partner und Programmzahlen des Smart-City-Programms von Flensburg, Kreis Schleswig-Flensburg und Kreis Nordfriesland.',
} as const;
