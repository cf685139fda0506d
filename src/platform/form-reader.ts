// Reading a posted form with its zod schema: the field errors of a form that came back, translated by
// kind, so that every form shows the same words for the same mistake ("too long (at most …)", "missing")
// and each field may name its own message where those would not fit (an e-mail address, a consent).
import type { z } from 'zod';
import type { MessageKey } from '../i18n/index.js';
import type { FormErrors } from '../lib/form-errors.js';

export interface FieldMessages {
  /** The message of a field whose error is not about its length or absence (`email`: "not an e-mail address"). */
  keys?: Partial<Record<string, MessageKey>>;
  /** The length limit named by "too long": one for every field, or per field (else 200). */
  max?: number | Partial<Record<string, number>>;
}

/** One error per field, the first zod found: the field's own message, else "too long" or "missing". */
export function formErrors(error: z.ZodError, { keys = {}, max = 200 }: FieldMessages = {}): FormErrors {
  const errors: FormErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    const key = keys[field] ?? (issue.code === 'too_big' ? 'form.error.tooLong' : 'form.error.required');
    errors[field] ??= { key, params: { max: typeof max === 'number' ? max : (max[field] ?? 200) } };
  }
  return errors;
}
