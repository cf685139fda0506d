// Public routes of ideas: bringing one in, an idea's page with its thread, and supporting it. Writing needs
// a signed-in resident; without one the person is sent to sign in and comes back.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CSRF_FIELD, csrfToken, csrfValid } from '../../lib/csrf.js';
import { AppError } from '../../lib/errors.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { pageContext } from '../../plugins/context.js';
import { localePath } from '../../views/page-context.js';
import { commentNotice, placeOf, threadOf, CommentThread } from '../comments/index.js';
import { processView } from './processes.service.js';
import { currentResident, residentSignInPath } from '../../platform/resident-session.js';
import { allTopics } from '../topics/index.js';
import { ideaBody, ideaWindows, publicIdea, setSupport, submitIdea } from './ideas.service.js';
import { IdeaFormPage, IdeaPage } from './ideas.views.js';
import { formErrors } from '../../platform/form-reader.js';

const params = z.object({
  slug: z.string().max(200),
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1),
});
const slugParam = z.object({ slug: z.string().max(200) });

export async function ideaRoutes(app: FastifyInstance) {
  const secure = app.config.publicUrl.startsWith('https://');

  const form = async (
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string,
    values: Record<string, string>,
    errors: FormErrors,
    status = 200,
  ) => {
    const p = await processView(app.db, slug);
    const ctx = pageContext(request, app.config.publicUrl);
    reply.header('cache-control', 'no-store');
    return reply.html(
      <IdeaFormPage ctx={ctx} csrf={csrfToken(request, reply, secure)} p={p} topics={await allTopics(app.db)} form={{ values, errors }} />,
      status,
    );
  };

  app.get('/:lang/beteiligung/:slug/ideen/neu', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const p = await processView(app.db, slug);
    if (!ideaWindows(p).ideasOpen) throw new AppError(409, 'phase_closed', 'ideas.error.closed');
    if (!(await currentResident(app, request))) return reply.redirect(residentSignInPath(request.locale, request.url), 303);
    return form(request, reply, slug, {}, {});
  });

  app.post('/:lang/beteiligung/:slug/ideen', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const raw = (request.body ?? {}) as Record<string, unknown>;
    const values = Object.fromEntries(
      ['title', 'body', 'topic', 'location'].map((k) => [k, typeof raw[k] === 'string' ? raw[k].slice(0, 6000) : '']),
    );
    if (!csrfValid(request, raw[CSRF_FIELD])) return form(request, reply, slug, values, { title: { key: 'signin.csrf' } }, 403);
    const resident = await currentResident(app, request);
    if (!resident)
      return reply.redirect(residentSignInPath(request.locale, localePath(request.locale, `/beteiligung/${slug}/ideen/neu`)), 303);
    if (typeof raw.website === 'string' && raw.website) return reply.redirect(localePath(request.locale, `/beteiligung/${slug}`), 303);
    const parsed = ideaBody.safeParse(raw);
    if (!parsed.success) return form(request, reply, slug, values, formErrors(parsed.error, { max: { body: 5000 } }), 400);
    try {
      const id = await submitIdea(app.db, resident, slug, parsed.data, request.client, request.locale);
      return reply.redirect(`${localePath(request.locale, `/beteiligung/${slug}/ideen/${id}`)}?hinweis=neu`, 303);
    } catch (err) {
      if (err instanceof AppError && err.code === 'unknown_topic')
        return form(request, reply, slug, values, { topic: { key: 'ideas.error.topic' } }, 400);
      throw err;
    }
  });

  app.get('/:lang/beteiligung/:slug/ideen/:id', async (request, reply) => {
    const { slug, id } = params.parse(request.params);
    const resident = await currentResident(app, request);
    const { process, idea, supported } = await publicIdea(app.db, slug, id, resident);
    const ctx = pageContext(request, app.config.publicUrl);
    const csrf = csrfToken(request, reply, secure);
    const place = await placeOf(app.db, { kind: 'idea', ideaId: id });
    const nodes = await threadOf(app.db, place, resident);
    const hinweis = (request.query as { hinweis?: string }).hinweis;
    const notice =
      hinweis === 'neu'
        ? ctx.t('ideas.created')
        : hinweis === 'unterstuetzt'
          ? ctx.t('ideas.supported')
          : commentNotice(ctx, request.query);
    reply.header('cache-control', 'no-store');
    return reply.html(
      <IdeaPage
        ctx={ctx}
        csrf={csrf}
        p={process}
        idea={idea}
        supported={supported}
        windows={ideaWindows(process)}
        resident={resident}
        notice={notice}
        thread={
          <CommentThread
            ctx={ctx}
            csrf={csrf}
            nodes={nodes}
            target={`idea:${id}`}
            resident={resident}
            open={place.open}
            path={place.path}
          />
        }
      />,
    );
  });

  app.post('/:lang/beteiligung/:slug/ideen/:id/unterstuetzen', async (request, reply) => {
    const { slug, id } = params.parse(request.params);
    const raw = (request.body ?? {}) as Record<string, unknown>;
    if (!csrfValid(request, raw[CSRF_FIELD])) throw new AppError(403, 'csrf', 'error.csrf');
    const here = localePath(request.locale, `/beteiligung/${slug}/ideen/${id}`);
    const resident = await currentResident(app, request);
    if (!resident) return reply.redirect(residentSignInPath(request.locale, here), 303);
    const support = raw.support !== 'nein';
    await setSupport(app.db, resident, slug, id, support, request.client);
    return reply.redirect(`${here}${support ? '?hinweis=unterstuetzt' : ''}`, 303);
  });
}
