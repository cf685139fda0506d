// Pages of a resident's own account: signing in by link (or password), the profile with settings and
// own contributions, and deleting the account.
import { locales } from '../../lib/localized.js';
import { ConfirmStep } from '../../views/confirm-step.js';
import type { ComponentChildren } from 'preact';
import type { FormErrors } from '../../lib/form-errors.js';
import { formatDateTime } from '../../lib/format.js';
import { Alert, Badge, PrivacyNoticeLink } from '../../views/components.js';
import { CsrfField, ErrorSummary, Honeypot, errorText, SelectField, SubmitButton, TextField } from '../../views/form-fields.js';
import { languageNames, Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import type { Resident } from '../../platform/resident-session.js';
import type { ContributionsView, NetworkEntriesView } from './residents.view-model.js';

export function SignInPage({
  ctx,
  csrf,
  returnPath,
  form,
  passwordForm,
}: {
  ctx: PageContext;
  csrf: string;
  returnPath: string | null;
  form: { values: Record<string, string>; errors: FormErrors };
  passwordForm?: { email: string; error?: string };
}) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('residents.signIn.title')} noindex>
      <h1 class="kern-heading-large">{t('residents.signIn.title')}</h1>
      <p class="kern-body kern-body--large">{t('residents.signIn.intro')}</p>
      <ErrorSummary ctx={ctx} errors={form.errors} />
      <form method="post" action={localePath(locale, '/buergerkonto/anmelden')} class="lotse-form" novalidate>
        <PrivacyNoticeLink ctx={ctx} section="buergerkonto" />
        <CsrfField token={csrf} />
        {returnPath && <input type="hidden" name="weiter" value={returnPath} />}
        <Honeypot />
        <TextField
          id="email"
          type="email"
          label={t('signin.email')}
          hint={t('residents.signIn.emailHint')}
          value={form.values.email ?? ''}
          autocomplete="email"
          required
          error={errorText(ctx, form.errors, 'email')}
        />
        <SubmitButton label={t('residents.signIn.sendLink')} />
      </form>
      <details class="lotse-details" open={passwordForm !== undefined}>
        <summary class="kern-body">{t('residents.signIn.withPassword')}</summary>
        {passwordForm?.error && <Alert kind="danger" title={passwordForm.error} />}
        <form method="post" action={localePath(locale, '/buergerkonto/passwort-anmelden')} class="lotse-form" novalidate>
          <CsrfField token={csrf} />
          {returnPath && <input type="hidden" name="weiter" value={returnPath} />}
          <TextField
            id="pw-email"
            name="email"
            type="email"
            label={t('signin.email')}
            value={passwordForm?.email ?? ''}
            autocomplete="username"
            required
          />
          <TextField
            id="pw-password"
            name="password"
            type="password"
            label={t('signin.password')}
            value=""
            autocomplete="current-password"
            required
          />
          <SubmitButton label={t('residents.signIn.submitPassword')} kind="secondary" />
        </form>
      </details>
      <p class="kern-body">{t('residents.signIn.privacy')}</p>
    </Layout>
  );
}

function Section({ title, id, children }: { title: string; id: string; children: ComponentChildren }) {
  return (
    <section class="lotse-section" aria-labelledby={id}>
      <h2 class="kern-heading-medium" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export function ProfilePage(props: {
  ctx: PageContext;
  csrf: string;
  resident: Resident;
  form: { values: Record<string, string>; errors: FormErrors };
  saved: boolean;
  contributions: ContributionsView;
  follows: ComponentChildren;
  network: NetworkEntriesView;
  notice?: string | undefined;
}) {
  const { ctx, csrf, resident, form, saved, contributions } = props;
  const { t, locale } = ctx;
  const v = (k: string, fallback: string) => form.values[k] ?? fallback;
  return (
    <Layout ctx={ctx} title={t('residents.profile.title')} noindex>
      <h1 class="kern-heading-large">{t('residents.profile.title')}</h1>
      <p class="kern-body">{t('residents.profile.signedInAs', { email: resident.email })}</p>
      {resident.blocked && <Alert kind="warning" title={t('residents.blocked')} />}
      {saved && <Alert kind="success" title={t('residents.profile.saved')} />}
      {props.notice && <Alert kind="success" title={props.notice} />}

      <Section title={t('residents.profile.settings')} id="einstellungen">
        <ErrorSummary ctx={ctx} errors={form.errors} />
        <form method="post" action={localePath(locale, '/buergerkonto')} class="lotse-form" novalidate>
          <CsrfField token={csrf} />
          {!resident.blocked && (
            <TextField
              id="display_name"
              label={t('residents.profile.displayName')}
              hint={t('residents.profile.displayNameHint')}
              value={v('display_name', resident.displayName ?? '')}
              autocomplete="nickname"
              error={errorText(ctx, form.errors, 'display_name')}
            />
          )}
          <SelectField
            id="locale"
            label={t('residents.profile.locale')}
            value={v('locale', resident.locale)}
            options={locales.map((l) => ({ value: l, label: languageNames[l] }))}
          />
          <SelectField
            id="notify_mode"
            label={t('residents.profile.notifyMode')}
            hint={t('residents.profile.notifyModeHint')}
            value={v('notify_mode', resident.notifyMode)}
            options={(['immediate', 'daily', 'off'] as const).map((m) => ({ value: m, label: t(`residents.notify.${m}`) }))}
          />
          {resident.hasPassword && (
            <TextField
              id="current_password"
              type="password"
              label={t('residents.profile.currentPassword')}
              hint={t('residents.profile.currentPasswordHint')}
              value=""
              autocomplete="current-password"
              error={errorText(ctx, form.errors, 'current_password')}
            />
          )}
          <TextField
            id="password"
            type="password"
            label={t(resident.hasPassword ? 'residents.profile.newPassword' : 'residents.profile.password')}
            hint={t('residents.profile.passwordHint')}
            value=""
            autocomplete="new-password"
            error={errorText(ctx, form.errors, 'password')}
          />
          <TextField
            id="password2"
            type="password"
            label={t('setup.password2')}
            value=""
            autocomplete="new-password"
            error={errorText(ctx, form.errors, 'password2')}
          />
          <SubmitButton label={t('residents.profile.save')} />
        </form>
      </Section>

      {props.follows}

      <Section title={t('residents.profile.ideas')} id="ideen">
        {contributions.ideas.length === 0 ? (
          <p class="kern-body">{t('residents.profile.none')}</p>
        ) : (
          <ul class="kern-list">
            {contributions.ideas.map((i) => (
              <li>
                <a class="kern-link" href={localePath(locale, `/beteiligung/${i.processSlug}/ideen/${i.id}`)}>
                  {i.title}
                </a>{' '}
                <Badge>{t(`ideas.status.${i.status}`)}</Badge> {t('ideas.supports', { count: i.supportCount })}
                {i.hidden && (
                  <>
                    {' '}
                    <Badge kind="warning">{t('comments.hidden')}</Badge>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t('residents.profile.comments')} id="kommentare">
        {contributions.comments.length === 0 ? (
          <p class="kern-body">{t('residents.profile.none')}</p>
        ) : (
          <ul class="kern-list">
            {contributions.comments.map((c) => (
              <li>
                <a class="kern-link" href={localePath(locale, c.path)}>
                  {c.body.length > 80 ? `${c.body.slice(0, 80)}…` : c.body}
                </a>{' '}
                <span class="kern-body--small">{formatDateTime(c.createdAt, locale)}</span>
                {c.hidden && (
                  <>
                    {' '}
                    <Badge kind="warning">{t('comments.hidden')}</Badge>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t('residents.profile.supports')} id="unterstuetzungen">
        {contributions.supports.length === 0 ? (
          <p class="kern-body">{t('residents.profile.none')}</p>
        ) : (
          <ul class="kern-list">
            {contributions.supports.map((s) => (
              <li>
                <a class="kern-link" href={localePath(locale, `/beteiligung/${s.processSlug}/ideen/${s.id}`)}>
                  {s.title}
                </a>
              </li>
            ))}
          </ul>
        )}
      </Section>

      {(props.network.partners.length > 0 || props.network.cases.length > 0) && (
        <Section title={t('residents.profile.network')} id="netzwerk">
          <ul class="kern-list">
            {props.network.partners.map((p) => (
              <li>
                <a class="kern-link" href={localePath(locale, `/netzwerk/${p.slug}/bearbeiten`)}>
                  {p.name}
                </a>{' '}
                <Badge kind={p.verified && !p.hidden ? 'success' : 'warning'}>
                  {t(p.hidden ? 'comments.hidden' : p.verified ? 'network.admin.verified' : 'network.admin.unverified')}
                </Badge>
              </li>
            ))}
            {props.network.cases.map((c) => (
              <li>
                <a class="kern-link" href={localePath(locale, `/beratung/${c.id}`)}>
                  {c.title}
                </a>{' '}
                <Badge>{t(`network.case.status.${c.status as 'requested'}`)}</Badge>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section title={t('residents.profile.yourData')} id="daten">
        <p class="kern-body">{t('residents.profile.yourDataText')}</p>
        <p class="kern-body">
          <a class="kern-link" href={localePath(locale, '/buergerkonto/daten.json')} download>
            {t('residents.profile.export')}
          </a>
        </p>
        <p class="kern-body">
          <a class="kern-link" href={localePath(locale, '/buergerkonto/loeschen')}>
            {t('residents.profile.delete')}
          </a>
        </p>
        <form method="post" action={localePath(locale, '/buergerkonto/abmelden')}>
          <CsrfField token={csrf} />
          <SubmitButton label={t('residents.signOut')} kind="secondary" />
        </form>
      </Section>
    </Layout>
  );
}

export function DeletePage({ ctx, csrf, error }: { ctx: PageContext; csrf: string; error?: string }) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('residents.delete.title')} noindex>
      <h1 class="kern-heading-large">{t('residents.delete.title')}</h1>
      <p class="kern-body">{t('residents.delete.text')}</p>
      {error && <Alert kind="danger" title={error} />}
      <ConfirmStep
        action={localePath(locale, '/buergerkonto/loeschen')}
        csrf={csrf}
        check={{ name: 'confirm', label: t('residents.delete.confirm') }}
        label={t('residents.delete.submit')}
      />
      <p class="kern-body">
        <a class="kern-link" href={localePath(locale, '/buergerkonto')}>
          {t('participation.back')}
        </a>
      </p>
    </Layout>
  );
}
