// The Vorhaben edit form: its fields as the browser sends them, their check with field errors, and
// the conversion to and from ProjectInput. The parsers of the import suggest decisions and amounts.
import { z } from 'zod';
import type { FieldError, FormErrors } from '../../lib/form-errors.js';
import { parseDate } from '../../lib/dates.js';
import { contentLanguages, type LocalizedText } from '../../lib/localized.js';
import { type DecisionBody, parseDecisions } from '../decisions/index.js';
import { parseCosts, type ProjectStatus, projectStatuses, formatLinks, parseLinks, splitList } from '../projects/index.js';
import type { Decision, ProjectInput } from '../projects/index.js';

export const MAX_TITLE = 300;
export const MAX_TEXT = 20000;

export const translatedFields = [
  'title',
  'description',
  'goals',
  'statusText',
  'nextSteps',
  'expectedDuration',
  'participationText',
  'furtherInfo',
] as const;
export type TranslatedField = (typeof translatedFields)[number];
/** The fields the form offers in North Frisian and Low German besides German, Danish and English. */
export const regionalFields = ['title', 'description'] as const satisfies readonly TranslatedField[];

export interface DecisionRow {
  raw: string;
  reference: string;
  bodyName: string;
  date: string;
}

export interface ProjectFormValues {
  /** Whether the decision rows were shown and edited (else they are suggested from the text on save). */
  decisionRowsShown: boolean;
  text: Record<`${TranslatedField}_${(typeof contentLanguages)[number]}`, string>;
  status: string;
  municipalities: string[];
  topics: string[];
  newTopics: string;
  decisionsText: string;
  decisions: DecisionRow[];
  costsText: string;
  costsAmount: string;
  participationFormal: boolean;
  participationInformal: boolean;
  locationLat: string;
  locationLng: string;
  locationAddress: string;
  contact: string;
  links: string;
  /** Leichte Sprache: German only. */
  summaryPlain: string;
  startDate: string;
  endDate: string;
  addedOn: string;
}

export type { FieldError, FormErrors };

const list = z.preprocess((v): unknown => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(MAX_TITLE)).max(200));
const str = (max = MAX_TEXT) =>
  z
    .string()
    .max(max * 2)
    .default('');

/** The raw body: everything a string, so that nothing the user typed is lost on a re-render. */
export const projectFormBody = z.looseObject({
  status: str(40),
  municipalities: list,
  topics: list,
  newTopics: str(2000),
  decisionsText: str(),
  decision_count: z.coerce.number().int().min(0).max(200).default(0),
  // Set when the form showed decision rows: then the rows are what the person wants, even none.
  decision_rows: z.string().optional(),
  costsText: str(2000),
  costsAmount: str(40),
  participationFormal: z.string().optional(),
  participationInformal: z.string().optional(),
  locationLat: str(40),
  locationLng: str(40),
  locationAddress: str(1000),
  contact: str(2000),
  links: str(),
  summaryPlain: str(),
  startDate: str(40),
  endDate: str(40),
  addedOn: str(40),
});

export function bodyToValues(body: unknown): ProjectFormValues {
  const b = projectFormBody.parse(body ?? {});
  const raw = body as Record<string, unknown>;
  const s = (key: string) => (typeof raw[key] === 'string' ? raw[key] : '');
  const text = {} as ProjectFormValues['text'];
  for (const f of translatedFields) for (const l of contentLanguages) text[`${f}_${l}`] = s(`${f}_${l}`);
  const decisions: DecisionRow[] = [];
  for (let i = 0; i < b.decision_count; i++) {
    if (s(`decision_${i}_remove`)) continue;
    decisions.push({
      raw: s(`decision_${i}_raw`),
      reference: s(`decision_${i}_reference`),
      bodyName: s(`decision_${i}_bodyName`),
      date: s(`decision_${i}_date`),
    });
  }
  return {
    decisionRowsShown: !!b.decision_rows,
    text,
    status: b.status,
    municipalities: b.municipalities,
    topics: b.topics,
    newTopics: b.newTopics,
    decisionsText: b.decisionsText,
    decisions,
    costsText: b.costsText,
    costsAmount: b.costsAmount,
    participationFormal: !!b.participationFormal,
    participationInformal: !!b.participationInformal,
    locationLat: b.locationLat,
    locationLng: b.locationLng,
    locationAddress: b.locationAddress,
    contact: b.contact,
    links: b.links,
    summaryPlain: b.summaryPlain,
    startDate: b.startDate,
    endDate: b.endDate,
    addedOn: b.addedOn,
  };
}

const fieldOf: Record<TranslatedField, keyof ProjectInput | 'participationText'> = {
  title: 'title',
  description: 'description',
  goals: 'goals',
  statusText: 'statusText',
  nextSteps: 'nextSteps',
  expectedDuration: 'expectedDuration',
  participationText: 'participationText',
  furtherInfo: 'furtherInfo',
};

function textOf(input: ProjectInput, field: TranslatedField): LocalizedText | null {
  if (field === 'participationText') return input.participation.text;
  return input[fieldOf[field] as 'title'] ?? null;
}

const amountText = (cents: number | null) => (cents === null ? '' : (cents / 100).toFixed(2).replace('.', ',').replace(/,00$/, ''));

export function inputToValues(input: ProjectInput): ProjectFormValues {
  const text = {} as ProjectFormValues['text'];
  for (const f of translatedFields) for (const l of contentLanguages) text[`${f}_${l}`] = textOf(input, f)?.[l] ?? '';
  return {
    decisionRowsShown: true,
    text,
    status: input.status,
    municipalities: input.municipalities,
    topics: input.topics,
    newTopics: '',
    decisionsText: input.decisionsText ?? '',
    decisions: input.decisions.map(decisionToRow),
    costsText: input.costs.text ?? '',
    // Only an amount set apart from the text: otherwise a changed text must bring its own amount.
    costsAmount: input.costs.amountCents !== parseCosts(input.costs.text ?? '').amountCents ? amountText(input.costs.amountCents) : '',
    participationFormal: input.participation.formal,
    participationInformal: input.participation.informal,
    locationLat: input.location?.lat?.toString() ?? '',
    locationLng: input.location?.lng?.toString() ?? '',
    locationAddress: input.location?.address ?? '',
    contact: input.contact ?? '',
    links: formatLinks(input.links),
    summaryPlain: input.summaryPlain ?? '',
    startDate: input.startDate ?? '',
    endDate: input.endDate ?? '',
    addedOn: input.addedOn ?? '',
  };
}

const decisionToRow = (d: Decision): DecisionRow => ({
  raw: d.raw,
  reference: d.reference ?? '',
  bodyName: d.bodyName ?? '',
  date: d.date ?? '',
});

/** The parser's reading of the decisions text, as rows for staff to check and correct. */
export function suggestDecisions(values: ProjectFormValues, bodies: DecisionBody[]): ProjectFormValues {
  return {
    ...values,
    decisionRowsShown: true,
    decisions: values.decisionsText.trim() ? parseDecisions(values.decisionsText, bodies).map(decisionToRow) : [],
  };
}

export interface FormContext {
  municipalities: { slug: string; bodies: DecisionBody[] }[];
  /** The topics one can tick, by German name. */
  topics: string[];
}

export function valuesToInput(
  values: ProjectFormValues,
  ctx: FormContext,
  publicationState: ProjectInput['publicationState'],
): { input: ProjectInput } | { errors: FormErrors } {
  const errors: FormErrors = {};
  const localizedOf = (field: TranslatedField): LocalizedText | null => {
    const max = field === 'title' ? MAX_TITLE : MAX_TEXT;
    const out: Partial<LocalizedText> = {};
    for (const l of contentLanguages) {
      const v = values.text[`${field}_${l}`].trim();
      if (v.length > max) errors[`${field}_${l}`] = { key: 'form.error.tooLong', params: { max } };
      if (v) out[l] = v;
    }
    if (!out.de && Object.keys(out).length > 0) errors[`${field}_de`] = { key: 'form.error.germanRequired' };
    return out.de ? (out as LocalizedText) : null;
  };
  const title = localizedOf('title');
  if (!title) errors.title_de = { key: 'form.error.required' };
  const texts = Object.fromEntries(translatedFields.map((f) => [f, f === 'title' ? title : localizedOf(f)])) as Record<
    TranslatedField,
    LocalizedText | null
  >;

  const status = (projectStatuses as readonly string[]).includes(values.status) ? (values.status as ProjectStatus) : null;
  if (!status) errors.status = { key: 'form.error.choose' };

  const known = new Set(ctx.municipalities.map((m) => m.slug));
  const municipalities = values.municipalities.filter((m) => known.has(m));
  if (municipalities.length === 0) errors.municipalities = { key: 'form.error.municipalityRequired' };

  const topicNames = [...values.topics.filter((t) => ctx.topics.includes(t)), ...splitList(values.newTopics)];
  const topics = [...new Map(topicNames.map((n) => [n.toLowerCase(), n])).values()];
  if (topics.some((n) => n.length > 100)) errors.newTopics = { key: 'form.error.tooLong', params: { max: 100 } };

  const date = (field: 'startDate' | 'endDate' | 'addedOn'): string | null => {
    const parsed = parseDate(values[field]);
    if (parsed.ok) return parsed.value;
    errors[field] = { key: 'form.error.date' };
    return null;
  };
  const startDate = date('startDate');
  const endDate = date('endDate');
  const addedOn = date('addedOn');
  if (startDate && endDate && endDate < startDate) errors.endDate = { key: 'form.error.endBeforeStart' };

  const costs = parseCosts(values.costsText);
  let amountCents = costs.amountCents;
  if (values.costsAmount.trim()) {
    const amount = parseCosts(values.costsAmount);
    if (amount.amountCents === null) errors.costsAmount = { key: 'form.error.amount' };
    amountCents = amount.amountCents;
  }

  const coordinate = (field: 'locationLat' | 'locationLng', limit: number): number | null => {
    const v = values[field].trim().replace(',', '.');
    if (!v) return null;
    const n = Number(v);
    if (!Number.isFinite(n) || Math.abs(n) > limit) {
      errors[field] = { key: 'form.error.coordinate', params: { limit } };
      return null;
    }
    return n;
  };
  const lat = coordinate('locationLat', 90);
  const lng = coordinate('locationLng', 180);
  if ((values.locationLat.trim() === '') !== (values.locationLng.trim() === '')) errors.locationLng = { key: 'form.error.coordinatePair' };
  const address = values.locationAddress.trim() || null;

  const links = parseLinks(values.links);
  if (links === null) errors.links = { key: 'form.error.links' };

  const bodies = ctx.municipalities.filter((m) => municipalities.includes(m.slug)).flatMap((m) => m.bodies);
  const decisionsText = values.decisionsText.trim() || null;
  const rows = values.decisionRowsShown || !decisionsText ? values.decisions : suggestDecisions(values, bodies).decisions;
  const decisions: Decision[] = rows.map((row, i) => {
    const parsed = parseDecisions(row.reference || row.raw, bodies)[0];
    const when = parseDate(row.date);
    if (!when.ok) errors[`decision_${i}_date`] = { key: 'form.error.date' };
    if (!row.reference.trim() && !row.raw.trim()) errors[`decision_${i}_reference`] = { key: 'form.error.required' };
    return {
      raw: row.raw.trim() || row.reference.trim(),
      reference: row.reference.trim() || null,
      body: parsed?.body ?? null,
      bodyName: row.bodyName.trim() || parsed?.bodyName || null,
      number: parsed?.number ?? null,
      year: parsed?.year ?? null,
      supplement: parsed?.supplement ?? null,
      date: when.ok ? when.value : null,
    };
  });

  for (const f of ['contact', 'costsText', 'locationAddress'] as const)
    if (values[f].length > 2000) errors[f] = { key: 'form.error.tooLong', params: { max: 2000 } };

  if (values.summaryPlain.length > MAX_TEXT) errors.summaryPlain = { key: 'form.error.tooLong', params: { max: MAX_TEXT } };

  if (Object.keys(errors).length) return { errors };
  return {
    input: {
      title: title!,
      description: texts.description,
      goals: texts.goals,
      status: status!,
      statusText: texts.statusText,
      nextSteps: texts.nextSteps,
      expectedDuration: texts.expectedDuration,
      municipalities,
      topics,
      decisionsText,
      decisions,
      costs: { text: costs.text || null, amountCents, currency: 'EUR', approximate: costs.approximate },
      participation: { formal: values.participationFormal, informal: values.participationInformal, text: texts.participationText },
      location: lat !== null || address ? { lat, lng, address } : null,
      contact: values.contact.trim() || null,
      links: links ?? [],
      furtherInfo: texts.furtherInfo,
      summaryPlain: values.summaryPlain.trim() || null,
      startDate,
      endDate,
      addedOn,
      publicationState,
    },
  };
}

export function emptyValues(municipalities: string[]): ProjectFormValues {
  const text = {} as ProjectFormValues['text'];
  for (const f of translatedFields) for (const l of contentLanguages) text[`${f}_${l}`] = '';
  return {
    decisionRowsShown: false,
    text,
    status: 'planned',
    municipalities,
    topics: [],
    newTopics: '',
    decisionsText: '',
    decisions: [],
    costsText: '',
    costsAmount: '',
    participationFormal: false,
    participationInformal: false,
    locationLat: '',
    locationLng: '',
    locationAddress: '',
    contact: '',
    links: '',
    summaryPlain: '',
    startDate: '',
    endDate: '',
    addedOn: '',
  };
}
