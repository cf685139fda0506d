// The forms of a measure and of its budget lines: what each sends, checked field by field, and the input
// the service takes. Which parents, leads, phases and partners exist is known only at request time, so
// these forms are made per request.
import { z } from 'zod';
import {
  costCategories,
  type CostCategory,
  measureKinds,
  type MeasureKind,
  measureStatuses,
  type MeasureStatus,
  progressModes,
  type ProgressMode,
} from '../../db/schema-finance.js';
import type { LocalizedText } from '../../lib/localized.js';
import { slugPattern } from '../../lib/slug.js';
import {
  checkLocalized,
  choice,
  euro,
  financeForm,
  localizedFields,
  localizedValue,
  optionalChoice,
  optionalInt,
  optionalSlug,
  optionalText,
  problem,
  text,
  year,
} from './finance.form-fields.js';

export interface MeasureInput {
  kind: MeasureKind;
  parentSlug: string | null;
  code: string;
  slug: string | null;
  position: number;
  title: LocalizedText;
  description: LocalizedText | null;
  status: MeasureStatus;
  progressMode: ProgressMode;
  progressPercent: number | null;
  /** 'm:<municipality>' or 'o:<organisation>' or null. */
  lead: string | null;
  projectSlugs: string[];
  internalNote: string | null;
}

/** Addresses of Vorhaben, separated by spaces, commas or semicolons: at most 50, each once. */
const projectSlugs = z.string().transform((s, ctx) => {
  const slugs = [
    ...new Set(
      s
        .split(/[\s,;]+/)
        .map((x) => x.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  if (slugs.length > 50 || slugs.some((x) => !slugPattern.test(x))) problem(ctx, 'finance.error.projects');
  return slugs;
});

export const measureForm = (known: { parents: string[]; leads: string[] }) =>
  financeForm(
    {
      kind: choice(measureKinds),
      parent: optionalChoice(known.parents),
      code: text(30),
      slug: optionalSlug(80),
      position: optionalInt(0, 10_000),
      ...localizedFields('title', 300),
      ...localizedFields('description', 20_000),
      status: choice(measureStatuses),
      progressMode: choice(progressModes),
      progressPercent: optionalInt(0, 100),
      lead: optionalChoice(known.leads),
      projects: projectSlugs,
      internalNote: optionalText(5000),
    },
    (v): MeasureInput => ({
      kind: v.kind,
      parentSlug: v.parent,
      code: v.code,
      slug: v.slug,
      position: v.position ?? 0,
      title: localizedValue(v, 'title')!,
      description: localizedValue(v, 'description'),
      status: v.status,
      progressMode: v.progressMode,
      progressPercent: v.progressPercent,
      lead: v.lead,
      projectSlugs: v.projects,
      internalNote: v.internalNote,
    }),
    {
      check: (v, ctx) => {
        checkLocalized(v, 'title', true, ctx);
        checkLocalized(v, 'description', false, ctx);
      },
    },
  );

export interface BudgetLineInput {
  phaseCode: string;
  year: number;
  category: CostCategory;
  /** null: the federal share; else a partner municipality's slug. */
  partner: string | null;
  amount: number;
}

export const budgetLineForm = (known: { phases: string[]; partners: string[] }) =>
  financeForm(
    {
      phase: choice(known.phases),
      year: year(2000, 2100),
      category: choice(costCategories),
      source: choice(['federal', ...known.partners.map((p) => `partner:${p}`)]),
      amount: euro(),
    },
    (v): BudgetLineInput => ({
      phaseCode: v.phase,
      year: v.year,
      category: v.category,
      partner: v.source === 'federal' ? null : v.source.slice(8),
      amount: v.amount,
    }),
  );
