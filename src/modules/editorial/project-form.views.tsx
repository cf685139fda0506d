// The edit form of a Vorhaben (every field, German required, Danish and English optional; title and
// description also in North Frisian and Low German). A plain form: it works without JavaScript.
import { translationLocales } from '../../lib/localized.js';
import { projectStatuses } from '../projects/index.js';
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
import type { PageContext } from '../../views/page-context.js';
import { languageNames } from '../../views/layout.js';
import { RegionalTextFields } from '../../views/localized-fields.js';
import { type FormErrors, type ProjectFormValues, regionalFields, type TranslatedField } from './project-form.js';
import type { MessageKey } from '../../i18n/index.js';

const textLabel: Record<TranslatedField, MessageKey> = {
  title: 'field.title',
  description: 'field.description',
  goals: 'field.goals',
  statusText: 'form.statusText',
  nextSteps: 'field.nextSteps',
  expectedDuration: 'field.expectedDuration',
  participationText: 'form.participationText',
  furtherInfo: 'field.furtherInfo',
};

function Translated({
  ctx,
  field,
  values,
  errors,
  long,
}: {
  ctx: PageContext;
  field: TranslatedField;
  values: ProjectFormValues;
  errors: FormErrors;
  long?: boolean;
}) {
  const label = ctx.t(textLabel[field]);
  const Field = long ? TextAreaField : TextField;
  const hasOther = !!(values.text[`${field}_da`] || values.text[`${field}_en`] || errors[`${field}_da`] || errors[`${field}_en`]);
  return (
    <div>
      <Field
        id={`${field}_de`}
        label={`${label} (${languageNames.de})`}
        value={values.text[`${field}_de`]}
        error={errorText(ctx, errors, `${field}_de`)}
        required={field === 'title'}
        lang="de"
      />
      <details class="kern-accordion" open={hasOther}>
        <summary class="kern-accordion__header">
          <span class="kern-title">{ctx.t('form.translationsOf', { field: label })}</span>
        </summary>
        <div class="kern-accordion__body">
          {translationLocales.map((l) => (
            <Field
              id={`${field}_${l}`}
              label={`${label} (${languageNames[l]})`}
              value={values.text[`${field}_${l}`]}
              error={errorText(ctx, errors, `${field}_${l}`)}
              lang={l}
            />
          ))}
        </div>
      </details>
    </div>
  );
}

interface FormPageProps extends BackOfficePage {
  title: string;
  action: string;
  cancel: string;
  values: ProjectFormValues;
  errors: FormErrors;
  municipalities: { slug: string; name: string }[];
  topics: string[];
  suggested?: boolean;
}

export function ProjectFormPage({
  ctx,
  nav,
  csrf,
  title,
  action,
  cancel,
  values,
  errors,
  municipalities,
  topics,
  suggested,
}: FormPageProps) {
  const { t } = ctx;
  return (
    <BackOfficeLayout ctx={ctx} title={title} nav={nav} current="editorial">
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body">{t('form.intro')}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={action} novalidate>
        <CsrfField token={csrf} />
        <fieldset class="kern-fieldset lotse-form-section">
          <legend class="kern-heading-medium">{t('form.section.basics')}</legend>
          <Translated ctx={ctx} field="title" values={values} errors={errors} />
          <Translated ctx={ctx} field="description" values={values} errors={errors} long />
          <Translated ctx={ctx} field="goals" values={values} errors={errors} long />
          <CheckboxGroup
            name="municipalities"
            legend={t('field.municipalities')}
            hint={t('form.municipalitiesHint')}
            error={errorText(ctx, errors, 'municipalities')}
            options={municipalities.map((m) => ({ value: m.slug, label: m.name }))}
            checked={values.municipalities}
          />
          <CheckboxGroup
            name="topics"
            legend={t('field.topics')}
            options={topics.map((name) => ({ value: name, label: name }))}
            checked={values.topics}
          />
          <TextField
            id="newTopics"
            label={t('form.newTopics')}
            hint={t('form.newTopicsHint')}
            value={values.newTopics}
            error={errorText(ctx, errors, 'newTopics')}
            lang="de"
          />
        </fieldset>

        <fieldset class="kern-fieldset lotse-form-section">
          <legend class="kern-heading-medium">{t('form.section.state')}</legend>
          <SelectField
            id="status"
            label={t('form.status')}
            value={values.status}
            error={errorText(ctx, errors, 'status')}
            options={projectStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
          <Translated ctx={ctx} field="statusText" values={values} errors={errors} long />
          <Translated ctx={ctx} field="nextSteps" values={values} errors={errors} long />
          <Translated ctx={ctx} field="expectedDuration" values={values} errors={errors} />
          <TextField
            id="startDate"
            type="date"
            label={t('field.startDate')}
            hint={t('form.dateHint')}
            value={values.startDate}
            error={errorText(ctx, errors, 'startDate')}
          />
          <TextField
            id="endDate"
            type="date"
            label={t('field.endDate')}
            hint={t('form.dateHint')}
            value={values.endDate}
            error={errorText(ctx, errors, 'endDate')}
          />
          <TextField
            id="addedOn"
            type="date"
            label={t('field.addedOn')}
            hint={t('form.addedOnHint')}
            value={values.addedOn}
            error={errorText(ctx, errors, 'addedOn')}
          />
        </fieldset>

        <fieldset class="kern-fieldset lotse-form-section" id="decisions">
          <legend class="kern-heading-medium">{t('field.decisions')}</legend>
          <TextAreaField
            id="decisionsText"
            label={t('form.decisionsText')}
            hint={t('form.decisionsTextHint')}
            value={values.decisionsText}
            rows={3}
            lang="de"
          />
          <div>
            <SubmitButton kind="secondary" name="action" value="suggest" label={t('form.suggestDecisions')} />
          </div>
          {suggested && (
            <p class="kern-body" role="status">
              {t('form.suggested', { count: values.decisions.length })}
            </p>
          )}
          <input type="hidden" name="decision_count" value={String(values.decisions.length)} />
          {values.decisionRowsShown && <input type="hidden" name="decision_rows" value="1" />}
          {values.decisions.map((d, i) => (
            <div class="lotse-decision-row" role="group" aria-label={t('form.decisionN', { n: i + 1 })}>
              <input type="hidden" name={`decision_${i}_raw`} value={d.raw} />
              <TextField
                id={`decision_${i}_reference`}
                label={t('form.decisionReference', { n: i + 1 })}
                value={d.reference}
                error={errorText(ctx, errors, `decision_${i}_reference`)}
              />
              <TextField id={`decision_${i}_bodyName`} label={t('form.decisionBody')} value={d.bodyName} />
              <TextField
                id={`decision_${i}_date`}
                type="date"
                label={t('form.decisionDate')}
                value={d.date}
                error={errorText(ctx, errors, `decision_${i}_date`)}
              />
              <Checkbox id={`decision_${i}_remove`} name={`decision_${i}_remove`} label={t('form.decisionRemove')} checked={false} />
            </div>
          ))}
        </fieldset>

        <fieldset class="kern-fieldset lotse-form-section">
          <legend class="kern-heading-medium">{t('form.section.costs')}</legend>
          <TextField
            id="costsText"
            label={t('form.costsText')}
            hint={t('form.costsTextHint')}
            value={values.costsText}
            error={errorText(ctx, errors, 'costsText')}
            lang="de"
          />
          <TextField
            id="costsAmount"
            label={t('form.costsAmount')}
            hint={t('form.costsAmountHint')}
            value={values.costsAmount}
            error={errorText(ctx, errors, 'costsAmount')}
            inputmode="decimal"
          />
          <Checkbox
            id="participationFormal"
            name="participationFormal"
            label={t('form.participationFormal')}
            checked={values.participationFormal}
          />
          <Checkbox
            id="participationInformal"
            name="participationInformal"
            label={t('form.participationInformal')}
            checked={values.participationInformal}
          />
          <Translated ctx={ctx} field="participationText" values={values} errors={errors} long />
        </fieldset>

        <fieldset class="kern-fieldset lotse-form-section">
          <legend class="kern-heading-medium">{t('form.section.place')}</legend>
          <TextField
            id="locationAddress"
            label={t('form.address')}
            value={values.locationAddress}
            error={errorText(ctx, errors, 'locationAddress')}
            lang="de"
          />
          <TextField
            id="locationLat"
            label={t('form.lat')}
            hint={t('form.coordinatesHint')}
            value={values.locationLat}
            error={errorText(ctx, errors, 'locationLat')}
            inputmode="decimal"
          />
          <TextField
            id="locationLng"
            label={t('form.lng')}
            value={values.locationLng}
            error={errorText(ctx, errors, 'locationLng')}
            inputmode="decimal"
          />
          <TextAreaField
            id="contact"
            label={t('field.contact')}
            value={values.contact}
            error={errorText(ctx, errors, 'contact')}
            rows={2}
          />
          <TextAreaField
            id="links"
            label={t('field.links')}
            hint={t('form.linksHint')}
            value={values.links}
            error={errorText(ctx, errors, 'links')}
            rows={3}
          />
          <Translated ctx={ctx} field="furtherInfo" values={values} errors={errors} long />
          <TextAreaField
            id="summaryPlain"
            label={t('field.summaryPlain')}
            hint={t('form.summaryPlainHint')}
            value={values.summaryPlain}
            error={errorText(ctx, errors, 'summaryPlain')}
            rows={8}
            lang="de"
          />
        </fieldset>

        <RegionalTextFields
          ctx={ctx}
          fields={regionalFields.map((f) => ({ name: f, label: t(textLabel[f]), long: f === 'description' }))}
          text={values.text}
          errors={errors}
        />

        <div class="lotse-actions">
          <SubmitButton name="action" value="save" label={t('form.save')} />
          <a class="kern-btn kern-btn--tertiary" href={cancel}>
            <span class="kern-label">{t('form.cancel')}</span>
          </a>
        </div>
        <p class="kern-body kern-body--small">{t('form.saveHint')}</p>
      </form>
    </BackOfficeLayout>
  );
}
