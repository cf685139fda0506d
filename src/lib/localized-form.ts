// Reads a text field that a form sends in three languages (`name_de`, `name_da`, `name_en`): German is
// the source, so a translation without German is an error; too long texts are errors at their field.
import type { FormErrors } from './form-errors.js';
import { type LocalizedText, locales } from './localized.js';

export function localizedField(text: Record<string, string>, field: string, max: number, errors: FormErrors): LocalizedText | null {
  const out: Partial<LocalizedText> = {};
  for (const l of locales) {
    const value = (text[`${field}_${l}`] ?? '').trim();
    if (value.length > max) errors[`${field}_${l}`] = { key: 'form.error.tooLong', params: { max } };
    if (value) out[l] = value;
  }
  if (!out.de && (out.da || out.en)) errors[`${field}_de`] = { key: 'form.error.germanRequired' };
  return out.de ? (out as LocalizedText) : null;
}
