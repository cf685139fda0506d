// Reads a Vorhabenliste CSV as municipalities export it from their spreadsheets: UTF-8 with or without
// BOM, ';' or ',' as separator, CRLF or LF, quoted fields spanning lines. Parsing is csv-parse's job;
// this file only finds the separator, maps headers to columns and keeps each record's line number.
import { parse } from 'csv-parse/sync';
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
  let records: { record: string[]; info: { lines: number; empty_lines: number } }[];
  try {
    records = parse(content, {
      bom: true,
      delimiter: detectDelimiter(content),
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

  const rows: CsvRows['rows'] = [];
  let previousEnd = header.info.lines;
  let previousEmpty = header.info.empty_lines;
  for (const { record, info } of body) {
    // A record starts after the previous one ended and after any blank lines skipped in between.
    const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
    previousEnd = info.lines;
    previousEmpty = info.empty_lines;
    const values: RowValues = {};
    record.forEach((value, i) => {
      const key = keys[i];
      if (key) values[key] = value;
    });
    rows.push({ line, values });
  }
  return { rows, ignoredHeaders };
}
