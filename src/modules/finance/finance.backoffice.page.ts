// Shared by the finance back-office route files: parameters, the page frame, the notice after a save.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { FormErrors } from '../../lib/form-errors.js';
import { pageContext } from '../../plugins/context.js';
import { localePath } from '../../views/page-context.js';
import { formToken } from '../../platform/staff-area.js';
import { internalFinance, type InternalFinance } from './finance.read.js';
import * as finance from './finance.service.js';

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
export function fieldErrors(err: unknown): FormErrors | null {
  return err instanceof finance.FieldProblem ? { [err.field]: { key: err.messageKey, params: err.params } } : null;
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
    finance.assertMay(request.actor!, 'read');
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
