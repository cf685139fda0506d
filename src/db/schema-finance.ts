// Table types of the programme's money and results (mirroring migration 014); schema.ts re-exports them
// and lists them in Database. bigint cents come back as JS numbers (type parser in database.ts).
import type { ColumnType, Generated } from 'kysely';
import type { LocalizedText } from '../lib/localized.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string, string>;

export const measureKinds = ['goal', 'field', 'measure'] as const;
export type MeasureKind = (typeof measureKinds)[number];
export const measureStatuses = ['planned', 'running', 'done', 'paused'] as const;
export type MeasureStatus = (typeof measureStatuses)[number];
export const progressModes = ['own', 'weighted', 'average'] as const;
export type ProgressMode = (typeof progressModes)[number];
export const costCategories = ['staff', 'material', 'investment'] as const;
export type CostCategory = (typeof costCategories)[number];
export const outputKinds = ['software', 'dataset'] as const;
export type OutputKind = (typeof outputKinds)[number];

export interface ProgrammeGrantsTable {
  programme_id: number;
  funding_programme: string | null;
  grant_reference: string | null;
  grant_date: DateOnly | null;
  funding_rate_bp: ColumnType<number, number | undefined, number>;
  updated_at: Timestamp;
}

export interface ProgrammePhasesTable {
  id: Generated<number>;
  programme_id: number;
  code: string;
  name: Json<LocalizedText>;
  starts_on: DateOnly;
  ends_on: DateOnly;
  proof_months: number;
  proof_submitted_on: DateOnly | null;
}

export interface ProgrammeFundingFiguresTable {
  id: Generated<number>;
  programme_id: number;
  amount_cents: number;
  source: string;
  as_of: DateOnly;
}

export interface ProgrammePartnerSharesTable {
  programme_id: number;
  municipality_id: number;
  share_bp: number;
}

export interface FinanceMeasuresTable {
  id: Generated<number>;
  programme_id: number;
  parent_id: number | null;
  kind: MeasureKind;
  slug: string;
  code: string;
  position: ColumnType<number, number | undefined, number>;
  title: Json<LocalizedText>;
  description: Json<LocalizedText | null>;
  status: ColumnType<MeasureStatus, MeasureStatus | undefined, MeasureStatus>;
  progress_mode: ColumnType<ProgressMode, ProgressMode | undefined, ProgressMode>;
  progress_percent: number | null;
  lead_municipality_id: number | null;
  lead_organisation_id: number | null;
  /** Never public. */
  internal_note: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface FinanceMeasureProjectsTable {
  measure_id: number;
  project_id: number;
}

export interface FinanceMilestonesTable {
  id: Generated<number>;
  measure_id: number;
  title: Json<LocalizedText>;
  due_on: DateOnly;
  done_on: DateOnly | null;
}

export interface FinanceIndicatorsTable {
  id: Generated<number>;
  measure_id: number;
  name: Json<LocalizedText>;
  unit: string;
  target: number;
}

export interface FinanceIndicatorValuesTable {
  id: Generated<number>;
  indicator_id: number;
  measured_on: DateOnly;
  value: number;
}

export interface FinanceOutputsTable {
  id: Generated<number>;
  measure_id: number;
  kind: OutputKind;
  title: string;
  licence: string;
  url: string;
  docs_url: string | null;
}

export interface FinanceBudgetLinesTable {
  id: Generated<number>;
  measure_id: number;
  phase_id: number;
  year: number;
  category: CostCategory;
  /** null: the federal share; else the partner municipality's own share. */
  partner_id: number | null;
  amount_cents: number;
}

export interface FinanceExpendituresTable {
  id: Generated<number>;
  measure_id: number;
  spent_on: DateOnly;
  amount_cents: number;
  category: CostCategory;
  /** Never public. */
  document_ref: string;
  /** Never public. */
  note: string | null;
  created_by: number | null;
  created_at: Timestamp;
  /** A cancelled (storniert) expenditure counts nowhere; the reason is required. */
  cancelled_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  cancelled_by: ColumnType<number | null, number | null | undefined, number | null>;
  cancel_reason: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface FinanceDrawdownsTable {
  id: Generated<number>;
  programme_id: number;
  phase_id: number | null;
  reference: string;
  requested_on: DateOnly;
  requested_cents: number;
  received_on: DateOnly | null;
  received_cents: number | null;
  created_at: Timestamp;
  /** A cancelled (storniert) draw-down counts nowhere; the reason is required. */
  cancelled_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  cancelled_by: ColumnType<number | null, number | null | undefined, number | null>;
  cancel_reason: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface FinanceDeadlinesTable {
  id: Generated<number>;
  programme_id: number;
  title: string;
  due_on: DateOnly;
  done_on: DateOnly | null;
  created_at: Timestamp;
}

export interface FinanceRemindersSentTable {
  deadline_key: string;
  days_before: number;
  sent_at: Timestamp;
}

export interface FinancePendingImportsTable {
  id: string;
  user_id: number;
  file_name: string;
  content: string;
  created_at: Timestamp;
}
