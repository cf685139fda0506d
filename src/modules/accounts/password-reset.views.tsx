// The two pages of a password reset: asking for a link, and choosing the new password behind it.
import { Alert } from '../../views/components.js';
import { CsrfField, SubmitButton, TextField } from '../../views/form-fields.js';
import { Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';

export function ResetRequestPage({
  ctx,
  csrf,
  email,
  state,
}: {
  ctx: PageContext;
  csrf: string;
  email: string;
  state: 'form' | 'sent' | 'limited' | 'csrf' | 'invalid' | 'sso';
}) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('reset.request.title')} noindex>
      <h1 class="kern-heading-large">{t('reset.request.title')}</h1>
      {state === 'sent' ? (
        <Alert kind="success" title={t('reset.request.sent')} />
      ) : state === 'sso' ? (
        <Alert kind="info" title={t('reset.request.sso')} />
      ) : (
        <>
          <p class="kern-body kern-body--large">{t('reset.request.intro')}</p>
          {state === 'limited' && <Alert kind="danger" title={t('reset.request.limited')} />}
          {state === 'csrf' && <Alert kind="danger" title={t('signin.csrf')} />}
          <form method="post" action={localePath(locale, '/passwort-vergessen')} class="lotse-form" novalidate>
            <CsrfField token={csrf} />
            <TextField
              id="email"
              type="email"
              label={t('signin.email')}
              value={email}
              autocomplete="username"
              required
              error={state === 'invalid' ? t('reset.request.emailInvalid') : undefined}
            />
            <SubmitButton label={t('reset.request.submit')} />
          </form>
        </>
      )}
      <p class="kern-body">
        <a class="kern-link" href={localePath(locale, '/anmelden')}>
          {t('reset.backToSignIn')}
        </a>
      </p>
    </Layout>
  );
}

export function ResetPasswordPage({
  ctx,
  csrf,
  token,
  valid,
  errors,
  limited = false,
}: {
  ctx: PageContext;
  csrf: string;
  token: string;
  valid: boolean;
  errors: { password?: string; password2?: string };
  limited?: boolean;
}) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('reset.new.title')} noindex>
      <h1 class="kern-heading-large">{t('reset.new.title')}</h1>
      {!valid ? (
        <>
          <Alert kind="danger" title={t(limited ? 'reset.request.limited' : 'reset.new.invalid')} />
          <p class="kern-body">
            <a class="kern-link" href={localePath(locale, '/passwort-vergessen')}>
              {t('reset.new.again')}
            </a>
          </p>
        </>
      ) : (
        <form method="post" action={localePath(locale, '/passwort-neu')} class="lotse-form" novalidate>
          <CsrfField token={csrf} />
          <input type="hidden" name="token" value={token} />
          <TextField
            id="password"
            type="password"
            label={t('reset.new.password')}
            hint={t('setup.passwordHint')}
            value=""
            autocomplete="new-password"
            required
            error={errors.password}
          />
          <TextField
            id="password2"
            type="password"
            label={t('setup.password2')}
            value=""
            autocomplete="new-password"
            required
            error={errors.password2}
          />
          <SubmitButton label={t('reset.new.submit')} />
        </form>
      )}
    </Layout>
  );
}
