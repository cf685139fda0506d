// The Vorhabenliste import as one use case: read the file, check every row, plan what changes, and
// apply the plan in one transaction — all rows or none. Re-importing a file updates the entries it
// created (matched by ID, else by title and municipalities) instead of adding them again.
import { notifyChange } from '../../../db/change-notifier.js';
import type { Db } from '../../../db/database.js';
import { t } from '../../../i18n/index.js';
import { type LocalizedText, type locales } from '../../../lib/localized.js';
import { knownMunicipalities } from '../../municipalities/index.js';
import { listTopics, ensureTopicIds } from '../../topics/index.js';
import { type ComparedField, changedFields, inputToRow, mergeInput, projectToInput } from '../project.mapper.js';
import type { Project, ProjectInput } from '../project.types.js';
import * as repo from '../projects.repository.js';
import { fieldLabel } from '../field-labels.js';
import { lockImport } from './import-lock.repository.js';
import { type Actor, actorId, cliActor } from '../../../platform/actor.js';
import { type AuditEntry, recordAudit } from '../../audit/index.js';
import { uniqueSlug } from '../project-writer.js';
import { readCsv } from './csv-reader.js';
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
  onProgress?: ((done: number, total: number) => void) | undefined;
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

export async function importVorhabenliste(db: Db, content: string, options: ImportOptions = {}): Promise<ImportReport> {
  const format = options.format ?? detectFormat(content);
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
  const items = readItems(content, format, municipalities, report);
  if (report.problems.length) return report;
  if (items.length === 0) {
    report.problems.push({ line: 1, column: '', reason: 'import.reason.empty', params: {} });
    return report;
  }

  return db.transaction().execute(async (trx) => {
    // One import at a time: two concurrent runs could otherwise both create the same new entry.
    await lockImport(trx);
    const existing = await repo.allProjects(trx);
    const plan = planChanges(items, existing, report);
    if (report.problems.length) return report;
    if (report.dryRun) {
      const known = new Set((await listTopics(trx)).map((t) => t.name.de.toLowerCase()));
      const wanted = [...plan.creates, ...plan.updates].flatMap((i) => i.input.topics);
      report.newTopics = [...new Map(wanted.filter((n) => !known.has(n.toLowerCase())).map((n) => [n.toLowerCase(), n])).values()];
      return report;
    }
    await applyPlan(trx, plan, municipalities, report, options.onProgress, options.actor ?? cliActor);
    if (plan.creates.length || plan.updates.length) await notifyChange(trx);
    report.applied = true;
    return report;
  });
}

function readItems(
  content: string,
  format: ImportFormat,
  municipalities: Awaited<ReturnType<typeof knownMunicipalities>>,
  report: ImportReport,
): ParsedItem[] {
  if (format === 'json') {
    const result = readJson(content, municipalities);
    if ('problems' in result) report.problems.push(...result.problems);
    return 'items' in result ? result.items : [];
  }
  const csv = readCsv(content);
  if ('problems' in csv) {
    report.problems.push(...csv.problems);
    return [];
  }
  report.ignoredColumns = csv.ignoredHeaders;
  const items: ParsedItem[] = [];
  for (const row of csv.rows) {
    const result = rowToInput(row.values, row.line, municipalities);
    if ('problems' in result) report.problems.push(...result.problems);
    else items.push({ line: row.line, id: result.id, input: result.input });
  }
  return items;
}

interface Plan {
  creates: (ParsedItem & { slug: string })[];
  updates: (ParsedItem & { current: Project; fields: ComparedField[] })[];
}

function planChanges(items: ParsedItem[], existing: Project[], report: ImportReport): Plan {
  const bySlug = new Map(existing.map((p) => [p.slug, p]));
  const byKey = new Map(
    existing.map((p) => [
      matchKey(
        p.title.de,
        p.municipalities.map((m) => m.slug),
      ),
      p,
    ]),
  );
  const seen = new Map<string, number>();
  const takenSlugs = new Set(bySlug.keys());
  const plan: Plan = { creates: [], updates: [] };

  for (const item of items) {
    const key = matchKey(item.input.title.de, item.input.municipalities);
    const fileKeys = item.id ? [`id:${item.id}`, `k:${key}`] : [`k:${key}`];
    const firstLine = fileKeys.map((k) => seen.get(k)).find((l) => l !== undefined);
    if (firstLine !== undefined) {
      report.problems.push({ line: item.line, column: 'Titel', reason: 'import.reason.duplicateRow', params: { line: firstLine } });
      continue;
    }
    for (const k of fileKeys) seen.set(k, item.line);

    const current = item.id ? bySlug.get(item.id) : byKey.get(key);
    if (!current) {
      if (item.id && takenSlugs.has(item.id)) {
        // Another new row of this file already got this address from its title.
        const other = plan.creates.find((c) => c.slug === item.id);
        report.problems.push({
          line: item.line,
          column: 'ID',
          reason: 'import.reason.idTaken',
          params: { value: item.id, line: other?.line ?? 0 },
        });
        continue;
      }
      const slug = item.id ?? uniqueSlug(item.input, takenSlugs);
      takenSlugs.add(slug);
      plan.creates.push({ ...item, slug });
      report.created.push({ line: item.line, slug, title: item.input.title.de });
      continue;
    }
    const fields = changedFields(projectToInput(current), item.input);
    if (fields.length === 0) {
      report.unchanged++;
      continue;
    }
    plan.updates.push({ ...item, current, fields });
    report.updated.push({ line: item.line, slug: current.slug, title: current.title.de, fields });
  }
  return plan;
}

async function applyPlan(
  trx: Db,
  plan: Plan,
  municipalities: Awaited<ReturnType<typeof knownMunicipalities>>,
  report: ImportReport,
  onProgress: ImportOptions['onProgress'],
  actor: Actor,
): Promise<void> {
  const total = plan.creates.length + plan.updates.length;
  let done = 0;
  onProgress?.(0, total);

  const topicIds = await ensureTopics(
    trx,
    [...plan.creates, ...plan.updates].flatMap((i) => i.input.topics),
    report,
  );
  const municipalityIds = new Map(municipalities.map((m) => [m.slug, m.id]));
  const links: repo.ProjectLinks[] = [];
  const changes: { project_id: number; version: number; note: string; fields: string[] }[] = [];
  // Every imported state is a version that can be compared later, and an audit entry with before/after.
  const versions: Parameters<typeof repo.insertVersions>[1] = [];
  const audit: AuditEntry[] = [];
  const linksOf = (projectId: number, input: ProjectInput) => ({
    projectId,
    municipalityIds: input.municipalities.map((s) => municipalityIds.get(s)!),
    topicIds: [...new Set(input.topics.map((name) => topicIds.get(name.toLowerCase())!))],
    decisions: input.decisions,
  });

  for (const chunk of repo.chunks(plan.creates, 500)) {
    const ids = await repo.insertProjects(
      trx,
      chunk.map((c) => ({ ...inputToRow(c.input), slug: c.slug, version: 1 })),
    );
    chunk.forEach((c, i) => {
      links.push(linksOf(ids[i]!, c.input));
      changes.push({ project_id: ids[i]!, version: 1, note: JSON.stringify(changeNote(null)), fields: [] });
      versions.push({ projectId: ids[i]!, version: 1, input: c.input, userId: actorId(actor) });
      audit.push({ action: 'project.import.create', entityType: 'project', entityId: c.slug, summary: c.input.title.de, after: c.input });
    });
    done += chunk.length;
    onProgress?.(done, total);
  }
  for (const u of plan.updates) {
    const merged = mergeInput(projectToInput(u.current), u.input);
    await repo.updateProject(trx, u.current.id, inputToRow(merged));
    links.push(linksOf(u.current.id, merged));
    changes.push({
      project_id: u.current.id,
      version: u.current.version + 1,
      note: JSON.stringify(changeNote(u.fields)),
      fields: u.fields,
    });
    versions.push({ projectId: u.current.id, version: u.current.version + 1, input: merged, userId: actorId(actor) });
    audit.push({
      action: 'project.import.update',
      entityType: 'project',
      entityId: u.current.slug,
      summary: u.current.title.de,
      before: projectToInput(u.current),
      after: merged,
    });
    onProgress?.(++done, total);
  }
  await repo.replaceLinks(trx, links);
  await repo.insertChanges(trx, changes);
  await repo.insertVersions(trx, versions);
  await recordAudit(trx, actor, audit);
}

async function ensureTopics(trx: Db, names: string[], report: ImportReport): Promise<Map<string, number>> {
  const { ids, created } = await ensureTopicIds(trx, names);
  report.newTopics = created;
  return ids;
}
