// The form in which a signed-in resident enters a partner profile or edits their own, with the
// consent to be listed and, when editing, withdrawing the profile.
import type { FormErrors } from '../../lib/form-errors.js';
import {
  CheckboxGroup,
  CsrfField,
  ErrorSummary,
  errorText,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../views/form-fields.js';
import { Layout } from '../../views/layout.js';
import type { PageContext } from '../../views/page-context.js';
import { partnerKinds } from './partners.service.js';
import { type Options, topicLabel } from './partners.views.js';

export function PartnerFormPage({
  ctx,
  csrf,
  action,
  values,
  errors,
  options,
  editing,
}: {
  ctx: PageContext;
  csrf: string;
  action: string;
  values: Record<string, string | string[]>;
  errors: FormErrors;
  options: Options;
  editing: boolean;
}) {
  const { t } = ctx;
  const v = (k: string) => (typeof values[k] === 'string' ? values[k] : '');
  const topics = Array.isArray(values.topics) ? values.topics : values.topics ? [values.topics] : [];
  const title = t(editing ? 'network.form.editTitle' : 'network.register');
  return (
    <Layout ctx={ctx} title={title} noindex current="network">
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body">{t('network.form.intro')}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={action} class="lotse-form-section" novalidate>
        <CsrfField token={csrf} />
        <TextField id="name" label={t('network.field.name')} value={v('name')} required error={errorText(ctx, errors, 'name')} />
        <SelectField
          id="kind"
          label={t('network.field.kind')}
          value={v('kind') || 'association'}
          options={partnerKinds.map((k) => ({ value: k, label: t(`network.kind.${k}`) }))}
          error={errorText(ctx, errors, 'kind')}
        />
        <TextAreaField
          id="description"
          label={t('network.field.description')}
          value={v('description')}
          rows={6}
          required
          error={errorText(ctx, errors, 'description')}
        />
        <TextAreaField
          id="offers"
          label={t('network.field.offers')}
          value={v('offers')}
          rows={3}
          error={errorText(ctx, errors, 'offers')}
        />
        <TextAreaField id="seeks" label={t('network.field.seeks')} value={v('seeks')} rows={3} error={errorText(ctx, errors, 'seeks')} />
        <TextField
          id="competencies"
          label={t('network.field.competencies')}
          hint={t('network.field.competenciesHint')}
          value={v('competencies')}
          error={errorText(ctx, errors, 'competencies')}
        />
        <SelectField
          id="municipality"
          label={t('register.filter.municipality')}
          value={v('municipality')}
          options={[
            { value: '', label: t('network.field.wholeRegion') },
            ...options.municipalities.map((m) => ({ value: m.slug, label: m.name })),
          ]}
          error={errorText(ctx, errors, 'municipality')}
        />
        <CheckboxGroup
          name="topics"
          legend={t('register.filter.topic')}
          error={errorText(ctx, errors, 'topics')}
          options={options.topics.map((tp) => ({ value: tp.slug, label: topicLabel(ctx, tp.name) }))}
          checked={topics}
        />
        <TextField
          id="website"
          type="url"
          label={t('network.field.website')}
          value={v('website')}
          error={errorText(ctx, errors, 'website')}
        />
        <TextField
          id="contact_email"
          type="email"
          label={t('network.field.contactEmail')}
          hint={t('network.field.contactEmailHint')}
          value={v('contact_email')}
          required
          error={errorText(ctx, errors, 'contact_email')}
        />
        <div class={`kern-form-check${errors.consent ? ' kern-form-input--error' : ''}`}>
          {errors.consent && (
            <p class="kern-error" id="consent-error" role="alert">
              {errorText(ctx, errors, 'consent')}
            </p>
          )}
          <input
            class="kern-form-check__checkbox"
            type="checkbox"
            id="consent"
            name="consent"
            value="on"
            checked={v('consent') === 'on'}
            aria-describedby={errors.consent ? 'consent-error' : undefined}
          />
          <label class="kern-label" for="consent">
            {t('network.form.consent')}
          </label>
        </div>
        <SubmitButton label={t(editing ? 'network.form.save' : 'network.form.submit')} />
      </form>
      {editing && (
        <section class="lotse-section" aria-labelledby="withdraw">
          <h2 class="kern-heading-medium" id="withdraw">
            {t('network.form.withdrawTitle')}
          </h2>
          <p class="kern-body">{t('network.form.withdrawText')}</p>
          <form method="post" action={action.replace(/\/bearbeiten$/, '/zurueckziehen')}>
            <CsrfField token={csrf} />
            <SubmitButton label={t('network.form.withdraw')} kind="secondary" />
          </form>
        </section>
      )}
    </Layout>
  );
}
