// The columns of the Vorhabenliste spreadsheet as municipalities keep it. Import and export share this
// list, which is what makes export → import round-trip. Headers are matched loosely (case, spacing,
// gender star) because every municipality types them a little differently.
export const columns = [
  { key: 'id', header: 'ID', aliases: ['Kennung', 'Nr.', 'Nummer'] },
  { key: 'title', header: 'Titel', aliases: ['Vorhaben', 'Titel des Vorhabens', 'Bezeichnung'] },
  { key: 'municipalities', header: 'Kommune', aliases: ['Kommunen', 'Gebietskörperschaft', 'Verbundkommune', 'Verbundkommunen'] },
  { key: 'topics', header: 'Themen', aliases: ['Thema', 'Themenfelder', 'Themenfeld'] },
  { key: 'description', header: 'Inhaltliche Beschreibung', aliases: ['Inhaltliche Beschreibung und Zielsetzung', 'Beschreibung'] },
  { key: 'goals', header: 'Zielsetzung', aliases: ['Ziele'] },
  {
    key: 'decisions',
    header: 'Politischer Beschluss zum Vorhaben / Projekt',
    aliases: ['Politischer Beschluss', 'Beschluss', 'Beschlüsse'],
  },
  { key: 'costs', header: 'Kosten soweit bezifferbar', aliases: ['Kosten'] },
  {
    key: 'participation',
    header: 'Einwohner*innenbeteiligung',
    aliases: ['Einwohnerbeteiligung', 'Einwohner:innenbeteiligung', 'Bürgerbeteiligung', 'Beteiligung'],
  },
  { key: 'statusText', header: 'Bearbeitungsstand', aliases: ['Aktueller Bearbeitungsstand', 'Stand', 'Status'] },
  { key: 'nextSteps', header: 'Nächste Schritte', aliases: [] },
  { key: 'expectedDuration', header: 'Voraussichtliche Dauer', aliases: ['Dauer'] },
  { key: 'location', header: 'Ort', aliases: ['Betroffene Ortsteile / Gebiete', 'Standort', 'Lage'] },
  { key: 'contact', header: 'Ansprechperson', aliases: ['Ansprechpartner', 'Ansprechpartner*in', 'Kontakt'] },
  { key: 'links', header: 'Links', aliases: ['Link'] },
  { key: 'startDate', header: 'Beginn', aliases: ['Start', 'Startdatum'] },
  { key: 'endDate', header: 'Ende', aliases: ['Enddatum'] },
  { key: 'addedOn', header: 'Aufnahmedatum', aliases: ['Aufgenommen am'] },
  { key: 'furtherInfo', header: 'Weitere Informationen', aliases: ['Weitere Infos', 'Hinweise'] },
  { key: 'summaryPlain', header: 'Leichte Sprache', aliases: ['Zusammenfassung in Leichter Sprache'] },
  { key: 'publicationState', header: 'Veröffentlichungsstatus', aliases: ['Veröffentlichung'] },
] as const;

export type ColumnKey = (typeof columns)[number]['key'];

const normalise = (h: string) =>
  h
    .toLowerCase()
    .replace(/[*:_]innen/g, 'innen')
    .replace(/\s+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .trim();

const byHeader = new Map<string, ColumnKey>();
for (const c of columns) for (const h of [c.header, ...c.aliases]) byHeader.set(normalise(h), c.key);

export function columnForHeader(header: string): ColumnKey | undefined {
  return byHeader.get(normalise(header));
}

export function headerFor(key: ColumnKey): string {
  return columns.find((c) => c.key === key)!.header;
}

/** Publication states as written in the spreadsheet (German) and in the API (English). */
export const publicationStateWords: Record<string, 'draft' | 'published' | 'archived'> = {
  veröffentlicht: 'published',
  published: 'published',
  entwurf: 'draft',
  draft: 'draft',
  archiviert: 'archived',
  archived: 'archived',
};
export const publicationStateLabel = { published: 'veröffentlicht', draft: 'Entwurf', archived: 'archiviert' } as const;
