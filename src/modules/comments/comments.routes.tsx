// Public routes of comments: the discussion page of a Vorhaben, and writing, editing and reporting a
// comment (signed-in residents; CSRF, honeypot, per-account and per-client limits). Idea pages show
// their thread themselves (ideas.routes.tsx).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { commentNotice, CommentErrorPage, DiscussionPage } from './comments.views.js';
import { z } from 'zod';
import { CSRF_FIELD, csrfToken, csrfValid } from '../../lib/csrf.js';
import { AppError } from '../../lib/errors.js';
import { pageContext } from '../../plugins/context.js';
import { localePath } from '../../views/page-context.js';
import { currentResident, type Resident, residentSignInPath } from '../../platform/resident-session.js';
import { type TextLanguageChoice, textLanguageChoice } from '../../lib/text-language.js';
import {
  addComment,
  type CommentTarget,
  commentBody,
  editComment,
  placeOf,
  placeOfComment,
  quoteBody,
  reportBody,
  reportComment,
  threadOf,
} from './comments.service.js';

const idParam = z.object({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1),
});
const targetParam = z.union([
  z
    .string()
    .regex(/^project:[a-z0-9-]{1,200}$/)
    .transform((s): CommentTarget => ({ kind: 'project', slug: s.slice(8) })),
  z
    .string()
    .regex(/^idea:\d{1,9}$/)
    .transform((s): CommentTarget => ({ kind: 'idea', ideaId: Number(s.slice(5)) })),
  z
    .string()
    .regex(/^section:\d{1,9}$/)
    .transform((s): CommentTarget => ({ kind: 'section', sectionId: Number(s.slice(8)) })),
]);

export async function commentRoutes(app: FastifyInstance) {
  const secure = app.config.publicUrl.startsWith('https://');

  app.get('/:lang/vorhaben/:slug/diskussion', async (request, reply) => {
    const { slug } = z.object({ slug: z.string().max(200) }).parse(request.params);
    const place = await placeOf(app.db, { kind: 'project', slug });
    const resident = await currentResident(app, request);
    const ctx = pageContext(request, app.config.publicUrl);
    const nodes = await threadOf(app.db, place, resident);
    reply.header('cache-control', 'no-store');
    return reply.html(
      <DiscussionPage
        ctx={ctx}
        csrf={csrfToken(request, reply, secure)}
        nodes={nodes}
        target={`project:${slug}`}
        resident={resident}
        open={place.open}
        path={place.path}
        title={place.projectTitle}
        slug={slug}
        notice={commentNotice(ctx, request.query)}
      />,
    );
  });

  /** Renders a form that came back with a field error on its own page (status 400). */
  const again = (
    request: FastifyRequest,
    reply: FastifyReply,
    action: string,
    hidden: Record<string, string>,
    field: 'body' | 'reason',
    value: string,
    back: string,
    error: z.ZodError | null,
    quote?: { value: string; error?: string },
  ) => {
    const ctx = pageContext(request, app.config.publicUrl);
    const tooLong = error?.issues.some((i) => i.code === 'too_big') ?? false;
    return reply.html(
      <CommentErrorPage
        ctx={ctx}
        csrf={csrfToken(request, reply, secure)}
        action={action}
        hidden={hidden}
        field={field}
        label={ctx.t(field === 'reason' ? 'comments.reportReason' : 'comments.new')}
        value={value}
        error={error ? ctx.t(tooLong ? 'form.error.tooLong' : 'form.error.required', { max: field === 'reason' ? 1000 : 3000 }) : undefined}
        quote={quote}
        back={back}
      />,
      400,
    );
  };

  /** The writer's language choice, kept when a form comes back with an error. */
  const choiceOf = (raw: Record<string, unknown>): TextLanguageChoice => textLanguageChoice.parse(raw.sprache);

  const bodyOf = (request: FastifyRequest) => {
    const raw = (request.body ?? {}) as Record<string, unknown>;
    if (!csrfValid(request, raw[CSRF_FIELD])) throw new AppError(403, 'csrf', 'error.csrf');
    return raw;
  };

  app.post('/:lang/kommentare', async (request, reply) => {
    const raw = bodyOf(request);
    const target = targetParam.safeParse(raw.target);
    if (!target.success) throw new AppError(400, 'bad_target', 'comments.error.parent');
    const place = await placeOf(app.db, target.data);
    const back = localePath(request.locale, place.path);
    const resident = await currentResident(app, request);
    if (!resident) return reply.redirect(residentSignInPath(request.locale, back), 303);
    if (typeof raw.website === 'string' && raw.website) return reply.redirect(back, 303);
    const parent = raw.parent === undefined || raw.parent === '' ? null : idParam.shape.id.safeParse(raw.parent);
    if (parent && !parent.success) throw new AppError(400, 'unknown_parent', 'comments.error.parent');
    const parsed = commentBody.safeParse(raw);
    const hidden: Record<string, string> = {
      target: String(raw.target),
      ...(parent ? { parent: String(parent.data) } : {}),
      sprache: choiceOf(raw),
    };
    const bodyText = (typeof raw.body === 'string' ? raw.body : '').slice(0, 6000);
    // Only a consultation's section takes a quoted passage, and only a new comment, not a reply.
    const quoting = target.data.kind === 'section' && !parent;
    const quoteText = quoting && typeof raw.quote === 'string' ? raw.quote.slice(0, 2000) : '';
    const quote = quoteBody.safeParse({ quote: quoteText });
    const quoteField = (error?: string) => (quoting ? { value: quoteText, ...(error ? { error } : {}) } : undefined);
    if (!parsed.success || !quote.success) {
      const ctx = pageContext(request, app.config.publicUrl);
      return again(
        request,
        reply,
        localePath(request.locale, '/kommentare'),
        hidden,
        'body',
        bodyText,
        back,
        parsed.success ? null : parsed.error,
        quoteField(quote.success ? undefined : ctx.t('form.error.tooLong', { max: 1000 })),
      );
    }
    try {
      const { id } = await addComment(
        app.db,
        resident,
        target.data,
        parent ? parent.data : null,
        { body: parsed.data.body, choice: parsed.data.sprache, pageLocale: request.locale },
        request.client,
        quoting ? (quote.data.quote ?? null) : null,
      );
      return reply.redirect(`${back}#kommentar-${id}`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'unknown_quote') throw err;
      const ctx = pageContext(request, app.config.publicUrl);
      return again(
        request,
        reply,
        localePath(request.locale, '/kommentare'),
        hidden,
        'body',
        bodyText,
        back,
        null,
        quoteField(ctx.t('comments.error.quote')),
      );
    }
  });

  /** Edit and report act on one comment: the resident's own session, a body that parses, then the service. */
  const onComment = (
    action: 'bearbeiten' | 'melden',
    field: 'body' | 'reason',
    run: (resident: Resident, id: number, text: string, request: FastifyRequest, choice: TextLanguageChoice) => Promise<unknown>,
    done: string,
  ) =>
    app.post(`/:lang/kommentare/:id/${action}`, async (request, reply) => {
      const { id } = idParam.parse(request.params);
      const raw = bodyOf(request);
      const { place } = await placeOfComment(app.db, id);
      const back = localePath(request.locale, place.path);
      const resident = await currentResident(app, request);
      if (!resident) return reply.redirect(residentSignInPath(request.locale, back), 303);
      const parsed = (field === 'body' ? commentBody : reportBody).safeParse(raw);
      if (!parsed.success)
        return again(
          request,
          reply,
          localePath(request.locale, `/kommentare/${id}/${action}`),
          field === 'body' ? { sprache: choiceOf(raw) } : {},
          field,
          (typeof raw[field] === 'string' ? raw[field] : '').slice(0, 6000),
          back,
          parsed.error,
        );
      await run(
        resident,
        id,
        field === 'body' ? (parsed.data as { body: string }).body : (parsed.data as { reason: string }).reason,
        request,
        choiceOf(raw),
      );
      return reply.redirect(`${back}?hinweis=${done}#kommentar-${id}`, 303);
    });

  onComment(
    'bearbeiten',
    'body',
    (resident, id, body, request, choice) =>
      editComment(app.db, resident, id, { body, choice, pageLocale: request.locale }, request.client),
    'gespeichert',
  );
  onComment(
    'melden',
    'reason',
    (resident, id, reason, request) => reportComment(app.db, resident, id, reason, request.client, app.config.publicUrl),
    'gemeldet',
  );
}
