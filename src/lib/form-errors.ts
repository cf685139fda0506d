// Field errors of a form that came back: per field name a message key with its parameters, so the
// page shows each error translated beside its field and in a summary at the top.
import type { MessageKey } from '../i18n/index.js';

export interface FieldError {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export type FormErrors = Record<string, FieldError>;
