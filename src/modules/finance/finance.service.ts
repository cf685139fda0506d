// Changes to the programme's money and results. Each use case checks the finance policy, runs in one
// transaction, is audited with before and after, and empties the response cache (the dashboard is
// public). A value the form could not check itself (an unknown Vorhaben, a parent that would make a
// cycle) comes back as an AppError naming its field, which the routes show beside that field.
import { notifyChange } from '../../db/change-notifier.js';
import type { Db } from '../../db/database.js';
import type { MessageKey } from '../../i18n/index.js';
import { AppError, forbidden, notFound } from '../../lib/errors.js';
import { slugify } from '../../lib/slug.js';
import { type Actor, actorId } from '../../platform/actor.js';
import { recordAudit } from '../audit/index.js';
import type {
  DeadlineInput,
  DrawdownInput,
  ExpenditureInput,
  IndicatorInput,
  IndicatorValueInput,
  MilestoneInput,
  OutputInput,
  ReceiptInput,
} from './finance.ledger.schemas.js';
import type { BudgetLineInput, MeasureInput } from './finance.measure.schemas.js';
import { PHASE_ROWS, type ProgrammeInput } from './finance.programme.schemas.js';
import { mayOnFinance } from './finance.policy.js';
import * as repo from './finance.repository.js';
import * as funding from './funding.repository.js';
import * as measures from './measures.repository.js';

/** A value that is well-formed but wrong in the database's light, shown at its form field. */
export class FieldProblem extends AppError {
  constructor(
    public readonly field: string,
    key: MessageKey,
    params: Record<string, string | number> = {},
  ) {
    super(400, 'invalid_field', key, params);
  }
}

export function assertMay(actor: Actor, action: 'read' | 'manage'): void {
  if (!mayOnFinance(actor, action)) throw forbidden();
}

async function programmeId(trx: Db): Promise<number> {
  const p = await repo.findProgrammeRow(trx);
  if (!p) throw notFound('programme');
  return p.id;
}

/** Runs `change` as the actor in a transaction, then empties the public caches. */
export async function change<T>(db: Db, actor: Actor, fn: (trx: Db, programme: number) => Promise<T>): Promise<T> {
  assertMay(actor, 'manage');
  return db.transaction().execute(async (trx) => {
    await repo.lockFinance(trx);
    const result = await fn(trx, await programmeId(trx));
    await notifyChange(trx);
    return result;
  });
}

// ---- the programme record ----

export async function saveProgramme(db: Db, actor: Actor, input: ProgrammeInput): Promise<void> {
  await change(db, actor, async (trx, programme) => {
    const before = {
      grant: await funding.grantOf(trx, programme),
      phases: await repo.phases(trx, programme),
      figures: await repo.figures(trx, programme),
      shares: await repo.partnerShares(trx, programme),
    };
    await funding.upsertGrant(trx, programme, {
      funding_programme: input.fundingProgramme,
      grant_reference: input.grantReference,
      grant_date: input.grantDate,
      funding_rate_bp: input.fundingRateBp,
    });
    // Phases are matched by code; a phase that still has budget lines or draw-downs cannot go.
    const keep = input.phases.map((p) => p.code);
    const dropped = before.phases.filter((p) => !keep.includes(p.code));
    if (dropped.length) {
      const used = await funding.phaseInUse(
        trx,
        dropped.map((p) => p.id),
      );
      if (used) {
        // Shown at the row the phase stood in before (the form lists the phases in this order).
        const row = before.phases.findIndex((p) => p.id === used.phase_id);
        throw new FieldProblem(`phase_${Math.max(0, Math.min(row, PHASE_ROWS - 1))}_code`, 'finance.error.phaseInUse', {
          code: before.phases[row]?.code ?? '',
        });
      }
      await funding.deletePhases(
        trx,
        dropped.map((p) => p.id),
      );
    }
    for (const p of input.phases) {
      await funding.upsertPhase(trx, programme, {
        code: p.code,
        name: JSON.stringify(p.name),
        starts_on: p.startsOn,
        ends_on: p.endsOn,
        proof_months: p.proofMonths,
      });
    }
    await funding.replaceFigures(
      trx,
      programme,
      input.figures.map((f) => ({ amount_cents: f.amount, source: f.source, as_of: f.asOf })),
    );
    await funding.replacePartnerShares(
      trx,
      programme,
      before.shares.flatMap((s) => {
        const bp = input.shares[s.slug];
        return bp ? [{ municipality_id: s.id, share_bp: bp }] : [];
      }),
    );
    await recordAudit(trx, actor, {
      action: 'finance.programme.update',
      entityType: 'programme',
      entityId: programme,
      summary: input.grantReference ?? input.fundingProgramme ?? 'Programm',
      before,
      after: input,
    });
  });
}

/** Marks the proof of spending of a phase as submitted (or takes that back). */
export async function setProofSubmitted(db: Db, actor: Actor, phaseCode: string, on: string | null): Promise<void> {
  await change(db, actor, async (trx, programme) => {
    const phase = await funding.phaseByCode(trx, programme, phaseCode);
    if (!phase) throw notFound('phase');
    await funding.setProofSubmitted(trx, phase.id, on);
    await recordAudit(trx, actor, {
      action: 'finance.deadline.proof',
      entityType: 'programme_phase',
      entityId: phase.code,
      summary: `Verwendungsnachweis Phase ${phase.code}`,
      before: { submittedOn: phase.proof_submitted_on },
      after: { submittedOn: on },
    });
  });
}

// ---- measures ----

export async function measureBySlug(trx: Db, slug: string) {
  const m = await measures.findMeasureBySlug(trx, slug);
  if (!m) throw notFound('measure');
  return m;
}

async function measureRow(trx: Db, programme: number, input: MeasureInput, selfId: number | null) {
  let parentId: number | null = null;
  if (input.parentSlug) {
    const parent = await measures.measureIdBySlug(trx, input.parentSlug);
    if (parent === undefined) throw new FieldProblem('parent', 'form.error.choose');
    parentId = parent;
    if (selfId !== null) {
      // The new parent must not lie below the measure itself.
      const below = await measures.measureSubtreeIds(trx, selfId);
      if (below.includes(parentId)) throw new FieldProblem('parent', 'finance.error.cycle');
    }
  }
  let leadMunicipality: number | null = null;
  let leadOrganisation: number | null = null;
  if (input.lead?.startsWith('m:')) leadMunicipality = (await repo.municipalityIdBySlug(trx, input.lead.slice(2))) ?? null;
  if (input.lead?.startsWith('o:')) leadOrganisation = (await repo.organisationIdBySlug(trx, input.lead.slice(2))) ?? null;
  if (input.lead && leadMunicipality === null && leadOrganisation === null) throw new FieldProblem('lead', 'form.error.choose');
  return {
    programme_id: programme,
    parent_id: parentId,
    kind: input.kind,
    code: input.code,
    position: input.position,
    title: JSON.stringify(input.title),
    description: JSON.stringify(input.description),
    status: input.status,
    progress_mode: input.progressMode,
    progress_percent: input.progressPercent,
    lead_municipality_id: leadMunicipality,
    lead_organisation_id: leadOrganisation,
    internal_note: input.internalNote,
  };
}

async function linkProjects(trx: Db, measureId: number, slugs: string[]): Promise<void> {
  const rows = slugs.length ? await measures.projectsBySlugs(trx, slugs) : [];
  const unknown = slugs.filter((s) => !rows.some((r) => r.slug === s));
  if (unknown.length) throw new FieldProblem('projects', 'finance.error.unknownProjects', { slugs: unknown.join(', ') });
  await measures.replaceMeasureProjects(
    trx,
    measureId,
    rows.map((r) => r.id),
  );
}

export async function createMeasure(db: Db, actor: Actor, input: MeasureInput): Promise<string> {
  return change(db, actor, async (trx, programme) => {
    const row = await measureRow(trx, programme, input, null);
    const base = input.slug ?? (slugify(`${input.code} ${input.title.de}`) || 'massnahme');
    const taken = await measures.measureSlugsLike(trx, base);
    if (input.slug && taken.has(input.slug)) throw new FieldProblem('slug', 'finance.error.slugTaken');
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    const id = await measures.insertMeasure(trx, { ...row, slug });
    await linkProjects(trx, id, input.projectSlugs);
    await recordAudit(trx, actor, {
      action: 'finance.measure.create',
      entityType: 'measure',
      entityId: slug,
      summary: `${input.code} ${input.title.de}`,
      after: input,
    });
    return slug;
  });
}

export async function updateMeasure(db: Db, actor: Actor, slug: string, input: MeasureInput): Promise<string> {
  return change(db, actor, async (trx, programme) => {
    const before = await measureBySlug(trx, slug);
    const row = await measureRow(trx, programme, input, before.id);
    const newSlug = input.slug ?? slug;
    if (newSlug !== slug && (await measures.measureIdBySlug(trx, newSlug)) !== undefined)
      throw new FieldProblem('slug', 'finance.error.slugTaken');
    await measures.updateMeasure(trx, before.id, { ...row, slug: newSlug });
    await linkProjects(trx, before.id, input.projectSlugs);
    await recordAudit(trx, actor, {
      action: 'finance.measure.update',
      entityType: 'measure',
      entityId: newSlug,
      summary: `${input.code} ${input.title.de}`,
      before,
      after: input,
    });
    return newSlug;
  });
}

// ---- budget and spending ----

/** Sets one budget line (measure × phase × year × category × source); 0 removes it. */
export async function setBudgetLine(db: Db, actor: Actor, measureSlug: string, input: BudgetLineInput): Promise<void> {
  await change(db, actor, async (trx, programme) => {
    const measure = await measureBySlug(trx, measureSlug);
    await writeBudgetLine(trx, programme, measure.id, input);
    await recordAudit(trx, actor, {
      action: 'finance.budget.set',
      entityType: 'measure',
      entityId: measureSlug,
      summary: `${measure.code} ${input.phaseCode} ${input.year} ${input.category} ${input.partner ?? 'federal'}`,
      after: input,
    });
  });
}

/** Writes a budget line and returns its previous amount (null when there was none). */
export async function writeBudgetLine(trx: Db, programme: number, measureId: number, input: BudgetLineInput): Promise<number | null> {
  const phaseId = await funding.phaseIdByCode(trx, programme, input.phaseCode);
  if (phaseId === undefined) throw new FieldProblem('phase', 'form.error.choose');
  const partner = input.partner ? await repo.municipalityIdBySlug(trx, input.partner) : null;
  if (input.partner && partner === undefined) throw new FieldProblem('source', 'form.error.choose');
  const partnerId = partner ?? null;
  const existing = await measures.findBudgetLine(trx, { measureId, phaseId, year: input.year, category: input.category, partnerId });
  if (existing && input.amount === 0) await measures.deleteBudgetLines(trx, [existing.id]);
  else if (existing) await measures.setBudgetLineAmount(trx, existing.id, input.amount);
  else if (input.amount > 0)
    await measures.insertBudgetLines(trx, [
      {
        measure_id: measureId,
        phase_id: phaseId,
        year: input.year,
        category: input.category,
        partner_id: partnerId,
        amount_cents: input.amount,
      },
    ]);
  return existing?.amount_cents ?? null;
}

export async function addExpenditure(db: Db, actor: Actor, measureSlug: string, input: ExpenditureInput): Promise<void> {
  await change(db, actor, async (trx) => {
    const measure = await measureBySlug(trx, measureSlug);
    const id = await measures.insertExpenditure(trx, {
      measure_id: measure.id,
      spent_on: input.spentOn,
      amount_cents: input.amount,
      category: input.category,
      document_ref: input.documentRef,
      note: input.note,
      created_by: actorId(actor),
    });
    await recordAudit(trx, actor, {
      action: 'finance.expenditure.create',
      entityType: 'expenditure',
      entityId: id,
      summary: `${measure.code}: ${input.amount} ct (${input.documentRef})`,
      after: input,
    });
  });
}

// ---- results ----

export async function addMilestone(db: Db, actor: Actor, measureSlug: string, input: MilestoneInput): Promise<void> {
  await change(db, actor, async (trx) => {
    const measure = await measureBySlug(trx, measureSlug);
    const id = await measures.insertMilestone(trx, {
      measure_id: measure.id,
      title: JSON.stringify(input.title),
      due_on: input.dueOn,
      done_on: input.doneOn,
    });
    await recordAudit(trx, actor, {
      action: 'finance.milestone.create',
      entityType: 'milestone',
      entityId: id,
      summary: `${measure.code}: ${input.title.de}`,
      after: input,
    });
  });
}

export async function setMilestoneDone(db: Db, actor: Actor, measureSlug: string, id: number, doneOn: string | null): Promise<void> {
  await change(db, actor, async (trx) => {
    const measure = await measureBySlug(trx, measureSlug);
    const before = await measures.findMilestone(trx, measure.id, id);
    if (!before) throw notFound('milestone');
    await measures.setMilestoneDone(trx, id, doneOn);
    await recordAudit(trx, actor, {
      action: 'finance.milestone.done',
      entityType: 'milestone',
      entityId: id,
      summary: `${measure.code}: ${before.title.de}`,
      before: { doneOn: before.done_on },
      after: { doneOn },
    });
  });
}

export async function addIndicator(db: Db, actor: Actor, measureSlug: string, input: IndicatorInput): Promise<void> {
  await change(db, actor, async (trx) => {
    const measure = await measureBySlug(trx, measureSlug);
    const id = await measures.insertIndicator(trx, {
      measure_id: measure.id,
      name: JSON.stringify(input.name),
      unit: input.unit,
      target: input.target,
    });
    await recordAudit(trx, actor, {
      action: 'finance.indicator.create',
      entityType: 'indicator',
      entityId: id,
      summary: `${measure.code}: ${input.name.de}`,
      after: input,
    });
  });
}

export async function addIndicatorValue(
  db: Db,
  actor: Actor,
  measureSlug: string,
  indicatorId: number,
  input: IndicatorValueInput,
): Promise<void> {
  await change(db, actor, async (trx) => {
    const measure = await measureBySlug(trx, measureSlug);
    const indicator = await measures.findIndicator(trx, measure.id, indicatorId);
    if (!indicator) throw notFound('indicator');
    await measures.insertIndicatorValue(trx, { indicator_id: indicatorId, measured_on: input.measuredOn, value: input.value });
    await recordAudit(trx, actor, {
      action: 'finance.indicator.value',
      entityType: 'indicator',
      entityId: indicatorId,
      summary: `${measure.code}: ${indicator.name.de} = ${input.value} ${indicator.unit}`,
      after: input,
    });
  });
}

export async function addOutput(db: Db, actor: Actor, measureSlug: string, input: OutputInput): Promise<void> {
  await change(db, actor, async (trx) => {
    const measure = await measureBySlug(trx, measureSlug);
    const id = await measures.insertOutput(trx, {
      measure_id: measure.id,
      kind: input.kind,
      title: input.title,
      licence: input.licence,
      url: input.url,
      docs_url: input.docsUrl,
    });
    await recordAudit(trx, actor, {
      action: 'finance.output.create',
      entityType: 'output',
      entityId: id,
      summary: `${measure.code}: ${input.title}`,
      after: input,
    });
  });
}

// ---- draw-downs and deadlines ----

export async function requestDrawdown(db: Db, actor: Actor, input: DrawdownInput): Promise<void> {
  await change(db, actor, async (trx, programme) => {
    const phaseId = input.phaseCode ? await funding.phaseIdByCode(trx, programme, input.phaseCode) : null;
    if (input.phaseCode && phaseId === undefined) throw new FieldProblem('drawPhase', 'form.error.choose');
    const id = await funding.insertDrawdown(trx, {
      programme_id: programme,
      phase_id: phaseId ?? null,
      reference: input.reference,
      requested_on: input.requestedOn,
      requested_cents: input.requested,
    });
    await recordAudit(trx, actor, {
      action: 'finance.drawdown.request',
      entityType: 'drawdown',
      entityId: id,
      summary: `${input.reference}: ${input.requested} ct`,
      after: input,
    });
  });
}

export async function recordReceipt(db: Db, actor: Actor, id: number, input: ReceiptInput): Promise<void> {
  await change(db, actor, async (trx, programme) => {
    const before = await funding.findDrawdown(trx, programme, id);
    if (!before) throw notFound('drawdown');
    if (before.cancelled_at) throw new FieldProblem('receivedOn', 'finance.error.drawdownCancelled');
    if (input.receivedOn < before.requested_on) throw new FieldProblem('receivedOn', 'finance.error.receivedBeforeRequested');
    // Correcting a recorded receipt needs its reason (for the change log).
    const correcting = before.received_on !== null;
    if (correcting && !input.reason) throw new FieldProblem('receiptReason', 'form.error.required');
    await funding.setReceipt(trx, id, input.receivedOn, input.received);
    await recordAudit(trx, actor, {
      action: correcting ? 'finance.drawdown.receiptCorrect' : 'finance.drawdown.receipt',
      entityType: 'drawdown',
      entityId: id,
      summary: `${before.reference}: ${input.received} ct`,
      before: { receivedOn: before.received_on, received: before.received_cents },
      after: input,
    });
  });
}

export async function addDeadline(db: Db, actor: Actor, input: DeadlineInput): Promise<void> {
  await change(db, actor, async (trx, programme) => {
    const id = await funding.insertDeadline(trx, programme, { title: input.title, due_on: input.dueOn });
    await recordAudit(trx, actor, {
      action: 'finance.deadline.create',
      entityType: 'deadline',
      entityId: id,
      summary: `${input.title} (${input.dueOn})`,
      after: input,
    });
  });
}

/** `key`: 'proof-<phase>' or 'custom-<id>', as listed by deadlinesOf(). */
export async function setDeadlineDone(db: Db, actor: Actor, key: string, doneOn: string | null): Promise<void> {
  const proof = /^proof-(.{1,10})$/.exec(key);
  if (proof) return setProofSubmitted(db, actor, proof[1]!, doneOn);
  const custom = /^custom-(\d{1,9})$/.exec(key);
  if (!custom) throw notFound('deadline');
  await change(db, actor, async (trx, programme) => {
    const before = await funding.findDeadline(trx, programme, Number(custom[1]));
    if (!before) throw notFound('deadline');
    await funding.setDeadlineDone(trx, before.id, doneOn);
    await recordAudit(trx, actor, {
      action: 'finance.deadline.done',
      entityType: 'deadline',
      entityId: before.id,
      summary: before.title,
      before: { doneOn: before.done_on },
      after: { doneOn },
    });
  });
}
