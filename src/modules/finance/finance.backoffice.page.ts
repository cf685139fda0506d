// Shared by the finance back-office route files: parameters, the page frame, the notice after a save, and
// the one way a posted form is read, saved and answered.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { FormErrors } from '../../lib/form-errors.js';
import { pageContext } from '../../plugins/context.js';
import { localePath } from '../../views/page-context.js';
import { formToken } from '../../platform/staff-area.js';
import { type FinanceForm, type FormValues, readForm } from './finance.form-fields.js';
import { internalFinance, type InternalFinance } from './finance.internal.read.js';
import { assertMay, FieldProblem } from './finance.service.js';

export const slugParams = z.object({ slug: z.string().max(200) });
export const idParams = z.object({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1),
});
const notices = ['gespeichert', 'angelegt'] as const;

/** A problem the service found with one field, as that field's error. */
function problemErrors(err: unknown): FormErrors | null {
  return err instanceof FieldProblem ? { [err.field]: { key: err.messageKey, params: err.params } } : null;
}

/**
 * Reads a posted form and saves its input. When a field is wrong (by the form's own checks or the
 * service's), `again` shows the form once more with the errors and what was typed; else `done` answers
 * with what was saved (a redirect).
 */
export async function submitForm<T, R>(
  body: unknown,
  form: FinanceForm<T>,
  save: (input: T) => Promise<R>,
  again: (failed: { values: FormValues; errors: FormErrors }) => FastifyReply | Promise<FastifyReply>,
  done: (saved: R) => FastifyReply,
): Promise<FastifyReply> {
  const read = readForm(form, body);
  if ('errors' in read) return again(read);
  let saved: R;
  try {
    saved = await save(read.input);
  } catch (err) {
    const errors = problemErrors(err);
    if (errors) return again({ values: read.values, errors });
    throw err;
  }
  return done(saved);
}

/** What every finance page of the back office needs: the page frame, its addresses, the notice after a save. */
export function financePage(app: FastifyInstance) {
  const page = (request: FastifyRequest, reply: FastifyReply) => ({
    ctx: pageContext(request, app.config.publicUrl),
    nav: request.backOfficeNav,
    csrf: formToken(app, request, reply),
  });
  const base = (request: FastifyRequest, path = '') => localePath(request.locale, `/verwaltung/finanzen${path}`);
  const readable = async (request: FastifyRequest): Promise<InternalFinance> => {
    assertMay(request.actor!, 'read');
    return internalFinance(app.db);
  };
  const noticeOf = (request: FastifyRequest) => {
    const hinweis = z
      .enum(notices)
      .optional()
      .catch(undefined)
      .parse((request.query as { hinweis?: string }).hinweis);
    const ctx = pageContext(request, app.config.publicUrl);
    return hinweis === 'angelegt' ? ctx.t('finance.admin.notice.created') : hinweis ? ctx.t('finance.admin.notice.saved') : undefined;
  };

  return { page, base, readable, noticeOf };
}
