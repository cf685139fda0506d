// The forms residents fill in without an account: giving a notice and starting a participation request
// on a Vorhaben; their consent box and the checkbox with its error also serve the signature form.
import { PrivacyNoticeLink } from '../../views/components.js';
import { TextLanguageField } from '../../views/text-language-field.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { CsrfField, ErrorSummary, errorText, Honeypot, SubmitButton, TextAreaField, TextField } from '../../views/form-fields.js';
import { Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { PARTICIPATION_RETENTION } from './participation.service.js';

export interface FormState {
  values: Record<string, string>;
  errors: FormErrors;
}

export function Consent({ ctx, form, label }: { ctx: PageContext; form: FormState; label: string }) {
  return <CheckboxWithError ctx={ctx} form={form} id="consent" label={label} />;
}

export function CheckboxWithError({ ctx, form, id, label }: { ctx: PageContext; form: FormState; id: string; label: string }) {
  const error = errorText(ctx, form.errors, id);
  return (
    <div class={`kern-form-check${error ? ' kern-form-check--error' : ''}`}>
      <input
        class="kern-form-check__checkbox"
        type="checkbox"
        id={id}
        name={id}
        value="on"
        checked={form.values[id] === 'on'}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <label class="kern-label" for={id}>
        {label}
      </label>
      {error && (
        <p class="kern-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

export function NoticeFormPage({
  ctx,
  csrf,
  project,
  form,
}: {
  ctx: PageContext;
  csrf: string;
  project: { slug: string; title: string };
  form: FormState;
}) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('participation.notice.title')} current="register">
      <p>
        <a class="kern-link" href={localePath(locale, `/vorhaben/${project.slug}`)}>
          {t('participation.backToProject')}
        </a>
      </p>
      <h1 class="kern-heading-large">{t('participation.notice.title')}</h1>
      <p class="kern-body kern-body--large">
        {t('participation.notice.about')} <span lang="de">„{project.title}“</span>
      </p>
      <p class="kern-body">{t('participation.notice.intro')}</p>
      <ErrorSummary ctx={ctx} errors={form.errors} />
      <form method="post" action={localePath(locale, `/vorhaben/${project.slug}/hinweis`)} class="lotse-form-section" novalidate>
        <PrivacyNoticeLink ctx={ctx} section="hinweise" />
        <CsrfField token={csrf} />
        <TextAreaField
          id="body"
          label={t('participation.notice.body')}
          hint={t('participation.notice.bodyHint')}
          value={form.values.body ?? ''}
          error={errorText(ctx, form.errors, 'body')}
          rows={8}
          required
        />
        <TextLanguageField ctx={ctx} value={form.values.sprache} />
        <TextField id="name" label={t('participation.nameOptional')} value={form.values.name ?? ''} autocomplete="name" />
        <TextField
          id="email"
          type="email"
          label={t('signin.email')}
          hint={t('participation.emailHint')}
          value={form.values.email ?? ''}
          error={errorText(ctx, form.errors, 'email')}
          autocomplete="email"
          required
        />
        <Honeypot />
        <Consent
          ctx={ctx}
          form={form}
          label={t('participation.notice.consent', { count: PARTICIPATION_RETENTION.authorMonthsAfterClosing })}
        />
        <div>
          <SubmitButton label={t('participation.notice.submit')} />
        </div>
      </form>
    </Layout>
  );
}

export function RequestFormPage({
  ctx,
  csrf,
  project,
  form,
  quorum,
}: {
  ctx: PageContext;
  csrf: string;
  project: { slug: string; title: string };
  form: FormState;
  quorum: number | null;
}) {
  const { t, locale } = ctx;
  const kind = form.values.kind ?? 'informal';
  return (
    <Layout ctx={ctx} title={t('participation.request.title')} current="register">
      <p>
        <a class="kern-link" href={localePath(locale, `/vorhaben/${project.slug}`)}>
          {t('participation.backToProject')}
        </a>
      </p>
      <h1 class="kern-heading-large">{t('participation.request.title')}</h1>
      <p class="kern-body kern-body--large">
        {t('participation.notice.about')} <span lang="de">„{project.title}“</span>
      </p>
      <p class="kern-body">{t('participation.request.intro')}</p>
      <ErrorSummary ctx={ctx} errors={form.errors} />
      <form method="post" action={localePath(locale, `/vorhaben/${project.slug}/anregung`)} class="lotse-form-section" novalidate>
        <PrivacyNoticeLink ctx={ctx} section="beteiligungsanregungen" />
        <CsrfField token={csrf} />
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t('participation.request.kind')}</legend>
          <div class="kern-fieldset__body">
            <div class="kern-form-check">
              <input
                class="kern-form-check__radio"
                type="radio"
                id="kind-informal"
                name="kind"
                value="informal"
                checked={kind === 'informal'}
              />
              <label class="kern-label" for="kind-informal">
                {t('participation.request.informal')}
              </label>
            </div>
            {quorum !== null && (
              <div class="kern-form-check">
                <input
                  class="kern-form-check__radio"
                  type="radio"
                  id="kind-signatures"
                  name="kind"
                  value="signatures"
                  checked={kind === 'signatures'}
                />
                <label class="kern-label" for="kind-signatures">
                  {t('participation.request.signatures', { count: quorum })}
                </label>
              </div>
            )}
          </div>
        </fieldset>
        <TextField
          id="title"
          label={t('participation.request.titleField')}
          value={form.values.title ?? ''}
          error={errorText(ctx, form.errors, 'title')}
          required
        />
        <TextAreaField
          id="reasoning"
          label={t('participation.request.reasoning')}
          hint={t('participation.request.reasoningHint')}
          value={form.values.reasoning ?? ''}
          error={errorText(ctx, form.errors, 'reasoning')}
          rows={8}
          required
        />
        <TextLanguageField ctx={ctx} value={form.values.sprache} />
        <TextField
          id="name"
          label={t('participation.nameOptional')}
          hint={t('participation.request.nameHint')}
          value={form.values.name ?? ''}
          autocomplete="name"
        />
        <TextField
          id="email"
          type="email"
          label={t('signin.email')}
          hint={t('participation.emailHint')}
          value={form.values.email ?? ''}
          error={errorText(ctx, form.errors, 'email')}
          autocomplete="email"
          required
        />
        <Honeypot />
        <Consent
          ctx={ctx}
          form={form}
          label={t('participation.request.consent', { count: PARTICIPATION_RETENTION.authorMonthsAfterClosing })}
        />
        <div>
          <SubmitButton label={t('participation.request.submit')} />
        </div>
      </form>
    </Layout>
  );
}
