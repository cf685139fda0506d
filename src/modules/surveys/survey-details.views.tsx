// The form of a survey's details (titles, descriptions, who may answer, its process): empty for a new
// survey, filled in to change one. Once someone answered, who may answer and the process can no longer be
// changed: their hints say so, and a change is refused at its field.
import type { FormErrors } from '../../lib/form-errors.js';
import { type LocalizedText, locales } from '../../lib/localized.js';
import { BackOfficeLayout, type BackOfficePage } from '../../platform/back-office/frame.js';
import { CsrfField, ErrorSummary, errorText, SelectField, SubmitButton, TextAreaField, TextField } from '../../views/form-fields.js';
import { languageNames } from '../../views/layout.js';
import { surveysPath } from './survey-paths.js';
import type { SurveyView } from './survey.types.js';

export type SurveyDetailsMode = { kind: 'new' } | { kind: 'edit'; slug: string; title: string; answered: boolean };

/** The form's values of a stored survey, as the browser would send them. */
export function detailsValues(survey: SurveyView): Record<string, string> {
  const text = (prefix: string, v: LocalizedText | null) => Object.fromEntries(locales.map((l) => [`${prefix}_${l}`, v?.[l] ?? '']));
  return {
    ...text('title', survey.title),
    ...text('description', survey.description),
    access: survey.access,
    process: survey.process?.slug ?? '',
  };
}

export function SurveyDetailsPage({
  ctx,
  nav,
  csrf,
  values,
  errors,
  processes,
  mode,
}: BackOfficePage & {
  values: Record<string, string>;
  errors: FormErrors;
  processes: { slug: string; title: string }[];
  mode: SurveyDetailsMode;
}) {
  const { t } = ctx;
  const heading = mode.kind === 'new' ? t('surveys.admin.new') : t('surveys.admin.editTitle', { title: mode.title });
  const back = mode.kind === 'new' ? surveysPath(ctx) : surveysPath(ctx, mode.slug);
  const locked = mode.kind === 'edit' && mode.answered;
  return (
    <BackOfficeLayout ctx={ctx} title={heading} nav={nav} current="surveys">
      <p>
        <a class="kern-link" href={back}>
          {mode.kind === 'new' ? t('surveys.admin.back') : t('surveys.admin.backToSurvey')}
        </a>
      </p>
      <h1 class="kern-heading-large">{heading}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={mode.kind === 'new' ? `${surveysPath(ctx)}/neu` : `${back}/bearbeiten`} novalidate>
        <CsrfField token={csrf} />
        {locales.map((l) => (
          <TextField
            id={`title_${l}`}
            label={`${t('surveys.admin.surveyTitle')} (${languageNames[l]})`}
            value={values[`title_${l}`] ?? ''}
            error={errorText(ctx, errors, `title_${l}`)}
            required={l === 'de'}
            lang={l}
          />
        ))}
        {locales.map((l) => (
          <TextAreaField
            id={`description_${l}`}
            label={`${t('surveys.admin.description')} (${languageNames[l]})`}
            value={values[`description_${l}`] ?? ''}
            error={errorText(ctx, errors, `description_${l}`)}
            rows={3}
            lang={l}
          />
        ))}
        <SelectField
          id="access"
          label={t('surveys.admin.access')}
          hint={locked ? t('surveys.admin.rulesLocked') : t('surveys.admin.accessHint')}
          value={values.access ?? 'anyone'}
          error={errorText(ctx, errors, 'access')}
          options={(['anyone', 'residents', 'codes'] as const).map((a) => ({ value: a, label: t(`surveys.access.${a}`) }))}
        />
        <SelectField
          id="process"
          label={t('surveys.admin.process')}
          hint={locked ? t('surveys.admin.rulesLocked') : undefined}
          value={values.process ?? ''}
          error={errorText(ctx, errors, 'process')}
          options={[{ value: '', label: t('surveys.admin.noProcess') }, ...processes.map((p) => ({ value: p.slug, label: p.title }))]}
        />
        <SubmitButton label={mode.kind === 'new' ? t('surveys.admin.create') : t('surveys.admin.saveDetails')} />
      </form>
    </BackOfficeLayout>
  );
}
