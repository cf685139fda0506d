// Back-office pages of surveys: the list and a survey's page with its questions, state, results, codes and
// free texts to moderate. The question form is in question-form.views.tsx, the details form (a new survey,
// changing one) in survey-details.views.tsx.
import type { FormErrors } from '../../lib/form-errors.js';
import { pick } from '../../lib/localized.js';
import { BackOfficeLayout, type BackOfficePage } from '../../platform/back-office/frame.js';
import { Alert, Badge, Text } from '../../views/components.js';
import { CsrfField, SelectField, SubmitButton, TextField } from '../../views/form-fields.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { DataTable, Td, Th, Tr } from '../../views/table.js';
import { QuestionForm } from './question-form.views.js';
import { surveysPath } from './survey-paths.js';
import type { SurveyResults } from './results.js';
import { ResultsBlock } from './results.views.js';
import type { SurveyView, TextAnswer } from './survey.types.js';

function StateBadge({ ctx, survey }: { ctx: PageContext; survey: SurveyView }) {
  return <Badge kind={survey.state === 'open' ? 'success' : 'info'}>{ctx.t(`surveys.state.${survey.state}`)}</Badge>;
}

export function SurveyAdminListPage({ ctx, nav, surveys, mayManage }: BackOfficePage & { surveys: SurveyView[]; mayManage: boolean }) {
  const { t } = ctx;
  return (
    <BackOfficeLayout ctx={ctx} title={t('surveys.admin.title')} nav={nav} current="surveys">
      <h1 class="kern-heading-large">{t('surveys.admin.title')}</h1>
      {mayManage && (
        <p>
          <a class="kern-btn kern-btn--primary" href={`${surveysPath(ctx)}/neu`}>
            <span class="kern-label">{t('surveys.admin.new')}</span>
          </a>
        </p>
      )}
      {surveys.length === 0 ? (
        <p class="kern-body">{t('surveys.none')}</p>
      ) : (
        <DataTable
          caption={t('surveys.admin.caption')}
          striped
          head={
            <>
              <Th>{t('surveys.admin.surveyTitle')}</Th>
              <Th>{t('surveys.admin.stateLabel')}</Th>
              <Th>{t('surveys.admin.access')}</Th>
              <Th>{t('surveys.admin.resultsState')}</Th>
            </>
          }
        >
          {surveys.map((s) => (
            <Tr>
              <Td>
                <a class="kern-link" href={surveysPath(ctx, s.slug)} lang="de">
                  {s.title.de}
                </a>
              </Td>
              <Td>
                <StateBadge ctx={ctx} survey={s} />
              </Td>
              <Td>{t(`surveys.access.${s.access}`)}</Td>
              <Td>{s.resultsPublished ? t('surveys.admin.published') : t('surveys.admin.notPublished')}</Td>
            </Tr>
          ))}
        </DataTable>
      )}
    </BackOfficeLayout>
  );
}

function ActionButton({
  csrf,
  action,
  label,
  name,
  value,
  kind = 'secondary',
}: {
  csrf: string;
  action: string;
  label: string;
  name?: string;
  value?: string;
  kind?: 'primary' | 'secondary';
}) {
  return (
    <form method="post" action={action} class="lotse-inline-form">
      <CsrfField token={csrf} />
      <SubmitButton label={label} kind={kind} name={name} value={value} />
    </form>
  );
}

export function SurveyAdminPage({
  ctx,
  nav,
  csrf,
  survey,
  results,
  codes,
  texts,
  mayManage,
  notice,
  questionForm,
}: BackOfficePage & {
  survey: SurveyView;
  results: SurveyResults;
  codes: { total: number; used: number };
  texts: TextAnswer[];
  mayManage: boolean;
  notice?: string | undefined;
  questionForm: { values: Record<string, string>; errors: FormErrors };
}) {
  const { t } = ctx;
  const base = surveysPath(ctx, survey.slug);
  return (
    <BackOfficeLayout ctx={ctx} title={survey.title.de} nav={nav} current="surveys">
      <p>
        <a class="kern-link" href={surveysPath(ctx)}>
          {t('surveys.admin.back')}
        </a>
      </p>
      <h1 class="kern-heading-large" lang="de">
        {survey.title.de}
      </h1>
      <p class="kern-body">
        <StateBadge ctx={ctx} survey={survey} /> {t(`surveys.access.${survey.access}`)} ·{' '}
        {survey.resultsPublished ? t('surveys.admin.published') : t('surveys.admin.notPublished')} ·{' '}
        <a class="kern-link" href={localePath(ctx.locale, `/umfragen/${survey.slug}`)}>
          {t('surveys.admin.publicPage')}
        </a>
      </p>
      {notice && <Alert kind="success" title={notice} />}
      {mayManage && (
        <div class="lotse-actions">
          {survey.state !== 'open' && (
            <ActionButton csrf={csrf} action={`${base}/status`} name="state" value="open" label={t('surveys.admin.open')} kind="primary" />
          )}
          {survey.state === 'open' && (
            <ActionButton csrf={csrf} action={`${base}/status`} name="state" value="closed" label={t('surveys.admin.close')} />
          )}
          {survey.state !== 'draft' && (
            <ActionButton
              csrf={csrf}
              action={`${base}/ergebnisse`}
              name="publish"
              value={survey.resultsPublished ? 'no' : 'yes'}
              label={survey.resultsPublished ? t('surveys.admin.withdrawResults') : t('surveys.admin.publishResults')}
            />
          )}
          <a class="kern-btn kern-btn--secondary" href={`${base}/bearbeiten`}>
            <span class="kern-label">{t('surveys.admin.edit')}</span>
          </a>
          {survey.state !== 'draft' && (
            <a class="kern-btn kern-btn--secondary" href={`${base}/papier`}>
              <span class="kern-label">{t('surveys.admin.paper')}</span>
            </a>
          )}
        </div>
      )}
      <p class="kern-body">
        <a class="kern-link" href={`${base}/antworten.csv`}>
          {t('surveys.admin.exportCsv')}
        </a>{' '}
        ·{' '}
        <a class="kern-link" href={`${base}/antworten.xlsx`}>
          {t('surveys.admin.exportXlsx')}
        </a>
      </p>
      <h2 class="kern-heading-medium">{t('surveys.admin.questions')}</h2>
      {survey.questions.length === 0 ? (
        <p class="kern-body">{t('surveys.admin.noQuestions')}</p>
      ) : (
        <ol class="kern-list">
          {survey.questions.map((q) => (
            <li>
              <span lang="de">{q.prompt.de}</span> ({t(`surveys.kind.${q.kind}`)}
              {q.required ? `, ${t('surveys.required')}` : ''})
              {mayManage && survey.state === 'draft' && (
                <ActionButton csrf={csrf} action={`${base}/fragen/${q.id}/loeschen`} label={t('surveys.admin.removeQuestion')} />
              )}
            </li>
          ))}
        </ol>
      )}
      {mayManage && survey.state === 'draft' && (
        <QuestionForm ctx={ctx} csrf={csrf} survey={survey} action={`${base}/fragen`} {...questionForm} />
      )}
      {survey.access === 'codes' && (
        <>
          <h2 class="kern-heading-medium">{t('surveys.admin.codes')}</h2>
          <p class="kern-body">{t('surveys.admin.codeCounts', { total: codes.total, used: codes.used })}</p>
          {mayManage && (
            <form method="post" action={`${base}/codes`} novalidate>
              <CsrfField token={csrf} />
              <TextField
                id="count"
                label={t('surveys.admin.codeCount')}
                hint={t('surveys.admin.codeHint')}
                value="20"
                type="number"
                inputmode="numeric"
              />
              <SelectField
                id="format"
                label={t('surveys.admin.codeFormat')}
                value="html"
                options={[
                  { value: 'html', label: t('surveys.admin.codeFormatHtml') },
                  { value: 'pdf', label: t('surveys.admin.codeFormatPdf') },
                ]}
              />
              <SubmitButton label={t('surveys.admin.generateCodes')} />
            </form>
          )}
        </>
      )}
      <h2 class="kern-heading-medium">{t('surveys.admin.texts')}</h2>
      {texts.length === 0 ? (
        <p class="kern-body">{t('surveys.admin.noTexts')}</p>
      ) : (
        <DataTable
          caption={t('surveys.admin.texts')}
          head={
            <>
              <Th>{t('surveys.admin.question')}</Th>
              <Th>{t('surveys.admin.text')}</Th>
              <Th>{t('surveys.admin.stateLabel')}</Th>
              {mayManage && <Th>{t('surveys.admin.moderate')}</Th>}
            </>
          }
        >
          {texts.map((x) => (
            <Tr>
              <Td>{pick(survey.questions.find((q) => q.id === x.questionId)?.prompt, 'de')?.text}</Td>
              <Td>{x.text}</Td>
              <Td>{t(`surveys.textState.${x.state}`)}</Td>
              {mayManage && (
                <Td>
                  {x.state !== 'approved' && (
                    <ActionButton
                      csrf={csrf}
                      action={`${base}/freitexte/${x.responseId}/${x.questionId}`}
                      name="state"
                      value="approved"
                      label={t('surveys.admin.approve')}
                    />
                  )}
                  {x.state !== 'rejected' && (
                    <ActionButton
                      csrf={csrf}
                      action={`${base}/freitexte/${x.responseId}/${x.questionId}`}
                      name="state"
                      value="rejected"
                      label={t('surveys.admin.reject')}
                    />
                  )}
                </Td>
              )}
            </Tr>
          ))}
        </DataTable>
      )}
      <ResultsBlock ctx={ctx} survey={survey} results={results} />
    </BackOfficeLayout>
  );
}

export function CodesPage({ ctx, nav, survey, codes }: BackOfficePage & { survey: SurveyView; codes: string[] }) {
  const { t } = ctx;
  return (
    <BackOfficeLayout ctx={ctx} title={t('surveys.admin.codes')} nav={nav} current="surveys">
      <p class="lotse-no-print">
        <a class="kern-link" href={surveysPath(ctx, survey.slug)}>
          {t('surveys.admin.backToSurvey')}
        </a>
      </p>
      <h1 class="kern-heading-large">
        {t('surveys.admin.codes')}: <Text ctx={ctx} value={survey.title} />
      </h1>
      <Alert kind="warning" title={t('surveys.admin.codesOnce', { count: codes.length })} />
      <ul class="lotse-survey-codes">
        {codes.map((c) => (
          <li>
            <p class="kern-body">
              <Text ctx={ctx} value={survey.title} />
            </p>
            <p class="kern-body">{`${ctx.baseUrl}/${ctx.locale}/umfragen/${survey.slug}`}</p>
            <p class="kern-heading-small lotse-survey-code">{c}</p>
          </li>
        ))}
      </ul>
    </BackOfficeLayout>
  );
}
