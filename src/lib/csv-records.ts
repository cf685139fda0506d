// CSV as people export it from their spreadsheets: UTF-8 with or without BOM, ';' or ',' as separator,
// CRLF or LF, quoted fields spanning lines. Parsing is csv-parse's job; this file finds the separator and
// keeps each record's line number.
import { onFirstUse } from './on-first-use.js';

// The CSV parser loads with the first import, not at start.
const csvParse = onFirstUse<typeof import('csv-parse/sync')>('csv-parse/sync');

export function detectDelimiter(content: string): ';' | ',' {
  const header = content.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const outsideQuotes = header.replace(/"[^"]*"/g, '');
  const count = (c: string) => outsideQuotes.split(c).length - 1;
  return count(';') >= count(',') && count(';') > 0 ? ';' : ',';
}

/**
 * Parses CSV text (BOM removed, separator detected) into records, each with its line number as a
 * spreadsheet user sees it in a text editor: the header is line 1, and a record's line counts the line
 * breaks before its first character (csv-parse reports byte offsets; its own line count is off for CRLF
 * and for quoted cells spanning lines). Shared by the Vorhabenliste and the budget import.
 */
export function parseCsvRecords(
  content: string,
): { records: { record: string[]; line: number }[] } | { error: { line: number; detail: string } } {
  const text = content.replace(/^\uFEFF/, '');
  let parsed: { record: string[]; info: { bytes: number } }[];
  try {
    parsed = csvParse().parse(text, {
      delimiter: detectDelimiter(text),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof parsed;
  } catch (err) {
    const e = err as Error & { lines?: number };
    return { error: { line: e.lines ?? 1, detail: e.message } };
  }
  const bytes = Buffer.from(text);
  let line = 1;
  let position = 0;
  const lineAt = (offset: number) => {
    let start = offset;
    while (start < bytes.length && (bytes[start] === 0x0a || bytes[start] === 0x0d)) start++;
    for (; position < start; position++) if (bytes[position] === 0x0a) line++;
    return line;
  };
  let previousEnd = 0;
  const records = parsed.map(({ record, info }) => {
    const at = lineAt(previousEnd);
    previousEnd = info.bytes;
    return { record, line: at };
  });
  return { records };
}
