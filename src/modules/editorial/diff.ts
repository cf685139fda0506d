// Renders each field of a Vorhaben as plain text, so that two versions can be shown side by side.
import type { Translate } from '../../i18n/index.js';
import { formatEuro } from '../../lib/format.js';
import { contentLanguages, type Locale, type LocalizedText } from '../../lib/localized.js';
import { fieldLabel, formatLinks, type ComparedField, comparedFields, differingFields } from '../projects/index.js';
import type { ProjectInput } from '../projects/index.js';

/** One field of the comparison: its label and its text in the two states. */
export interface DiffRow {
  label: string;
  before: string;
  after: string;
}

function text(v: LocalizedText | null): string {
  if (!v) return '';
  const present = contentLanguages.filter((l) => v[l]);
  if (present.length === 1 && present[0] === 'de') return v.de;
  return present.map((l) => `[${l}] ${v[l]}`).join('\n');
}

function display(field: ComparedField, p: ProjectInput, t: Translate, locale: Locale, names: Map<string, string>): string {
  switch (field) {
    case 'status':
      return t(`status.${p.status}`);
    case 'municipalities':
      return p.municipalities.map((m) => names.get(m) ?? m).join(', ');
    case 'topics':
      return p.topics.join(', ');
    case 'decisions':
      return p.decisions.map((d) => [d.reference ?? d.raw, d.bodyName, d.date].filter(Boolean).join(' · ')).join('\n');
    case 'costs':
      return [p.costs.text, p.costs.amountCents !== null ? formatEuro(p.costs.amountCents, locale) : null].filter(Boolean).join('\n');
    case 'participation':
      return [
        p.participation.formal ? t('form.participationFormal') : null,
        p.participation.informal ? t('form.participationInformal') : null,
        text(p.participation.text),
      ]
        .filter(Boolean)
        .join('\n');
    case 'location':
      return p.location
        ? [p.location.address, p.location.lat !== null ? `${p.location.lat}, ${p.location.lng}` : null].filter(Boolean).join('\n')
        : '';
    case 'links':
      return formatLinks(p.links);
    case 'contact':
      return p.contact ?? '';
    case 'summaryPlain':
      return p.summaryPlain ?? '';
    case 'decisionsText':
      return p.decisionsText ?? '';
    case 'startDate':
    case 'endDate':
    case 'addedOn':
      return p[field] ?? '';
    case 'publicationState':
      return t(`workState.${p.publicationState}`);
    default:
      return text(p[field]);
  }
}

export function diffRows(
  a: ProjectInput,
  b: ProjectInput,
  t: Translate,
  locale: Locale,
  municipalityNames: Map<string, string>,
): { rows: DiffRow[]; unchanged: number } {
  const changed = differingFields(a, b);
  const rows = changed
    .map((f) => ({
      label: f === 'statusText' ? t('form.statusText') : f === 'decisionsText' ? t('form.decisionsText') : t(fieldLabel[f]),
      before: display(f, a, t, locale, municipalityNames),
      after: display(f, b, t, locale, municipalityNames),
    }))
    .filter((r) => r.before !== r.after);
  return { rows, unchanged: comparedFields.length - rows.length };
}
