// The forms of the ledger: expenditures, milestones, indicators and their values, outputs, draw-downs and
// receipts, deadlines, and the reasons of corrections. Each with the input the service takes.
import { costCategories, type CostCategory, outputKinds, type OutputKind } from '../../db/schema-finance.js';
import type { Locale, LocalizedText } from '../../lib/localized.js';
import {
  checkLocalized,
  choice,
  date,
  decimal,
  euro,
  financeForm,
  localizedFields,
  localizedValue,
  optionalChoice,
  optionalDate,
  optionalText,
  optionalUrl,
  text,
  url,
} from './finance.form-fields.js';

export interface ExpenditureInput {
  spentOn: string;
  amount: number;
  category: CostCategory;
  documentRef: string;
  note: string | null;
}

export const expenditureForm = financeForm(
  {
    spentOn: date,
    amount: euro({ positive: true }),
    category: choice(costCategories),
    documentRef: text(200),
    note: optionalText(2000),
  },
  (v): ExpenditureInput => v,
);

export interface MilestoneInput {
  title: LocalizedText;
  dueOn: string;
  doneOn: string | null;
}

export const milestoneForm = financeForm(
  { ...localizedFields('milestone', 300), dueOn: date, doneOn: optionalDate },
  (v): MilestoneInput => ({ title: localizedValue(v, 'milestone')!, dueOn: v.dueOn, doneOn: v.doneOn }),
  { check: (v, ctx) => checkLocalized(v, 'milestone', true, ctx) },
);

export interface IndicatorInput {
  name: LocalizedText;
  unit: string;
  target: number;
}

/** Target values are typed in the page's notation. */
export const indicatorForm = (locale: Locale) =>
  financeForm(
    { ...localizedFields('indicator', 300), unit: text(50), target: decimal(locale) },
    (v): IndicatorInput => ({ name: localizedValue(v, 'indicator')!, unit: v.unit, target: v.target }),
    { check: (v, ctx) => checkLocalized(v, 'indicator', true, ctx) },
  );

export interface IndicatorValueInput {
  measuredOn: string;
  value: number;
}

export const indicatorValueForm = (locale: Locale) =>
  financeForm({ measuredOn: date, value: decimal(locale) }, (v): IndicatorValueInput => v);

export interface OutputInput {
  kind: OutputKind;
  title: string;
  licence: string;
  url: string;
  docsUrl: string | null;
}

export const outputForm = financeForm(
  { outputKind: choice(outputKinds), outputTitle: text(300), licence: text(100), url, docsUrl: optionalUrl },
  (v): OutputInput => ({ kind: v.outputKind, title: v.outputTitle, licence: v.licence, url: v.url, docsUrl: v.docsUrl }),
);

// ---- programme-wide ----

export interface DrawdownInput {
  phaseCode: string | null;
  reference: string;
  requestedOn: string;
  requested: number;
}

export const drawdownForm = (phases: string[]) =>
  financeForm(
    { drawPhase: optionalChoice(phases), reference: text(200), requestedOn: date, requested: euro({ positive: true }) },
    (v): DrawdownInput => ({ phaseCode: v.drawPhase, reference: v.reference, requestedOn: v.requestedOn, requested: v.requested }),
  );

export interface ReceiptInput {
  receivedOn: string;
  received: number;
  /** Required (by the service) when a recorded receipt is corrected. */
  reason: string | null;
}

export const receiptForm = financeForm({ receivedOn: date, received: euro(), receiptReason: optionalText(1000) }, (v): ReceiptInput => ({
  receivedOn: v.receivedOn,
  received: v.received,
  reason: v.receiptReason,
}));

export interface DeadlineInput {
  title: string;
  dueOn: string;
}

export const deadlineForm = financeForm({ deadlineTitle: text(300), deadlineDue: date }, (v): DeadlineInput => ({
  title: v.deadlineTitle,
  dueOn: v.deadlineDue,
}));

// ---- corrections ----

/** A cancellation (Storno) needs its reason. */
export const cancellationForm = financeForm({ cancelReason: text(1000) }, (v) => ({ reason: v.cancelReason }));

/** Cancelling a draw-down, taking back a receipt and removing a value, milestone, output or deadline: each needs its reason. */
export const reasonForm = financeForm({ reason: text(1000) }, (v) => ({ reason: v.reason }));
