// SQL of the programme's money and results: one query per table, all of them small (a programme has
// dozens of measures and a few hundred expenditures), read together and combined in finance.read.ts.
// Also the finance locks, the reminders sent, pending budget imports and the lookups of the forms; the
// writes of the records live in funding.repository.ts and measures.repository.ts.
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { CostCategory } from '../../db/schema-finance.js';

/** One finance writer at a time until the transaction ends: budget upserts and the tree check read before they write. */
export async function lockFinance(trx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('lotse.finance'))`.execute(trx);
}

export async function findProgrammeRow(db: Db) {
  return db
    .selectFrom('programmes as p')
    .leftJoin('programme_grants as g', 'g.programme_id', 'p.id')
    .leftJoin('organisations as o', 'o.id', 'p.agency_id')
    .select([
      'p.id',
      'p.slug',
      'p.name',
      'p.summary',
      'p.starts_on',
      'p.ends_on',
      'o.name as agency_name',
      'g.funding_programme',
      'g.grant_reference',
      'g.grant_date',
      'g.funding_rate_bp',
    ])
    .orderBy('p.id')
    .executeTakeFirst();
}

export const phases = (db: Db, programmeId: number) =>
  db.selectFrom('programme_phases').selectAll().where('programme_id', '=', programmeId).orderBy('starts_on').orderBy('code').execute();

export const figures = (db: Db, programmeId: number) =>
  db
    .selectFrom('programme_funding_figures')
    .select(['id', 'amount_cents', 'source', 'as_of'])
    .where('programme_id', '=', programmeId)
    .orderBy('as_of', 'desc')
    .orderBy('id')
    .execute();

export const partnerShares = (db: Db, programmeId: number) =>
  db
    .selectFrom('municipalities as m')
    .leftJoin('programme_partner_shares as s', (j) => j.onRef('s.municipality_id', '=', 'm.id').on('s.programme_id', '=', programmeId))
    .select(['m.id', 'm.slug', 'm.name', 's.share_bp'])
    .orderBy('m.id')
    .execute();

export const measureRows = (db: Db, programmeId: number) =>
  db
    .selectFrom('finance_measures as fm')
    .leftJoin('municipalities as lm', 'lm.id', 'fm.lead_municipality_id')
    .leftJoin('organisations as lo', 'lo.id', 'fm.lead_organisation_id')
    .selectAll('fm')
    .select([
      'lm.slug as lead_municipality_slug',
      'lm.name as lead_municipality_name',
      'lo.slug as lead_organisation_slug',
      'lo.name as lead_organisation_name',
    ])
    .where('fm.programme_id', '=', programmeId)
    .orderBy('fm.position')
    .orderBy('fm.code')
    .orderBy('fm.id')
    .execute();

/** Linked Vorhaben; the public sees only published ones. */
export const measureProjects = (db: Db, publishedOnly: boolean) =>
  db
    .selectFrom('finance_measure_projects as mp')
    .innerJoin('projects as p', 'p.id', 'mp.project_id')
    .select(['mp.measure_id', 'p.id as project_id', 'p.slug', 'p.title', 'p.publication_state'])
    .$if(publishedOnly, (q) => q.where('p.publication_state', '=', 'published'))
    .orderBy('p.slug')
    .execute();

export const milestones = (db: Db) => db.selectFrom('finance_milestones').selectAll().orderBy('due_on').orderBy('id').execute();
export const indicators = (db: Db) => db.selectFrom('finance_indicators').selectAll().orderBy('id').execute();
export const indicatorValues = (db: Db) =>
  db.selectFrom('finance_indicator_values').selectAll().orderBy('measured_on').orderBy('id').execute();
export const outputs = (db: Db) => db.selectFrom('finance_outputs').selectAll().orderBy('kind').orderBy('title').execute();

export const budgetLines = (db: Db) =>
  db
    .selectFrom('finance_budget_lines as b')
    .innerJoin('programme_phases as ph', 'ph.id', 'b.phase_id')
    .leftJoin('municipalities as m', 'm.id', 'b.partner_id')
    .select([
      'b.id',
      'b.measure_id',
      'b.phase_id',
      'ph.code as phase_code',
      'b.year',
      'b.category',
      'b.partner_id',
      'm.slug as partner_slug',
      'm.name as partner_name',
      'b.amount_cents',
    ])
    .orderBy('b.measure_id')
    .orderBy('b.year')
    .orderBy('ph.code')
    .orderBy('b.category')
    .orderBy('b.partner_id', (o) => o.nullsFirst())
    .execute();

/**
 * Spending summed per measure, year, phase (by date; null outside every phase) and category: no documents.
 * Each expenditure counts in one phase at most (the earliest-starting one containing its date), so the
 * per-phase sums add up to the total even if phases were ever to overlap.
 */
export async function spendingTotals(db: Db, programmeId: number) {
  const rows = await sql<{
    measure_id: number;
    year: number;
    phase_code: string | null;
    category: CostCategory;
    amount_cents: string | number;
  }>`
    select e.measure_id, extract(year from e.spent_on)::int as year, ph.code as phase_code, e.category, sum(e.amount_cents)::bigint as amount_cents
    from finance_expenditures e
    left join lateral (
      select p.code from programme_phases p
      where p.programme_id = ${programmeId} and e.spent_on between p.starts_on and p.ends_on
      order by p.starts_on, p.code limit 1
    ) ph on true
    where e.cancelled_at is null
    group by 1, 2, 3, 4 order by 1, 2, 3, 4`.execute(db);
  return rows.rows.map((r) => ({ ...r, amount_cents: Number(r.amount_cents) }));
}

/** Expenditures for reports (cancelled ones left out) or, with `withCancelled`, for a measure's internal list. */
export const expenditures = (db: Db, opts: { measureId?: number; withCancelled?: boolean } = {}) =>
  db
    .selectFrom('finance_expenditures as e')
    .innerJoin('finance_measures as fm', 'fm.id', 'e.measure_id')
    .leftJoin('users as u', 'u.id', 'e.created_by')
    .leftJoin('users as cu', 'cu.id', 'e.cancelled_by')
    .select([
      'e.id',
      'e.measure_id',
      'fm.slug as measure_slug',
      'fm.code as measure_code',
      'e.spent_on',
      'e.amount_cents',
      'e.category',
      'e.document_ref',
      'e.note',
      'u.email as created_by_email',
      'e.created_at',
    ])
    .select(['e.cancelled_at', 'e.cancel_reason', 'cu.email as cancelled_by_email'])
    .$if(opts.measureId !== undefined, (q) => q.where('e.measure_id', '=', opts.measureId!))
    .$if(!opts.withCancelled, (q) => q.where('e.cancelled_at', 'is', null))
    .orderBy('e.spent_on', 'desc')
    .orderBy('e.id', 'desc')
    .execute();

export const drawdowns = (db: Db, programmeId: number) =>
  db
    .selectFrom('finance_drawdowns as d')
    .leftJoin('programme_phases as ph', 'ph.id', 'd.phase_id')
    .leftJoin('users as cu', 'cu.id', 'd.cancelled_by')
    .select([
      'd.id',
      'd.reference',
      'd.phase_id',
      'ph.code as phase_code',
      'd.requested_on',
      'd.requested_cents',
      'd.received_on',
      'd.received_cents',
      'd.cancelled_at',
      'd.cancel_reason',
      'cu.email as cancelled_by_email',
    ])
    .where('d.programme_id', '=', programmeId)
    .orderBy('d.requested_on')
    .orderBy('d.id')
    .execute();

export const customDeadlines = (db: Db, programmeId: number) =>
  db
    .selectFrom('finance_deadlines')
    .select(['id', 'title', 'due_on', 'done_on'])
    .where('programme_id', '=', programmeId)
    .orderBy('due_on')
    .orderBy('id')
    .execute();

/** The e-mail addresses of active staff with the finance role. */
export async function financeStaff(db: Db) {
  return db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .select(['u.email', 'u.locale'])
    .distinct()
    .where('r.role', '=', 'finance')
    .where('u.disabled_at', 'is', null)
    .orderBy('u.email')
    .execute();
}

/** One reminder run at a time until the transaction ends. */
export async function lockReminders(trx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('lotse.finance.reminders'))`.execute(trx);
}

/** The steps (days before) already reminded of for a deadline key ('<deadline>@<due date>'). */
export async function remindersSent(db: Db, deadlineKey: string) {
  return db.selectFrom('finance_reminders_sent').select('days_before').where('deadline_key', '=', deadlineKey).execute();
}

export async function recordRemindersSent(db: Db, deadlineKey: string, daysBefore: number[]): Promise<void> {
  await db
    .insertInto('finance_reminders_sent')
    .values(daysBefore.map((d) => ({ deadline_key: deadlineKey, days_before: d })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Lookups by slug for the forms (the lead of a measure, the source of a budget line). */
export async function municipalityIdBySlug(db: Db, slug: string): Promise<number | undefined> {
  return (await db.selectFrom('municipalities').select('id').where('slug', '=', slug).executeTakeFirst())?.id;
}

export async function organisationIdBySlug(db: Db, slug: string): Promise<number | undefined> {
  return (await db.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirst())?.id;
}

/** Every organisation, as a choice of lead for a measure. */
export async function organisations(db: Db) {
  return db.selectFrom('organisations').select(['slug', 'name']).orderBy('name').execute();
}

export async function insertPendingImport(db: Db, row: { id: string; userId: number; fileName: string; content: string }): Promise<void> {
  await db
    .deleteFrom('finance_pending_imports')
    .where('created_at', '<', sql<Date>`now() - interval '1 day'`)
    .execute();
  await db
    .insertInto('finance_pending_imports')
    .values({ id: row.id, user_id: row.userId, file_name: row.fileName, content: row.content })
    .execute();
}

export async function takePendingImport(db: Db, id: string, userId: number, maxAgeMinutes: number) {
  return db
    .deleteFrom('finance_pending_imports')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('created_at', '>', sql<Date>`now() - make_interval(mins => ${maxAgeMinutes})`)
    .returning(['file_name', 'content'])
    .executeTakeFirst();
}

/** Marks the demo's figures as illustrative (set by the demo data, shown as a notice on the dashboard). */
export const ILLUSTRATIVE_KEY = 'finance_demo_seeded_at';

/** Whether the figures come from the demo data. */
export async function isIllustrative(db: Db): Promise<boolean> {
  return !!(await db.selectFrom('app_meta').select('key').where('key', '=', ILLUSTRATIVE_KEY).executeTakeFirst());
}
