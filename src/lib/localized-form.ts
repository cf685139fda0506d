// Reads a text field that a form sends in several languages (`name_de`, `name_da`, `name_en`, and for some
// fields `name_frr`, `name_nds`): German is the source, so a translation without German is an error; too
// long texts are errors at their field. A form without a language's input simply sends nothing for it.
import type { FormErrors } from './form-errors.js';
import { contentLanguages, type LocalizedText } from './localized.js';

export function localizedField(text: Record<string, string>, field: string, max: number, errors: FormErrors): LocalizedText | null {
  const out: Partial<LocalizedText> = {};
  for (const l of contentLanguages) {
    const value = (text[`${field}_${l}`] ?? '').trim();
    if (value.length > max) errors[`${field}_${l}`] = { key: 'form.error.tooLong', params: { max } };
    if (value) out[l] = value;
  }
  if (!out.de && Object.keys(out).length > 0) errors[`${field}_de`] = { key: 'form.error.germanRequired' };
  return out.de ? (out as LocalizedText) : null;
}
