// Back-office routes of surveys under /{lang}/verwaltung/umfragen: list, new survey, its details changed, a survey's page,
// questions, opening and closing, publishing results, codes (printable page or PDF), paper answers,
// moderating free texts, and the CSV and XLSX export of all answers.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../lib/errors.js';
import { type FormErrors, stringValues } from '../../lib/form-errors.js';
import { localizedField } from '../../lib/localized-form.js';
import { type LocalizedText, pick } from '../../lib/localized.js';
import { pageContext } from '../../plugins/context.js';
import { formErrors } from '../../platform/form-reader.js';
import { formToken } from '../../platform/staff-area.js';
import { processViews } from '../participation/index.js';
import { formValues, readAnswers } from './answers.js';
import { enterPaperAnswer } from './answering.service.js';
import { PaperAnswerPage } from './question-form.views.js';
import { answersCsv, answersWorkbook, codesPdf } from './survey-export.js';
import { surveysPath } from './survey-paths.js';
import { detailsValues, SurveyDetailsPage } from './survey-details.views.js';
import { CodesPage, SurveyAdminListPage, SurveyAdminPage } from './surveys.backoffice.views.js';
import { mayOnSurveys } from './surveys.policy.js';
import { codesFormSchema, paperFormSchema, questionFormSchema, surveyFormSchema } from './surveys.schemas.js';
import * as surveys from './surveys.service.js';

const slugParam = z.object({ slug: z.string().max(200) });
const id = z.coerce
  .number()
  .int()
  .min(1)
  .max(2 ** 31 - 1);
const notices = ['angelegt', 'angaben', 'frage', 'status', 'ergebnisse', 'papier', 'freitext'] as const;

/** The option lists of a question form, aligned by line: German decides how many there are. */
function readOptions(data: { options_de: string[]; options_da: string[]; options_en: string[] }): LocalizedText[] {
  return data.options_de.map((de, i) => ({
    de,
    ...(data.options_da[i] ? { da: data.options_da[i] } : {}),
    ...(data.options_en[i] ? { en: data.options_en[i] } : {}),
  }));
}

function readQuestion(body: Record<string, string>): { input: surveys.QuestionInput } | { errors: FormErrors } {
  const errors: FormErrors = {};
  const prompt = localizedField(body, 'prompt', 500, errors);
  if (!prompt) errors.prompt_de ??= { key: 'form.error.required' };
  const parsed = questionFormSchema.safeParse(body);
  if (!parsed.success) return { errors: { ...errors, ...formErrors(parsed.error, { max: 4000 }) } };
  const d = parsed.data;
  const options = readOptions(d);
  const choice = d.kind === 'single' || d.kind === 'multiple' || d.kind === 'ranking';
  if (choice && (options.length < 2 || options.length > 20)) errors.options_de = { key: 'surveys.error.options' };
  if (d.kind === 'multiple' && d.minChoices !== null && d.maxChoices !== null && d.minChoices > d.maxChoices)
    errors.maxChoices = { key: 'surveys.error.limits' };
  if (d.kind === 'multiple' && (d.maxChoices ?? 0) > options.length) errors.maxChoices = { key: 'surveys.error.limits' };
  const label = (f: string) => localizedField(body, f, 100, errors);
  const [low, high] = [label('low'), label('high')];
  if (Object.keys(errors).length > 0 || !prompt) return { errors };
  const [cq, cv] = d.condition ? d.condition.split(':') : [];
  return {
    input: {
      kind: d.kind,
      prompt,
      options: choice ? options : [],
      required: d.required,
      minChoices: d.kind === 'multiple' ? d.minChoices : null,
      maxChoices: d.kind === 'multiple' ? d.maxChoices : null,
      maxLength: d.kind === 'text' ? d.maxLength : null,
      scale: d.kind === 'scale' ? { min: d.scale === '0-10' ? 0 : 1, max: d.scale === '0-10' ? 10 : 5, low, high } : null,
      condition: cq && cv ? { questionId: Number(cq), value: cv } : null,
    },
  };
}

export async function surveyBackOfficeRoutes(app: FastifyInstance) {
  const page = (request: FastifyRequest, reply: FastifyReply) => ({
    ctx: pageContext(request, app.config.publicUrl),
    nav: request.backOfficeNav,
    csrf: formToken(app, request, reply),
  });
  const here = (request: FastifyRequest, slug?: string) => surveysPath({ locale: request.locale }, slug);
  const body = (request: FastifyRequest) => stringValues((request.body ?? {}) as Record<string, unknown>);

  app.get('/', async (request, reply) => {
    const list = await surveys.staffSurveys(app.db, request.actor!);
    return reply.html(<SurveyAdminListPage {...page(request, reply)} surveys={list} mayManage={mayOnSurveys(request.actor!, 'manage')} />);
  });

  const processOptions = async (request: FastifyRequest) =>
    (await processViews(app.db)).map((p) => ({ slug: p.slug, title: pick(p.title, request.locale)?.text ?? p.slug }));

  /** The details form read and checked; field errors when it cannot be saved as typed. */
  const readDetails = (values: Record<string, string>): { input: surveys.SurveyInput } | { errors: FormErrors } => {
    const errors: FormErrors = {};
    const title = localizedField(values, 'title', 200, errors);
    if (!title) errors.title_de ??= { key: 'form.error.required' };
    const description = localizedField(values, 'description', 4000, errors);
    const parsed = surveyFormSchema.safeParse(values);
    if (!parsed.success) Object.assign(errors, formErrors(parsed.error));
    if (Object.keys(errors).length > 0 || !title || !parsed.success) return { errors };
    return { input: { title, description, access: parsed.data.access, processSlug: parsed.data.process } };
  };
  /** The error of a refused change at the field it belongs to; anything else goes on to the error handler. */
  const detailsRefusal = (err: unknown): FormErrors => {
    if (err instanceof AppError && err.code === 'unknown_process') return { process: { key: 'surveys.error.process' } };
    if (err instanceof AppError && err.code === 'survey_answered_access') return { access: { key: 'surveys.error.answeredRules' } };
    if (err instanceof AppError && err.code === 'survey_answered_process') return { process: { key: 'surveys.error.answeredRules' } };
    throw err;
  };

  app.get('/neu', async (request, reply) => {
    if (!mayOnSurveys(request.actor!, 'manage')) throw new AppError(403, 'forbidden', 'error.forbidden');
    return reply.html(
      <SurveyDetailsPage
        {...page(request, reply)}
        values={{}}
        errors={{}}
        processes={await processOptions(request)}
        mode={{ kind: 'new' }}
      />,
    );
  });

  app.post('/neu', async (request, reply) => {
    if (!mayOnSurveys(request.actor!, 'manage')) throw new AppError(403, 'forbidden', 'error.forbidden');
    const values = body(request);
    const again = async (errors: FormErrors) =>
      reply.html(
        <SurveyDetailsPage
          {...page(request, reply)}
          values={values}
          errors={errors}
          processes={await processOptions(request)}
          mode={{ kind: 'new' }}
        />,
        400,
      );
    const read = readDetails(values);
    if ('errors' in read) return again(read.errors);
    try {
      const slug = await surveys.createSurvey(app.db, request.actor!, read.input);
      return reply.redirect(`${here(request, slug)}?hinweis=angelegt`, 303);
    } catch (err) {
      return again(detailsRefusal(err));
    }
  });

  const detailsPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string,
    form: { values?: Record<string, string>; errors?: FormErrors; status?: number },
  ) => {
    const { survey, answered } = await surveys.surveyForEditing(app.db, request.actor!, slug);
    // The survey's own process stays a choice even when it is not (or no longer) public.
    const own = survey.process;
    const listed = await processOptions(request);
    const processes =
      own && !listed.some((p) => p.slug === own.slug)
        ? [{ slug: own.slug, title: pick(own.title, request.locale)?.text ?? own.slug }, ...listed]
        : listed;
    return reply.html(
      <SurveyDetailsPage
        {...page(request, reply)}
        values={form.values ?? detailsValues(survey)}
        errors={form.errors ?? {}}
        processes={processes}
        mode={{ kind: 'edit', slug, title: survey.title.de, answered }}
      />,
      form.status ?? 200,
    );
  };

  app.get('/:slug/bearbeiten', async (request, reply) => {
    if (!mayOnSurveys(request.actor!, 'manage')) throw new AppError(403, 'forbidden', 'error.forbidden');
    return detailsPage(request, reply, slugParam.parse(request.params).slug, {});
  });

  app.post('/:slug/bearbeiten', async (request, reply) => {
    if (!mayOnSurveys(request.actor!, 'manage')) throw new AppError(403, 'forbidden', 'error.forbidden');
    const { slug } = slugParam.parse(request.params);
    const values = body(request);
    const read = readDetails(values);
    if ('errors' in read) return detailsPage(request, reply, slug, { values, errors: read.errors, status: 400 });
    try {
      await surveys.updateSurveyDetails(app.db, request.actor!, slug, read.input);
      return reply.redirect(`${here(request, slug)}?hinweis=angaben`, 303);
    } catch (err) {
      return detailsPage(request, reply, slug, { values, errors: detailsRefusal(err), status: 400 });
    }
  });

  const overview = async (
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string,
    opts: { notice?: string; questionForm?: { values: Record<string, string>; errors: FormErrors }; status?: number } = {},
  ) => {
    const data = await surveys.staffOverview(app.db, request.actor!, slug);
    return reply.html(
      <SurveyAdminPage
        {...page(request, reply)}
        {...data}
        mayManage={mayOnSurveys(request.actor!, 'manage')}
        notice={opts.notice}
        questionForm={opts.questionForm ?? { values: {}, errors: {} }}
      />,
      opts.status ?? 200,
    );
  };

  app.get('/:slug', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const hinweis = z
      .enum(notices)
      .optional()
      .catch(undefined)
      .parse((request.query as { hinweis?: string }).hinweis);
    const ctx = pageContext(request, app.config.publicUrl);
    return overview(request, reply, slug, { notice: hinweis ? ctx.t(`surveys.admin.notice.${hinweis}`) : undefined });
  });

  app.post('/:slug/fragen', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const values = body(request);
    const read = readQuestion(values);
    if ('errors' in read) {
      await surveys.staffSurvey(app.db, request.actor!, slug, 'manage');
      return overview(request, reply, slug, { questionForm: { values, errors: read.errors }, status: 400 });
    }
    try {
      await surveys.addQuestion(app.db, request.actor!, slug, read.input);
    } catch (err) {
      if (err instanceof AppError && err.code === 'bad_condition')
        return overview(request, reply, slug, {
          questionForm: { values, errors: { condition: { key: 'surveys.error.condition' } } },
          status: 400,
        });
      throw err;
    }
    return reply.redirect(`${here(request, slug)}?hinweis=frage`, 303);
  });

  app.post('/:slug/fragen/:id/loeschen', async (request, reply) => {
    const params = z.object({ slug: z.string().max(200), id }).parse(request.params);
    await surveys.removeQuestion(app.db, request.actor!, params.slug, params.id);
    return reply.redirect(`${here(request, params.slug)}?hinweis=frage`, 303);
  });

  app.post('/:slug/status', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const { state } = z.object({ state: z.enum(['open', 'closed']) }).parse(body(request));
    await surveys.setState(app.db, request.actor!, slug, state);
    return reply.redirect(`${here(request, slug)}?hinweis=status`, 303);
  });

  app.post('/:slug/ergebnisse', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const { publish } = z.object({ publish: z.enum(['yes', 'no']) }).parse(body(request));
    await surveys.setResultsPublished(app.db, request.actor!, slug, publish === 'yes');
    return reply.redirect(`${here(request, slug)}?hinweis=ergebnisse`, 303);
  });

  app.post('/:slug/codes', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const parsed = codesFormSchema.safeParse(body(request));
    if (!parsed.success) {
      await surveys.staffSurvey(app.db, request.actor!, slug, 'manage');
      throw new AppError(400, 'invalid_count', 'surveys.error.count');
    }
    const { survey, codes } = await surveys.generateCodes(app.db, request.actor!, slug, parsed.data.count);
    reply.header('cache-control', 'no-store');
    if (parsed.data.format === 'pdf')
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="codes-${slug}.pdf"`)
        .send(await codesPdf(survey, codes, `${app.config.publicUrl}/de/umfragen/${slug}`));
    return reply.html(<CodesPage {...page(request, reply)} survey={survey} codes={codes} />);
  });

  const paperPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string,
    extra: { values?: Record<string, string | string[]>; errors?: FormErrors; notice?: string; status?: number } = {},
  ) => {
    const survey = await surveys.staffSurvey(app.db, request.actor!, slug, 'manage');
    return reply.html(
      <PaperAnswerPage
        {...page(request, reply)}
        survey={survey}
        events={await surveys.eventChoices(app.db)}
        values={extra.values ?? {}}
        errors={extra.errors ?? {}}
        notice={extra.notice}
      />,
      extra.status ?? 200,
    );
  };

  app.get('/:slug/papier', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const ctx = pageContext(request, app.config.publicUrl);
    const saved = (request.query as { hinweis?: string }).hinweis === 'papier';
    return paperPage(request, reply, slug, saved ? { notice: ctx.t('surveys.admin.notice.papier') } : {});
  });

  app.post('/:slug/papier', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const survey = await surveys.staffSurvey(app.db, request.actor!, slug, 'manage');
    const raw = (request.body ?? {}) as Record<string, unknown>;
    const values = { ...formValues(raw), ...body(request) };
    const source = paperFormSchema.safeParse(raw);
    const { answers, errors } = readAnswers(survey.questions, raw);
    if (!source.success) Object.assign(errors, formErrors(source.error));
    if (Object.keys(errors).length > 0 || !source.success) return paperPage(request, reply, slug, { values, errors, status: 400 });
    try {
      await enterPaperAnswer(app.db, request.actor!, slug, { channel: source.data.channel, eventId: source.data.event }, answers);
    } catch (err) {
      if (err instanceof AppError && (err.code === 'event_required' || err.code === 'unknown_event'))
        return paperPage(request, reply, slug, { values, errors: { event: { key: err.messageKey } }, status: 400 });
      throw err;
    }
    return reply.redirect(`${here(request, slug)}/papier?hinweis=papier`, 303);
  });

  app.post('/:slug/freitexte/:response/:question', async (request, reply) => {
    const params = z.object({ slug: z.string().max(200), response: id, question: id }).parse(request.params);
    const { state } = z.object({ state: z.enum(['approved', 'rejected']) }).parse(body(request));
    await surveys.moderateText(app.db, request.actor!, params.slug, params.response, params.question, state);
    return reply.redirect(`${here(request, params.slug)}?hinweis=freitext`, 303);
  });

  app.get('/:slug/antworten.csv', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const { survey, answers, responses } = await surveys.exportAnswers(app.db, request.actor!, slug);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="antworten-${slug}.csv"`)
      .send(answersCsv(survey, answers, responses, request.locale));
  });

  app.get('/:slug/antworten.xlsx', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const { survey, answers, responses } = await surveys.exportAnswers(app.db, request.actor!, slug);
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="antworten-${slug}.xlsx"`)
      .send(await answersWorkbook(survey, answers, responses, request.locale));
  });
}
