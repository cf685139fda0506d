// The Vorhabenliste import as one use case: read the file row by row, check every row, plan what changes,
// and apply it in batches inside one transaction — all rows or none: the first problem stops the writing,
// the rest of the file is still checked so that every problem is reported, and the transaction is rolled
// back. Memory stays bounded by the batch, not the file. Re-importing a file updates the entries it
// created (matched by ID, else by title and municipalities) instead of adding them again.
import { notifyChange } from '../../../db/change-notifier.js';
import type { Db } from '../../../db/database.js';
import { t } from '../../../i18n/index.js';
import { type LocalizedText, type locales } from '../../../lib/localized.js';
import { knownMunicipalities } from '../../municipalities/index.js';
import { ensureTopicIds, listTopics } from '../../topics/index.js';
import { type ComparedField, changedFields, inputToRow, mergeInput, projectToInput } from '../project.mapper.js';
import type { Project, ProjectInput } from '../project.types.js';
import * as repo from '../projects.repository.js';
import { fieldLabel } from '../field-labels.js';
import { lockImport } from './import-lock.repository.js';
import { projectMatchRows } from './import-match.repository.js';
import { type Actor, actorId, cliActor } from '../../../platform/actor.js';
import { type AuditEntry, recordAudit } from '../../audit/index.js';
import { uniqueSlug } from '../project-writer.js';
import { readCsvRows } from './csv-reader.js';
import { readJson, type ParsedItem } from './json-reader.js';
import { type RowProblem, rowToInput } from './row-to-input.js';

export type ImportFormat = 'csv' | 'json';

export interface ImportReport {
  format: ImportFormat;
  dryRun: boolean;
  applied: boolean;
  problems: RowProblem[];
  created: { line: number; slug: string; title: string }[];
  updated: { line: number; slug: string; title: string; fields: ComparedField[] }[];
  unchanged: number;
  newTopics: string[];
  ignoredColumns: string[];
}

export interface ImportOptions {
  format?: ImportFormat | undefined;
  dryRun?: boolean | undefined;
  /** Called after each batch with the rows read so far. */
  onProgress?: ((rows: number) => void) | undefined;
  /** Who imports, for the audit log: the command line unless a signed-in person uploads. */
  actor?: Actor | undefined;
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

function everyLanguage(build: (locale: (typeof locales)[number]) => string): LocalizedText {
  return { de: build('de'), da: build('da'), en: build('en') };
}

export function changeNote(fields: ComparedField[] | null): LocalizedText {
  if (!fields) return everyLanguage((l) => t(l, 'changelog.imported'));
  return everyLanguage((l) => t(l, 'changelog.updated', { fields: [...new Set(fields.map((f) => t(l, fieldLabel[f])))].join(', ') }));
}

const matchKey = (title: string, municipalities: string[]) =>
  `${title.trim().toLowerCase().replace(/\s+/g, ' ')}|${[...municipalities].sort().join(',')}`;

/** Rows planned and written together: large enough for few statements, small enough to bound memory. */
const BATCH = 1000;

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
      let rows = 0;
      for await (const item of items(municipalities, report)) {
        rows++;
        const planned = planner.plan(item);
        if (planned) batch.push(planned);
        if (batch.length >= BATCH) {
          await writer.write(batch);
          batch = [];
          options.onProgress?.(rows);
        }
      }
      await writer.write(batch);
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

type Planned = (ParsedItem & { create: true; slug: string }) | (ParsedItem & { create: false; currentId: number });

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

/** Reports a batch of planned rows and, unless the run is a dry run or already failed, writes it. */
class BatchWriter {
  private municipalityIds: Map<string, number>;
  private knownTopics: Set<string> | null = null;

  constructor(
    private readonly trx: Db,
    municipalities: KnownMunicipalities,
    private readonly report: ImportReport,
    private readonly actor: Actor,
  ) {
    this.municipalityIds = new Map(municipalities.map((m) => [m.slug, m.id]));
  }

  async write(batch: Planned[]): Promise<void> {
    if (batch.length === 0) return;
    const current = new Map(
      (
        await repo.projectsByIds(
          this.trx,
          batch.flatMap((p) => (p.create ? [] : [p.currentId])),
        )
      ).map((p) => [p.id, p]),
    );
    const creates = batch.filter((p) => p.create);
    const updates: { item: ParsedItem; current: Project; fields: ComparedField[] }[] = [];
    for (const p of batch) {
      if (p.create) {
        this.report.created.push({ line: p.line, slug: p.slug, title: p.input.title.de });
        continue;
      }
      const project = current.get(p.currentId)!;
      const fields = changedFields(projectToInput(project), p.input);
      if (fields.length === 0) this.report.unchanged++;
      else {
        updates.push({ item: p, current: project, fields });
        this.report.updated.push({ line: p.line, slug: project.slug, title: project.title.de, fields });
      }
    }
    const topicNames = [...creates.map((c) => c.input), ...updates.map((u) => u.item.input)].flatMap((i) => i.topics);
    if (this.report.dryRun) return this.noteNewTopics(topicNames);
    if (this.report.problems.length) return;
    const { ids: topicIds, created } = await ensureTopicIds(this.trx, topicNames);
    this.report.newTopics.push(...created);
    await this.apply(creates, updates, topicIds);
  }

  private async noteNewTopics(names: string[]): Promise<void> {
    this.knownTopics ??= new Set((await listTopics(this.trx)).map((t) => t.name.de.toLowerCase()));
    for (const name of names) {
      if (this.knownTopics.has(name.toLowerCase())) continue;
      this.knownTopics.add(name.toLowerCase());
      this.report.newTopics.push(name);
    }
  }

  private async apply(
    creates: (ParsedItem & { slug: string })[],
    updates: { item: ParsedItem; current: Project; fields: ComparedField[] }[],
    topicIds: Map<string, number>,
  ): Promise<void> {
    const links: repo.ProjectLinks[] = [];
    const changes: { project_id: number; version: number; note: string; fields: string[] }[] = [];
    // Every imported state is a version that can be compared later, and an audit entry with before/after.
    const versions: Parameters<typeof repo.insertVersions>[1] = [];
    const audit: AuditEntry[] = [];
    const userId = actorId(this.actor);
    const linksOf = (projectId: number, input: ProjectInput) => ({
      projectId,
      municipalityIds: input.municipalities.map((s) => this.municipalityIds.get(s)!),
      topicIds: [...new Set(input.topics.map((name) => topicIds.get(name.toLowerCase())!))],
      decisions: input.decisions,
    });
    const ids = await repo.insertProjects(
      this.trx,
      creates.map((c) => ({ ...inputToRow(c.input), slug: c.slug, version: 1 })),
    );
    creates.forEach((c, i) => {
      links.push(linksOf(ids[i]!, c.input));
      changes.push({ project_id: ids[i]!, version: 1, note: JSON.stringify(changeNote(null)), fields: [] });
      versions.push({ projectId: ids[i]!, version: 1, input: c.input, userId });
      audit.push({ action: 'project.import.create', entityType: 'project', entityId: c.slug, summary: c.input.title.de, after: c.input });
    });
    for (const u of updates) {
      const merged = mergeInput(projectToInput(u.current), u.item.input);
      await repo.updateProject(this.trx, u.current.id, inputToRow(merged));
      links.push(linksOf(u.current.id, merged));
      changes.push({
        project_id: u.current.id,
        version: u.current.version + 1,
        note: JSON.stringify(changeNote(u.fields)),
        fields: u.fields,
      });
      versions.push({ projectId: u.current.id, version: u.current.version + 1, input: merged, userId });
      audit.push({
        action: 'project.import.update',
        entityType: 'project',
        entityId: u.current.slug,
        summary: u.current.title.de,
        before: projectToInput(u.current),
        after: merged,
      });
    }
    await repo.replaceLinks(this.trx, links);
    await repo.insertChanges(this.trx, changes);
    await repo.insertVersions(this.trx, versions);
    await recordAudit(this.trx, this.actor, audit);
  }
}
