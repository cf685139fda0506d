// Reads a Vorhabenliste CSV (see ../../../lib/csv-records.ts for the formats accepted): maps headers to
// columns and keeps each record's line number.
import { parseCsvRecords } from '../../../lib/csv-records.js';
import { unguardFormula } from '../../../lib/formula-guard.js';
import { type ColumnKey, columnForHeader, headerFor } from './vorhabenliste-columns.js';
import type { RowProblem, RowValues } from './row-to-input.js';

export interface CsvRows {
  rows: { line: number; values: RowValues }[];
  ignoredHeaders: string[];
}

export function readCsv(content: string): CsvRows | { problems: RowProblem[] } {
  const parsed = parseCsvRecords(content);
  if ('error' in parsed)
    return {
      problems: [{ line: parsed.error.line, column: '', reason: 'import.reason.csvMalformed', params: { detail: parsed.error.detail } }],
    };
  const [header, ...body] = parsed.records;
  if (!header) return { problems: [{ line: 1, column: '', reason: 'import.reason.empty', params: {} }] };

  const keys: (ColumnKey | undefined)[] = header.record.map((h) => columnForHeader(h));
  if (!keys.includes('title')) {
    return { problems: [{ line: 1, column: headerFor('title'), reason: 'import.reason.missingTitleColumn', params: {} }] };
  }
  const ignoredHeaders = header.record.filter((h, i) => !keys[i] && h.trim() !== '');

  const rows: CsvRows['rows'] = body.map(({ record, line }) => {
    const values: RowValues = {};
    record.forEach((value, i) => {
      const key = keys[i];
      if (key) values[key] = unguardFormula(value);
    });
    return { line, values };
  });
  return { rows, ignoredHeaders };
}
