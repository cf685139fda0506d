// The programme's money and results: the grant (funding programme, reference, date, funding rate), its
// phases with the proof-of-spending deadline in months after the grant, several headline funding figures
// with source and date, the partners' shares of the own contribution; measures as a tree (goal → field of
// action → measure → child measures) linked to Vorhaben, with milestones, indicators with dated values and
// outputs; budget lines (measure × phase × year × cost category × funding source), expenditures,
// draw-downs, custom deadlines with the reminders sent, and uploads of a budget spreadsheet between the
// dry run and its confirmation. Expenditures and draw-downs are never deleted, only cancelled with a reason. Money is integer cents (bigint) and never negative.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('programme_grants')
    .addColumn('programme_id', 'integer', (c) => c.primaryKey().references('programmes.id').onDelete('cascade'))
    .addColumn('funding_programme', 'text')
    .addColumn('grant_reference', 'text')
    .addColumn('grant_date', 'date')
    // Basis points: 6500 = 65 %.
    .addColumn('funding_rate_bp', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(6500)
        .check(sql`funding_rate_bp between 0 and 10000`),
    )
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('programme_phases')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('programme_id', 'integer', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'jsonb', (c) => c.notNull())
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date', (c) => c.notNull())
    .addColumn('proof_months', 'integer', (c) => c.notNull().check(sql`proof_months between 1 and 240`))
    .addColumn('proof_submitted_on', 'date')
    .addCheckConstraint('programme_phases_dates', sql`ends_on >= starts_on`)
    .addUniqueConstraint('programme_phases_code', ['programme_id', 'code'])
    .execute();

  await db.schema
    .createTable('programme_funding_figures')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('programme_id', 'integer', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('amount_cents', 'bigint', (c) => c.notNull().check(sql`amount_cents >= 0`))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('as_of', 'date', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('programme_partner_shares')
    .addColumn('programme_id', 'integer', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('municipality_id', 'integer', (c) => c.notNull().references('municipalities.id'))
    .addColumn('share_bp', 'integer', (c) => c.notNull().check(sql`share_bp between 0 and 10000`))
    .addPrimaryKeyConstraint('programme_partner_shares_pk', ['programme_id', 'municipality_id'])
    .execute();

  await db.schema
    .createTable('finance_measures')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('programme_id', 'integer', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('parent_id', 'integer', (c) => c.references('finance_measures.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('goal', 'field', 'measure')`))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('description', 'jsonb')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('planned')
        .check(sql`status in ('planned', 'running', 'done', 'paused')`),
    )
    .addColumn('progress_mode', 'text', (c) =>
      c
        .notNull()
        .defaultTo('own')
        .check(sql`progress_mode in ('own', 'weighted', 'average')`),
    )
    .addColumn('progress_percent', 'integer', (c) => c.check(sql`progress_percent between 0 and 100`))
    .addColumn('lead_municipality_id', 'integer', (c) => c.references('municipalities.id'))
    .addColumn('lead_organisation_id', 'integer', (c) => c.references('organisations.id'))
    .addColumn('internal_note', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('finance_measures_one_lead', sql`lead_municipality_id is null or lead_organisation_id is null`)
    .addCheckConstraint('finance_measures_not_own_parent', sql`parent_id is null or parent_id <> id`)
    .execute();
  await sql`create index finance_measures_parent_idx on finance_measures (parent_id)`.execute(db);

  await db.schema
    .createTable('finance_measure_projects')
    .addColumn('measure_id', 'integer', (c) => c.notNull().references('finance_measures.id').onDelete('cascade'))
    .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('finance_measure_projects_pk', ['measure_id', 'project_id'])
    .execute();
  await sql`create index finance_measure_projects_project_idx on finance_measure_projects (project_id)`.execute(db);

  await db.schema
    .createTable('finance_milestones')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('measure_id', 'integer', (c) => c.notNull().references('finance_measures.id').onDelete('cascade'))
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('due_on', 'date', (c) => c.notNull())
    .addColumn('done_on', 'date')
    .execute();

  await db.schema
    .createTable('finance_indicators')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('measure_id', 'integer', (c) => c.notNull().references('finance_measures.id').onDelete('cascade'))
    .addColumn('name', 'jsonb', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('target', 'double precision', (c) => c.notNull().check(sql`target >= 0`))
    .execute();

  await db.schema
    .createTable('finance_indicator_values')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('finance_indicators.id').onDelete('cascade'))
    .addColumn('measured_on', 'date', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .execute();
  await sql`create index finance_indicator_values_idx on finance_indicator_values (indicator_id, measured_on)`.execute(db);

  await db.schema
    .createTable('finance_outputs')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('measure_id', 'integer', (c) => c.notNull().references('finance_measures.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('software', 'dataset')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('licence', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('docs_url', 'text')
    .execute();

  await db.schema
    .createTable('finance_budget_lines')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('measure_id', 'integer', (c) => c.notNull().references('finance_measures.id').onDelete('cascade'))
    .addColumn('phase_id', 'integer', (c) => c.notNull().references('programme_phases.id'))
    .addColumn('year', 'integer', (c) => c.notNull().check(sql`year between 2000 and 2100`))
    .addColumn('category', 'text', (c) => c.notNull().check(sql`category in ('staff', 'material', 'investment')`))
    // null: the federal share; else the partner municipality whose own share this is.
    .addColumn('partner_id', 'integer', (c) => c.references('municipalities.id'))
    .addColumn('amount_cents', 'bigint', (c) => c.notNull().check(sql`amount_cents >= 0`))
    .execute();
  await sql`create unique index finance_budget_lines_key on finance_budget_lines (measure_id, phase_id, year, category, coalesce(partner_id, 0))`.execute(
    db,
  );

  await db.schema
    .createTable('finance_expenditures')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('measure_id', 'integer', (c) => c.notNull().references('finance_measures.id'))
    .addColumn('spent_on', 'date', (c) => c.notNull())
    .addColumn('amount_cents', 'bigint', (c) => c.notNull().check(sql`amount_cents > 0`))
    .addColumn('category', 'text', (c) => c.notNull().check(sql`category in ('staff', 'material', 'investment')`))
    .addColumn('document_ref', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // A cancellation (Storno) keeps the row for the record but takes it out of every sum and report.
    .addColumn('cancelled_at', 'timestamptz')
    .addColumn('cancelled_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('cancel_reason', 'text')
    .addCheckConstraint('finance_expenditures_cancelled', sql`(cancelled_at is null) = (cancel_reason is null)`)
    .execute();
  await sql`create index finance_expenditures_measure_idx on finance_expenditures (measure_id, spent_on)`.execute(db);

  await db.schema
    .createTable('finance_drawdowns')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('programme_id', 'integer', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('phase_id', 'integer', (c) => c.references('programme_phases.id'))
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('requested_on', 'date', (c) => c.notNull())
    .addColumn('requested_cents', 'bigint', (c) => c.notNull().check(sql`requested_cents > 0`))
    .addColumn('received_on', 'date')
    .addColumn('received_cents', 'bigint', (c) => c.check(sql`received_cents >= 0`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // Cancelled like an expenditure: kept for the record, counted nowhere.
    .addColumn('cancelled_at', 'timestamptz')
    .addColumn('cancelled_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('cancel_reason', 'text')
    .addCheckConstraint('finance_drawdowns_received', sql`(received_on is null) = (received_cents is null)`)
    .addCheckConstraint('finance_drawdowns_cancelled', sql`(cancelled_at is null) = (cancel_reason is null)`)
    .execute();

  await db.schema
    .createTable('finance_deadlines')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('programme_id', 'integer', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_on', 'date', (c) => c.notNull())
    .addColumn('done_on', 'date')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // One row per reminder sent: the key names the deadline and its due date, so a moved deadline is
  // reminded of again, an unchanged one never twice.
  await db.schema
    .createTable('finance_reminders_sent')
    .addColumn('deadline_key', 'text', (c) => c.notNull())
    .addColumn('days_before', 'integer', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('finance_reminders_sent_pk', ['deadline_key', 'days_before'])
    .execute();

  await db.schema
    .createTable('finance_pending_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'finance_pending_imports',
    'finance_reminders_sent',
    'finance_deadlines',
    'finance_drawdowns',
    'finance_expenditures',
    'finance_budget_lines',
    'finance_outputs',
    'finance_indicator_values',
    'finance_indicators',
    'finance_milestones',
    'finance_measure_projects',
    'finance_measures',
    'programme_partner_shares',
    'programme_funding_figures',
    'programme_phases',
    'programme_grants',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
