// Field errors of a form that came back: per field name a message key with its parameters, so the
// page shows each error translated beside its field and in a summary at the top.
import type { MessageKey } from '../i18n/index.js';

export interface FieldError {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export type FormErrors = Record<string, FieldError>;

/** The text fields of a form that came back, cut to a sane length, to fill the form again. */
export function stringValues(raw: Record<string, unknown>, max = 6000): Record<string, string> {
  return Object.fromEntries(
    Object.entries(raw)
      .filter(([, v]) => typeof v === 'string')
      .map(([k, v]) => [k, (v as string).slice(0, max)]),
  );
}
