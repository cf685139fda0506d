// Changes to the measures and what hangs off one: the measure itself with its place in the tree, lead
// and linked Vorhaben, its budget lines, expenditures, milestones, indicators with their values, and
// outputs. Each use case runs through change() (policy, transaction, cache) and is audited.
import type { Db } from '../../db/database.js';
import { notFound } from '../../lib/errors.js';
import { slugify } from '../../lib/slug.js';
import { type Actor, actorId } from '../../platform/actor.js';
import { recordAudit } from '../audit/index.js';
import type { IndicatorInput, IndicatorValueInput, ExpenditureInput, MilestoneInput, OutputInput } from './finance.ledger.schemas.js';
import type { BudgetLineInput, MeasureInput } from './finance.measure.schemas.js';
import { change, FieldProblem, measureBySlug } from './finance.service.js';
import * as repo from './finance.repository.js';
import * as funding from './funding.repository.js';
import * as measures from './measures.repository.js';

// ---- measures ----

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
