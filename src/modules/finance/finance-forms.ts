// The finance forms of the back office: what each sends, its check with field errors (translated message
// keys), and the input the service takes. Amounts are typed in euro ("12.345,67") and become cents here.
import { type LocalizedText } from '../../lib/localized.js';
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
import { slugPattern } from '../../lib/slug.js';
import { type Parsed, Reader, type Values, localizedNames } from './form-reader.js';

export * from './form-reader.js';
export * from './finance-ledger-forms.js';

// ---- programme ----

export interface ProgrammeInput {
  fundingProgramme: string | null;
  grantReference: string | null;
  grantDate: string | null;
  fundingRateBp: number;
  phases: { code: string; name: LocalizedText; startsOn: string; endsOn: string; proofMonths: number }[];
  figures: { amount: number; source: string; asOf: string }[];
  /** Basis points per municipality slug; together 10,000 (100 %). */
  shares: Record<string, number>;
}

export const PHASE_ROWS = 4;
export const FIGURE_ROWS = 6;

export function programmeFieldNames(partners: string[]): string[] {
  const names = ['fundingProgramme', 'grantReference', 'grantDate', 'fundingRate'];
  for (let i = 0; i < PHASE_ROWS; i++)
    names.push(`phase_${i}_code`, ...localizedNames(`phase_${i}_name`), `phase_${i}_start`, `phase_${i}_end`, `phase_${i}_months`);
  for (let i = 0; i < FIGURE_ROWS; i++) names.push(`figure_${i}_amount`, `figure_${i}_source`, `figure_${i}_asOf`);
  for (const p of partners) names.push(`share_${p}`);
  return names;
}

/** Reads "65", "65,5" or "90 %" as basis points. */
function percentToBp(text: string): number | null {
  const s = text.replace(/\s|%/g, '').replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(s)) return null;
  const bp = Math.round(Number(s) * 100);
  return bp <= 10_000 ? bp : null;
}

export function parseProgramme(v: Values, partners: string[]): Parsed<ProgrammeInput> {
  const r = new Reader(v);
  const fundingProgramme = r.text('fundingProgramme', 300, false);
  const grantReference = r.text('grantReference', 200, false);
  const grantDate = r.date('grantDate', false);
  const rate = percentToBp(v.fundingRate ?? '');
  if (rate === null) r.errors.fundingRate = { key: 'finance.error.percent' };
  const phases: ProgrammeInput['phases'] = [];
  const codes = new Set<string>();
  const rowOf: number[] = [];
  for (let i = 0; i < PHASE_ROWS; i++) {
    const p = `phase_${i}`;
    const filled = [`${p}_code`, `${p}_name_de`, `${p}_start`, `${p}_end`, `${p}_months`].some((n) => (v[n] ?? '').trim());
    if (!filled) continue;
    const code = r.text(`${p}_code`, 10);
    if (code && codes.has(code)) r.errors[`${p}_code`] = { key: 'finance.error.duplicatePhase' };
    if (code) codes.add(code);
    const name = r.localized(`${p}_name`, 200);
    const startsOn = r.date(`${p}_start`);
    const endsOn = r.date(`${p}_end`);
    if (startsOn && endsOn && endsOn < startsOn) r.errors[`${p}_end`] = { key: 'finance.error.endBeforeStart' };
    const proofMonths = r.int(`${p}_months`, 1, 240);
    if (code && name && startsOn && endsOn && proofMonths !== null) {
      phases.push({ code, name, startsOn, endsOn, proofMonths });
      rowOf.push(i);
    }
  }
  // Phases must not overlap: each day (and so each expenditure) belongs to one phase at most.
  const rows = phases.map((ph, i) => ({ ...ph, row: rowOf[i]! }));
  for (const a of rows) {
    const other = rows.find((b) => b !== a && b.startsOn <= a.endsOn && a.startsOn <= b.endsOn && b.row < a.row);
    if (other) r.errors[`phase_${a.row}_start`] = { key: 'finance.error.phasesOverlap', params: { code: other.code } };
  }
  const figures: ProgrammeInput['figures'] = [];
  for (let i = 0; i < FIGURE_ROWS; i++) {
    const f = `figure_${i}`;
    const filled = [`${f}_amount`, `${f}_source`, `${f}_asOf`].some((n) => (v[n] ?? '').trim());
    if (!filled) continue;
    const amount = r.euro(`${f}_amount`);
    const source = r.text(`${f}_source`, 300);
    const asOf = r.date(`${f}_asOf`);
    if (amount !== null && source && asOf) figures.push({ amount, source, asOf });
  }
  const shares: Record<string, number> = {};
  for (const slug of partners) {
    const raw = (v[`share_${slug}`] ?? '').trim();
    const bp = raw ? percentToBp(raw) : 0;
    if (bp === null) r.errors[`share_${slug}`] = { key: 'finance.error.percent' };
    else shares[slug] = bp;
  }
  const sum = Object.values(shares).reduce((a, b) => a + b, 0);
  if (partners.length && !partners.some((p) => r.errors[`share_${p}`]) && sum !== 10_000 && sum !== 0)
    r.errors[`share_${partners[0]}`] = { key: 'finance.error.sharesSum' };
  return r.result(() => ({ fundingProgramme, grantReference, grantDate, fundingRateBp: rate!, phases, figures, shares }));
}

// ---- measures ----

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

export const measureFieldNames = [
  'kind',
  'parent',
  'code',
  'slug',
  'position',
  ...localizedNames('title'),
  ...localizedNames('description'),
  'status',
  'progressMode',
  'progressPercent',
  'lead',
  'projects',
  'internalNote',
];

export function parseMeasure(v: Values, known: { parents: string[]; leads: string[] }): Parsed<MeasureInput> {
  const r = new Reader(v);
  const kind = r.choice('kind', measureKinds);
  const parentSlug = r.choice('parent', known.parents, false);
  const code = r.text('code', 30);
  const slugText = r.text('slug', 80, false);
  if (slugText && !slugPattern.test(slugText)) r.errors.slug = { key: 'finance.error.slug' };
  const position = r.int('position', 0, 10_000, false) ?? 0;
  const title = r.localized('title', 300);
  const description = r.localized('description', 20_000, false);
  const status = r.choice('status', measureStatuses);
  const progressMode = r.choice('progressMode', progressModes);
  const progressPercent = r.int('progressPercent', 0, 100, false);
  const lead = r.choice('lead', known.leads, false);
  const projectSlugs = [
    ...new Set(
      (v.projects ?? '')
        .split(/[\s,;]+/)
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  if (projectSlugs.length > 50 || projectSlugs.some((s) => !slugPattern.test(s))) r.errors.projects = { key: 'finance.error.projects' };
  const internalNote = r.text('internalNote', 5000, false);
  return r.result(() => ({
    kind: kind!,
    parentSlug,
    code: code!,
    slug: slugText,
    position,
    title: title!,
    description,
    status: status!,
    progressMode: progressMode!,
    progressPercent,
    lead,
    projectSlugs,
    internalNote,
  }));
}

// ---- money on a measure ----

export interface BudgetLineInput {
  phaseCode: string;
  year: number;
  category: CostCategory;
  /** null: the federal share; else a partner municipality's slug. */
  partner: string | null;
  amount: number;
}

export const budgetFieldNames = ['phase', 'year', 'category', 'source', 'amount'];

export function parseBudgetLine(v: Values, known: { phases: string[]; partners: string[] }): Parsed<BudgetLineInput> {
  const r = new Reader(v);
  const phaseCode = r.choice('phase', known.phases);
  const year = r.year('year', 2000, 2100);
  const category = r.choice('category', costCategories);
  const source = r.choice('source', ['federal', ...known.partners.map((p) => `partner:${p}`)]);
  const amount = r.euro('amount');
  return r.result(() => ({
    phaseCode: phaseCode!,
    year: year!,
    category: category!,
    partner: source === 'federal' ? null : source!.slice(8),
    amount: amount!,
  }));
}
