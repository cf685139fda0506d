// Reads a Vorhabenliste CSV (see ../../../lib/csv-records.ts for the formats accepted) piece by piece:
// maps headers to columns and yields each row's values with its line number, or the problem that stops
// the file (no title column, a malformed record, nothing in it).
import { CsvStreamError, streamCsvRecords } from '../../../lib/csv-records.js';
import { unguardFormula } from '../../../lib/formula-guard.js';
import { type ColumnKey, columnForHeader, headerFor } from './vorhabenliste-columns.js';
import type { RowProblem, RowValues } from './row-to-input.js';

export interface CsvHead {
  ignoredHeaders: string[];
  problems: RowProblem[];
}

/** The rows of the file; `head` gets the ignored columns and the problems that concern the whole file. */
export async function* readCsvRows(
  pieces: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  head: CsvHead,
): AsyncGenerator<{ line: number; values: RowValues }> {
  let keys: (ColumnKey | undefined)[] | null = null;
  try {
    for await (const { record, line } of streamCsvRecords(pieces)) {
      if (!keys) {
        keys = record.map((h) => columnForHeader(h));
        if (!keys.includes('title')) {
          head.problems.push({ line: 1, column: headerFor('title'), reason: 'import.reason.missingTitleColumn', params: {} });
          return;
        }
        head.ignoredHeaders = record.filter((h, i) => !keys![i] && h.trim() !== '');
        continue;
      }
      const values: RowValues = {};
      record.forEach((value, i) => {
        const key = keys![i];
        if (key) values[key] = unguardFormula(value);
      });
      yield { line, values };
    }
  } catch (err) {
    if (!(err instanceof CsvStreamError)) throw err;
    head.problems.push({ line: err.line, column: '', reason: 'import.reason.csvMalformed', params: { detail: err.detail } });
    return;
  }
  if (!keys) head.problems.push({ line: 1, column: '', reason: 'import.reason.empty', params: {} });
}
