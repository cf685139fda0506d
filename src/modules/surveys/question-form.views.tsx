// The form that adds a question to a draft survey: kind, text in three languages, options one per line,
// required, limits, scale with its labelled ends, and a condition on an earlier answer. Paper answers
// are entered on PaperAnswerPage with the same fields residents see.
import { locales } from '../../lib/localized.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { BackOfficeLayout, type BackOfficePage } from '../../platform/back-office/frame.js';
import { Text } from '../../views/components.js';
import {
  Checkbox,
  CsrfField,
  ErrorSummary,
  errorText,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../views/form-fields.js';
import { languageNames } from '../../views/layout.js';
import type { PageContext } from '../../views/page-context.js';
import { questionKinds } from '../../db/schema.js';
import { formatDateTime } from '../../lib/format.js';
import { answerLabel, type FormValues, QuestionFields } from './question-fields.views.js';
import type { SurveyView } from './survey.types.js';
import { surveysPath } from './survey-paths.js';

const langs = locales;

export function QuestionForm({
  ctx,
  csrf,
  survey,
  action,
  values,
  errors,
}: {
  ctx: PageContext;
  csrf: string;
  survey: SurveyView;
  action: string;
  values: Record<string, string>;
  errors: FormErrors;
}) {
  const { t } = ctx;
  const conditions = survey.questions.flatMap((q, i) => {
    const answers =
      q.kind === 'yesno' ? ['yes', 'no'] : q.kind === 'single' || q.kind === 'multiple' ? q.options.map((_, n) => String(n)) : [];
    return answers.map((a) => ({
      value: `${q.id}:${a}`,
      label: t('surveys.admin.conditionOption', { number: i + 1, answer: answerLabel(ctx, q, a) }),
    }));
  });
  const field = (name: string, label: string, opts: { hint?: string; type?: string } = {}) => (
    <TextField id={name} label={label} hint={opts.hint} type={opts.type} value={values[name] ?? ''} error={errorText(ctx, errors, name)} />
  );
  return (
    <section aria-labelledby="add-question">
      <h2 class="kern-heading-medium" id="add-question">
        {t('surveys.admin.addQuestion')}
      </h2>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={action} novalidate>
        <CsrfField token={csrf} />
        <SelectField
          id="kind"
          label={t('surveys.admin.kind')}
          value={values.kind ?? 'single'}
          error={errorText(ctx, errors, 'kind')}
          options={questionKinds.map((k) => ({ value: k, label: t(`surveys.kind.${k}`) }))}
        />
        {langs.map((l) => field(`prompt_${l}`, `${t('surveys.admin.question')} (${languageNames[l]})`))}
        {langs.map((l) => (
          <TextAreaField
            id={`options_${l}`}
            label={`${t('surveys.admin.options')} (${languageNames[l]})`}
            hint={l === 'de' ? t('surveys.admin.optionsHint') : undefined}
            value={values[`options_${l}`] ?? ''}
            error={errorText(ctx, errors, `options_${l}`)}
            rows={4}
            lang={l}
          />
        ))}
        <Checkbox id="required" name="required" label={t('surveys.admin.requiredLabel')} checked={values.required === 'on'} />
        {field('minChoices', t('surveys.admin.minChoices'), { type: 'number' })}
        {field('maxChoices', t('surveys.admin.maxChoices'), { type: 'number' })}
        {field('maxLength', t('surveys.admin.maxLength'), { type: 'number' })}
        <SelectField
          id="scale"
          label={t('surveys.admin.scale')}
          value={values.scale ?? '1-5'}
          options={[
            { value: '1-5', label: '1–5' },
            { value: '0-10', label: '0–10' },
          ]}
        />
        {langs.map((l) => field(`low_${l}`, `${t('surveys.admin.lowLabel')} (${languageNames[l]})`))}
        {langs.map((l) => field(`high_${l}`, `${t('surveys.admin.highLabel')} (${languageNames[l]})`))}
        <SelectField
          id="condition"
          label={t('surveys.admin.condition')}
          hint={t('surveys.admin.conditionHint')}
          value={values.condition ?? ''}
          error={errorText(ctx, errors, 'condition')}
          options={[{ value: '', label: t('surveys.admin.noCondition') }, ...conditions]}
        />
        <SubmitButton label={t('surveys.admin.addQuestion')} />
      </form>
    </section>
  );
}

export function PaperAnswerPage({
  ctx,
  nav,
  csrf,
  survey,
  events,
  values,
  errors,
  notice,
}: BackOfficePage & {
  survey: SurveyView;
  events: { id: number; title: string; startsAt: Date }[];
  values: FormValues;
  errors: FormErrors;
  notice?: string | undefined;
}) {
  const { t } = ctx;
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : '');
  return (
    <BackOfficeLayout ctx={ctx} title={t('surveys.admin.paper')} nav={nav} current="surveys">
      <p>
        <a class="kern-link" href={surveysPath(ctx, survey.slug)}>
          {t('surveys.admin.backToSurvey')}
        </a>
      </p>
      <h1 class="kern-heading-large">
        {t('surveys.admin.paper')}: <Text ctx={ctx} value={survey.title} />
      </h1>
      <p class="kern-body">{t('surveys.admin.paperIntro')}</p>
      {notice && (
        <p class="kern-body" role="status">
          {notice}
        </p>
      )}
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={`${surveysPath(ctx, survey.slug)}/papier`} novalidate>
        <CsrfField token={csrf} />
        <SelectField
          id="channel"
          label={t('surveys.results.channel')}
          value={str('channel') || 'paper'}
          error={errorText(ctx, errors, 'channel')}
          options={(['paper', 'event'] as const).map((c) => ({ value: c, label: t(`surveys.channel.${c}`) }))}
        />
        <SelectField
          id="event"
          label={t('surveys.admin.sourceEvent')}
          hint={t('surveys.admin.sourceEventHint')}
          value={str('event')}
          error={errorText(ctx, errors, 'event')}
          options={[
            { value: '', label: t('surveys.admin.noEvent') },
            ...events.map((e) => ({ value: String(e.id), label: `${e.title} (${formatDateTime(e.startsAt, ctx.locale)})` })),
          ]}
        />
        <QuestionFields ctx={ctx} survey={survey} values={values} errors={errors} />
        <SubmitButton label={t('surveys.admin.savePaper')} />
      </form>
    </BackOfficeLayout>
  );
}
