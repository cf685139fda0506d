// SQL reading a Vorhaben's decisions for the council: the decisions of a municipality's Vorhaben with
// their papers, and the papers to match them against. The links are written through the decisions
// module's entry (setDecisionPapers, setDecisionCouncilAddress), which owns those rows.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { LocalizedText } from '../../lib/localized.js';

export interface DecisionRow {
  id: number;
  project_slug: string;
  project_title: LocalizedText;
  raw: string;
  reference: string | null;
  body: string | null;
  number: number | null;
  year: number | null;
  supplement: string | null;
  date: string | null;
  council_paper_id: number | null;
  council_web_url: string | null;
  /** The municipality whose council the matched paper comes from (a joint Vorhaben's decision may be another's). */
  paper_municipality_id: number | null;
  paper_reference: string | null;
  paper_name: string | null;
  paper_web: string | null;
}

function decisionsOf(db: Db, municipalityId: number) {
  return db
    .selectFrom('decisions as d')
    .innerJoin('projects as p', 'p.id', 'd.project_id')
    .leftJoin('council_papers as cp', 'cp.id', 'd.council_paper_id')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('project_municipalities as pm')
          .select('pm.project_id')
          .whereRef('pm.project_id', '=', 'd.project_id')
          .where('pm.municipality_id', '=', municipalityId),
      ),
    )
    .select([
      'd.id',
      'p.slug as project_slug',
      'p.title as project_title',
      'd.raw',
      'd.reference',
      'd.body',
      'd.number',
      'd.year',
      'd.supplement',
      'd.date',
      'd.council_paper_id',
      'd.council_web_url',
      'cp.municipality_id as paper_municipality_id',
      'cp.reference as paper_reference',
      'cp.name as paper_name',
      'cp.web as paper_web',
    ]);
}

/** The decisions of the municipality's Vorhaben (joint ones included), by Vorhaben and position. */
export async function municipalityDecisions(db: Db, municipalityId: number): Promise<DecisionRow[]> {
  return decisionsOf(db, municipalityId).orderBy('p.slug').orderBy('d.position').execute();
}

/** One page of the municipality's decisions, in the same order, with how many there are in all. */
export async function municipalityDecisionsPage(
  db: Db,
  municipalityId: number,
  page: { offset: number; limit: number },
): Promise<{ rows: DecisionRow[]; total: number }> {
  const rows = await decisionsOf(db, municipalityId)
    .select(sql<string>`count(*) over ()`.as('total'))
    .orderBy('p.slug')
    .orderBy('d.position')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  if (rows.length === 0 && page.offset > 0) return { rows: [], total: await countDecisions(db, municipalityId) };
  return { rows, total: Number(rows[0]?.total ?? 0) };
}

async function countDecisions(db: Db, municipalityId: number): Promise<number> {
  const row = await db
    .selectFrom(decisionsOf(db, municipalityId).as('d'))
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findDecision(db: Db, municipalityId: number, id: number): Promise<DecisionRow | undefined> {
  return decisionsOf(db, municipalityId).where('d.id', '=', id).executeTakeFirst();
}

/**
 * The papers of the municipality's current body that are not deleted and have a reference. Papers of a
 * system or body it read before stay stored, but no decision is matched to them; without a body, none.
 */
export async function livePapers(db: Db, municipalityId: number, bodyUrl: string | null): Promise<{ id: number; reference: string }[]> {
  if (bodyUrl === null) return [];
  const rows = await db
    .selectFrom('council_papers')
    .select(['id', 'reference'])
    .where('municipality_id', '=', municipalityId)
    .where('body_url', '=', bodyUrl)
    .where('deleted', '=', false)
    .where('reference', 'is not', null)
    .execute();
  return rows.map((r) => ({ id: r.id, reference: r.reference! }));
}
