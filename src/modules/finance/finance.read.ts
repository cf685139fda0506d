// Reading the programme's money and results as one picture: the grant, phases with their proof-of-spending
// deadlines, the measure tree with rolled-up progress, planned and spent per year, phase, measure and
// category, indicators, milestones and outputs. The public view leaves out what is internal (expenditure
// documents and notes, internal notes, draw-downs, custom deadlines, unpublished Vorhaben); the internal
// view (finance.internal.read.ts) adds draw-downs, deadlines, warnings and the expenditures themselves.
// The views render these view models, never the rows of the repositories.
import type { Db } from '../../db/database.js';
import type { CostCategory, MeasureKind, MeasureStatus, OutputKind, ProgressMode } from '../../db/schema-finance.js';
import { notFound } from '../../lib/errors.js';
import type { LocalizedText } from '../../lib/localized.js';
import { addMonths } from './dates.js';
import { sumCents } from './money.js';
import * as repo from './finance.repository.js';
import * as measureRepo from './measures.repository.js';
import { rollUp, totalsBy } from './rollup.js';

// The choices the forms offer, for the views (which do not import the database's types).
export { costCategories, measureKinds, measureStatuses, outputKinds, progressModes } from '../../db/schema-finance.js';

export interface PhaseView {
  id: number;
  code: string;
  name: LocalizedText;
  startsOn: string;
  endsOn: string;
  proofMonths: number;
  /** grant date + proof months; null until the grant date is known. */
  proofDue: string | null;
  proofSubmittedOn: string | null;
}

export interface IndicatorView {
  id: number;
  name: LocalizedText;
  unit: string;
  target: number;
  values: { id: number; measuredOn: string; value: number }[];
  latest: { id: number; measuredOn: string; value: number } | null;
}

export interface MeasureView {
  id: number;
  slug: string;
  code: string;
  kind: MeasureKind;
  parentId: number | null;
  title: LocalizedText;
  description: LocalizedText | null;
  status: MeasureStatus;
  progressMode: ProgressMode;
  ownProgress: number | null;
  progress: number;
  depth: number;
  /** Subtree totals. */
  planned: number;
  spent: number;
  ownPlanned: number;
  ownSpent: number;
  lead: { kind: 'municipality' | 'organisation'; slug: string; name: string } | null;
  projects: { slug: string; title: LocalizedText; published: boolean }[];
  milestones: { id: number; title: LocalizedText; dueOn: string; doneOn: string | null }[];
  indicators: IndicatorView[];
  outputs: { id: number; kind: OutputKind; title: string; licence: string; url: string; docsUrl: string | null }[];
  internalNote: string | null;
}

export interface AmountRow {
  measureId: number;
  year: number;
  phaseCode: string | null;
  category: CostCategory;
  amount: number;
}

export interface BudgetLineView extends AmountRow {
  id: number;
  phaseCode: string;
  /** null: the federal share. */
  partner: { slug: string; name: string } | null;
}

export interface ProgrammeFinance {
  programme: {
    id: number;
    slug: string;
    name: LocalizedText;
    summary: LocalizedText | null;
    startsOn: string | null;
    endsOn: string | null;
    agencyName: string | null;
  };
  grant: { fundingProgramme: string | null; grantReference: string | null; grantDate: string | null; fundingRateBp: number };
  phases: PhaseView[];
  figures: { id: number; amount: number; source: string; asOf: string }[];
  partners: { id: number; slug: string; name: string; shareBp: number }[];
  /** Depth-first, in position order. */
  measures: MeasureView[];
  budgetLines: BudgetLineView[];
  spending: AmountRow[];
  totals: {
    planned: number;
    spent: number;
    plannedFederal: number;
    plannedOwn: number;
    ownByPartner: { slug: string; name: string; amount: number }[];
  };
}

/** A measure linked to a Vorhaben, on the Vorhaben's page. */
export interface ProjectMeasureView {
  slug: string;
  code: string;
  title: LocalizedText;
}

export async function programmeFinance(db: Db, opts: { internal: boolean }): Promise<ProgrammeFinance> {
  const p = await repo.findProgrammeRow(db);
  if (!p) throw notFound('programme');
  const [
    phaseRows,
    figureRows,
    shareRows,
    measureRows,
    projectRows,
    milestoneRows,
    indicatorRows,
    valueRows,
    outputRows,
    lineRows,
    spendRows,
  ] = await Promise.all([
    repo.phases(db, p.id),
    repo.figures(db, p.id),
    repo.partnerShares(db, p.id),
    repo.measureRows(db, p.id),
    repo.measureProjects(db, !opts.internal),
    repo.milestones(db),
    repo.indicators(db),
    repo.indicatorValues(db),
    repo.outputs(db),
    repo.budgetLines(db),
    repo.spendingTotals(db, p.id),
  ]);
  const rate = p.funding_rate_bp ?? 6500;
  const phases: PhaseView[] = phaseRows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    proofMonths: r.proof_months,
    proofDue: p.grant_date ? addMonths(p.grant_date, r.proof_months) : null,
    proofSubmittedOn: r.proof_submitted_on,
  }));
  const budgetLines: BudgetLineView[] = lineRows.map((r) => ({
    id: r.id,
    measureId: r.measure_id,
    year: r.year,
    phaseCode: r.phase_code,
    category: r.category,
    amount: r.amount_cents,
    partner: r.partner_slug ? { slug: r.partner_slug, name: r.partner_name! } : null,
  }));
  const spending: AmountRow[] = spendRows.map((r) => ({
    measureId: r.measure_id,
    year: r.year,
    phaseCode: r.phase_code,
    category: r.category,
    amount: r.amount_cents,
  }));
  const plannedBy = totalsBy(
    budgetLines,
    (l) => l.measureId,
    (l) => l.amount,
  );
  const spentBy = totalsBy(
    spending,
    (s) => s.measureId,
    (s) => s.amount,
  );
  const rolled = rollUp(
    measureRows.map((m) => ({
      id: m.id,
      parentId: m.parent_id,
      progressMode: m.progress_mode,
      ownProgress: m.progress_percent,
      ownPlanned: plannedBy.get(m.id) ?? 0,
      ownSpent: spentBy.get(m.id) ?? 0,
    })),
  );
  const valuesBy = groupBy(valueRows, (v) => v.indicator_id);
  const byMeasure = <T extends { measure_id: number }>(rows: T[]) => groupBy(rows, (r) => r.measure_id);
  const projectsOf = byMeasure(projectRows);
  const milestonesOf = byMeasure(milestoneRows);
  const indicatorsOf = byMeasure(indicatorRows);
  const outputsOf = byMeasure(outputRows);
  const views = new Map<number, MeasureView>();
  for (const m of measureRows) {
    const r = rolled.get(m.id)!;
    views.set(m.id, {
      id: m.id,
      slug: m.slug,
      code: m.code,
      kind: m.kind,
      parentId: m.parent_id,
      title: m.title,
      description: m.description,
      status: m.status,
      progressMode: m.progress_mode,
      ownProgress: m.progress_percent,
      progress: r.progress,
      depth: r.depth,
      planned: r.planned,
      spent: r.spent,
      ownPlanned: plannedBy.get(m.id) ?? 0,
      ownSpent: spentBy.get(m.id) ?? 0,
      lead: m.lead_municipality_slug
        ? { kind: 'municipality', slug: m.lead_municipality_slug, name: m.lead_municipality_name! }
        : m.lead_organisation_slug
          ? { kind: 'organisation', slug: m.lead_organisation_slug, name: m.lead_organisation_name! }
          : null,
      projects: (projectsOf.get(m.id) ?? []).map((x) => ({ slug: x.slug, title: x.title, published: x.publication_state === 'published' })),
      milestones: (milestonesOf.get(m.id) ?? []).map((x) => ({ id: x.id, title: x.title, dueOn: x.due_on, doneOn: x.done_on })),
      indicators: (indicatorsOf.get(m.id) ?? []).map((x) => {
        const values = (valuesBy.get(x.id) ?? []).map((v) => ({ id: v.id, measuredOn: v.measured_on, value: v.value }));
        return { id: x.id, name: x.name, unit: x.unit, target: x.target, values, latest: values.at(-1) ?? null };
      }),
      outputs: (outputsOf.get(m.id) ?? []).map((x) => ({
        id: x.id,
        kind: x.kind,
        title: x.title,
        licence: x.licence,
        url: x.url,
        docsUrl: x.docs_url,
      })),
      internalNote: opts.internal ? m.internal_note : null,
    });
  }
  const planned = sumCents(budgetLines.map((l) => l.amount));
  const plannedFederal = sumCents(budgetLines.filter((l) => !l.partner).map((l) => l.amount));
  const ownBy = totalsBy(
    budgetLines.filter((l) => l.partner),
    (l) => l.partner!.slug,
    (l) => l.amount,
  );
  return {
    programme: {
      id: p.id,
      slug: p.slug,
      name: p.name,
      summary: p.summary,
      startsOn: p.starts_on,
      endsOn: p.ends_on,
      agencyName: p.agency_name,
    },
    grant: { fundingProgramme: p.funding_programme, grantReference: p.grant_reference, grantDate: p.grant_date, fundingRateBp: rate },
    phases,
    figures: figureRows.map((f) => ({ id: f.id, amount: f.amount_cents, source: f.source, asOf: f.as_of })),
    partners: shareRows.map((s) => ({ id: s.id, slug: s.slug, name: s.name, shareBp: s.share_bp ?? 0 })),
    measures: depthFirst([...views.values()]),
    budgetLines,
    spending,
    totals: {
      planned,
      spent: sumCents(spending.map((s) => s.amount)),
      plannedFederal,
      plannedOwn: planned - plannedFederal,
      ownByPartner: shareRows.filter((s) => ownBy.has(s.slug)).map((s) => ({ slug: s.slug, name: s.name, amount: ownBy.get(s.slug)! })),
    },
  };
}

function groupBy<T, K>(rows: T[], key: (r: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const r of rows) {
    const list = out.get(key(r)) ?? [];
    list.push(r);
    out.set(key(r), list);
  }
  return out;
}

function depthFirst(measures: MeasureView[]): MeasureView[] {
  const ids = new Set(measures.map((m) => m.id));
  const kids = groupBy(measures, (m) => (m.parentId !== null && ids.has(m.parentId) ? m.parentId : null));
  const out: MeasureView[] = [];
  const walk = (parent: number | null) => {
    for (const m of kids.get(parent) ?? []) {
      out.push(m);
      walk(m.id);
    }
  };
  walk(null);
  return out;
}

export function findMeasure(f: ProgrammeFinance, slug: string): MeasureView {
  const m = f.measures.find((x) => x.slug === slug);
  if (!m) throw notFound('measure');
  return m;
}

/** The measure and everything below it. */
export function subtreeIds(f: ProgrammeFinance, id: number): Set<number> {
  const out = new Set([id]);
  for (const m of f.measures) if (m.parentId !== null && out.has(m.parentId)) out.add(m.id);
  return out;
}

/** Measures linked to a Vorhaben, for its page. */

export async function measuresOfProject(db: Db, projectId: number): Promise<ProjectMeasureView[]> {
  return measureRepo.measuresOfProject(db, projectId);
}

/** The sort position of a measure, for its edit form. */
export const measurePosition = measureRepo.measurePosition;

/** The organisations that may lead a measure, by name. */
export const leadOrganisations = repo.organisations;

/** Whether the figures come from the demo data (the dashboard and the API say so). */
export const isIllustrative = repo.isIllustrative;
