// SQL of the measures and what hangs off one: its linked Vorhaben, budget lines, expenditures,
// milestones, indicators with their values, and outputs. Functions take `db` or the transaction the
// service opened (finance.service's change()), so the finance lock covers every write.
import { type Insertable, type Updateable, sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type {
  CostCategory,
  FinanceBudgetLinesTable,
  FinanceExpendituresTable,
  FinanceIndicatorsTable,
  FinanceIndicatorValuesTable,
  FinanceMeasuresTable,
  FinanceMilestonesTable,
  FinanceOutputsTable,
} from '../../db/schema-finance.js';

// ---- measures ----

export async function findMeasureBySlug(db: Db, slug: string) {
  return db.selectFrom('finance_measures').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function measureIdBySlug(db: Db, slug: string): Promise<number | undefined> {
  return (await db.selectFrom('finance_measures').select('id').where('slug', '=', slug).executeTakeFirst())?.id;
}

/** The measure's id and the ids of every measure below it, at any depth. */
export async function measureSubtreeIds(db: Db, measureId: number): Promise<number[]> {
  const rows = await sql<{
    id: number;
  }>`with recursive sub(id) as (select ${measureId}::int union select m.id from finance_measures m join sub on m.parent_id = sub.id) select id from sub`.execute(
    db,
  );
  return rows.rows.map((r) => r.id);
}

export async function measureSlugsLike(db: Db, base: string): Promise<Set<string>> {
  const rows = await db.selectFrom('finance_measures').select('slug').where('slug', 'like', `${base}%`).execute();
  return new Set(rows.map((r) => r.slug));
}

export async function insertMeasure(db: Db, row: Insertable<FinanceMeasuresTable>): Promise<number> {
  const { id } = await db.insertInto('finance_measures').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateMeasure(db: Db, id: number, row: Updateable<FinanceMeasuresTable>): Promise<void> {
  await db
    .updateTable('finance_measures')
    .set({ ...row, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** The sort position, which the measure views leave out (they are in tree order already). */
export async function measurePosition(db: Db, id: number): Promise<number> {
  return (await db.selectFrom('finance_measures').select('position').where('id', '=', id).executeTakeFirstOrThrow()).position;
}

export async function projectsBySlugs(db: Db, slugs: string[]) {
  return db.selectFrom('projects').select(['id', 'slug']).where('slug', 'in', slugs).execute();
}

export async function replaceMeasureProjects(db: Db, measureId: number, projectIds: number[]): Promise<void> {
  await db.deleteFrom('finance_measure_projects').where('measure_id', '=', measureId).execute();
  if (projectIds.length)
    await db
      .insertInto('finance_measure_projects')
      .values(projectIds.map((id) => ({ measure_id: measureId, project_id: id })))
      .execute();
}

/** Measures linked to a Vorhaben, for its page. */
export async function measuresOfProject(db: Db, projectId: number) {
  return db
    .selectFrom('finance_measure_projects as mp')
    .innerJoin('finance_measures as fm', 'fm.id', 'mp.measure_id')
    .select(['fm.slug', 'fm.code', 'fm.title'])
    .where('mp.project_id', '=', projectId)
    .orderBy('fm.code')
    .execute();
}

// ---- budget lines ----

/** The line of one measure × phase × year × category × source (partner null: the federal share). */
export async function findBudgetLine(
  db: Db,
  key: { measureId: number; phaseId: number; year: number; category: CostCategory; partnerId: number | null },
) {
  return db
    .selectFrom('finance_budget_lines')
    .select(['id', 'amount_cents'])
    .where('measure_id', '=', key.measureId)
    .where('phase_id', '=', key.phaseId)
    .where('year', '=', key.year)
    .where('category', '=', key.category)
    .where(sql<boolean>`coalesce(partner_id, 0) = ${key.partnerId ?? 0}`)
    .executeTakeFirst();
}

export async function budgetLinesOfMeasures(db: Db, measureIds: number[]) {
  return db.selectFrom('finance_budget_lines').selectAll().where('measure_id', 'in', measureIds).execute();
}

export async function insertBudgetLines(db: Db, rows: Insertable<FinanceBudgetLinesTable>[]): Promise<void> {
  await db.insertInto('finance_budget_lines').values(rows).execute();
}

export async function setBudgetLineAmount(db: Db, id: number, amountCents: number): Promise<void> {
  await db.updateTable('finance_budget_lines').set({ amount_cents: amountCents }).where('id', '=', id).execute();
}

export async function deleteBudgetLines(db: Db, ids: number[]): Promise<void> {
  await db.deleteFrom('finance_budget_lines').where('id', 'in', ids).execute();
}

// ---- expenditures ----

export async function insertExpenditure(db: Db, row: Insertable<FinanceExpendituresTable>): Promise<number> {
  const { id } = await db.insertInto('finance_expenditures').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** An expenditure of the measure, locked until the transaction ends (two cancellations must not both pass). */
export async function expenditureForUpdate(db: Db, measureId: number, id: number) {
  return db
    .selectFrom('finance_expenditures')
    .selectAll()
    .where('id', '=', id)
    .where('measure_id', '=', measureId)
    .forUpdate()
    .executeTakeFirst();
}

export async function cancelExpenditure(db: Db, id: number, by: number | null, reason: string): Promise<void> {
  await db
    .updateTable('finance_expenditures')
    .set({ cancelled_at: new Date(), cancelled_by: by, cancel_reason: reason })
    .where('id', '=', id)
    .execute();
}

// ---- results: milestones, indicators, outputs ----

export async function insertMilestone(db: Db, row: Insertable<FinanceMilestonesTable>): Promise<number> {
  const { id } = await db.insertInto('finance_milestones').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function findMilestone(db: Db, measureId: number, id: number) {
  return db.selectFrom('finance_milestones').selectAll().where('id', '=', id).where('measure_id', '=', measureId).executeTakeFirst();
}

export async function setMilestoneDone(db: Db, id: number, doneOn: string | null): Promise<void> {
  await db.updateTable('finance_milestones').set({ done_on: doneOn }).where('id', '=', id).execute();
}

/** Deletes a milestone of the measure and returns it (undefined when there was none). */
export async function deleteMilestone(db: Db, measureId: number, id: number) {
  return db.deleteFrom('finance_milestones').where('id', '=', id).where('measure_id', '=', measureId).returningAll().executeTakeFirst();
}

export async function insertIndicator(db: Db, row: Insertable<FinanceIndicatorsTable>): Promise<number> {
  const { id } = await db.insertInto('finance_indicators').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function findIndicator(db: Db, measureId: number, id: number) {
  return db.selectFrom('finance_indicators').selectAll().where('id', '=', id).where('measure_id', '=', measureId).executeTakeFirst();
}

export async function insertIndicatorValue(db: Db, row: Insertable<FinanceIndicatorValuesTable>): Promise<void> {
  await db.insertInto('finance_indicator_values').values(row).execute();
}

/** A value of an indicator of the measure, with the indicator's name and unit. */
export async function findIndicatorValue(db: Db, measureId: number, indicatorId: number, valueId: number) {
  return db
    .selectFrom('finance_indicator_values as v')
    .innerJoin('finance_indicators as i', 'i.id', 'v.indicator_id')
    .select(['v.id', 'v.measured_on', 'v.value', 'i.name', 'i.unit'])
    .where('v.id', '=', valueId)
    .where('i.id', '=', indicatorId)
    .where('i.measure_id', '=', measureId)
    .executeTakeFirst();
}

export async function deleteIndicatorValue(db: Db, id: number): Promise<void> {
  await db.deleteFrom('finance_indicator_values').where('id', '=', id).execute();
}

export async function insertOutput(db: Db, row: Insertable<FinanceOutputsTable>): Promise<number> {
  const { id } = await db.insertInto('finance_outputs').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Deletes an output of the measure and returns it (undefined when there was none). */
export async function deleteOutput(db: Db, measureId: number, id: number) {
  return db.deleteFrom('finance_outputs').where('id', '=', id).where('measure_id', '=', measureId).returningAll().executeTakeFirst();
}
