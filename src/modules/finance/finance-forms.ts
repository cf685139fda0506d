// The finance forms of the back office: what each sends, its check with field errors (translated message
// keys), and the input the service takes. Amounts are typed in euro ("12.345,67") and become cents here.
import type { FormErrors } from '../../lib/form-errors.js';
import { localizedField } from '../../lib/localized-form.js';
import { type Locale, type LocalizedText, locales } from '../../lib/localized.js';
import { costCategories, type CostCategory, measureKinds, type MeasureKind, measureStatuses, type MeasureStatus, outputKinds, type OutputKind, progressModes, type ProgressMode } from '../../db/schema-finance.js';
import { slugPattern } from '../../lib/slug.js';
import { isoDate } from './dates.js';
import { parseDecimal } from './decimal.js';
import { parseEuro } from './money.js';

export type Values = Record<string, string>;
export type Parsed<T> = { input: T } | { errors: FormErrors };

/** The form's fields as strings (repeated fields joined by newlines), nothing else. */
export function formValues(body: unknown, names: readonly string[]): Values {
  const b = (body ?? {}) as Record<string, unknown>;
  const out: Values = {};
  for (const n of names) {
    const v = b[n];
    out[n] = typeof v === 'string' ? v.slice(0, 20_000) : Array.isArray(v) ? v.filter((x) => typeof x === 'string').join('\n').slice(0, 20_000) : '';
  }
  return out;
}

const localizedNames = (field: string) => locales.map((l) => `${field}_${l}`);

class Reader {
  errors: FormErrors = {};
  constructor(private readonly v: Values, private readonly locale: Locale = 'de') {}
  text(name: string, max: number, required = true): string | null {
    const s = (this.v[name] ?? '').trim();
    if (!s) {
      if (required) this.errors[name] = { key: 'form.error.required' };
      return null;
    }
    if (s.length > max) this.errors[name] = { key: 'form.error.tooLong', params: { max } };
    return s;
  }
  date(name: string, required = true): string | null {
    const s = (this.v[name] ?? '').trim();
    if (!s) {
      if (required) this.errors[name] = { key: 'form.error.required' };
      return null;
    }
    const d = isoDate(s);
    if (!d) this.errors[name] = { key: 'finance.error.date' };
    return d;
  }
  euro(name: string, { required = true, positive = false } = {}): number | null {
    const s = (this.v[name] ?? '').trim();
    if (!s) {
      if (required) this.errors[name] = { key: 'form.error.required' };
      return null;
    }
    const c = parseEuro(s);
    if (c === null || (positive && c === 0)) this.errors[name] = { key: positive ? 'finance.error.amountPositive' : 'finance.error.amount' };
    return c;
  }
  int(name: string, min: number, max: number, required = true): number | null {
    const s = (this.v[name] ?? '').trim();
    if (!s) {
      if (required) this.errors[name] = { key: 'form.error.required' };
      return null;
    }
    const n = Number(s);
    if (!/^-?\d+$/.test(s) || n < min || n > max) {
      this.errors[name] = { key: 'finance.error.integer', params: { min, max } };
      return null;
    }
    return n;
  }
  /** A decimal number in the page's notation; one that fits only the other notation is refused as ambiguous. */
  number(name: string, required = true): number | null {
    const s = (this.v[name] ?? '').trim();
    if (!s) {
      if (required) this.errors[name] = { key: 'form.error.required' };
      return null;
    }
    const n = parseDecimal(s, this.locale);
    if (n === null && parseDecimal(s, this.locale === 'en' ? 'de' : 'en') !== null) {
      this.errors[name] = { key: 'finance.error.numberNotation' };
      return null;
    }
    if (n === null || n > 1e12) {
      this.errors[name] = { key: 'finance.error.number' };
      return null;
    }
    return n;
  }
  choice<T extends string>(name: string, options: readonly T[], required = true): T | null {
    const s = (this.v[name] ?? '').trim();
    if (!s && !required) return null;
    if (!(options as readonly string[]).includes(s)) {
      this.errors[name] = { key: 'form.error.choose' };
      return null;
    }
    return s as T;
  }
  url(name: string, required = true): string | null {
    const s = this.text(name, 1000, required);
    if (s && !/^https?:\/\/[^\s<>"]+$/.test(s)) this.errors[name] = { key: 'finance.error.url' };
    return s;
  }
  localized(field: string, max: number, required = true): LocalizedText | null {
    const text = Object.fromEntries(localizedNames(field).map((n) => [n, this.v[n] ?? '']));
    const value = localizedField(text, field, max, this.errors);
    if (!value && required && !this.errors[`${field}_de`]) this.errors[`${field}_de`] = { key: 'form.error.required' };
    return value;
  }
  result<T>(build: () => T): Parsed<T> {
    return Object.keys(this.errors).length ? { errors: this.errors } : { input: build() };
  }
}

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
  for (let i = 0; i < PHASE_ROWS; i++) names.push(`phase_${i}_code`, ...localizedNames(`phase_${i}_name`), `phase_${i}_start`, `phase_${i}_end`, `phase_${i}_months`);
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
  if (partners.length && !partners.some((p) => r.errors[`share_${p}`]) && sum !== 10_000 && sum !== 0) r.errors[`share_${partners[0]}`] = { key: 'finance.error.sharesSum' };
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

export const measureFieldNames = ['kind', 'parent', 'code', 'slug', 'position', ...localizedNames('title'), ...localizedNames('description'), 'status', 'progressMode', 'progressPercent', 'lead', 'projects', 'internalNote'];

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
  const projectSlugs = [...new Set((v.projects ?? '').split(/[\s,;]+/).map((s) => s.trim().toLowerCase()).filter(Boolean))];
  if (projectSlugs.length > 50 || projectSlugs.some((s) => !slugPattern.test(s))) r.errors.projects = { key: 'finance.error.projects' };
  const internalNote = r.text('internalNote', 5000, false);
  return r.result(() => ({ kind: kind!, parentSlug, code: code!, slug: slugText, position, title: title!, description, status: status!, progressMode: progressMode!, progressPercent, lead, projectSlugs, internalNote }));
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
  const year = r.int('year', 2000, 2100);
  const category = r.choice('category', costCategories);
  const source = r.choice('source', ['federal', ...known.partners.map((p) => `partner:${p}`)]);
  const amount = r.euro('amount');
  return r.result(() => ({ phaseCode: phaseCode!, year: year!, category: category!, partner: source === 'federal' ? null : source!.slice(8), amount: amount! }));
}

export interface ExpenditureInput {
  spentOn: string;
  amount: number;
  category: CostCategory;
  documentRef: string;
  note: string | null;
}

export const expenditureFieldNames = ['spentOn', 'amount', 'category', 'documentRef', 'note'];

export function parseExpenditure(v: Values): Parsed<ExpenditureInput> {
  const r = new Reader(v);
  const spentOn = r.date('spentOn');
  const amount = r.euro('amount', { positive: true });
  const category = r.choice('category', costCategories);
  const documentRef = r.text('documentRef', 200);
  const note = r.text('note', 2000, false);
  return r.result(() => ({ spentOn: spentOn!, amount: amount!, category: category!, documentRef: documentRef!, note }));
}

export interface MilestoneInput {
  title: LocalizedText;
  dueOn: string;
  doneOn: string | null;
}

export const milestoneFieldNames = [...localizedNames('milestone'), 'dueOn', 'doneOn'];

export function parseMilestone(v: Values): Parsed<MilestoneInput> {
  const r = new Reader(v);
  const title = r.localized('milestone', 300);
  const dueOn = r.date('dueOn');
  const doneOn = r.date('doneOn', false);
  return r.result(() => ({ title: title!, dueOn: dueOn!, doneOn }));
}

export interface IndicatorInput {
  name: LocalizedText;
  unit: string;
  target: number;
}

export const indicatorFieldNames = [...localizedNames('indicator'), 'unit', 'target'];

export function parseIndicator(v: Values, locale: Locale): Parsed<IndicatorInput> {
  const r = new Reader(v, locale);
  const name = r.localized('indicator', 300);
  const unit = r.text('unit', 50);
  const target = r.number('target');
  return r.result(() => ({ name: name!, unit: unit!, target: target! }));
}

export interface IndicatorValueInput {
  measuredOn: string;
  value: number;
}

export const indicatorValueFieldNames = ['measuredOn', 'value'];

export function parseIndicatorValue(v: Values, locale: Locale): Parsed<IndicatorValueInput> {
  const r = new Reader(v, locale);
  const measuredOn = r.date('measuredOn');
  const value = r.number('value');
  return r.result(() => ({ measuredOn: measuredOn!, value: value! }));
}

export interface OutputInput {
  kind: OutputKind;
  title: string;
  licence: string;
  url: string;
  docsUrl: string | null;
}

export const outputFieldNames = ['outputKind', 'outputTitle', 'licence', 'url', 'docsUrl'];

export function parseOutput(v: Values): Parsed<OutputInput> {
  const r = new Reader(v);
  const kind = r.choice('outputKind', outputKinds);
  const title = r.text('outputTitle', 300);
  const licence = r.text('licence', 100);
  const url = r.url('url');
  const docsUrl = r.url('docsUrl', false);
  return r.result(() => ({ kind: kind!, title: title!, licence: licence!, url: url!, docsUrl }));
}

// ---- programme-wide ----

export interface DrawdownInput {
  phaseCode: string | null;
  reference: string;
  requestedOn: string;
  requested: number;
}

export const drawdownFieldNames = ['drawPhase', 'reference', 'requestedOn', 'requested'];

export function parseDrawdown(v: Values, phases: string[]): Parsed<DrawdownInput> {
  const r = new Reader(v);
  const phaseCode = r.choice('drawPhase', phases, false);
  const reference = r.text('reference', 200);
  const requestedOn = r.date('requestedOn');
  const requested = r.euro('requested', { positive: true });
  return r.result(() => ({ phaseCode, reference: reference!, requestedOn: requestedOn!, requested: requested! }));
}

export interface ReceiptInput {
  receivedOn: string;
  received: number;
  /** Required (by the service) when a recorded receipt is corrected. */
  reason: string | null;
}

export const receiptFieldNames = ['receivedOn', 'received', 'receiptReason'];

export function parseReceipt(v: Values): Parsed<ReceiptInput> {
  const r = new Reader(v);
  const receivedOn = r.date('receivedOn');
  const received = r.euro('received');
  const reason = r.text('receiptReason', 1000, false);
  return r.result(() => ({ receivedOn: receivedOn!, received: received!, reason }));
}

export interface DeadlineInput {
  title: string;
  dueOn: string;
}

export const deadlineFieldNames = ['deadlineTitle', 'deadlineDue'];

export function parseDeadline(v: Values): Parsed<DeadlineInput> {
  const r = new Reader(v);
  const title = r.text('deadlineTitle', 300);
  const dueOn = r.date('deadlineDue');
  return r.result(() => ({ title: title!, dueOn: dueOn! }));
}

// ---- corrections ----

export const cancelFieldNames = ['cancelReason'];

/** A cancellation (Storno) needs its reason. */
export function parseCancellation(v: Values): Parsed<{ reason: string }> {
  const r = new Reader(v);
  const reason = r.text('cancelReason', 1000);
  return r.result(() => ({ reason: reason! }));
}

export const reasonFieldNames = ['reason'];

/** Cancelling a draw-down, taking back a receipt and removing a value, milestone, output or deadline: each needs its reason. */
export function parseReason(v: Values): Parsed<{ reason: string }> {
  const r = new Reader(v);
  const reason = r.text('reason', 1000);
  return r.result(() => ({ reason: reason! }));
}
