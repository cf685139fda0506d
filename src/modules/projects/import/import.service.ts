// The Vorhabenliste import as one use case: read the file row by row, check every row, plan what changes,
// and apply it in batches inside one transaction — all rows or none: the first problem stops the writing,
// the rest of the file is still checked so that every problem is reported, and the transaction is rolled
// back. Memory stays bounded by the batch, not the file. Re-importing a file updates the entries it
// created (matched by ID, else by title and municipalities) instead of adding them again.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { notifyChange } from '../../../db/change-notifier.js';
import type { Db } from '../../../db/database.js';
import { knownMunicipalities } from '../../municipalities/index.js';
import { lockImport } from './import-lock.repository.js';
import { projectMatchRows } from './import-match.repository.js';
import { type Actor, cliActor } from '../../../platform/actor.js';
import { uniqueSlug } from '../project-writer.js';
import { DEFER_SEARCH_AFTER, deferSearchColumnsToJob } from '../search-columns.service.js';
import { BatchWriter, type Planned } from './import-batch-writer.js';
import { readCsvRows } from './csv-reader.js';
import type { ImportFormat, ImportReport } from './import.types.js';
import { readJson, type ParsedItem } from './json-reader.js';
import { rowToInput } from './row-to-input.js';

export type { ImportFormat, ImportReport } from './import.types.js';

export interface ImportOptions {
  format?: ImportFormat | undefined;
  dryRun?: boolean | undefined;
  /** Called after each batch with the rows read so far. */
  onProgress?: ((rows: number) => void) | undefined;
  /** Who imports, for the audit log: the command line unless a signed-in person uploads. */
  actor?: Actor | undefined;
  /** From this many rows on, the full-text columns are left to a job (default DEFER_SEARCH_AFTER). */
  deferSearchAfter?: number | undefined;
}

/** The format a file name announces (.csv, .json); undefined lets the content decide. */
export function formatFromFileName(name: string): ImportFormat | undefined {
  const lower = name.toLowerCase();
  return lower.endsWith('.json') ? 'json' : lower.endsWith('.csv') ? 'csv' : undefined;
}

export function detectFormat(content: string): ImportFormat {
  const first = content.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '[' || first === '{' ? 'json' : 'csv';
}

const matchKey = (title: string, municipalities: string[]) =>
  `${title.trim().toLowerCase().replace(/\s+/g, ' ')}|${[...municipalities].sort().join(',')}`;

/** Rows planned and written together: large enough for few statements, small enough to bound memory. */
const BATCH = 1000;
/**
 * PostgreSQL waits for the first batch to be read and checked: the first ones are smaller (125, 250,
 * 500), so that it starts at once and the reading stays ahead of it (a batch is read in less time than
 * the one before takes to write).
 */
const FIRST_BATCH = 125;
const YIELD_EVERY = 50;

/** A Vorhabenliste file held in memory (an upload, a test): CSV or JSON. */
export async function importVorhabenliste(db: Db, content: string, options: ImportOptions = {}): Promise<ImportReport> {
  const format = options.format ?? detectFormat(content);
  if (format === 'json') return runImport(db, 'json', (municipalities, report) => jsonItems(content, municipalities, report), options);
  return importVorhabenlisteStream(db, [Buffer.from(content)], options);
}

/** A CSV file read piece by piece (the command line streams the file): memory does not grow with the file. */
export async function importVorhabenlisteStream(
  db: Db,
  pieces: AsyncIterable<Buffer | string> | Iterable<Buffer>,
  options: ImportOptions = {},
): Promise<ImportReport> {
  return runImport(db, 'csv', (municipalities, report) => csvItems(pieces, municipalities, report), options);
}

type ItemSource = (municipalities: KnownMunicipalities, report: ImportReport) => AsyncIterable<ParsedItem>;
type KnownMunicipalities = Awaited<ReturnType<typeof knownMunicipalities>>;

/** Thrown inside the transaction to roll it back (problems found, or a dry run); never leaves this file. */
class Rollback extends Error {}

async function runImport(db: Db, format: ImportFormat, items: ItemSource, options: ImportOptions): Promise<ImportReport> {
  const report: ImportReport = {
    format,
    dryRun: !!options.dryRun,
    applied: false,
    problems: [],
    created: [],
    updated: [],
    unchanged: 0,
    newTopics: [],
    ignoredColumns: [],
  };
  const municipalities = await knownMunicipalities(db);
  try {
    return await db.transaction().execute(async (trx) => {
      // One import at a time: two concurrent runs could otherwise both create the same new entry.
      await lockImport(trx);
      const planner = new Planner(await projectMatchRows(trx), report);
      const writer = new BatchWriter(trx, municipalities, report, options.actor ?? cliActor);
      let batch: Planned[] = [];
      let batchSize = FIRST_BATCH;
      let rows = 0;
      let deferred = false;
      const deferAfter = options.deferSearchAfter ?? DEFER_SEARCH_AFTER;
      const deferSearchOnceLarge = async () => {
        if (deferred || rows < deferAfter) return;
        deferred = true;
        await deferSearchColumnsToJob(trx);
      };
      // PostgreSQL writes one batch while this process reads and checks the next: the two take turns on
      // the CPU otherwise. Batches are still written one after the other, in the order of the file.
      let writing: Promise<void> = Promise.resolve();
      try {
        for await (const item of items(municipalities, report)) {
          rows++;
          const planned = planner.plan(item);
          if (planned) batch.push(planned);
          if (batch.length >= batchSize) {
            batchSize = Math.min(BATCH, batchSize * 2);
            const prepared = writer.prepare(batch);
            await writing;
            await deferSearchOnceLarge();
            writing = writer.write(prepared);
            // Its failure surfaces at the next await of `writing`, not as an unhandled rejection.
            writing.catch(() => {});
            batch = [];
            options.onProgress?.(rows);
          }
          // Rows already parsed run as one chain of microtasks; a turn of the event loop now and then
          // lets the replies of PostgreSQL in, so that it gets the next statement of the batch at once.
          if (rows % YIELD_EVERY === 0) await nextTurn();
        }
        await writing;
      } catch (err) {
        // Nothing may still use the transaction once it is rolled back.
        await writing.catch(() => {});
        throw err;
      }
      await deferSearchOnceLarge();
      await writer.write(writer.prepare(batch));
      options.onProgress?.(rows);
      if (rows === 0 && report.problems.length === 0)
        report.problems.push({ line: 1, column: '', reason: 'import.reason.empty', params: {} });
      if (report.problems.length) {
        // A rejected file changes nothing, and the report lists only what is wrong.
        report.created = [];
        report.updated = [];
        report.unchanged = 0;
        report.newTopics = [];
        throw new Rollback();
      }
      if (report.dryRun) throw new Rollback();
      if (report.created.length || report.updated.length) await notifyChange(trx);
      report.applied = true;
      return report;
    });
  } catch (err) {
    if (err instanceof Rollback) return report;
    throw err;
  }
}

async function* csvItems(
  pieces: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  municipalities: KnownMunicipalities,
  report: ImportReport,
) {
  const head = { ignoredHeaders: [] as string[], problems: report.problems };
  for await (const row of readCsvRows(pieces, head)) {
    report.ignoredColumns = head.ignoredHeaders;
    const result = rowToInput(row.values, row.line, municipalities);
    if ('problems' in result) report.problems.push(...result.problems);
    else yield { line: row.line, id: result.id, input: result.input };
  }
  report.ignoredColumns = head.ignoredHeaders;
}

// JSON comes from the API or an export, read whole: JSON.parse has no pieces.
async function* jsonItems(content: string, municipalities: KnownMunicipalities, report: ImportReport) {
  const result = readJson(content, municipalities);
  if ('problems' in result) report.problems.push(...result.problems);
  if ('items' in result) yield* result.items;
}

/** Decides per row: a new Vorhaben (with its address), an update of an existing one, or a problem. */
class Planner {
  private bySlug: Map<string, number>;
  private byKey: Map<string, number>;
  private seen = new Map<string, number>();
  private takenSlugs: Set<string>;
  private createdAt = new Map<string, number>();

  constructor(
    existing: { id: number; slug: string; title: string; municipalities: string[] }[],
    private readonly report: ImportReport,
  ) {
    this.bySlug = new Map(existing.map((p) => [p.slug, p.id]));
    this.byKey = new Map(existing.map((p) => [matchKey(p.title, p.municipalities), p.id]));
    this.takenSlugs = new Set(this.bySlug.keys());
  }

  plan(item: ParsedItem): Planned | null {
    const key = matchKey(item.input.title.de, item.input.municipalities);
    const fileKeys = item.id ? [`id:${item.id}`, `k:${key}`] : [`k:${key}`];
    const firstLine = fileKeys.map((k) => this.seen.get(k)).find((l) => l !== undefined);
    if (firstLine !== undefined) {
      this.report.problems.push({ line: item.line, column: 'Titel', reason: 'import.reason.duplicateRow', params: { line: firstLine } });
      return null;
    }
    for (const k of fileKeys) this.seen.set(k, item.line);
    const currentId = item.id ? this.bySlug.get(item.id) : this.byKey.get(key);
    if (currentId !== undefined) return { ...item, create: false, currentId };
    if (item.id && this.takenSlugs.has(item.id)) {
      // Another new row of this file already got this address from its title.
      this.report.problems.push({
        line: item.line,
        column: 'ID',
        reason: 'import.reason.idTaken',
        params: { value: item.id, line: this.createdAt.get(item.id) ?? 0 },
      });
      return null;
    }
    const slug = item.id ?? uniqueSlug(item.input, this.takenSlugs);
    this.takenSlugs.add(slug);
    this.createdAt.set(slug, item.line);
    return { ...item, create: true, slug };
  }
}
