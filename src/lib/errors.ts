// The one error type of the application: an HTTP status, a stable machine-readable code, and a
// message key from the catalogues so that every error reaches the user translated.
import type { MessageKey } from '../i18n/index.js';

export class AppError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    public readonly messageKey: MessageKey,
    public readonly params: Record<string, string | number> = {},
    public readonly details?: unknown,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = (what = 'resource') => new AppError(404, 'not_found', 'error.notFound.text', { what });
export const forbidden = () => new AppError(403, 'forbidden', 'error.forbidden');
