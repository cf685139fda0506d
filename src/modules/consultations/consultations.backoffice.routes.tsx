// Back-office routes of consultations under /{lang}/verwaltung/konsultationen: list, new consultation
// (text typed or a .md/.txt file), a consultation's page, its details, the draft's text and its
// sections' change notes, a new version, publishing, answering and weighing a comment, the adoption.
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../lib/errors.js';
import { type FormErrors, stringValues } from '../../lib/form-errors.js';
import { localizedField } from '../../lib/localized-form.js';
import { pick } from '../../lib/localized.js';
import { pageContext } from '../../plugins/context.js';
import { formErrors } from '../../platform/form-reader.js';
import { formToken } from '../../platform/staff-area.js';
import { staffConsultationPath } from './consultation-paths.js';
import { NewConsultationPage } from './consultation-fields.views.js';
import {
  ConsultationAdminListPage,
  type ConsultationAdminProps,
  ConsultationAdminPage,
  detailValues,
} from './consultations.backoffice.views.js';
import { mayUseConsultations } from './consultations.policy.js';
import {
  adoptFormSchema,
  MAX_FILE_BYTES,
  MAX_TEXT,
  periodFormSchema,
  publishFormSchema,
  sectionNoteSchema,
  weighFormSchema,
} from './consultations.schemas.js';
import * as read from './consultations.read.js';
import * as service from './consultations.service.js';

const slugParam = z.object({ slug: z.string().max(200) });
const sectionParam = slugParam.extend({ anchor: z.string().max(100) });
const commentParam = slugParam.extend({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1),
});
const notices = ['angelegt', 'angaben', 'entwurf', 'abschnitt', 'fassung', 'veroeffentlicht', 'abwaegung', 'beschluss'] as const;
type Notice = (typeof notices)[number];

type Uploaded = { name: string; content: Buffer };

/** The draft's text: from the uploaded file when one was chosen, else from the text field. */
function readText(raw: Record<string, unknown>, errors: FormErrors): string | null {
  const file = raw.file as Uploaded | undefined;
  if (file && typeof file === 'object' && file.content?.length) {
    if (!/\.(md|markdown|txt)$/i.test(file.name)) {
      errors.file = { key: 'consultations.error.fileType' };
      return null;
    }
    const text = new TextDecoder('utf-8', { fatal: false }).decode(file.content);
    if (text.includes('\u0000') || text.includes('\uFFFD')) {
      errors.file = { key: 'consultations.error.fileEncoding' };
      return null;
    }
    return text;
  }
  const text = typeof raw.text === 'string' ? raw.text : '';
  if (text.length > MAX_TEXT) errors.text = { key: 'form.error.tooLong', params: { max: MAX_TEXT } };
  if (!text.trim()) errors.text ??= { key: 'form.error.required' };
  return errors.text ? null : text;
}

/** Title, summary and period of the form; their errors at their fields. */
function readDetails(values: Record<string, string>, errors: FormErrors): service.DetailsInput | null {
  const title = localizedField(values, 'title', 200, errors);
  if (!title) errors.title_de ??= { key: 'form.error.required' };
  const summary = localizedField(values, 'summary', 2000, errors);
  const period = periodFormSchema.safeParse(values);
  if (!period.success) Object.assign(errors, formErrors(period.error));
  else if (period.data.startsOn > period.data.endsOn) errors.endsOn = { key: 'consultations.error.period' };
  if (!title || !period.success || Object.keys(errors).length) return null;
  return { title, summary, ...period.data };
}

const textError = (err: unknown): FormErrors | null => (err instanceof service.TextError ? { text: { key: err.messageKey } } : null);

export async function consultationBackOfficeRoutes(app: FastifyInstance) {
  // The text forms may carry a file; their fields (with the CSRF token) land in request.body before the staff area's check.
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 20, fieldSize: MAX_TEXT * 4 },
    onFile: async (part) => {
      (part as unknown as { value: unknown }).value = { name: part.filename || 'entwurf.md', content: await part.toBuffer() };
    },
  });

  const page = (request: FastifyRequest, reply: FastifyReply) => ({
    ctx: pageContext(request, app.config.publicUrl),
    nav: request.backOfficeNav,
    csrf: formToken(app, request, reply),
  });
  const raw = (request: FastifyRequest) => (request.body ?? {}) as Record<string, unknown>;
  const here = (request: FastifyRequest, slug: string, notice?: Notice, hash = '') =>
    `${staffConsultationPath({ locale: request.locale }, slug)}${notice ? `?hinweis=${notice}` : ''}${hash}`;
  const allowed = (request: FastifyRequest) => {
    if (!mayUseConsultations(request.actor!)) throw new AppError(403, 'forbidden', 'error.forbidden');
  };

  const choices = async (request: FastifyRequest) =>
    (await service.processOptions(app.db, request.actor!)).map((p) => ({
      slug: p.slug,
      title: pick(p.title, request.locale)?.text ?? p.slug,
    }));

  app.get('/', async (request, reply) => {
    const list = await read.staffConsultations(app.db, request.actor!);
    return reply.html(<ConsultationAdminListPage {...page(request, reply)} consultations={list} />);
  });

  app.get('/neu', async (request, reply) => {
    allowed(request);
    return reply.html(<NewConsultationPage {...page(request, reply)} values={{}} errors={{}} processes={await choices(request)} />);
  });

  app.post('/neu', async (request, reply) => {
    allowed(request);
    const body = raw(request);
    const values = stringValues(body, MAX_TEXT);
    const errors: FormErrors = {};
    const details = readDetails(values, errors);
    const text = readText(body, errors);
    if (!values.process) errors.process = { key: 'consultations.error.process' };
    const again = async (e: FormErrors) =>
      reply.html(<NewConsultationPage {...page(request, reply)} values={values} errors={e} processes={await choices(request)} />, 400);
    if (!details || text === null || Object.keys(errors).length) return again(errors);
    try {
      const slug = await service.createConsultation(app.db, request.actor!, { ...details, processSlug: values.process!, text });
      return reply.redirect(here(request, slug, 'angelegt'), 303);
    } catch (err) {
      if (err instanceof AppError && err.code === 'unknown_process') return again({ process: { key: 'consultations.error.process' } });
      const e = textError(err);
      if (e) return again(e);
      throw err;
    }
  });

  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string,
    opts: Partial<ConsultationAdminProps> & { status?: number } = {},
  ) => {
    const consultation = await read.staffConsultation(app.db, request.actor!, slug);
    const comments = await read.commentsOf(app.db, consultation, false);
    const { hinweis } = z.object({ hinweis: z.enum(notices).optional() }).parse(request.query);
    const ctx = pageContext(request, app.config.publicUrl);
    return reply.html(
      <ConsultationAdminPage
        {...page(request, reply)}
        consultation={consultation}
        comments={comments}
        summary={read.weighingSummary(comments.filter((c) => !c.hidden))}
        decisions={await service.adoptableDecisions(app.db, consultation)}
        notice={opts.notice ?? (hinweis ? ctx.t(`consultations.notice.${hinweis}`) : undefined)}
        details={opts.details ?? { values: detailValues(consultation), errors: {} }}
        draftForm={opts.draftForm ?? { values: {}, errors: {} }}
        publishErrors={opts.publishErrors ?? {}}
        adoptErrors={opts.adoptErrors ?? {}}
        weighForm={opts.weighForm}
      />,
      opts.status ?? 200,
    );
  };

  app.get('/:slug', async (request, reply) => show(request, reply, slugParam.parse(request.params).slug));

  app.post('/:slug/angaben', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const values = stringValues(raw(request));
    const errors: FormErrors = {};
    const details = readDetails(values, errors);
    if (!details) return show(request, reply, slug, { details: { values, errors }, status: 400 });
    await service.updateDetails(app.db, request.actor!, slug, details);
    return reply.redirect(here(request, slug, 'angaben'), 303);
  });

  app.post('/:slug/entwurf', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const body = raw(request);
    const errors: FormErrors = {};
    const text = readText(body, errors);
    const values = { text: typeof body.text === 'string' ? body.text.slice(0, MAX_TEXT) : '' };
    if (text === null) return show(request, reply, slug, { draftForm: { values, errors }, status: 400 });
    try {
      await service.saveDraftText(app.db, request.actor!, slug, text);
    } catch (err) {
      const e = textError(err);
      if (e) return show(request, reply, slug, { draftForm: { values: { text }, errors: e }, status: 400 });
      throw err;
    }
    return reply.redirect(here(request, slug, 'entwurf', '#entwurf'), 303);
  });

  app.post('/:slug/entwurf/abschnitte/:anchor', async (request, reply) => {
    const { slug, anchor } = sectionParam.parse(request.params);
    const parsed = sectionNoteSchema.safeParse(raw(request));
    if (!parsed.success) throw new AppError(400, 'bad_note', 'consultations.error.comment');
    await service.saveSectionNote(app.db, request.actor!, slug, anchor, parsed.data.note || null, parsed.data.comments);
    return reply.redirect(here(request, slug, 'abschnitt', '#entwurf'), 303);
  });

  app.post('/:slug/neue-fassung', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    await service.startRevision(app.db, request.actor!, slug);
    return reply.redirect(here(request, slug, 'fassung', '#entwurf'), 303);
  });

  app.post('/:slug/veroeffentlichen', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const parsed = publishFormSchema.safeParse(stringValues(raw(request)));
    const changeNote = parsed.success ? parsed.data.changeNote || null : null;
    if (!parsed.success)
      return show(request, reply, slug, {
        publishErrors: { changeNote: { key: 'form.error.tooLong', params: { max: 4000 } } },
        status: 400,
      });
    try {
      await service.publishDraft(app.db, request.actor!, slug, changeNote);
    } catch (err) {
      if (err instanceof AppError && err.code === 'change_note')
        return show(request, reply, slug, { publishErrors: { changeNote: { key: 'consultations.error.changeNote' } }, status: 400 });
      throw err;
    }
    return reply.redirect(here(request, slug, 'veroeffentlicht'), 303);
  });

  app.post('/:slug/kommentare/:id/abwaegung', async (request, reply) => {
    const { slug, id } = commentParam.parse(request.params);
    const values = stringValues(raw(request));
    const parsed = weighFormSchema.safeParse(values);
    if (!parsed.success)
      return show(request, reply, slug, {
        weighForm: { commentId: id, values, errors: formErrors(parsed.error, { max: 3000 }) },
        status: 400,
      });
    await service.weighComment(app.db, request.actor!, slug, id, parsed.data);
    return reply.redirect(here(request, slug, 'abwaegung', `#kommentar-${id}`), 303);
  });

  app.post('/:slug/beschluss', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const parsed = adoptFormSchema.safeParse(stringValues(raw(request)));
    if (!parsed.success) return show(request, reply, slug, { adoptErrors: formErrors(parsed.error), status: 400 });
    try {
      await service.adoptVersion(app.db, request.actor!, slug, parsed.data);
    } catch (err) {
      if (err instanceof AppError && (err.code === 'unknown_decision' || err.code === 'unknown_version'))
        return show(request, reply, slug, {
          adoptErrors: err.code === 'unknown_decision' ? { reference: { key: err.messageKey } } : { version: { key: err.messageKey } },
          status: 400,
        });
      throw err;
    }
    return reply.redirect(here(request, slug, 'beschluss', '#beschluss'), 303);
  });
}
