// A confirmed council paper is remembered by the decision's reference with its supplement
// ("FA-10/2023 1. Ergänzung"), so that the original paper's decision does not take it. Confirmations
// made before were keyed by the reference alone: those whose paper a decision with a supplement holds
// get that decision's full key.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`update council_confirmed_papers c set decision_key = d.reference || ' ' || d.supplement
    from decisions d
    where d.project_id = c.project_id and d.council_paper_id = c.paper_id
      and d.reference = c.decision_key and d.supplement is not null and d.supplement <> ''
      and not exists (select 1 from council_confirmed_papers o
        where o.project_id = c.project_id and o.decision_key = d.reference || ' ' || d.supplement)`.execute(db);
}

export async function down(): Promise<void> {
  // The longer keys are as good a record as before; nothing to undo.
}
