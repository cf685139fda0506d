// The names of changed fields in the page's language (the change log's labels), each once.
import { t } from '../../i18n/index.js';
import type { Locale } from '../../lib/localized.js';
import { comparedFields, type ComparedField, fieldLabel } from '../projects/index.js';

export function changedFieldLabels(fields: string[], l: Locale): string[] {
  const known = fields.filter((f): f is ComparedField => (comparedFields as readonly string[]).includes(f));
  return [...new Set(known.map((f) => t(l, fieldLabel[f])))];
}
