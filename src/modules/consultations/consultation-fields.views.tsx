// The fields of a consultation's details (title and summary in every language, the period, the text typed
// or imported from a file) and the page that starts a new consultation with them.
import { locales } from '../../lib/localized.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { BackOfficeLayout, type BackOfficePage } from '../../platform/back-office/frame.js';
import { Alert } from '../../views/components.js';
import {
  CsrfField,
  ErrorSummary,
  errorText,
  FileField,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../views/form-fields.js';
import { languageNames } from '../../views/layout.js';
import type { PageContext } from '../../views/page-context.js';
import { staffConsultationPath } from './consultation-paths.js';

export function LocalizedInputs({
  ctx,
  field,
  label,
  values,
  errors,
  area,
  required,
}: {
  ctx: PageContext;
  field: string;
  label: string;
  values: Record<string, string>;
  errors: FormErrors;
  area?: boolean;
  required?: boolean;
}) {
  return (
    <>
      {locales.map((l) =>
        area ? (
          <TextAreaField
            id={`${field}_${l}`}
            label={`${label} (${languageNames[l]})`}
            value={values[`${field}_${l}`] ?? ''}
            error={errorText(ctx, errors, `${field}_${l}`)}
            rows={3}
            lang={l}
          />
        ) : (
          <TextField
            id={`${field}_${l}`}
            label={`${label} (${languageNames[l]})`}
            value={values[`${field}_${l}`] ?? ''}
            error={errorText(ctx, errors, `${field}_${l}`)}
            required={required === true && l === 'de'}
            lang={l}
          />
        ),
      )}
    </>
  );
}

export function PeriodInputs({ ctx, values, errors }: { ctx: PageContext; values: Record<string, string>; errors: FormErrors }) {
  return (
    <fieldset class="kern-fieldset">
      <legend class="kern-label">{ctx.t('consultations.field.period')}</legend>
      <div class="kern-fieldset__body">
        <TextField
          id="startsOn"
          type="date"
          label={ctx.t('consultations.field.startsOn')}
          value={values.startsOn ?? ''}
          error={errorText(ctx, errors, 'startsOn')}
          required
        />
        <TextField
          id="endsOn"
          type="date"
          label={ctx.t('consultations.field.endsOn')}
          value={values.endsOn ?? ''}
          error={errorText(ctx, errors, 'endsOn')}
          required
        />
      </div>
    </fieldset>
  );
}

export function TextInputs({ ctx, values, errors }: { ctx: PageContext; values: Record<string, string>; errors: FormErrors }) {
  return (
    <>
      <TextAreaField
        id="text"
        label={ctx.t('consultations.field.text')}
        hint={ctx.t('consultations.field.textHint')}
        value={values.text ?? ''}
        error={errorText(ctx, errors, 'text')}
        rows={16}
        lang="de"
      />
      <FileField
        id="file"
        label={ctx.t('consultations.field.file')}
        hint={ctx.t('consultations.field.fileHint')}
        accept=".md,.markdown,.txt,text/markdown,text/plain"
        error={errorText(ctx, errors, 'file')}
      />
    </>
  );
}

export function NewConsultationPage({
  ctx,
  nav,
  csrf,
  values,
  errors,
  processes,
}: BackOfficePage & { values: Record<string, string>; errors: FormErrors; processes: { slug: string; title: string }[] }) {
  const { t } = ctx;
  return (
    <BackOfficeLayout ctx={ctx} title={t('consultations.admin.new')} nav={nav} current="consultations">
      <p>
        <a class="kern-link" href={staffConsultationPath(ctx)}>
          {t('consultations.admin.back')}
        </a>
      </p>
      <h1 class="kern-heading-large">{t('consultations.admin.new')}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      {processes.length === 0 && <Alert kind="info" title={t('consultations.admin.noProcesses')} />}
      <form method="post" action={staffConsultationPath(ctx, undefined, '/neu')} enctype="multipart/form-data" novalidate>
        <CsrfField token={csrf} />
        <SelectField
          id="process"
          label={t('consultations.field.process')}
          value={values.process ?? ''}
          error={errorText(ctx, errors, 'process')}
          options={[
            { value: '', label: t('consultations.admin.chooseProcess') },
            ...processes.map((p) => ({ value: p.slug, label: p.title })),
          ]}
        />
        <LocalizedInputs ctx={ctx} field="title" label={t('consultations.field.title')} values={values} errors={errors} required />
        <LocalizedInputs ctx={ctx} field="summary" label={t('consultations.field.summary')} values={values} errors={errors} area />
        <PeriodInputs ctx={ctx} values={values} errors={errors} />
        <TextInputs ctx={ctx} values={values} errors={errors} />
        <SubmitButton label={t('consultations.admin.create')} />
      </form>
    </BackOfficeLayout>
  );
}
