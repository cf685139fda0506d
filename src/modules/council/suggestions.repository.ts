// SQL of decision suggestions: papers of a municipality's council whose name or reference mentions a
// Vorhaben's decision reference or its title while no decision of that Vorhaben links them (and staff
// did not dismiss them); confirming is remembered by the decision's key (reference with supplement), so
// that the matching keeps it; dismissing is remembered. The decision itself is linked or added through
// the decisions module's entry.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { LocalizedText } from '../../lib/localized.js';

export interface SuggestionRow {
  project_id: number;
  project_slug: string;
  project_title: LocalizedText;
  paper_id: number;
  paper_reference: string | null;
  paper_name: string | null;
  paper_web: string | null;
  paper_date: string | null;
  /** What the paper mentions: a decision's reference, else the Vorhaben's title. */
  mentions: string;
}

/** Titles shorter than this would be found in too many papers ("Kita", "Radweg"). */
const MIN_TITLE = 12;

/**
 * The suggestions of the municipality among the papers of its current body (`bodyUrl`): papers of a
 * former system or body stay stored but are not suggested; without a body, none.
 */
export async function suggestions(
  db: Db,
  municipalityId: number,
  bodyUrl: string | null,
  only?: { projectId: number; paperId: number },
): Promise<SuggestionRow[]> {
  if (bodyUrl === null) return [];
  const result = await sql<SuggestionRow>`
    select p.id as project_id, p.slug as project_slug, p.title as project_title,
      cp.id as paper_id, cp.reference as paper_reference, cp.name as paper_name, cp.web as paper_web,
      to_char(cp.date, 'YYYY-MM-DD') as paper_date,
      coalesce(
        (select d.reference from decisions d where d.project_id = p.id and d.reference is not null
          and strpos(lower(coalesce(cp.name, '') || ' ' || coalesce(cp.reference, '')), lower(d.reference)) > 0 limit 1),
        p.title->>'de') as mentions
    from projects p
    join project_municipalities pm on pm.project_id = p.id and pm.municipality_id = ${municipalityId}
    join council_papers cp on cp.municipality_id = ${municipalityId} and cp.body_url = ${bodyUrl} and not cp.deleted
    where p.publication_state <> 'draft'
      and (${only?.projectId ?? null}::int is null or (p.id = ${only?.projectId ?? null}::int and cp.id = ${only?.paperId ?? null}::int))
      and not exists (select 1 from decisions d where d.project_id = p.id and d.council_paper_id = cp.id)
      and not exists (select 1 from council_dismissed_suggestions s where s.project_id = p.id and s.paper_id = cp.id)
      and (
        exists (select 1 from decisions d where d.project_id = p.id and d.reference is not null
          and strpos(lower(coalesce(cp.name, '') || ' ' || coalesce(cp.reference, '')), lower(d.reference)) > 0)
        or (length(p.title->>'de') >= ${MIN_TITLE} and strpos(lower(coalesce(cp.name, '')), lower(p.title->>'de')) > 0)
      )
    order by cp.date desc nulls last, cp.id desc, p.slug
    limit 200`.execute(db);
  return result.rows;
}

export async function dismissSuggestion(db: Db, projectId: number, paperId: number): Promise<void> {
  await db
    .insertInto('council_dismissed_suggestions')
    .values({ project_id: projectId, paper_id: paperId })
    .onConflict((oc) => oc.columns(['project_id', 'paper_id']).doNothing())
    .execute();
}

export async function confirmPaper(db: Db, projectId: number, decisionKey: string, paperId: number): Promise<void> {
  await db
    .insertInto('council_confirmed_papers')
    .values({ project_id: projectId, decision_key: decisionKey, paper_id: paperId })
    .onConflict((oc) => oc.columns(['project_id', 'decision_key']).doUpdateSet({ paper_id: paperId, confirmed_at: sql`now()` }))
    .execute();
}

/** The confirmed papers of the municipality's Vorhaben, by `slug|decision key`. */
export async function confirmedPapers(db: Db, municipalityId: number): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('council_confirmed_papers as c')
    .innerJoin('projects as p', 'p.id', 'c.project_id')
    .innerJoin('council_papers as cp', 'cp.id', 'c.paper_id')
    .where('cp.deleted', '=', false)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('project_municipalities as pm')
          .select('pm.project_id')
          .whereRef('pm.project_id', '=', 'c.project_id')
          .where('pm.municipality_id', '=', municipalityId),
      ),
    )
    .select(['p.slug', 'c.decision_key', 'c.paper_id'])
    .execute();
  return new Map(rows.map((r) => [`${r.slug}|${r.decision_key}`, r.paper_id]));
}
