// Public routes of participation: the notice and request forms on a Vorhaben, a request's page with its
// signature form, and the confirmation step behind the e-mailed links (a button, as mail scanners
// follow links). Forms carry a CSRF token and a honeypot; bad input re-renders with field errors.
import { ConfirmStep } from '../../views/confirm-step.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CSRF_FIELD, csrfToken, csrfValid } from '../../lib/csrf.js';
import { type FormErrors, stringValues } from '../../lib/form-errors.js';
import { pageContext } from '../../plugins/context.js';
import { Alert } from '../../views/components.js';
import { localePath } from '../../views/page-context.js';
import { publicProject } from '../projects/index.js';
import { confirm, publicRequest, requestQuorum, sign, startRequest, submitNotice } from './participation.service.js';
import { noticeBody, requestBody, signatureBody } from './participation.schemas.js';
import { NoticeFormPage, RequestFormPage } from './participation.forms.views.js';
import { RequestPage } from './participation.request.views.js';
import { StepPage } from '../../views/layout.js';
import { formErrors } from '../../platform/form-reader.js';

// Where "missing" is not the right word for a field of a notice or a request.
const fieldMessages = {
  keys: { email: 'users.error.email', consent: 'events.error.consent', age: 'participation.error.age' },
  max: 5000,
} as const;

export async function participationRoutes(app: FastifyInstance) {
  const secure = app.config.publicUrl.startsWith('https://');
  const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');

  const checkMail = (request: FastifyRequest, reply: FastifyReply, email: string, back: string) => {
    const ctx = pageContext(request, app.config.publicUrl);
    return noStore(reply).html(
      <StepPage ctx={ctx} title={ctx.t('participation.checkMail')}>
        <Alert kind="success" title={ctx.t('participation.checkMailText', { email })} />
        <p class="kern-body">
          <a class="kern-link" href={back}>
            {ctx.t('participation.back')}
          </a>
        </p>
      </StepPage>,
    );
  };

  const projectOf = async (slug: string) => {
    const project = await publicProject(app.db, slug);
    return { slug: project.slug, title: project.title.de, id: project.id, open: project.publicationState === 'published' };
  };

  for (const [path, kind] of [
    ['hinweis', 'notice'],
    ['anregung', 'request'],
  ] as const) {
    const render = async (
      request: FastifyRequest,
      reply: FastifyReply,
      slug: string,
      form: { values: Record<string, string>; errors: FormErrors },
      status = 200,
    ) => {
      const project = await projectOf(slug);
      const ctx = pageContext(request, app.config.publicUrl);
      const csrf = csrfToken(request, reply, secure);
      const page =
        kind === 'notice' ? (
          <NoticeFormPage ctx={ctx} csrf={csrf} project={project} form={form} />
        ) : (
          <RequestFormPage ctx={ctx} csrf={csrf} project={project} form={form} quorum={await requestQuorum(app.db, project.id)} />
        );
      return noStore(reply).html(page, status);
    };

    app.get(`/:lang/vorhaben/:slug/${path}`, async (request, reply) => {
      const { slug } = request.params as { slug: string };
      return render(request, reply, slug, { values: {}, errors: {} });
    });

    app.post(`/:lang/vorhaben/:slug/${path}`, async (request, reply) => {
      const { slug } = request.params as { slug: string };
      const raw = (request.body ?? {}) as Record<string, unknown>;
      const values = stringValues(raw);
      if (!csrfValid(request, raw[CSRF_FIELD]))
        return render(request, reply, slug, { values, errors: { body: { key: 'signin.csrf' } } }, 403);
      const back = localePath(request.locale, `/vorhaben/${slug}`);
      if (values.website) return checkMail(request, reply, values.email ?? '', back);
      const parsed = (kind === 'notice' ? noticeBody : requestBody).safeParse(raw);
      if (!parsed.success) return render(request, reply, slug, { values, errors: formErrors(parsed.error, fieldMessages) }, 400);
      const result =
        kind === 'notice'
          ? await submitNotice(
              app.db,
              slug,
              parsed.data as z.infer<typeof noticeBody>,
              request.client,
              request.locale,
              app.config.publicUrl,
            )
          : await startRequest(
              app.db,
              slug,
              parsed.data as z.infer<typeof requestBody>,
              request.client,
              request.locale,
              app.config.publicUrl,
            );
      if (result === 'limited') return render(request, reply, slug, { values, errors: { email: { key: 'reset.request.limited' } } }, 429);
      return checkMail(request, reply, parsed.data.email, back);
    });
  }

  const idParams = z.object({
    id: z.coerce
      .number()
      .int()
      .min(1)
      .max(2 ** 31 - 1),
  });
  const renderRequest = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    form: { values: Record<string, string>; errors: FormErrors },
    status = 200,
    notice?: string,
  ) => {
    const r = await publicRequest(app.db, id);
    const ctx = pageContext(request, app.config.publicUrl);
    return noStore(reply).html(
      <RequestPage ctx={ctx} csrf={csrfToken(request, reply, secure)} request={r} form={form} notice={notice} />,
      status,
    );
  };

  app.get('/:lang/beteiligung/anregungen/:id', async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const hinweis = (request.query as { hinweis?: string }).hinweis;
    const ctx = pageContext(request, app.config.publicUrl);
    return renderRequest(
      request,
      reply,
      id,
      { values: {}, errors: {} },
      200,
      hinweis === 'bestaetigt'
        ? ctx.t('participation.confirmed.anregung')
        : hinweis === 'unterschrieben'
          ? ctx.t('participation.confirmed.unterschrift')
          : undefined,
    );
  });

  app.post('/:lang/beteiligung/anregungen/:id/unterschreiben', async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const raw = (request.body ?? {}) as Record<string, unknown>;
    const values = stringValues(raw);
    if (!csrfValid(request, raw[CSRF_FIELD]))
      return renderRequest(request, reply, id, { values, errors: { name: { key: 'signin.csrf' } } }, 403);
    const back = localePath(request.locale, `/beteiligung/anregungen/${id}`);
    if (values.website) return checkMail(request, reply, values.email ?? '', back);
    const parsed = signatureBody.safeParse(raw);
    if (!parsed.success) return renderRequest(request, reply, id, { values, errors: formErrors(parsed.error, fieldMessages) }, 400);
    const result = await sign(app.db, id, parsed.data, request.client, request.locale, app.config.publicUrl);
    if (result === 'limited')
      return renderRequest(request, reply, id, { values, errors: { email: { key: 'reset.request.limited' } } }, 429);
    return checkMail(request, reply, parsed.data.email, back);
  });

  const kindParam = z.enum(['hinweis', 'anregung', 'unterschrift']).catch('hinweis');

  app.get('/:lang/beteiligung/bestaetigen', async (request, reply) => {
    const q = request.query as { art?: string; token?: string };
    const kind = kindParam.parse(q.art);
    const ctx = pageContext(request, app.config.publicUrl);
    return noStore(reply).html(
      <StepPage ctx={ctx} title={ctx.t(`participation.confirm.${kind}`)}>
        <p class="kern-body">{ctx.t('participation.confirm.text')}</p>
        <ConfirmStep
          action={localePath(ctx.locale, '/beteiligung/bestaetigen')}
          csrf={csrfToken(request, reply, secure)}
          hidden={{ art: kind, token: String(q.token ?? '').slice(0, 100) }}
          label={ctx.t(`participation.confirm.${kind}`)}
        />
      </StepPage>,
    );
  });

  app.post('/:lang/beteiligung/bestaetigen', async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const kind = kindParam.parse(body.art);
    const ctx = pageContext(request, app.config.publicUrl);
    const result = csrfValid(request, body[CSRF_FIELD])
      ? await confirm(app.db, kind, typeof body.token === 'string' ? body.token.slice(0, 100) : '', app.config.publicUrl)
      : { ok: false as const };
    if (!result.ok)
      return noStore(reply).html(
        <StepPage ctx={ctx} title={ctx.t(`participation.confirm.${kind}`)}>
          <Alert kind="danger" title={ctx.t('events.confirm.invalid')} />
        </StepPage>,
        410,
      );
    if (result.requestId)
      return reply.redirect(
        `${localePath(ctx.locale, `/beteiligung/anregungen/${result.requestId}`)}?hinweis=${kind === 'anregung' ? 'bestaetigt' : 'unterschrieben'}`,
        303,
      );
    return noStore(reply).html(
      <StepPage ctx={ctx} title={ctx.t('participation.confirm.hinweis')}>
        <Alert kind="success" title={ctx.t('participation.confirmed.hinweis')} />
        <p class="kern-body">
          <a class="kern-link" href={localePath(ctx.locale, `/vorhaben/${result.projectSlug}`)}>
            {ctx.t('participation.backToProject')}
          </a>
        </p>
      </StepPage>,
    );
  });
}
