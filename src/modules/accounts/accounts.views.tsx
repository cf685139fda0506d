// The staff sign-in page and the account page (who am I, which roles, sign out here or everywhere).
import { Alert, Fact } from '../../views/components.js';
import { ErrorSummary, errorText, SelectField } from '../../views/form-fields.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { languageNames, Layout } from '../../views/layout.js';
import { locales } from '../../lib/localized.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { CSRF_FIELD } from '../../lib/csrf.js';
import type { OwnAccountView } from './accounts.service.js';

export type SignInNotice = 'signedOut' | 'signInFirst' | 'passwordChanged' | 'codeExpired';

export type SignInError = 'invalid' | 'locked' | 'csrf' | 'sso' | 'oidcNoAccount' | 'oidcExpired' | 'oidcFailed';

const errorKey = {
  invalid: 'signin.invalid',
  locked: 'signin.locked',
  csrf: 'signin.csrf',
  sso: 'signin.ssoOnly',
  oidcNoAccount: 'signin.oidcNoAccount',
  oidcExpired: 'signin.oidcExpired',
  oidcFailed: 'signin.oidcFailed',
} as const;

export function SignInPage({
  ctx,
  csrf,
  email,
  error,
  notice,
  back,
  oidcName,
  passwordLogin,
}: {
  ctx: PageContext;
  csrf: string;
  email: string;
  error: SignInError | null;
  notice: SignInNotice | null;
  back: string | null;
  oidcName: string | null;
  passwordLogin: boolean;
}) {
  const { t, locale } = ctx;
  const message = error ? t(errorKey[error]) : null;
  return (
    <Layout ctx={ctx} title={t('signin.title')} noindex>
      <h1 class="kern-heading-large">{t('signin.title')}</h1>
      <p class="kern-body kern-body--large">{t('signin.intro')}</p>
      {notice === 'signedOut' && <Alert kind="success" title={t('signin.signedOut')} />}
      {notice === 'signInFirst' && <Alert kind="info" title={t('signin.first')} />}
      {notice === 'passwordChanged' && <Alert kind="success" title={t('reset.done')} />}
      {notice === 'codeExpired' && <Alert kind="warning" title={t('signin.codeExpired')} />}
      {message && <Alert kind="danger" title={message} />}
      {oidcName && (
        <p>
          <a
            class="kern-btn kern-btn--secondary"
            href={`${localePath(locale, '/anmelden/oidc')}${back ? `?weiter=${encodeURIComponent(back)}` : ''}`}
          >
            <span class="kern-label">{t('signin.oidc', { name: oidcName })}</span>
          </a>
        </p>
      )}
      {passwordLogin && (
        <>
          <form method="post" action={localePath(locale, '/anmelden')} class="lotse-form" novalidate>
            <input type="hidden" name={CSRF_FIELD} value={csrf} />
            {back && <input type="hidden" name="weiter" value={back} />}
            <div class={`kern-form-input${error === 'invalid' ? ' kern-form-input--error' : ''}`}>
              <label class="kern-label" for="email">
                {t('signin.email')}
              </label>
              <input
                class="kern-form-input__input"
                type="email"
                id="email"
                name="email"
                value={email}
                autocomplete="username"
                required
                aria-invalid={error === 'invalid' ? 'true' : undefined}
              />
            </div>
            <div class="kern-form-input">
              <label class="kern-label" for="password">
                {t('signin.password')}
              </label>
              <input
                class="kern-form-input__input"
                type="password"
                id="password"
                name="password"
                autocomplete="current-password"
                required
              />
            </div>
            <button type="submit" class="kern-btn kern-btn--primary">
              <span class="kern-label">{t('signin.submit')}</span>
            </button>
          </form>
          <p class="kern-body">
            <a class="kern-link" href={localePath(locale, '/passwort-vergessen')}>
              {t('reset.link')}
            </a>
          </p>
        </>
      )}
    </Layout>
  );
}

export function AccountPage({
  ctx,
  csrf,
  account,
  saved = false,
  errors = {},
}: {
  ctx: PageContext;
  csrf: string;
  account: OwnAccountView;
  /** The language of the e-mails was just saved. */
  saved?: boolean;
  /** The language form came back with a mistake. */
  errors?: FormErrors;
}) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('account.title')} noindex>
      <h1 class="kern-heading-large">{t('account.title')}</h1>
      {saved && <Alert kind="success" title={t('account.mailLocaleSaved')} />}
      <dl class="kern-description-list">
        <Fact label={t('signin.email')}>{account.email}</Fact>
        {account.name && <Fact label={t('account.name')}>{account.name}</Fact>}
        <Fact label={t('account.roles')}>
          <ul class="kern-list">
            {account.roles.map((r) => (
              <li>
                {r.municipalityName
                  ? t('account.roleFor', { role: t(`role.${r.role}`), municipality: r.municipalityName })
                  : t(`role.${r.role}`)}
              </li>
            ))}
          </ul>
        </Fact>
        <Fact label={t('account.secondFactor')}>
          {account.secondFactor ? t('account.secondFactorOn') : t('account.secondFactorOff')}{' '}
          <a class="kern-link" href={localePath(locale, '/verwaltung/zweiter-faktor')}>
            {t('account.secondFactorManage')}
          </a>
        </Fact>
      </dl>
      {account.mustEnrol && <Alert kind="warning" title={t('secondFactor.requiredNotice')} />}
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={localePath(locale, '/konto/sprache')} class="lotse-form-section" novalidate>
        <input type="hidden" name={CSRF_FIELD} value={csrf} />
        <SelectField
          id="locale"
          label={t('account.mailLocale')}
          hint={t('account.mailLocaleHint')}
          error={errorText(ctx, errors, 'locale')}
          value={account.locale}
          options={locales.map((l) => ({ value: l, label: languageNames[l] }))}
        />
        <div>
          <button type="submit" class="kern-btn kern-btn--secondary">
            <span class="kern-label">{t('account.mailLocaleSave')}</span>
          </button>
        </div>
      </form>
      {account.backOffice && (
        <p>
          <a class="kern-btn kern-btn--primary" href={localePath(locale, '/verwaltung')}>
            <span class="kern-label">{t('account.backOffice')}</span>
          </a>
        </p>
      )}
      <div class="lotse-filters__actions">
        <form method="post" action={localePath(locale, '/abmelden')}>
          <input type="hidden" name={CSRF_FIELD} value={csrf} />
          <button type="submit" class="kern-btn kern-btn--primary">
            <span class="kern-label">{t('account.signOut')}</span>
          </button>
        </form>
        <form method="post" action={localePath(locale, '/ueberall-abmelden')}>
          <input type="hidden" name={CSRF_FIELD} value={csrf} />
          <button type="submit" class="kern-btn kern-btn--secondary">
            <span class="kern-label">{t('account.signOutEverywhere')}</span>
          </button>
        </form>
      </div>
    </Layout>
  );
}
