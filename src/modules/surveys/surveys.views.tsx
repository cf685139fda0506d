// Public pages of surveys: the list, a survey with its form (or why it cannot be answered here), the
// thank-you page and the published results. Answers are never shown one by one.
import type { ComponentChildren } from 'preact';
import type { FormErrors } from '../../lib/form-errors.js';
import { pick } from '../../lib/localized.js';
import { Alert, Badge, PrivacyNoticeLink, Text } from '../../views/components.js';
import { CsrfField, ErrorSummary, errorText, Honeypot, SubmitButton, TextField } from '../../views/form-fields.js';
import { Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { type FormValues, QuestionFields } from './question-fields.views.js';
import type { SurveyResults } from './results.js';
import { ResultsBlock } from './results.views.js';
import type { SurveyView } from './survey.types.js';

const title = (ctx: PageContext, s: SurveyView) => pick(s.title, ctx.locale)?.text ?? s.slug;

export function ExampleNote({ ctx, survey }: { ctx: PageContext; survey: SurveyView }) {
  return survey.example ? <Alert kind="info" title={ctx.t('surveys.example')} /> : null;
}

function SurveyHeader({ ctx, survey }: { ctx: PageContext; survey: SurveyView }) {
  const { t, locale } = ctx;
  return (
    <>
      <p>
        <a class="kern-link" href={localePath(locale, '/umfragen')}>
          {t('surveys.back')}
        </a>
      </p>
      <h1 class="kern-heading-large">
        <Text ctx={ctx} value={survey.title} />
      </h1>
      <ExampleNote ctx={ctx} survey={survey} />
      <p class="kern-body">
        <Badge kind={survey.state === 'open' ? 'success' : 'info'}>{t(`surveys.state.${survey.state}`)}</Badge>{' '}
        {t(`surveys.access.${survey.access}`)}
      </p>
      {survey.process && (
        <p class="kern-body">
          {t('surveys.partOf')}{' '}
          <a class="kern-link" href={localePath(locale, `/beteiligung/${survey.process.slug}`)}>
            <Text ctx={ctx} value={survey.process.title} />
          </a>
        </p>
      )}
      {survey.description && (
        <p class="kern-body">
          <Text ctx={ctx} value={survey.description} />
        </p>
      )}
    </>
  );
}

export function SurveyListPage({ ctx, surveys }: { ctx: PageContext; surveys: SurveyView[] }) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('surveys.title')} current="surveys">
      <h1 class="kern-heading-large">{t('surveys.title')}</h1>
      <p class="kern-body">{t('surveys.intro')}</p>
      {surveys.length === 0 ? (
        <p class="kern-body">{t('surveys.none')}</p>
      ) : (
        <ul class="kern-list">
          {surveys.map((s) => (
            <li>
              <a class="kern-link" href={localePath(locale, `/umfragen/${s.slug}`)}>
                {title(ctx, s)}
              </a>{' '}
              <Badge kind={s.state === 'open' ? 'success' : 'info'}>{t(`surveys.state.${s.state}`)}</Badge>
              {s.example && <> {t('surveys.exampleShort')}</>}
              {s.resultsPublished && (
                <>
                  {' · '}
                  <a class="kern-link" href={localePath(locale, `/umfragen/${s.slug}/ergebnisse`)}>
                    {t('surveys.results.link')}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/** Why the form is not shown: closed, answered already, or sign in first. */
export type SurveyBlock = 'closed' | 'answered' | 'sign_in' | null;

export function SurveyPage({
  ctx,
  csrf,
  survey,
  block,
  signInHref,
  values,
  errors,
  notice,
}: {
  ctx: PageContext;
  csrf: string;
  survey: SurveyView;
  block: SurveyBlock;
  signInHref: string;
  values: FormValues;
  errors: FormErrors;
  notice?: ComponentChildren;
}) {
  const { t, locale } = ctx;
  const base = localePath(locale, `/umfragen/${survey.slug}`);
  return (
    <Layout ctx={ctx} title={title(ctx, survey)} current="surveys" scripts={['/assets/surveys.js']}>
      <SurveyHeader ctx={ctx} survey={survey} />
      {notice}
      {survey.resultsPublished && (
        <p class="kern-body">
          <a class="kern-link" href={`${base}/ergebnisse`}>
            {t('surveys.results.link')}
          </a>
        </p>
      )}
      {block === 'closed' && <Alert kind="info" title={t('surveys.closed')} />}
      {block === 'answered' && <Alert kind="info" title={t('surveys.answered')} />}
      {block === 'sign_in' && (
        <Alert kind="info" title={t('surveys.signIn')}>
          <p class="kern-body">
            <a class="kern-link" href={signInHref}>
              {t('surveys.signInLink')}
            </a>
          </p>
        </Alert>
      )}
      {block === null && (
        <form method="post" action={base} class="lotse-survey-form" novalidate>
          <ErrorSummary ctx={ctx} errors={errors} />
          <p class="kern-body">{t('surveys.privacy')}</p>
          <CsrfField token={csrf} />
          <Honeypot />
          {survey.access === 'codes' && (
            <TextField
              id="code"
              label={t('surveys.code')}
              hint={t('surveys.codeHint')}
              value={typeof values.code === 'string' ? values.code : ''}
              error={errorText(ctx, errors, 'code')}
              autocomplete="off"
              required
            />
          )}
          <QuestionFields ctx={ctx} survey={survey} values={values} errors={errors} />
          <PrivacyNoticeLink ctx={ctx} section="umfragen" />
          <SubmitButton label={t('surveys.submit')} />
        </form>
      )}
    </Layout>
  );
}

export function ThanksPage({ ctx, survey }: { ctx: PageContext; survey: SurveyView }) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('surveys.thanks')} current="surveys" noindex>
      <h1 class="kern-heading-large">{t('surveys.thanks')}</h1>
      <p class="kern-body">{t('surveys.thanksText')}</p>
      <p class="kern-body">
        <a class="kern-link" href={localePath(locale, `/umfragen/${survey.slug}`)}>
          {title(ctx, survey)}
        </a>
      </p>
    </Layout>
  );
}

export function PublicResultsPage({ ctx, survey, results }: { ctx: PageContext; survey: SurveyView; results: SurveyResults | null }) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={`${t('surveys.results.title')}: ${title(ctx, survey)}`} current="surveys">
      <p>
        <a class="kern-link" href={localePath(locale, `/umfragen/${survey.slug}`)}>
          {t('surveys.results.back')}
        </a>
      </p>
      <h1 class="kern-heading-large">
        {t('surveys.results.title')}: <Text ctx={ctx} value={survey.title} />
      </h1>
      <ExampleNote ctx={ctx} survey={survey} />
      {results ? <ResultsBlock ctx={ctx} survey={survey} results={results} /> : <Alert kind="info" title={t('surveys.results.notYet')} />}
    </Layout>
  );
}
