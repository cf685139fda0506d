// The back-office page of editions: the form that publishes the next one, and the editions so far.
import type { FormErrors } from '../../lib/form-errors.js';
import { BackOfficeLayout, type BackOfficePage } from '../../platform/back-office/frame.js';
import { Alert } from '../../views/components.js';
import { CsrfField, ErrorSummary, errorText, SubmitButton, TextField } from '../../views/form-fields.js';
import { localePath } from '../../views/page-context.js';
import type { EditionSummary } from './edition.types.js';
import { EditionsTable } from './editions.views.js';

export interface EditionFormValues {
  date: string;
  reference: string;
  url: string;
  project: string;
}

export function EditionAdminPage({
  ctx,
  nav,
  csrf,
  editions,
  published,
  values,
  errors = {},
  publishedNumber,
}: BackOfficePage & {
  editions: EditionSummary[];
  published: number;
  values: EditionFormValues;
  errors?: FormErrors;
  publishedNumber?: number | undefined;
}) {
  const { t, locale } = ctx;
  const next = (editions[0]?.number ?? 0) + 1;
  return (
    <BackOfficeLayout ctx={ctx} title={t('editions.admin.title')} nav={nav} current="editions">
      <h1 class="kern-heading-large">{t('editions.admin.title')}</h1>
      {publishedNumber !== undefined && (
        <Alert kind="success" title={t('editions.admin.published', { number: publishedNumber })}>
          <a class="kern-link" href={localePath(locale, `/vorhabenliste/fortschreibungen/${publishedNumber}`)}>
            {t('editions.title.one', { number: publishedNumber })}
          </a>
        </Alert>
      )}
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="kern-body">{t('editions.admin.intro', { number: next })}</p>
      <p class="kern-body">{t('editions.admin.current', { count: published })}</p>
      <form method="post" action={localePath(locale, '/verwaltung/fortschreibungen')} novalidate>
        <CsrfField token={csrf} />
        <TextField id="date" label={t('editions.admin.date')} value={values.date} error={errorText(ctx, errors, 'date')} required />
        <TextField
          id="reference"
          label={t('editions.admin.reference')}
          hint={t('editions.admin.referenceHint')}
          value={values.reference}
          error={errorText(ctx, errors, 'reference')}
          required
        />
        <TextField id="url" type="url" label={t('editions.admin.url')} value={values.url} error={errorText(ctx, errors, 'url')} />
        <TextField
          id="project"
          label={t('editions.admin.project')}
          hint={t('editions.admin.projectHint')}
          value={values.project}
          error={errorText(ctx, errors, 'project')}
        />
        <SubmitButton label={t('editions.admin.submit')} />
      </form>
      {editions.length > 0 && (
        <>
          <h2 class="kern-heading-medium" id="editions-so-far">
            {t('editions.admin.list')}
          </h2>
          <EditionsTable ctx={ctx} editions={editions} caption={t('editions.caption')} />
        </>
      )}
    </BackOfficeLayout>
  );
}
