// SQL of the programme's funding record: the grant, its phases, the funding figures and partner shares,
// the draw-downs and the custom deadlines. Functions take `db` or the transaction the service opened.
import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { FinanceDrawdownsTable } from '../../db/schema-finance.js';

// ---- grant, phases, figures, shares ----

export async function grantOf(db: Db, programmeId: number) {
  return db.selectFrom('programme_grants').selectAll().where('programme_id', '=', programmeId).executeTakeFirst();
}

export async function upsertGrant(
  db: Db,
  programmeId: number,
  grant: { funding_programme: string | null; grant_reference: string | null; grant_date: string | null; funding_rate_bp: number },
): Promise<void> {
  await db
    .insertInto('programme_grants')
    .values({ programme_id: programmeId, ...grant })
    .onConflict((oc) => oc.column('programme_id').doUpdateSet({ ...grant, updated_at: new Date() }))
    .execute();
}

export async function phaseByCode(db: Db, programmeId: number, code: string) {
  return db.selectFrom('programme_phases').selectAll().where('programme_id', '=', programmeId).where('code', '=', code).executeTakeFirst();
}

export async function phaseIdByCode(db: Db, programmeId: number, code: string): Promise<number | undefined> {
  return (
    await db.selectFrom('programme_phases').select('id').where('programme_id', '=', programmeId).where('code', '=', code).executeTakeFirst()
  )?.id;
}

/** One of the phases that a budget line or else a draw-down still refers to; undefined when none is. */
export async function phaseInUse(db: Db, phaseIds: number[]) {
  return (
    (await db.selectFrom('finance_budget_lines').select('phase_id').where('phase_id', 'in', phaseIds).executeTakeFirst()) ??
    (await db.selectFrom('finance_drawdowns').select('phase_id').where('phase_id', 'in', phaseIds).executeTakeFirst())
  );
}

export async function deletePhases(db: Db, ids: number[]): Promise<void> {
  await db.deleteFrom('programme_phases').where('id', 'in', ids).execute();
}

/** Creates the phase or, when the programme has one with this code, overwrites it. */
export async function upsertPhase(
  db: Db,
  programmeId: number,
  phase: { code: string; name: string; starts_on: string; ends_on: string; proof_months: number },
): Promise<void> {
  const { code, ...rest } = phase;
  await db
    .insertInto('programme_phases')
    .values({ programme_id: programmeId, code, ...rest })
    .onConflict((oc) => oc.columns(['programme_id', 'code']).doUpdateSet(rest))
    .execute();
}

export async function setProofSubmitted(db: Db, phaseId: number, on: string | null): Promise<void> {
  await db.updateTable('programme_phases').set({ proof_submitted_on: on }).where('id', '=', phaseId).execute();
}

export async function replaceFigures(
  db: Db,
  programmeId: number,
  figures: { amount_cents: number; source: string; as_of: string }[],
): Promise<void> {
  await db.deleteFrom('programme_funding_figures').where('programme_id', '=', programmeId).execute();
  if (figures.length)
    await db
      .insertInto('programme_funding_figures')
      .values(figures.map((f) => ({ programme_id: programmeId, ...f })))
      .execute();
}

export async function replacePartnerShares(
  db: Db,
  programmeId: number,
  shares: { municipality_id: number; share_bp: number }[],
): Promise<void> {
  await db.deleteFrom('programme_partner_shares').where('programme_id', '=', programmeId).execute();
  for (const s of shares)
    await db
      .insertInto('programme_partner_shares')
      .values({ programme_id: programmeId, ...s })
      .execute();
}

// ---- draw-downs ----

export async function insertDrawdown(db: Db, row: Insertable<FinanceDrawdownsTable>): Promise<number> {
  const { id } = await db.insertInto('finance_drawdowns').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function findDrawdown(db: Db, programmeId: number, id: number) {
  return db.selectFrom('finance_drawdowns').selectAll().where('id', '=', id).where('programme_id', '=', programmeId).executeTakeFirst();
}

/** A draw-down locked until the transaction ends (two corrections must not both pass). */
export async function drawdownForUpdate(db: Db, programmeId: number, id: number) {
  return db
    .selectFrom('finance_drawdowns')
    .selectAll()
    .where('id', '=', id)
    .where('programme_id', '=', programmeId)
    .forUpdate()
    .executeTakeFirst();
}

/** Records (or, with nulls, takes back) the receipt of a draw-down. */
export async function setReceipt(db: Db, id: number, receivedOn: string | null, receivedCents: number | null): Promise<void> {
  await db.updateTable('finance_drawdowns').set({ received_on: receivedOn, received_cents: receivedCents }).where('id', '=', id).execute();
}

export async function cancelDrawdown(db: Db, id: number, by: number | null, reason: string): Promise<void> {
  await db
    .updateTable('finance_drawdowns')
    .set({ cancelled_at: new Date(), cancelled_by: by, cancel_reason: reason })
    .where('id', '=', id)
    .execute();
}

// ---- custom deadlines ----

export async function insertDeadline(db: Db, programmeId: number, deadline: { title: string; due_on: string }): Promise<number> {
  const { id } = await db
    .insertInto('finance_deadlines')
    .values({ programme_id: programmeId, ...deadline })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function findDeadline(db: Db, programmeId: number, id: number) {
  return db.selectFrom('finance_deadlines').selectAll().where('id', '=', id).where('programme_id', '=', programmeId).executeTakeFirst();
}

export async function setDeadlineDone(db: Db, id: number, doneOn: string | null): Promise<void> {
  await db.updateTable('finance_deadlines').set({ done_on: doneOn }).where('id', '=', id).execute();
}

/** Deletes a custom deadline of the programme and returns it (undefined when there was none). */
export async function deleteDeadline(db: Db, programmeId: number, id: number) {
  return db.deleteFrom('finance_deadlines').where('id', '=', id).where('programme_id', '=', programmeId).returningAll().executeTakeFirst();
}
