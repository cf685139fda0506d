// The forms of the ledger: expenditures, milestones, indicators and their values, outputs, draw-downs and
// receipts, deadlines, and the reasons of corrections.
import { type Locale, type LocalizedText } from '../../lib/localized.js';
import { costCategories, type CostCategory, outputKinds, type OutputKind } from '../../db/schema-finance.js';
import { type Parsed, Reader, type Values, localizedNames } from './form-reader.js';

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
