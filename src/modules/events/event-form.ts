// The event form of the back office: fields as the browser sends them, their check with field errors,
// and the conversion to and from EventInput. Times are typed in Berlin wall-clock time.
import { z } from 'zod';
import { berlinParts, fromBerlin } from '../../lib/berlin-time.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { localizedField } from '../../lib/localized-form.js';
import { contentLanguages } from '../../lib/localized.js';
import { type EventFormat, type EventInput, REGISTRATION_RETENTION, eventFormats } from './event.types.js';

export const eventTextFields = ['title', 'description', 'accessibility', 'question'] as const;
type TextField = (typeof eventTextFields)[number];
/** The fields the form offers in North Frisian and Low German besides German, Danish and English. */
export const eventRegionalFields = ['title', 'description'] as const satisfies readonly TextField[];

export interface EventFormValues {
  text: Record<string, string>;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  format: string;
  address: string;
  room: string;
  onlineUrl: string;
  organiser: string;
  project: string;
  process: string;
  topics: string[];
  registrationEnabled: boolean;
  opensDate: string;
  opensTime: string;
  closesDate: string;
  closesTime: string;
  capacityOnsite: string;
  capacityOnline: string;
  reminderHours: string;
  retentionDays: string;
}

const list = z.preprocess((v): unknown => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(100)).max(100));
const str = (max: number) => z.string().max(max).default('');
const body = z.looseObject({
  startDate: str(20),
  startTime: str(10),
  endDate: str(20),
  endTime: str(10),
  format: str(20),
  address: str(500),
  room: str(200),
  onlineUrl: str(1000),
  organiser: str(100),
  project: str(200),
  process: str(200),
  topics: list,
  registrationEnabled: z.string().optional(),
  opensDate: str(20),
  opensTime: str(10),
  closesDate: str(20),
  closesTime: str(10),
  capacityOnsite: str(10),
  capacityOnline: str(10),
  reminderHours: str(10),
  retentionDays: str(10),
});

export function eventBodyToValues(raw: unknown): EventFormValues {
  const b = body.parse(raw ?? {});
  const all = (raw ?? {}) as Record<string, unknown>;
  const text: Record<string, string> = {};
  for (const f of eventTextFields)
    for (const l of contentLanguages) text[`${f}_${l}`] = typeof all[`${f}_${l}`] === 'string' ? (all[`${f}_${l}`] as string) : '';
  return { ...b, text, registrationEnabled: !!b.registrationEnabled };
}

export function emptyEventValues(organiser: string): EventFormValues {
  const text: Record<string, string> = {};
  for (const f of eventTextFields) for (const l of contentLanguages) text[`${f}_${l}`] = '';
  return {
    text,
    startDate: '',
    startTime: '18:00',
    endDate: '',
    endTime: '20:00',
    format: 'onsite',
    address: '',
    room: '',
    onlineUrl: '',
    organiser,
    project: '',
    process: '',
    topics: [],
    registrationEnabled: true,
    opensDate: '',
    opensTime: '',
    closesDate: '',
    closesTime: '',
    capacityOnsite: '',
    capacityOnline: '',
    reminderHours: '24',
    retentionDays: '30',
  };
}

export function eventToValues(e: EventInput): EventFormValues {
  const text: Record<string, string> = {};
  for (const f of eventTextFields) for (const l of contentLanguages) text[`${f}_${l}`] = e[f]?.[l] ?? '';
  const start = berlinParts(e.startsAt);
  const end = berlinParts(e.endsAt);
  const opens = e.registrationOpensAt ? berlinParts(e.registrationOpensAt) : { date: '', time: '' };
  const closes = e.registrationClosesAt ? berlinParts(e.registrationClosesAt) : { date: '', time: '' };
  return {
    text,
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    format: e.format,
    address: e.address ?? '',
    room: e.room ?? '',
    onlineUrl: e.onlineUrl ?? '',
    organiser: e.organiserMunicipality ?? (e.organiserPartner ? `partner:${e.organiserPartner}` : ''),
    project: e.projectSlug ?? '',
    process: e.processSlug ?? '',
    topics: e.topics,
    registrationEnabled: e.registrationEnabled,
    opensDate: opens.date,
    opensTime: opens.time,
    closesDate: closes.date,
    closesTime: closes.time,
    capacityOnsite: e.capacityOnsite?.toString() ?? '',
    capacityOnline: e.capacityOnline?.toString() ?? '',
    reminderHours: String(e.reminderHours),
    retentionDays: String(e.retentionDays),
  };
}

export function valuesToEvent(
  v: EventFormValues,
  known: { municipalities: string[]; topics: string[]; partners?: string[] },
): { input: EventInput } | { errors: FormErrors } {
  const errors: FormErrors = {};
  const localized = (f: TextField, max: number) => localizedField(v.text, f, max, errors);
  const title = localized('title', 300);
  if (!title) errors.title_de = { key: 'form.error.required' };
  const description = localized('description', 20000);
  const accessibility = localized('accessibility', 5000);
  const question = localized('question', 500);

  const instant = (date: string, time: string, field: string, required: boolean): Date | null => {
    if (!date && !required) return null;
    const at = fromBerlin(date, time);
    if (!at) errors[field] = { key: 'events.error.dateTime' };
    return at;
  };
  const startsAt = instant(v.startDate, v.startTime, 'startDate', true);
  const endsAt = instant(v.endDate || v.startDate, v.endTime, 'endDate', true);
  if (startsAt && endsAt && endsAt <= startsAt) errors.endDate = { key: 'events.error.endBeforeStart' };
  const opensAt = instant(v.opensDate, v.opensTime || '00:00', 'opensDate', false);
  const closesAt = instant(v.closesDate, v.closesTime || '23:59', 'closesDate', false);
  if (opensAt && closesAt && closesAt <= opensAt) errors.closesDate = { key: 'events.error.closesBeforeOpens' };

  const format = (eventFormats as readonly string[]).includes(v.format) ? (v.format as EventFormat) : null;
  if (!format) errors.format = { key: 'form.error.choose' };
  if (format && format !== 'online' && !v.address.trim()) errors.address = { key: 'events.error.addressRequired' };
  const onlineUrl = v.onlineUrl.trim() || null;
  if (format && format !== 'onsite' && !onlineUrl) errors.onlineUrl = { key: 'events.error.onlineUrlRequired' };
  if (onlineUrl && !/^https:\/\/\S+$/.test(onlineUrl)) errors.onlineUrl = { key: 'events.error.onlineUrl' };

  const count = (value: string, field: string, max: number): number | null => {
    const s = value.trim();
    if (!s) return null;
    const n = Number(s);
    if (!Number.isInteger(n) || n < 0 || n > max) {
      errors[field] = { key: 'events.error.number', params: { max } };
      return null;
    }
    return n;
  };
  const capacityOnsite = count(v.capacityOnsite, 'capacityOnsite', 100000);
  const capacityOnline = count(v.capacityOnline, 'capacityOnline', 100000);
  const reminderHours = count(v.reminderHours || '24', 'reminderHours', 720) ?? 24;
  const retentionDays = count(v.retentionDays || '30', 'retentionDays', REGISTRATION_RETENTION.maxDaysAfterEnd) ?? 30;

  // '' is the agency, a municipality's slug, or 'partner:<slug>' for a partner organisation.
  const partner = v.organiser.startsWith('partner:') && (known.partners ?? []).includes(v.organiser.slice(8)) ? v.organiser.slice(8) : null;
  const organiser = !partner && v.organiser && known.municipalities.includes(v.organiser) ? v.organiser : null;
  if (v.organiser && !organiser && !partner) errors.organiser = { key: 'form.error.choose' };

  if (Object.keys(errors).length) return { errors };
  return {
    input: {
      title: title!,
      description,
      startsAt: startsAt!,
      endsAt: endsAt!,
      format: format!,
      address: v.address.trim() || null,
      room: v.room.trim() || null,
      accessibility,
      onlineUrl,
      organiserMunicipality: organiser,
      organiserPartner: partner,
      projectSlug: v.project.trim().toLowerCase() || null,
      processSlug: v.process.trim().toLowerCase() || null,
      topics: v.topics.filter((t) => known.topics.includes(t)),
      registrationEnabled: v.registrationEnabled,
      registrationOpensAt: opensAt,
      registrationClosesAt: closesAt,
      capacityOnsite,
      capacityOnline,
      question,
      reminderHours,
      retentionDays,
    },
  };
}

export function viewToInput(e: import('./event.types.js').EventView): EventInput {
  return {
    title: e.title,
    description: e.description,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    format: e.format,
    address: e.address,
    room: e.room,
    accessibility: e.accessibility,
    onlineUrl: e.onlineUrl,
    organiserMunicipality: e.organiser.kind === 'municipality' ? e.organiser.slug : null,
    organiserPartner: e.organiser.kind === 'partner' ? e.organiser.slug : null,
    projectSlug: e.project?.slug ?? null,
    processSlug: e.process?.slug ?? null,
    topics: e.topics.map((t) => t.slug),
    registrationEnabled: e.registrationEnabled,
    registrationOpensAt: e.registrationOpensAt,
    registrationClosesAt: e.registrationClosesAt,
    capacityOnsite: e.capacityOnsite,
    capacityOnline: e.capacityOnline,
    question: e.question,
    reminderHours: e.reminderHours,
    retentionDays: e.retentionDays,
  };
}
