// `lotse import vorhabenliste FILE`: reads the file, prints the report (in the terminal's language),
// exits 1 when rows were rejected. A progress bar shows on a terminal.
import fs from 'node:fs';
import { SingleBar, Presets } from 'cli-progress';
import type { Config } from '../config.js';
import { openDatabase } from '../db/open.js';
import { localeFromEnv, t } from '../i18n/index.js';
import type { ImportReport } from '../modules/projects/index.js';
import type { Locale } from '../lib/localized.js';

export function formatReport(report: ImportReport, locale: Locale): string {
  const lines: string[] = [];
  if (report.problems.length) {
    const bad = new Set(report.problems.map((p) => p.line)).size;
    lines.push(t(locale, 'import.rejected', { count: bad }));
    for (const p of report.problems)
      lines.push(`  ${t(locale, 'import.rowError', { line: p.line, column: p.column, reason: t(locale, p.reason, p.params) })}`);
    return lines.join('\n');
  }
  for (const c of report.created) lines.push(`  + ${t(locale, 'import.planCreate', { title: c.title })}`);
  for (const u of report.updated) lines.push(`  ~ ${t(locale, 'import.planUpdate', { title: u.title, fields: u.fields.join(', ') })}`);
  if (report.ignoredColumns.length) lines.push(t(locale, 'import.ignoredColumns', { columns: report.ignoredColumns.join(', ') }));
  if (report.newTopics.length) lines.push(t(locale, 'import.newTopics', { topics: report.newTopics.join(', ') }));
  const counts = { created: report.created.length, updated: report.updated.length, unchanged: report.unchanged };
  lines.push(report.dryRun ? t(locale, 'import.summaryDryRun', counts) : t(locale, 'import.summary', counts));
  return lines.join('\n');
}

export async function importCommand(config: Config, file: string, opts: { dryRun?: boolean; format?: 'csv' | 'json' }): Promise<number> {
  const locale = localeFromEnv();
  // The import's module (and the register's, which it belongs to) loads while the database opens: both
  // take a good part of the command's start, and opening it mostly waits for PostgreSQL.
  const loading = import('../modules/projects/index.js');
  loading.catch(() => {}); // a failure surfaces below, once the database can be closed again
  const database = await openDatabase(config, (msg) => console.error(msg));
  // The bar follows the bytes read: a streamed file's row count is known only at its end.
  const bar = process.stderr.isTTY ? new SingleBar({ stream: process.stderr, clearOnComplete: true }, Presets.shades_classic) : null;
  try {
    const { formatFromFileName, importVorhabenliste, importVorhabenlisteStream } = await loading;
    const format =
      opts.format ?? formatFromFileName(file) ?? (firstCharacter(file) === '[' || firstCharacter(file) === '{' ? 'json' : 'csv');
    const report =
      format === 'json'
        ? await importVorhabenliste(database.db, fs.readFileSync(file, 'utf8'), { format, dryRun: opts.dryRun })
        : await importVorhabenlisteStream(database.db, readWithProgress(file, bar), { format, dryRun: opts.dryRun });
    bar?.stop();
    const output = formatReport(report, locale);
    if (report.problems.length) {
      console.error(output);
      await flushed(process.stderr);
      return 1;
    }
    console.log(output);
    await flushed(process.stdout);
    return 0;
  } finally {
    bar?.stop();
    await database.close();
  }
}

/**
 * Once the stream has handed on all that was written to it. The command ends with `process.exit`, which
 * drops what a pipe has not yet taken: the report of a large file (a line per row) lost its end, the
 * summary, when read through a pipe.
 */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}

/** The file in pieces of 64 KiB, never whole: the first rows are checked, and written, at once. */
async function* readWithProgress(file: string, bar: SingleBar | null): AsyncGenerator<Buffer> {
  bar?.start(fs.statSync(file).size, 0);
  let read = 0;
  for await (const piece of fs.createReadStream(file, { highWaterMark: 1 << 16 })) {
    read += (piece as Buffer).length;
    bar?.update(read);
    yield piece as Buffer;
  }
}

function firstCharacter(file: string): string | undefined {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(64);
    const n = fs.readSync(fd, head, 0, 64, 0);
    return head
      .subarray(0, n)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart()[0];
  } finally {
    fs.closeSync(fd);
  }
}
