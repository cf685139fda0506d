// The back office's form for an event: texts in three languages (title and description also in North
// Frisian and Low German), time and place, format, registration.
import type { FormErrors } from '../../lib/form-errors.js';
import { type LocalizedText, pick, translationLocales } from '../../lib/localized.js';
import { BackOfficeLayout, type BackOfficePage } from '../../platform/back-office/frame.js';
import {
  Checkbox,
  CheckboxGroup,
  CsrfField,
  ErrorSummary,
  errorText,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../views/form-fields.js';
import { type PageContext } from '../../views/page-context.js';
import { languageNames } from '../../views/layout.js';
import { type EventFormValues, eventRegionalFields } from './event-form.js';
import { RegionalTextFields } from '../../views/localized-fields.js';
import { eventFormats } from './event.types.js';

function Localized({
  ctx,
  field,
  label,
  values,
  errors,
  long,
  hint,
}: {
  ctx: PageContext;
  field: string;
  label: string;
  values: EventFormValues;
  errors: FormErrors;
  long?: boolean;
  hint?: string;
}) {
  const Field = long ? TextAreaField : TextField;
  return (
    <div>
      <Field
        id={`${field}_de`}
        label={`${label} (${languageNames.de})`}
        hint={hint}
        value={values.text[`${field}_de`] ?? ''}
        error={errorText(ctx, errors, `${field}_de`)}
        lang="de"
      />
      <details class="kern-accordion" open={!!(values.text[`${field}_da`] || values.text[`${field}_en`])}>
        <summary class="kern-accordion__header">
          <span class="kern-title">{ctx.t('form.translationsOf', { field: label })}</span>
        </summary>
        <div class="kern-accordion__body">
          {translationLocales.map((l) => (
            <Field
              id={`${field}_${l}`}
              label={`${label} (${languageNames[l]})`}
              value={values.text[`${field}_${l}`] ?? ''}
              error={errorText(ctx, errors, `${field}_${l}`)}
              lang={l}
            />
          ))}
        </div>
      </details>
    </div>
  );
}

export function EventFormPage({
  ctx,
  nav,
  csrf,
  title,
  action,
  cancel,
  values,
  errors,
  organisers,
  topics,
}: BackOfficePage & {
  title: string;
  action: string;
  cancel: string;
  values: EventFormValues;
  errors: FormErrors;
  organisers: { value: string; label: string }[];
  topics: { slug: string; name: LocalizedText }[];
}) {
  const { t, locale } = ctx;
  return (
    <BackOfficeLayout ctx={ctx} title={title} nav={nav} current="events">
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body">{t('events.admin.formIntro')}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={action} novalidate>
        <CsrfField token={csrf} />
        <fieldset class="kern-fieldset lotse-form-section">
          <legend class="kern-heading-medium">{t('form.section.basics')}</legend>
          <Localized ctx={ctx} field="title" label={t('field.title')} values={values} errors={errors} />
          <Localized
            ctx={ctx}
            field="description"
            label={t('field.description')}
            values={values}
            errors={errors}
            long
            hint={t('events.admin.markdownHint')}
          />
          <SelectField
            id="organiser"
            label={t('events.organiser')}
            value={values.organiser}
            error={errorText(ctx, errors, 'organiser')}
            options={organisers}
          />
          <TextField
            id="project"
            label={t('events.filter.project')}
            hint={t('events.filter.projectHint')}
            value={values.project}
            error={errorText(ctx, errors, 'project')}
          />
          <TextField
            id="process"
            label={t('events.admin.process')}
            hint={t('events.admin.processHint')}
            value={values.process}
            error={errorText(ctx, errors, 'process')}
          />
          <CheckboxGroup
            name="topics"
            legend={t('field.topics')}
            options={topics.map((x) => ({ value: x.slug, label: pick(x.name, locale)!.text }))}
            checked={values.topics}
          />
        </fieldset>
        <fieldset class="kern-fieldset lotse-form-section">
          <legend class="kern-heading-medium">{t('events.admin.timePlace')}</legend>
          <p class="kern-body kern-body--small">{t('events.admin.timeHint')}</p>
          <div class="lotse-decision-row">
            <TextField
              id="startDate"
              type="date"
              label={t('events.admin.startDate')}
              value={values.startDate}
              error={errorText(ctx, errors, 'startDate')}
            />
            <TextField id="startTime" type="time" label={t('events.admin.startTime')} value={values.startTime} />
            <TextField
              id="endDate"
              type="date"
              label={t('events.admin.endDate')}
              hint={t('events.admin.endDateHint')}
              value={values.endDate}
              error={errorText(ctx, errors, 'endDate')}
            />
            <TextField id="endTime" type="time" label={t('events.admin.endTime')} value={values.endTime} />
          </div>
          <SelectField
            id="format"
            label={t('events.format')}
            value={values.format}
            error={errorText(ctx, errors, 'format')}
            options={eventFormats.map((f) => ({ value: f, label: t(`events.format.${f}`) }))}
          />
          <TextField
            id="address"
            label={t('form.address')}
            hint={t('events.admin.addressHint')}
            value={values.address}
            error={errorText(ctx, errors, 'address')}
            lang="de"
          />
          <TextField id="room" label={t('events.admin.room')} value={values.room} lang="de" />
          <Localized
            ctx={ctx}
            field="accessibility"
            label={t('events.accessibility')}
            values={values}
            errors={errors}
            long
            hint={t('events.admin.accessibilityHint')}
          />
          <TextField
            id="onlineUrl"
            type="url"
            label={t('events.admin.onlineUrl')}
            hint={t('events.admin.onlineUrlHint')}
            value={values.onlineUrl}
            error={errorText(ctx, errors, 'onlineUrl')}
          />
        </fieldset>
        <fieldset class="kern-fieldset lotse-form-section">
          <legend class="kern-heading-medium">{t('events.registration.title')}</legend>
          <Checkbox
            id="registrationEnabled"
            name="registrationEnabled"
            label={t('events.admin.registrationEnabled')}
            checked={values.registrationEnabled}
          />
          <div class="lotse-decision-row">
            <TextField
              id="opensDate"
              type="date"
              label={t('events.admin.opensDate')}
              hint={t('events.admin.opensHint')}
              value={values.opensDate}
              error={errorText(ctx, errors, 'opensDate')}
            />
            <TextField id="opensTime" type="time" label={t('events.admin.opensTime')} value={values.opensTime} />
            <TextField
              id="closesDate"
              type="date"
              label={t('events.admin.closesDate')}
              hint={t('events.admin.closesHint')}
              value={values.closesDate}
              error={errorText(ctx, errors, 'closesDate')}
            />
            <TextField id="closesTime" type="time" label={t('events.admin.closesTime')} value={values.closesTime} />
          </div>
          <TextField
            id="capacityOnsite"
            label={t('events.admin.capacityOnsite')}
            hint={t('events.admin.capacityHint')}
            value={values.capacityOnsite}
            error={errorText(ctx, errors, 'capacityOnsite')}
            inputmode="numeric"
          />
          <TextField
            id="capacityOnline"
            label={t('events.admin.capacityOnline')}
            value={values.capacityOnline}
            error={errorText(ctx, errors, 'capacityOnline')}
            inputmode="numeric"
          />
          <Localized
            ctx={ctx}
            field="question"
            label={t('events.admin.question')}
            values={values}
            errors={errors}
            hint={t('events.admin.questionHint')}
          />
          <TextField
            id="reminderHours"
            label={t('events.admin.reminderHours')}
            value={values.reminderHours}
            error={errorText(ctx, errors, 'reminderHours')}
            inputmode="numeric"
          />
          <TextField
            id="retentionDays"
            label={t('events.admin.retentionDays')}
            hint={t('events.admin.retentionHint')}
            value={values.retentionDays}
            error={errorText(ctx, errors, 'retentionDays')}
            inputmode="numeric"
          />
        </fieldset>
        <RegionalTextFields
          ctx={ctx}
          fields={eventRegionalFields.map((f) => ({ name: f, label: t(`field.${f}`), long: f === 'description' }))}
          text={values.text}
          errors={errors}
        />
        <div class="lotse-actions">
          <SubmitButton label={t('events.admin.save')} />
          <a class="kern-btn kern-btn--tertiary" href={cancel}>
            <span class="kern-label">{t('form.cancel')}</span>
          </a>
        </div>
      </form>
    </BackOfficeLayout>
  );
}
