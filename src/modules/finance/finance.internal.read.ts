// The programme as the finance team sees it: the public picture (finance.read.ts) with the draw-downs, the
// deadlines (proof of spending per phase, and custom ones), the warnings, and a measure's expenditures
// with their documents and notes. Nothing here reaches a public page or the API.
import type { Db } from '../../db/database.js';
import type { CostCategory } from '../../db/schema-finance.js';
import type { LocalizedText } from '../../lib/localized.js';
import { berlinToday } from './dates.js';
import { splitFunding, sumCents } from './money.js';
import { type PhaseView, programmeFinance, type ProgrammeFinance } from './finance.read.js';
import * as repo from './finance.repository.js';

export interface Deadline {
  key: string;
  kind: 'proof' | 'custom';
  phaseCode: string | null;
  title: string | null;
  dueOn: string;
  doneOn: string | null;
}

export type Warning =
  | { kind: 'overBudget'; measure: { slug: string; code: string; title: LocalizedText }; planned: number; spent: number }
  | { kind: 'drawdownsExceedSpending'; drawn: number; covered: number; spent: number }
  | { kind: 'deadlineOverdue'; deadline: Deadline };

export interface DrawdownView {
  id: number;
  reference: string;
  phaseCode: string | null;
  requestedOn: string;
  requested: number;
  receivedOn: string | null;
  received: number | null;
  cancelled: { at: Date; reason: string; byEmail: string | null } | null;
}

export interface InternalFinance extends ProgrammeFinance {
  /** The draw-downs that count (every sum, warning and report uses these). */
  drawdowns: DrawdownView[];
  /** Cancelled ones, only for the internal list (struck through). */
  cancelledDrawdowns: DrawdownView[];
  deadlines: Deadline[];
  warnings: Warning[];
}

/** An expenditure on a measure's internal page; a cancelled one (Storno) stays, struck through beside its reason. */
export interface ExpenditureView {
  id: number;
  spentOn: string;
  amount: number;
  category: CostCategory;
  documentRef: string;
  note: string | null;
  createdByEmail: string | null;
  cancelled: { at: Date; reason: string; byEmail: string | null } | null;
}

export async function internalFinance(db: Db): Promise<InternalFinance> {
  const base = await programmeFinance(db, { internal: true });
  const [drawRows, customRows] = await Promise.all([repo.drawdowns(db, base.programme.id), repo.customDeadlines(db, base.programme.id)]);
  const all: DrawdownView[] = drawRows.map((d) => ({
    id: d.id,
    reference: d.reference,
    phaseCode: d.phase_code,
    requestedOn: d.requested_on,
    requested: d.requested_cents,
    receivedOn: d.received_on,
    received: d.received_cents,
    cancelled: d.cancelled_at ? { at: d.cancelled_at, reason: d.cancel_reason ?? '', byEmail: d.cancelled_by_email } : null,
  }));
  const drawdowns = all.filter((d) => !d.cancelled);
  const deadlines = deadlinesOf(base.phases, customRows);
  return {
    ...base,
    drawdowns,
    cancelledDrawdowns: all.filter((d) => d.cancelled),
    deadlines,
    warnings: warningsOf(base, drawdowns, deadlines, berlinToday()),
  };
}

export function deadlinesOf(
  phases: PhaseView[],
  custom: { id: number; title: string; due_on: string; done_on: string | null }[],
): Deadline[] {
  return [
    ...phases
      .filter((p) => p.proofDue)
      .map((p): Deadline => ({
        key: `proof-${p.code}`,
        kind: 'proof',
        phaseCode: p.code,
        title: null,
        dueOn: p.proofDue!,
        doneOn: p.proofSubmittedOn,
      })),
    ...custom.map((c): Deadline => ({
      key: `custom-${c.id}`,
      kind: 'custom',
      phaseCode: null,
      title: c.title,
      dueOn: c.due_on,
      doneOn: c.done_on,
    })),
  ].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.key.localeCompare(b.key));
}

/**
 * A measure spent more than it planned (its own lines); the draw-downs asked for more than the federal
 * share of what was spent so far; an open deadline has passed.
 */
export function warningsOf(f: ProgrammeFinance, drawdowns: DrawdownView[], deadlines: Deadline[], today: string): Warning[] {
  const out: Warning[] = [];
  for (const m of f.measures) {
    if (m.ownSpent > m.ownPlanned)
      out.push({ kind: 'overBudget', measure: { slug: m.slug, code: m.code, title: m.title }, planned: m.ownPlanned, spent: m.ownSpent });
  }
  const drawn = sumCents(drawdowns.map((d) => d.requested));
  const covered = splitFunding(f.totals.spent, f.grant.fundingRateBp).federal;
  if (drawn > covered) out.push({ kind: 'drawdownsExceedSpending', drawn, covered, spent: f.totals.spent });
  for (const d of deadlines) if (!d.doneOn && d.dueOn < today) out.push({ kind: 'deadlineOverdue', deadline: d });
  return out;
}

/** A measure's expenditures for its internal page, cancelled ones included. */
export async function measureExpenditures(db: Db, measureId: number): Promise<ExpenditureView[]> {
  const rows = await repo.expenditures(db, { measureId, withCancelled: true });
  return rows.map((e) => ({
    id: e.id,
    spentOn: e.spent_on,
    amount: e.amount_cents,
    category: e.category,
    documentRef: e.document_ref,
    note: e.note,
    createdByEmail: e.created_by_email,
    cancelled: e.cancelled_at ? { at: e.cancelled_at, reason: e.cancel_reason ?? '', byEmail: e.cancelled_by_email } : null,
  }));
}
