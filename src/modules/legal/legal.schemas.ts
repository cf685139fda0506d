// The installation's legal details (imprint, privacy notice, accessibility statement) as staff enter them,
// and the accessibility feedback form.
import { z } from 'zod';
import { type Locale, locales } from '../../lib/localized.js';

const line = (max = 300) => z.string().trim().max(max).default('');
const block = (max = 2000) => z.string().trim().max(max).default('');
const optionalEmail = z.union([z.literal(''), z.email().max(320)]).default('');
const isoDate = z.union([z.literal(''), z.iso.date()]).default('');

export const conformanceStates = ['full', 'partial', 'none'] as const;

/** One text per language, German required where the field is used, Danish and English falling back to it. */
const perLanguage = z.object(Object.fromEntries(locales.map((l) => [l, block(5000)])) as Record<Locale, ReturnType<typeof block>>);
const noText = () => Object.fromEntries(locales.map((l) => [l, ''])) as Record<Locale, string>;

export const legalSettingsSchema = z.object({
  responsibleBody: line(),
  address: block(500),
  representative: line(),
  email: optionalEmail,
  phone: line(60),
  vatId: line(60),
  contentResponsible: block(500),
  dataProtectionOfficer: block(1000),
  supervisoryAuthority: block(1000),
  conformance: z.enum(conformanceStates).default('partial'),
  knownBarriers: perLanguage.default(noText),
  evaluationDate: isoDate,
  evaluationMethod: perLanguage.default(noText),
  complaintsOffice: block(1000),
});
export type LegalSettings = z.infer<typeof legalSettingsSchema>;

/** Defaults of a new installation: the authorities of Schleswig-Holstein, everything else empty until entered. */
export const DEFAULT_SUPERVISORY_AUTHORITY = [
  'Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein (ULD)',
  'Holstenstraße 98',
  '24103 Kiel',
  'mail@datenschutzzentrum.de',
  'https://www.datenschutzzentrum.de',
].join('\n');

export const DEFAULT_COMPLAINTS_OFFICE = [
  'Beschwerdestelle für barrierefreie Informationstechnik Schleswig-Holstein',
  'bei der oder dem Landesbeauftragten für Menschen mit Behinderung',
  'Karolinenweg 1',
  '24105 Kiel',
  'https://www.landtag.ltsh.de/beauftragte/beschwerdestelle-fuer-barrieren/',
].join('\n');

export const defaultLegalSettings = (): LegalSettings => ({
  ...legalSettingsSchema.parse({}),
  supervisoryAuthority: DEFAULT_SUPERVISORY_AUTHORITY,
  complaintsOffice: DEFAULT_COMPLAINTS_OFFICE,
});

/** The settings form: flat fields, the per-language ones named `knownBarriers_de` etc. */
export function settingsFromForm(values: Record<string, string>) {
  const lang = (field: string) => Object.fromEntries(locales.map((l) => [l, values[`${field}_${l}`] ?? '']));
  return legalSettingsSchema.safeParse({ ...values, knownBarriers: lang('knownBarriers'), evaluationMethod: lang('evaluationMethod') });
}

export const feedbackBody = z.object({
  name: z.string().trim().max(200).default(''),
  email: z.email().max(320),
  page: z.string().trim().max(500).default(''),
  message: z.string().trim().min(1).max(5000),
});
export type FeedbackInput = z.infer<typeof feedbackBody>;
