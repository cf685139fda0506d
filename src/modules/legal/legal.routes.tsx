// Public legal pages: /{lang}/impressum, /{lang}/datenschutz, /{lang}/barrierefreiheit and the feedback
// form's post. The pages are the same for everyone but change with the settings, which notify no cache,
// so they are not cached.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_FIELD, csrfToken, csrfValid } from '../../lib/csrf.js';
import { stringValues } from '../../lib/form-errors.js';
import { pageContext } from '../../plugins/context.js';
import { formErrors } from '../../platform/form-reader.js';
import { feedbackBody } from './legal.schemas.js';
import { legalSettings, sendAccessibilityFeedback } from './legal.service.js';
import { processingSections } from './legal.view-model.js';
import { AccessibilityPage, type FeedbackForm, ImprintPage, PrivacyPage } from './legal.views.js';

export async function legalRoutes(app: FastifyInstance) {
  const secure = app.config.publicUrl.startsWith('https://');

  app.get('/:lang/impressum', async (request, reply) =>
    reply.html(<ImprintPage ctx={pageContext(request, app.config.publicUrl)} settings={await legalSettings(app.db)} />),
  );

  app.get('/:lang/datenschutz', async (request, reply) => {
    const ctx = pageContext(request, app.config.publicUrl);
    return reply.html(
      <PrivacyPage ctx={ctx} settings={await legalSettings(app.db)} sections={processingSections(app.processingDeclarations, ctx.t)} />,
    );
  });

  const accessibilityPage = async (request: FastifyRequest, reply: FastifyReply, form: FeedbackForm, status = 200) =>
    reply
      .header('cache-control', 'no-store')
      .html(
        <AccessibilityPage
          ctx={pageContext(request, app.config.publicUrl)}
          settings={await legalSettings(app.db)}
          csrf={csrfToken(request, reply, secure)}
          form={form}
        />,
        status,
      );

  app.get('/:lang/barrierefreiheit', async (request, reply) => accessibilityPage(request, reply, { values: {}, errors: {} }));

  app.post('/:lang/barrierefreiheit/rueckmeldung', async (request, reply) => {
    const raw = (request.body ?? {}) as Record<string, unknown>;
    const values = stringValues(raw);
    if (!csrfValid(request, raw[CSRF_FIELD]))
      return accessibilityPage(request, reply, { values, errors: { message: { key: 'signin.csrf' } } }, 403);
    // A filled-in honeypot is a robot: it is told "sent" and nothing goes out.
    if (values.website) return accessibilityPage(request, reply, { values: {}, errors: {}, sent: true });
    const parsed = feedbackBody.safeParse(raw);
    if (!parsed.success)
      return accessibilityPage(
        request,
        reply,
        {
          values,
          errors: formErrors(parsed.error, { keys: { email: 'users.error.email' }, max: { name: 200, page: 500, message: 5000 } }),
        },
        400,
      );
    const result = await sendAccessibilityFeedback(app.db, parsed.data, {
      client: request.client,
      locale: request.locale,
      siteUrl: app.config.publicUrl,
    });
    if (result === 'limited')
      return accessibilityPage(request, reply, { values, errors: { message: { key: 'legal.accessibility.form.limited' } } }, 429);
    if (result === 'unavailable') return accessibilityPage(request, reply, { values, errors: {} }, 409);
    return accessibilityPage(request, reply, { values: {}, errors: {}, sent: true });
  });
}
