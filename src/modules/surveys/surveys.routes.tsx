// Public routes of surveys: the list, a survey's form, sending it, the thank-you page and the published
// results. Pages with a form are never cached. Anyone-surveys give the browser a random cookie so that it
// answers once; its hash per survey is all that is kept.
import crypto from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CSRF_FIELD, csrfToken, csrfValid } from '../../lib/csrf.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { pageContext } from '../../plugins/context.js';
import { currentResident, residentSignInPath } from '../../platform/resident-session.js';
import { localePath } from '../../views/page-context.js';
import { formValues, readAnswers } from './answers.js';
import { answerOnline, hasAnswered, publicResults, publicSurvey, publicSurveys, type Respondent } from './answering.service.js';
import type { FormValues } from './question-fields.views.js';
import type { SurveyView } from './survey.types.js';
import { PublicResultsPage, type SurveyBlock, SurveyListPage, SurveyPage, ThanksPage } from './surveys.views.js';

export const BROWSER_COOKIE = 'lotse_survey_browser';
const slugParam = z.object({ slug: z.string().max(200) });

export async function surveyPageRoutes(app: FastifyInstance) {
  const secure = app.config.publicUrl.startsWith('https://');

  const browserToken = (request: FastifyRequest, reply: FastifyReply): string => {
    const have = request.cookies[BROWSER_COOKIE];
    if (have && /^[A-Za-z0-9_-]{20,64}$/.test(have)) return have;
    const token = crypto.randomBytes(24).toString('base64url');
    reply.setCookie(BROWSER_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: 365 * 86400 });
    return token;
  };

  const respondentOf = async (
    request: FastifyRequest,
    reply: FastifyReply,
    survey: SurveyView,
    code?: string,
  ): Promise<Respondent | null> => {
    if (survey.access === 'codes') return code ? { kind: 'code', code } : null;
    if (survey.access === 'residents') {
      const resident = await currentResident(app, request);
      return resident ? { kind: 'resident', resident } : null;
    }
    return { kind: 'browser', token: browserToken(request, reply) };
  };

  const blockOf = async (survey: SurveyView, who: Respondent | null): Promise<SurveyBlock> => {
    if (survey.state !== 'open') return 'closed';
    if (survey.access === 'residents' && !who) return 'sign_in';
    return (await hasAnswered(app.db, survey, who)) ? 'answered' : null;
  };

  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    survey: SurveyView,
    opts: { block?: SurveyBlock; values?: FormValues; errors?: FormErrors; status?: number } = {},
  ) => {
    const ctx = pageContext(request, app.config.publicUrl);
    const block = opts.block !== undefined ? opts.block : await blockOf(survey, await respondentOf(request, reply, survey));
    return reply
      .header('cache-control', 'no-store')
      .html(
        <SurveyPage
          ctx={ctx}
          csrf={csrfToken(request, reply, secure)}
          survey={survey}
          block={block}
          signInHref={residentSignInPath(ctx.locale, localePath(ctx.locale, `/umfragen/${survey.slug}`))}
          values={opts.values ?? {}}
          errors={opts.errors ?? {}}
        />,
        opts.status ?? 200,
      );
  };

  app.get('/:lang/umfragen', async (request, reply) => {
    const ctx = pageContext(request, app.config.publicUrl);
    return reply.html(<SurveyListPage ctx={ctx} surveys={await publicSurveys(app.db)} />);
  });

  app.get('/:lang/umfragen/:slug', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    return render(request, reply, await publicSurvey(app.db, slug));
  });

  app.post('/:lang/umfragen/:slug', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const survey = await publicSurvey(app.db, slug);
    const raw = (request.body ?? {}) as Record<string, unknown>;
    const values: FormValues = { ...formValues(raw), ...(typeof raw.code === 'string' ? { code: raw.code.slice(0, 40) } : {}) };
    if (!csrfValid(request, raw[CSRF_FIELD]))
      return render(request, reply, survey, { values, errors: { code: { key: 'signin.csrf' } }, status: 403 });
    const thanks = localePath(request.locale, `/umfragen/${slug}/danke`);
    // Filled in by a bot: the same answer as for a person, nothing is stored.
    if (typeof raw.website === 'string' && raw.website) return reply.redirect(thanks, 303);
    const code = typeof raw.code === 'string' ? raw.code.trim().slice(0, 40) : '';
    const { answers, errors } = readAnswers(survey.questions, raw);
    if (survey.access === 'codes' && !code) errors.code = { key: 'surveys.error.codeMissing' };
    if (Object.keys(errors).length > 0) return render(request, reply, survey, { values, errors, status: 400 });
    const who = await respondentOf(request, reply, survey, code);
    const outcome = await answerOnline(app.db, survey, who, answers, request.client);
    switch (outcome) {
      case 'saved':
        return reply.redirect(thanks, 303);
      case 'sign_in':
        return reply.redirect(residentSignInPath(request.locale, localePath(request.locale, `/umfragen/${slug}`)), 303);
      case 'bad_code':
        return render(request, reply, survey, { values, errors: { code: { key: 'surveys.error.code' } }, status: 400 });
      case 'limited':
        return render(request, reply, survey, { values, errors: { code: { key: 'surveys.error.limited' } }, status: 429 });
      case 'already':
        return render(request, reply, survey, { block: 'answered', status: 409 });
      case 'closed':
        return render(request, reply, survey, { block: 'closed', status: 409 });
    }
  });

  app.get('/:lang/umfragen/:slug/danke', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const survey = await publicSurvey(app.db, slug);
    return reply.html(<ThanksPage ctx={pageContext(request, app.config.publicUrl)} survey={survey} />);
  });

  app.get('/:lang/umfragen/:slug/ergebnisse', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const survey = await publicSurvey(app.db, slug);
    const results = await publicResults(app.db, survey);
    return reply.html(
      <PublicResultsPage ctx={pageContext(request, app.config.publicUrl)} survey={survey} results={results} />,
      results ? 200 : 404,
    );
  });
}
