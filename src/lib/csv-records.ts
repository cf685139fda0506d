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

const csvStream = onFirstUse<typeof import('csv-parse')>('csv-parse');

export type CsvRecord = { record: string[]; line: number };

/** A malformed record in a streamed CSV file, with its line. */
export class CsvStreamError extends Error {
  constructor(
    readonly line: number,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/**
 * The same records as `parseCsvRecords`, read from a stream piece by piece: memory stays bounded however
 * large the file (the current piece and the records parsed from it). The separator is detected from the
 * header line; a malformed record throws `CsvStreamError` with its line.
 */
export async function* streamCsvRecords(source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): AsyncGenerator<CsvRecord> {
  const pieces = (async function* () {
    yield* source;
  })();
  // The header line decides the separator before csv-parse sees a byte.
  let head: Buffer = Buffer.alloc(0);
  let done = false;
  while (!done && !head.includes(0x0a)) {
    const next = await pieces.next();
    if (next.done) done = true;
    else head = Buffer.concat([head, typeof next.value === 'string' ? Buffer.from(next.value) : next.value]);
  }
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) head = head.subarray(3);
  const parser = csvStream().parse({
    delimiter: detectDelimiter(head.toString('utf8')),
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
  });
  // Lines as a text editor counts them: the newlines before a record's first character (as parseCsvRecords).
  let window: Buffer = Buffer.alloc(0);
  let windowStart = 0;
  let newlines = 0;
  const parsed: CsvRecord[] = [];
  const state: { failure: CsvStreamError | null } = { failure: null };
  const stopOnFailure = () => {
    if (state.failure) throw state.failure;
  };
  parser.on('data', ({ record, info }: { record: string[]; info: { bytes: number } }) => {
    const end = info.bytes - windowStart;
    let i = 0;
    for (; i < end && (window[i] === 0x0a || window[i] === 0x0d); i++) if (window[i] === 0x0a) newlines++;
    parsed.push({ record, line: newlines + 1 });
    for (; i < end; i++) if (window[i] === 0x0a) newlines++;
    window = window.subarray(end);
    windowStart = info.bytes;
  });
  parser.on('error', (err: Error) => {
    state.failure ??= new CsvStreamError(newlines + 1, err.message);
  });
  const feed = (chunk: Buffer) =>
    new Promise<void>((resolve) => {
      window = window.length ? Buffer.concat([window, chunk]) : chunk;
      parser.write(chunk, () => resolve());
    });
  if (head.length) await feed(head);
  for (;;) {
    stopOnFailure();
    yield* parsed.splice(0);
    if (done) break;
    const next = await pieces.next();
    if (next.done) break;
    await feed(typeof next.value === 'string' ? Buffer.from(next.value) : next.value);
  }
  await new Promise<void>((resolve) => {
    parser.once('end', resolve);
    parser.once('error', () => resolve());
    parser.end();
    parser.resume();
  });
  stopOnFailure();
  yield* parsed.splice(0);
}
