// Back-office routes of editions under /{lang}/verwaltung/fortschreibungen: the form and publishing.
// The staff area checks the session and the CSRF token; the service checks the policy.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, forbidden } from '../../lib/errors.js';
import { type FormErrors, stringValues } from '../../lib/form-errors.js';
import { pageContext } from '../../plugins/context.js';
import { formErrors } from '../../platform/form-reader.js';
import { formToken } from '../../platform/staff-area.js';
import { localePath } from '../../views/page-context.js';
import { countPublishedProjects } from '../projects/index.js';
import { type EditionFormValues, EditionAdminPage } from './editions.backoffice.views.js';
import { mayPublishEditions } from './editions.policy.js';
import { editionFormSchema } from './editions.schemas.js';
import { editions, publishEdition } from './editions.service.js';

const empty: EditionFormValues = { date: '', reference: '', url: '', project: '' };

export async function editionBackOfficeRoutes(app: FastifyInstance) {
  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    opts: { values?: EditionFormValues; errors?: FormErrors; status?: number; publishedNumber?: number },
  ) =>
    reply.html(
      <EditionAdminPage
        ctx={pageContext(request, app.config.publicUrl)}
        nav={request.backOfficeNav}
        csrf={formToken(app, request, reply)}
        editions={await editions(app.db)}
        published={await countPublishedProjects(app.db)}
        values={opts.values ?? empty}
        errors={opts.errors ?? {}}
        publishedNumber={opts.publishedNumber}
      />,
      opts.status ?? 200,
    );

  app.get('/', async (request, reply) => {
    if (!mayPublishEditions(request.actor!)) throw forbidden();
    const nr = Number((request.query as { nr?: string }).nr);
    return render(request, reply, { ...(Number.isInteger(nr) && nr > 0 ? { publishedNumber: nr } : {}) });
  });

  app.post('/', async (request, reply) => {
    if (!mayPublishEditions(request.actor!)) throw forbidden();
    const fields = (request.body ?? {}) as Record<string, unknown>;
    const raw = stringValues(fields, 2000);
    const values = { date: raw.date ?? '', reference: raw.reference ?? '', url: raw.url ?? '', project: raw.project ?? '' };
    const parsed = editionFormSchema.safeParse(fields);
    if (!parsed.success)
      return render(request, reply, {
        values,
        errors: formErrors(parsed.error, { keys: { date: 'editions.error.date', url: 'editions.error.url' }, max: { url: 2000 } }),
        status: 400,
      });
    try {
      const number = await publishEdition(app.db, request.actor!, {
        date: parsed.data.date,
        reference: parsed.data.reference,
        url: (parsed.data.url as string | undefined) ?? null,
        projectSlug: (parsed.data.project as string | undefined) ?? null,
      });
      return reply.redirect(`${localePath(request.locale, '/verwaltung/fortschreibungen')}?nr=${number}`, 303);
    } catch (err) {
      if (err instanceof AppError && (err.code === 'unknown_project' || err.code === 'unknown_decision'))
        return render(request, reply, { values, errors: { project: { key: err.messageKey } }, status: 400 });
      throw err;
    }
  });
}
