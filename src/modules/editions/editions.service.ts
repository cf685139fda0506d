// Editions of the Vorhabenliste ("Fortschreibung"): staff publish a numbered, frozen copy of the
// published register with the council decision that adopted it. The differences to the edition before
// are computed once, in the same transaction, and stored with it; the CSV (the export format of
// `lotse export vorhabenliste`) and the PDF are made from the frozen copy, so they never change.
import { notifyChange } from '../../db/change-notifier.js';
import type { Db } from '../../db/database.js';
import { AppError, forbidden, notFound } from '../../lib/errors.js';
import type { Actor } from '../../platform/actor.js';
import { actorId } from '../../platform/actor.js';
import { recordAudit } from '../audit/index.js';
import { csvPieces, findBySlug, type Project, publishedProjectPages } from '../projects/index.js';
import { diffEditions, type EditionChange } from './edition-diff.js';
import type { EditionDetail, EditionSummary } from './edition.types.js';
import { mayPublishEditions } from './editions.policy.js';
import * as repo from './editions.repository.js';

export interface EditionInput {
  date: string;
  reference: string;
  url: string | null;
  projectSlug: string | null;
}

/** A stored Vorhaben back from JSON: its instants were written as ISO strings. */
function revive(stored: object): Project {
  const p = stored as Project & { createdAt: string; updatedAt: string };
  return {
    ...p,
    createdAt: new Date(p.createdAt),
    updatedAt: new Date(p.updatedAt),
    changes: p.changes.map((c) => ({ ...c, changedAt: new Date(c.changedAt as unknown as string) })),
  };
}

/**
 * Publishes the next edition: every published Vorhaben as it is now, the decision that adopted the list
 * (a reference, optionally with a link, or a decision of a Vorhaben), and the differences to the
 * edition before. Returns its number.
 */
export async function publishEdition(db: Db, actor: Actor, input: EditionInput): Promise<number> {
  if (!mayPublishEditions(actor)) throw forbidden();
  if (input.projectSlug) {
    const project = await findBySlug(db, input.projectSlug);
    if (!project || project.publicationState === 'draft') throw new AppError(400, 'unknown_project', 'editions.error.project');
    if (!project.decisions.some((d) => d.reference === input.reference))
      throw new AppError(400, 'unknown_decision', 'editions.error.decision');
  }
  return db.transaction().execute(async (trx) => {
    await repo.lockEditions(trx);
    const latest = await repo.latestEdition(trx);
    const previous = latest ? (await repo.entriesOf(trx, latest.id)).map(revive) : [];
    const current: Project[] = [];
    for await (const page of publishedProjectPages(trx)) current.push(...page);
    const gone = previous.filter((p) => !current.some((c) => c.id === p.id));
    const today = new Map<number, Project>();
    for (const p of gone) {
      const now = await findBySlug(trx, p.slug);
      if (now?.id === p.id) today.set(p.id, now);
    }
    const changes = diffEditions(previous, current, (id) => today.get(id));
    const number = (latest?.number ?? 0) + 1;
    const id = await repo.insertEdition(trx, {
      number,
      date: input.date,
      reference: input.reference,
      url: input.url,
      projectSlug: input.projectSlug,
      entryCount: current.length,
      publishedBy: actorId(actor),
    });
    await repo.insertEntries(
      trx,
      id,
      current.map((p) => ({ id: p.id, slug: p.slug, version: p.version, json: JSON.stringify(p) })),
    );
    await repo.insertChanges(trx, id, changes);
    await recordAudit(trx, actor, {
      action: 'edition.publish',
      entityType: 'list_edition',
      entityId: number,
      summary: `${number}. Fortschreibung (${input.reference})`,
      after: {
        ...input,
        entries: current.length,
        new: count(changes, 'new'),
        changed: count(changes, 'changed'),
        gone: count(changes, 'gone'),
      },
    });
    await notifyChange(trx);
    return number;
  });
}

const count = (changes: { kind: string }[], kind: EditionChange['kind']) => changes.filter((c) => c.kind === kind).length;

function summary(row: repo.EditionRow): EditionSummary {
  return {
    id: row.id,
    number: row.number,
    date: row.edition_date,
    decision: { reference: row.decision_reference, url: row.decision_url, projectSlug: row.decision_project_slug },
    entryCount: row.entry_count,
    publishedAt: row.published_at,
    counts: { new: row.counts.new ?? 0, changed: row.counts.changed ?? 0, gone: row.counts.gone ?? 0 },
  };
}

/** Every edition, newest first. */
export async function editions(db: Db): Promise<EditionSummary[]> {
  return (await repo.listEditions(db)).map(summary);
}

export async function edition(db: Db, number: number): Promise<EditionDetail> {
  const row = await repo.editionByNumber(db, number);
  if (!row) throw notFound('edition');
  const changes = await repo.changesOf(db, row.id);
  return { ...summary(row), changes, previousNumber: await repo.previousNumber(db, number) };
}

/** The Vorhaben of an edition as they were, in id order. */
export async function editionProjects(db: Db, editionId: number): Promise<Project[]> {
  return (await repo.entriesOf(db, editionId)).map(revive);
}

/** The edition as the Vorhabenliste's CSV: the format of `lotse export vorhabenliste` (and of the import). */
export async function editionCsv(db: Db, editionId: number): Promise<string> {
  const projects = await editionProjects(db, editionId);
  async function* one() {
    yield projects;
  }
  let text = '';
  for await (const piece of csvPieces(one())) text += piece;
  return text;
}
