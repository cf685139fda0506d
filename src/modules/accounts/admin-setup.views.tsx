// The page behind the one-time link that creates the first administrator.
import { CSRF_FIELD } from '../../lib/csrf.js';
import { Alert } from '../../views/components.js';
import { TextField } from '../../views/form-fields.js';
import { Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';

export type SetupErrors = Partial<Record<'email' | 'password' | 'password2', string>>;

export function AdminSetupPage({
  ctx,
  csrf,
  token,
  valid,
  email,
  name,
  errors,
}: {
  ctx: PageContext;
  csrf: string;
  token: string;
  valid: boolean;
  email: string;
  name: string;
  errors: SetupErrors;
}) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('setup.title')} noindex>
      <h1 class="kern-heading-large">{t('setup.title')}</h1>
      {!valid ? (
        <Alert kind="danger" title={t('setup.invalidLink')} />
      ) : (
        <>
          <p class="kern-body kern-body--large">{t('setup.intro')}</p>
          <form method="post" action={localePath(locale, '/einrichten')} class="lotse-form" novalidate>
            <input type="hidden" name={CSRF_FIELD} value={csrf} />
            <input type="hidden" name="token" value={token} />
            <TextField
              id="email"
              label={t('signin.email')}
              type="email"
              value={email}
              error={errors.email}
              autocomplete="username"
              required
            />
            <TextField id="name" label={t('account.name')} value={name} autocomplete="name" />
            <TextField
              id="password"
              label={t('signin.password')}
              type="password"
              value=""
              error={errors.password}
              autocomplete="new-password"
              hint={t('setup.passwordHint')}
              required
            />
            <TextField
              id="password2"
              label={t('setup.password2')}
              type="password"
              value=""
              error={errors.password2}
              autocomplete="new-password"
              required
            />
            <button type="submit" class="kern-btn kern-btn--primary">
              <span class="kern-label">{t('setup.submit')}</span>
            </button>
          </form>
        </>
      )}
    </Layout>
  );
}
