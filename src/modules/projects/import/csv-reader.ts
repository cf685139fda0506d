// Reads a Vorhabenliste CSV as municipalities export it from their spreadsheets: UTF-8 with or without
// BOM, ';' or ',' as separator, CRLF or LF, quoted fields spanning lines. Parsing is csv-parse's job;
// this file only finds the separator, maps headers to columns and keeps each record's line number.
import { parse } from 'csv-parse/sync';
import { unguardFormula } from './formula-guard.js';
import { type ColumnKey, columnForHeader, headerFor } from './vorhabenliste-columns.js';
import type { RowProblem, RowValues } from './row-to-input.js';

export interface CsvRows {
  rows: { line: number; values: RowValues }[];
  ignoredHeaders: string[];
}

export function detectDelimiter(content: string): ';' | ',' {
  const header = content.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const outsideQuotes = header.replace(/"[^"]*"/g, '');
  const count = (c: string) => outsideQuotes.split(c).length - 1;
  return count(';') >= count(',') && count(';') > 0 ? ';' : ',';
}

export function readCsv(content: string): CsvRows | { problems: RowProblem[] } {
  const text = content.replace(/^\uFEFF/, '');
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (err) {
    const e = err as Error & { lines?: number };
    return { problems: [{ line: e.lines ?? 1, column: '', reason: 'import.reason.csvMalformed', params: { detail: e.message } }] };
  }
  const [header, ...body] = records;
  if (!header) return { problems: [{ line: 1, column: '', reason: 'import.reason.empty', params: {} }] };

  const keys: (ColumnKey | undefined)[] = header.record.map((h) => columnForHeader(h));
  if (!keys.includes('title')) {
    return { problems: [{ line: 1, column: headerFor('title'), reason: 'import.reason.missingTitleColumn', params: {} }] };
  }
  const ignoredHeaders = header.record.filter((h, i) => !keys[i] && h.trim() !== '');

  // Line numbers as a spreadsheet user sees them in a text editor: count the line breaks before the
  // record's first character (csv-parse reports byte offsets; its own line count is off for CRLF inside cells).
  const bytes = Buffer.from(text);
  let line = 1;
  let position = 0;
  const lineAt = (offset: number) => {
    let start = offset;
    while (start < bytes.length && (bytes[start] === 0x0a || bytes[start] === 0x0d)) start++;
    for (; position < start; position++) if (bytes[position] === 0x0a) line++;
    return line;
  };

  const rows: CsvRows['rows'] = [];
  let previousEnd = header.info.bytes;
  for (const { record, info } of body) {
    const values: RowValues = {};
    record.forEach((value, i) => {
      const key = keys[i];
      if (key) values[key] = unguardFormula(value);
    });
    rows.push({ line: lineAt(previousEnd), values });
    previousEnd = info.bytes;
  }
  return { rows, ignoredHeaders };
}
