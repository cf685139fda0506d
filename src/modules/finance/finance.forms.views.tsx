// The forms of the programme record and of a measure, each on its own page.
import { locales } from '../../lib/localized.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { type BackOfficePage } from '../../platform/back-office/frame.js';
import { CsrfField, ErrorSummary, errorText, SelectField, SubmitButton, TextAreaField, TextField } from '../../views/form-fields.js';
import { languageNames } from '../../views/layout.js';
import { base, Frame } from './finance.admin.components.js';
import type { FormValues } from './finance.form-fields.js';
import { FIGURE_ROWS, PHASE_ROWS } from './finance.programme.schemas.js';
import { measureKinds, measureStatuses, progressModes } from './finance.read.js';

export function ProgrammeFormPage({
  ctx,
  nav,
  csrf,
  values,
  errors,
  partners,
}: BackOfficePage & { values: FormValues; errors: FormErrors; partners: { slug: string; name: string }[] }) {
  const { t } = ctx;
  const field = (name: string, label: string, opts: { type?: string; hint?: string; lang?: string } = {}) => (
    <TextField
      id={name}
      label={label}
      type={opts.type}
      hint={opts.hint}
      lang={opts.lang}
      value={values[name] ?? ''}
      error={errorText(ctx, errors, name)}
    />
  );
  return (
    <Frame ctx={ctx} nav={nav} title={t('finance.programmeForm.title')}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={base(ctx, '/programm')} novalidate>
        <CsrfField token={csrf} />
        <fieldset class="kern-fieldset lotse-form-section">
          <legend class="kern-heading-medium">{t('finance.programmeForm.grant')}</legend>
          {field('fundingProgramme', t('finance.grant.programme'), { lang: 'de' })}
          {field('grantReference', t('finance.grant.reference'))}
          {field('grantDate', t('finance.grant.date'), { type: 'date' })}
          {field('fundingRate', t('finance.grant.rate'), { hint: t('finance.programmeForm.rateHint') })}
        </fieldset>
        <fieldset class="kern-fieldset lotse-form-section">
          <legend class="kern-heading-medium">{t('finance.programmeForm.phases')}</legend>
          <p class="kern-body kern-body--small">{t('finance.programmeForm.phasesHint')}</p>
          {Array.from({ length: PHASE_ROWS }, (_, i) => (
            <fieldset class="kern-fieldset lotse-decision-row">
              <legend class="kern-label">{t('finance.programmeForm.phaseRow', { n: i + 1 })}</legend>
              {field(`phase_${i}_code`, t('finance.programmeForm.phaseCode'))}
              {locales.map((l) =>
                field(`phase_${i}_name_${l}`, `${t('finance.programmeForm.phaseName')} (${languageNames[l]})`, { lang: l }),
              )}
              {field(`phase_${i}_start`, t('finance.programmeForm.phaseStart'), { type: 'date' })}
              {field(`phase_${i}_end`, t('finance.programmeForm.phaseEnd'), { type: 'date' })}
              {field(`phase_${i}_months`, t('finance.programmeForm.phaseMonths'))}
            </fieldset>
          ))}
        </fieldset>
        <fieldset class="kern-fieldset lotse-form-section">
          <legend class="kern-heading-medium">{t('finance.programmeForm.figures')}</legend>
          <p class="kern-body kern-body--small">{t('finance.programmeForm.figuresHint')}</p>
          {Array.from({ length: FIGURE_ROWS }, (_, i) => (
            <fieldset class="kern-fieldset lotse-decision-row">
              <legend class="kern-label">{t('finance.programmeForm.figureRow', { n: i + 1 })}</legend>
              {field(`figure_${i}_amount`, t('finance.figures.amount'), { hint: t('finance.programmeForm.amountHint') })}
              {field(`figure_${i}_source`, t('finance.figures.source'), { lang: 'de' })}
              {field(`figure_${i}_asOf`, t('finance.figures.asOf'), { type: 'date' })}
            </fieldset>
          ))}
        </fieldset>
        <fieldset class="kern-fieldset lotse-form-section">
          <legend class="kern-heading-medium">{t('finance.programmeForm.shares')}</legend>
          <p class="kern-body kern-body--small">{t('finance.programmeForm.sharesHint')}</p>
          {partners.map((p) => field(`share_${p.slug}`, p.name))}
        </fieldset>
        <div class="lotse-actions">
          <SubmitButton label={t('finance.admin.save')} />
          <a class="kern-btn kern-btn--tertiary" href={base(ctx)}>
            <span class="kern-label">{t('form.cancel')}</span>
          </a>
        </div>
      </form>
    </Frame>
  );
}

export function MeasureFormPage({
  ctx,
  nav,
  csrf,
  title,
  action,
  cancel,
  values,
  errors,
  parents,
  leads,
}: BackOfficePage & {
  title: string;
  action: string;
  cancel: string;
  values: FormValues;
  errors: FormErrors;
  parents: { value: string; label: string }[];
  leads: { value: string; label: string }[];
}) {
  const { t } = ctx;
  const text = (name: string, label: string, opts: { hint?: string; lang?: string } = {}) => (
    <TextField id={name} label={label} hint={opts.hint} lang={opts.lang} value={values[name] ?? ''} error={errorText(ctx, errors, name)} />
  );
  const select = (name: string, label: string, options: { value: string; label: string }[], hint?: string) => (
    <SelectField id={name} label={label} hint={hint} value={values[name] ?? ''} error={errorText(ctx, errors, name)} options={options} />
  );
  return (
    <Frame ctx={ctx} nav={nav} title={title}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={action} novalidate>
        <CsrfField token={csrf} />
        <fieldset class="kern-fieldset lotse-form-section">
          <legend class="kern-heading-medium">{t('form.section.basics')}</legend>
          {select(
            'kind',
            t('finance.kind'),
            measureKinds.map((k) => ({ value: k, label: t(`finance.kind.${k}`) })),
          )}
          {select('parent', t('finance.measureForm.parent'), [{ value: '', label: t('finance.measureForm.noParent') }, ...parents])}
          {text('code', t('finance.measureForm.code'), { hint: t('finance.measureForm.codeHint') })}
          {locales.map((l) => text(`title_${l}`, `${t('field.title')} (${languageNames[l]})`, { lang: l }))}
          {locales.map((l) => (
            <TextAreaField
              id={`description_${l}`}
              label={`${t('field.description')} (${languageNames[l]})`}
              value={values[`description_${l}`] ?? ''}
              error={errorText(ctx, errors, `description_${l}`)}
              lang={l}
              rows={4}
            />
          ))}
          {text('slug', t('finance.measureForm.slug'), { hint: t('finance.measureForm.slugHint') })}
          {text('position', t('finance.measureForm.position'))}
        </fieldset>
        <fieldset class="kern-fieldset lotse-form-section">
          <legend class="kern-heading-medium">{t('finance.progress')}</legend>
          {select(
            'status',
            t('finance.status'),
            measureStatuses.map((s) => ({ value: s, label: t(`finance.status.${s}`) })),
          )}
          {select(
            'progressMode',
            t('finance.progressMode'),
            progressModes.map((m) => ({ value: m, label: t(`finance.progressMode.${m}`) })),
          )}
          {text('progressPercent', t('finance.progress'), { hint: t('finance.measureForm.progressHint') })}
          {select('lead', t('finance.lead'), [{ value: '', label: t('finance.measureForm.noLead') }, ...leads])}
          {text('projects', t('finance.projects'), { hint: t('finance.measureForm.projectsHint') })}
          <TextAreaField
            id="internalNote"
            label={t('finance.measureForm.internalNote')}
            hint={t('finance.measureForm.internalNoteHint')}
            value={values.internalNote ?? ''}
            error={errorText(ctx, errors, 'internalNote')}
            rows={3}
          />
        </fieldset>
        <div class="lotse-actions">
          <SubmitButton label={t('finance.admin.save')} />
          <a class="kern-btn kern-btn--tertiary" href={cancel}>
            <span class="kern-label">{t('form.cancel')}</span>
          </a>
        </div>
      </form>
    </Frame>
  );
}
