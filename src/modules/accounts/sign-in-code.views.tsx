// The second step of the staff sign-in: one field for the code from the app or a recovery code.
import type { FormErrors } from '../../lib/form-errors.js';
import { Layout } from '../../views/layout.js';
import { CsrfField, errorText, SubmitButton, TextField } from '../../views/form-fields.js';
import { localePath, type PageContext } from '../../views/page-context.js';

export function SignInCodePage({ ctx, csrf, errors }: { ctx: PageContext; csrf: string; errors: FormErrors }) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('signinCode.title')} noindex>
      <h1 class="kern-heading-large">{t('signinCode.title')}</h1>
      <p class="kern-body kern-body--large">{t('signinCode.intro')}</p>
      <form method="post" action={localePath(locale, '/anmelden/code')} class="lotse-form" novalidate>
        <CsrfField token={csrf} />
        <TextField
          id="code"
          label={t('signinCode.code')}
          hint={t('signinCode.hint')}
          value=""
          error={errorText(ctx, errors, 'code')}
          autocomplete="one-time-code"
          required
        />
        <SubmitButton label={t('signin.submit')} />
      </form>
      <p class="kern-body">
        <a class="kern-link" href={localePath(locale, '/anmelden')}>
          {t('signinCode.back')}
        </a>
      </p>
    </Layout>
  );
}
