// Generates a realistic Vorhabenliste of any size: varied titles and texts in German, one to three
// municipalities, five council decisions per entry, costs, participation, some with coordinates.
import { vorhabenCsv, type VorhabenRow } from '../test/helpers/factories.js';

const subjects = [
  'Sensoren',
  'Radwege',
  'Schulen',
  'Parkplätze',
  'Glasfaser',
  'Bibliotheken',
  'Häfen',
  'Buslinien',
  'Spielplätze',
  'Wärmenetze',
  'Pflegeheime',
  'Badestellen',
];
const actions = [
  'Modernisierung der',
  'Digitale Erfassung der',
  'Ausbau der',
  'Sanierung der',
  'Vernetzung der',
  'Barrierefreie Gestaltung der',
];
const places = [
  'Innenstadt',
  'Altstadt',
  'Hafenspitze',
  'Mürwik',
  'Husum',
  'Niebüll',
  'Schleswig',
  'Kappeln',
  'Sylt',
  'Eiderstedt',
  'Angeln',
  'Tönning',
];
const topics = [
  'Mobilität',
  'Bildung',
  'Klima',
  'Daten',
  'Tourismus',
  'Teilhabe',
  'Verwaltung',
  'Gesundheit',
  'Energie',
  'Sicherheit',
  'Kultur',
  'Wirtschaft',
];
const municipalities = ['Stadt Flensburg', 'Kreis Schleswig-Flensburg', 'Kreis Nordfriesland'];
const prefixes = ['RV', 'HA', 'FA', 'KT'];
const statuses = ['Planung', 'In Umsetzung', 'In Betrieb', 'abgeschlossen', 'Konzeptphase', 'Ausschreibung läuft'];
const participations = [
  'Informelle Beteiligung: Werkstatt',
  'Formelle und informelle Beteiligung',
  'Keine Beteiligung vorgesehen',
  'formell nach § 3 BauGB',
];
const costs = ['ca. 1,2 Mio. €', '250.000 €', 'rund 850.000 Euro', 'nicht bezifferbar', '450 T€', 'EUR 45.000,00'];

const pick = <T>(list: T[], n: number): T => list[n % list.length]!;
const pad = (n: number) => String(n).padStart(2, '0');

/** The slug a generated municipality or topic gets ("Kreis Nordfriesland" → "nordfriesland"). */
export const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/^(stadt|kreis) /, '')
    .replace(/[^a-z0-9]+/g, '-');

export function generateRows(count: number): VorhabenRow[] {
  return Array.from({ length: count }, (_, i) => {
    const subject = pick(subjects, i);
    const place = pick(places, Math.floor(i / 7));
    // A stride unrelated to the subjects' so that every subject occurs in every municipality.
    const first = (i * 7) % 11;
    const munis = [pick(municipalities, first), ...(i % 4 === 0 ? [pick(municipalities, first + 1)] : [])];
    const year = 2019 + (i % 7);
    const decisions = Array.from(
      { length: 5 },
      (_, k) =>
        `${pick(prefixes, i + k)}-${(i % 90) + k + 1}/${year} vom ${pad(((k * 5 + i) % 28) + 1)}.${pad(((k + i) % 12) + 1)}.${year}`,
    );
    return {
      ID: `bench-${i + 1}`,
      Titel: `${pick(actions, Math.floor(i / 12))} ${subject} in ${place} (${i + 1})`,
      Kommune: munis.join(', '),
      Themen: `${pick(topics, i)}; ${pick(topics, i + 5)}`,
      'Inhaltliche Beschreibung': `Das Vorhaben verbessert die ${subject} in ${place}. Es wird gemeinsam mit Partnerinnen und Partnern vor Ort umgesetzt und regelmäßig fortgeschrieben.\n\nDie Einwohnerinnen und Einwohner werden früh informiert; Ergebnisse werden als offene Daten veröffentlicht.`,
      'Politischer Beschluss zum Vorhaben / Projekt': decisions.join('; '),
      'Kosten soweit bezifferbar': pick(costs, i),
      'Einwohner*innenbeteiligung': pick(participations, i),
      Bearbeitungsstand: pick(statuses, i),
      Ort: i % 3 === 0 ? `${(54 + (i % 100) / 200).toFixed(4)}, ${(8.5 + (i % 90) / 100).toFixed(4)}` : `${place}`,
      Aufnahmedatum: `${year}-${pad((i % 12) + 1)}-${pad((i % 28) + 1)}`,
    };
  });
}

export function generateCsv(count: number): string {
  return vorhabenCsv(generateRows(count));
}
