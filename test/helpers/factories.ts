// Builds realistic Vorhabenliste spreadsheets for tests: rows as a municipality would type them.
import { stringify } from 'csv-stringify/sync';

export type VorhabenRow = Record<string, string>;

export function flensburgVorhaben(overrides: VorhabenRow = {}): VorhabenRow {
  return {
    Titel: 'Digitale Bürgerdienste im Rathaus Flensburg',
    Kommune: 'Stadt Flensburg',
    Themen: 'Verwaltung; Digitalisierung',
    'Inhaltliche Beschreibung':
      'Anträge für Anwohnerparkausweise und Sondernutzungen werden online gestellt.\nTerminbuchung im Bürgerbüro.',
    'Politischer Beschluss zum Vorhaben / Projekt': 'RV-12/2024 vom 14.03.2024; HA 5-2024 vom 20.02.2024',
    'Kosten soweit bezifferbar': 'ca. 300.000 €',
    'Einwohner*innenbeteiligung': 'Informelle Beteiligung: Online-Umfrage und Werkstatt',
    Bearbeitungsstand: 'Planung',
    Ort: 'Rathausplatz 1, 24937 Flensburg',
    Aufnahmedatum: '02.04.2024',
    'Weitere Informationen': '',
    ...overrides,
  };
}

export function nordfrieslandVorhaben(overrides: VorhabenRow = {}): VorhabenRow {
  return {
    Titel: 'Mobilitätsstationen auf den Halligen',
    Kommune: 'Kreis Nordfriesland',
    Themen: 'Mobilität',
    'Inhaltliche Beschreibung': 'Leihräder und E-Carsharing an Fähranlegern.',
    'Politischer Beschluss zum Vorhaben / Projekt': 'KT 45/2022 vom 09.12.2022',
    'Kosten soweit bezifferbar': '450 T€',
    'Einwohner*innenbeteiligung': 'Formelle und informelle Beteiligung',
    Bearbeitungsstand: 'In Umsetzung',
    Ort: '54.5, 8.6',
    Aufnahmedatum: '2023-01-15',
    ...overrides,
  };
}

export interface CsvOptions {
  delimiter?: ';' | ',';
  bom?: boolean;
  eol?: '\n' | '\r\n';
}

/** A CSV file with the union of the rows' columns as header, in the order first seen. */
export function vorhabenCsv(rows: VorhabenRow[], { delimiter = ';', bom = false, eol = '\n' }: CsvOptions = {}): string {
  const header: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!header.includes(key)) header.push(key);
  const body = rows.map((row) => header.map((h) => row[h] ?? ''));
  return (bom ? '\uFEFF' : '') + stringify([header, ...body], { delimiter, record_delimiter: eol === '\n' ? 'unix' : 'windows' });
}
