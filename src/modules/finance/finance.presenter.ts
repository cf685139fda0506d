// Turns the programme's public picture into the JSON of API v1: only what is listed leaves the server.
import { type Locale, pick } from '../../lib/localized.js';
import { dashboardSeries } from './charts.js';
import type { ProgrammeFinance } from './finance.read.js';
import type { ApiProgramme } from './finance.schemas.js';

export function presentProgramme(f: ProgrammeFinance, baseUrl: string, locale: Locale, illustrative: boolean): ApiProgramme {
  const text = (v: Parameters<typeof pick>[0]) => pick(v, locale)?.text ?? null;
  const slugOf = new Map(f.measures.map((m) => [m.id, m.slug]));
  const series = dashboardSeries(f, locale);
  return {
    slug: f.programme.slug,
    url: `${baseUrl}/${locale}/programm`,
    name: text(f.programme.name)!,
    funding_programme: f.grant.fundingProgramme,
    grant_reference: f.grant.grantReference,
    grant_date: f.grant.grantDate,
    funding_rate_percent: f.grant.fundingRateBp / 100,
    funding_figures: f.figures.map((x) => ({ amount_cents: x.amount, source: x.source, as_of: x.asOf })),
    phases: f.phases.map((p) => ({
      code: p.code,
      name: text(p.name)!,
      starts_on: p.startsOn,
      ends_on: p.endsOn,
      proof_of_spending_due: p.proofDue,
    })),
    partners: f.partners.filter((p) => p.shareBp > 0).map((p) => ({ slug: p.slug, name: p.name, share_percent: p.shareBp / 100 })),
    totals: {
      planned_cents: f.totals.planned,
      spent_cents: f.totals.spent,
      planned_federal_cents: f.totals.plannedFederal,
      planned_own_cents: f.totals.plannedOwn,
    },
    by_year: series.jahre.map((r) => ({ year: Number(r.key), planned_cents: r.planned, spent_cents: r.spent })),
    by_phase: series.phasen.map((r) => ({ phase: r.key, planned_cents: r.planned, spent_cents: r.spent })),
    measures: f.measures.map((m) => ({
      slug: m.slug,
      url: `${baseUrl}/${locale}/programm/massnahmen/${m.slug}`,
      code: m.code,
      kind: m.kind,
      parent: m.parentId === null ? null : (slugOf.get(m.parentId) ?? null),
      title: text(m.title)!,
      description: text(m.description),
      status: m.status,
      progress_percent: m.progress,
      progress_mode: m.progressMode,
      lead: m.lead,
      planned_cents: m.planned,
      spent_cents: m.spent,
      budget: f.budgetLines
        .filter((l) => l.measureId === m.id)
        .map((l) => ({
          year: l.year,
          phase: l.phaseCode,
          category: l.category,
          source: l.partner?.slug ?? 'federal',
          amount_cents: l.amount,
        })),
      projects: m.projects.filter((p) => p.published).map((p) => ({ slug: p.slug, url: `${baseUrl}/api/v1/projects/${p.slug}` })),
      milestones: m.milestones.map((x) => ({ title: text(x.title)!, due_on: x.dueOn, done_on: x.doneOn })),
      indicators: m.indicators.map((i) => ({
        name: text(i.name)!,
        unit: i.unit,
        target: i.target,
        values: i.values.map((v) => ({ measured_on: v.measuredOn, value: v.value })),
      })),
      outputs: m.outputs.map((o) => ({ kind: o.kind, title: o.title, licence: o.licence, url: o.url, docs_url: o.docsUrl })),
    })),
    illustrative,
  };
}
