// /{lang}/verwaltung/rechtliches: admins edit the installation's legal details.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../../lib/errors.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { stringValues } from '../../lib/form-errors.js';
import { pageContext } from '../../plugins/context.js';
import { formErrors } from '../../platform/form-reader.js';
import { formToken } from '../../platform/staff-area.js';
import { LegalSettingsPage } from './legal.backoffice.views.js';
import { mayEditLegal } from './legal.policy.js';
import { type LegalSettings, settingsFromForm } from './legal.schemas.js';
import { legalSettings, saveLegalSettings } from './legal.service.js';

/** The stored settings as the form's flat fields. */
function formValues(s: LegalSettings): Record<string, string> {
  const { knownBarriers, evaluationMethod, ...flat } = s;
  return {
    ...flat,
    ...Object.fromEntries(Object.entries(knownBarriers).map(([l, v]) => [`knownBarriers_${l}`, v])),
    ...Object.fromEntries(Object.entries(evaluationMethod).map(([l, v]) => [`evaluationMethod_${l}`, v])),
  };
}

/** A field error inside a per-language object names the flat field of the form (`knownBarriers_de`). */
const flatIssues = (error: z.ZodError) =>
  ({
    issues: error.issues.map((i) => (i.path.length > 1 ? { ...i, path: [`${String(i.path[0])}_${String(i.path[1])}`] } : i)),
  }) as z.ZodError;

export async function legalBackOfficeRoutes(app: FastifyInstance) {
  const page = (
    request: FastifyRequest,
    reply: FastifyReply,
    values: Record<string, string>,
    errors: FormErrors,
    saved: boolean,
    status = 200,
  ) =>
    reply.html(
      <LegalSettingsPage
        ctx={pageContext(request, app.config.publicUrl)}
        nav={request.backOfficeNav}
        csrf={formToken(app, request, reply)}
        values={values}
        errors={errors}
        saved={saved}
      />,
      status,
    );

  app.get('/', async (request, reply) => {
    if (!mayEditLegal(request.actor!)) throw new AppError(403, 'forbidden', 'error.forbidden');
    return page(
      request,
      reply,
      formValues(await legalSettings(app.db)),
      {},
      (request.query as { gespeichert?: string }).gespeichert === '1',
    );
  });

  app.post('/', async (request, reply) => {
    if (!mayEditLegal(request.actor!)) throw new AppError(403, 'forbidden', 'error.forbidden');
    const values = stringValues((request.body ?? {}) as Record<string, unknown>);
    const parsed = settingsFromForm(values);
    if (!parsed.success) {
      const errors = formErrors(flatIssues(parsed.error), {
        keys: { email: 'legal.settings.error.email', evaluationDate: 'legal.settings.error.date' },
        max: 5000,
      });
      return page(request, reply, values, errors, false, 400);
    }
    await saveLegalSettings(app.db, request.actor!, parsed.data);
    return reply.redirect(`/${request.locale}/verwaltung/rechtliches?gespeichert=1`, 303);
  });
}
