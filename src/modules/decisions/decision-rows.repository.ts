// The writes of a decision's council link and the decision a confirmed council suggestion adds, owned
// here so that the council module changes no table of another module: it calls these through the
// decisions module's entry. The council's own data (papers, meetings, suggestions) stays in its tables.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

export interface OpenDecision {
  id: number;
  reference: string | null;
  supplement: string | null;
  raw: string;
}

/** The Vorhaben's decisions without a council paper, by position. */
export async function decisionsWithoutPaper(db: Db, projectId: number): Promise<OpenDecision[]> {
  return db
    .selectFrom('decisions')
    .select(['id', 'reference', 'supplement', 'raw'])
    .where('project_id', '=', projectId)
    .where('council_paper_id', 'is', null)
    .orderBy('position')
    .execute();
}

/**
 * Sets the council paper of each decision (null: none), in one statement, each only where the decision
 * still has the paper the caller read (`expected`): a link written meanwhile by another municipality's
 * sync or by staff is not undone (PostgreSQL checks the condition again on the locked row). Returns how
 * many changed.
 */
export async function setDecisionPapers(db: Db, links: { id: number; paperId: number | null; expected: number | null }[]): Promise<number> {
  const changing = links.filter((l) => l.paperId !== l.expected);
  if (changing.length === 0) return 0;
  const rows = JSON.stringify(changing.map((l) => ({ id: l.id, paper_id: l.paperId, expected: l.expected })));
  const result = await sql`update decisions d set council_paper_id = l.paper_id
    from jsonb_to_recordset(${rows}::jsonb) as l(id int, paper_id int, expected int)
    where d.id = l.id and d.council_paper_id is not distinct from l.expected`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** The decision's address in the council system typed by hand (null: none). */
export async function setDecisionCouncilAddress(db: Db, id: number, url: string | null): Promise<void> {
  await db.updateTable('decisions').set({ council_web_url: url }).where('id', '=', id).execute();
}

export interface NewDecision {
  raw: string;
  reference: string | null;
  body: string | null;
  bodyName: string | null;
  number: number | null;
  year: number | null;
  supplement: string | null;
  date: string | null;
}

/**
 * A new last decision of the Vorhaben, linked to a council paper. A decision is part of its Vorhaben:
 * the Vorhaben counts as changed (its `updated_at`, which API clients syncing with `changed_since` read).
 */
export async function appendDecision(db: Db, projectId: number, decision: NewDecision, paperId: number): Promise<void> {
  await sql`insert into decisions (project_id, position, raw, reference, body, body_name, number, year, supplement, date, council_paper_id)
    select ${projectId}, coalesce(max(position) + 1, 0), ${decision.raw}, ${decision.reference}, ${decision.body}, ${decision.bodyName},
      ${decision.number}, ${decision.year}, ${decision.supplement}, ${decision.date}::date, ${paperId}
    from decisions where project_id = ${projectId}`.execute(db);
  await db
    .updateTable('projects')
    .set({ updated_at: sql`now()` })
    .where('id', '=', projectId)
    .execute();
}
