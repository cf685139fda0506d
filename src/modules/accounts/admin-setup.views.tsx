// The page behind the one-time link that creates the first administrator.
import { CSRF_FIELD } from '../../lib/csrf.js';
import { Alert } from '../../views/components.js';
import { Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';

export type SetupErrors = Partial<Record<'email' | 'password' | 'password2', string>>;

function Field({ id, label, type, value, error, autocomplete, hint }: { id: string; label: string; type: string; value?: string; error?: string | undefined; autocomplete: string; hint?: string }) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={id}>
        {label}
      </label>
      {hint && (
        <div class="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <p class="kern-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <input
        class={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
        type={type}
        id={id}
        name={id}
        value={value}
        autocomplete={autocomplete}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described}
        required
      />
    </div>
  );
}

export function AdminSetupPage({ ctx, csrf, token, valid, email, name, errors }: { ctx: PageContext; csrf: string; token: string; valid: boolean; email: string; name: string; errors: SetupErrors }) {
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
            <Field id="email" label={t('signin.email')} type="email" value={email} error={errors.email} autocomplete="username" />
            <Field id="name" label={t('account.name')} type="text" value={name} autocomplete="name" />
            <Field id="password" label={t('signin.password')} type="password" error={errors.password} autocomplete="new-password" hint={t('setup.passwordHint')} />
            <Field id="password2" label={t('setup.password2')} type="password" error={errors.password2} autocomplete="new-password" />
            <button type="submit" class="kern-btn kern-btn--primary">
              <span class="kern-label">{t('setup.submit')}</span>
            </button>
          </form>
        </>
      )}
    </Layout>
  );
}

