// Writes the import's batches: new Vorhaben with their municipalities, topics, decisions, change notes
// and first versions in one statement, updated ones with a few statements per batch (each table takes a
// whole batch at once), and the audit entries. A batch is prepared first (reported, and its new
// Vorhaben encoded) while PostgreSQL still writes the one before; writing it then costs PostgreSQL's
// time and hardly this process's.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Db } from '../../../db/database.js';
import { t } from '../../../i18n/index.js';
import { type LocalizedText, type locales } from '../../../lib/localized.js';
import { type Actor, actorId } from '../../../platform/actor.js';
import { type AuditEntry, recordAudit } from '../../audit/index.js';
import type { knownMunicipalities } from '../../municipalities/index.js';
import { ensureTopicIds, listTopics } from '../../topics/index.js';
import { fieldLabel } from '../field-labels.js';
import { type EncodedNewProjects, encodeNewProjects, insertNewProjects } from '../new-projects.repository.js';
import { type ComparedField, changedFields, inputToRow, mergeInput, projectToInput } from '../project.mapper.js';
import type { Project, ProjectInput } from '../project.types.js';
import * as repo from '../projects.repository.js';
import type { ImportReport } from './import.types.js';
import type { ParsedItem } from './json-reader.js';

export type Planned = (ParsedItem & { create: true; slug: string }) | (ParsedItem & { create: false; currentId: number });
type Create = ParsedItem & { slug: string };
type Update = { item: ParsedItem; current: Project; fields: ComparedField[] };

/** A batch ready to write: its new Vorhaben encoded (null when nothing will be written), its updates planned. */
export interface PreparedBatch {
  creates: Create[];
  encoded: EncodedNewProjects | null;
  updates: (ParsedItem & { currentId: number })[];
}

function everyLanguage(build: (locale: (typeof locales)[number]) => string): LocalizedText {
  return { de: build('de'), da: build('da'), en: build('en') };
}

export function changeNote(fields: ComparedField[] | null): LocalizedText {
  if (!fields) return everyLanguage((l) => t(l, 'changelog.imported'));
  return everyLanguage((l) => t(l, 'changelog.updated', { fields: [...new Set(fields.map((f) => t(l, fieldLabel[f])))].join(', ') }));
}

/**
 * Two rows of a file can name the same Vorhaben (one by its ID, one by its old title). A statement updates
 * a row once, so such updates go in consecutive statements, keeping the order of the file.
 */
function rounds<T extends { id: number }>(rows: T[]): T[][] {
  const out: T[][] = [[]];
  let ids = new Set<number>();
  for (const row of rows) {
    if (ids.has(row.id)) {
      out.push([]);
      ids = new Set();
    }
    ids.add(row.id);
    out.at(-1)!.push(row);
  }
  return out;
}

/** Reports the batches of planned rows and, unless the run is a dry run or already failed, writes them. */
export class BatchWriter {
  private municipalityIds: Map<string, number>;
  private knownTopics: Set<string> | null = null;
  // The note of a new Vorhaben is the same for every row: translated and serialised once per run.
  private importedNote = JSON.stringify(changeNote(null));

  constructor(
    private readonly trx: Db,
    municipalities: Awaited<ReturnType<typeof knownMunicipalities>>,
    private readonly report: ImportReport,
    private readonly actor: Actor,
  ) {
    this.municipalityIds = new Map(municipalities.map((m) => [m.slug, m.id]));
  }

  /** Needs no database, so it runs while the batch before is written. */
  prepare(batch: Planned[]): PreparedBatch {
    const creates = batch.filter((p) => p.create);
    for (const c of creates) this.report.created.push({ line: c.line, slug: c.slug, title: c.input.title.de });
    const writing = creates.length > 0 && !this.report.dryRun && this.report.problems.length === 0;
    const userId = actorId(this.actor);
    const encoded = writing
      ? encodeNewProjects(
          creates.map((c) => ({
            row: { ...inputToRow(c.input), slug: c.slug, version: 1 },
            municipalityIds: this.municipalitiesOf(c.input),
            decisions: c.input.decisions,
            note: this.importedNote,
            input: c.input,
            userId,
          })),
        )
      : null;
    return { creates, encoded, updates: batch.filter((p) => !p.create) };
  }

  async write({ creates, encoded, updates: planned }: PreparedBatch): Promise<void> {
    if (creates.length === 0 && planned.length === 0) return;
    const current = new Map(
      (
        await repo.projectsByIds(
          this.trx,
          planned.map((p) => p.currentId),
        )
      ).map((p) => [p.id, p]),
    );
    const updates: Update[] = [];
    for (const p of planned) {
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
    if (encoded) {
      const topics = creates.flatMap((c) =>
        this.topicsOf(c.input, topicIds).map((topic_id, position) => ({ slug: c.slug, topic_id, position })),
      );
      const inserting = insertNewProjects(this.trx, encoded, topics);
      inserting.catch(() => {}); // awaited below, with the audit entries
      // The audit entries are encoded while PostgreSQL inserts the Vorhaben (the statement is on its way
      // after this turn of the event loop) and follow them on the same connection at once.
      await nextTurn();
      // Every imported state is an audit entry with before/after (and, above, a version to compare).
      const auditing = recordAudit(
        this.trx,
        this.actor,
        creates.map((c) => ({
          action: 'project.import.create',
          entityType: 'project',
          entityId: c.slug,
          summary: c.input.title.de,
          after: c.input,
        })),
      );
      await Promise.all([inserting, auditing]);
    }
    if (updates.length) await this.applyUpdates(updates, topicIds);
  }

  private municipalitiesOf(input: ProjectInput): number[] {
    return input.municipalities.map((s) => this.municipalityIds.get(s)!);
  }

  private topicsOf(input: ProjectInput, topicIds: Map<string, number>): number[] {
    return [...new Set(input.topics.map((name) => topicIds.get(name.toLowerCase())!))];
  }

  private async noteNewTopics(names: string[]): Promise<void> {
    this.knownTopics ??= new Set((await listTopics(this.trx)).map((t) => t.name.de.toLowerCase()));
    for (const name of names) {
      if (this.knownTopics.has(name.toLowerCase())) continue;
      this.knownTopics.add(name.toLowerCase());
      this.report.newTopics.push(name);
    }
  }

  private async applyUpdates(updates: Update[], topicIds: Map<string, number>): Promise<void> {
    const rows: Parameters<typeof repo.updateProjects>[1] = [];
    const links: repo.ProjectLinks[] = [];
    const changes: Parameters<typeof repo.insertChanges>[1] = [];
    const versions: Parameters<typeof repo.insertVersions>[1] = [];
    const audit: AuditEntry[] = [];
    const userId = actorId(this.actor);
    for (const u of updates) {
      const merged = mergeInput(projectToInput(u.current), u.item.input);
      const { id, version } = u.current;
      rows.push({ id, row: inputToRow(merged) });
      links.push({
        projectId: id,
        municipalityIds: this.municipalitiesOf(merged),
        topicIds: this.topicsOf(merged, topicIds),
        decisions: merged.decisions,
      });
      changes.push({ project_id: id, version: version + 1, note: JSON.stringify(changeNote(u.fields)), fields: u.fields });
      versions.push({ projectId: id, version: version + 1, input: merged, userId });
      audit.push({
        action: 'project.import.update',
        entityType: 'project',
        entityId: u.current.slug,
        summary: u.current.title.de,
        before: projectToInput(u.current),
        after: merged,
      });
    }
    for (const round of rounds(rows)) await repo.updateProjects(this.trx, round);
    await repo.replaceLinks(this.trx, links);
    await repo.insertChanges(this.trx, changes);
    await repo.insertVersions(this.trx, versions);
    await recordAudit(this.trx, this.actor, audit);
  }
}
