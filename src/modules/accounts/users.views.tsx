// Back-office pages for staff accounts (platform admins): the list, a new account, one account's roles
// and lock.
import type { Role } from '../../db/schema.js';
import { roles } from '../../db/schema.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { formatDateTime } from '../../lib/format.js';
import { Alert, Badge } from '../../views/components.js';
import { BackOfficeLayout } from '../../platform/back-office/frame.js';
import { CsrfField, ErrorSummary, errorText, SelectField, SubmitButton, TextField } from '../../views/form-fields.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import type { BackOfficePage } from '../../platform/back-office/frame.js';

const roleLabel = (ctx: PageContext, role: string) => ctx.t(`role.${role as Role}`);

function describeRole(ctx: PageContext, text: string, names: Map<string, string>): string {
  const [role, municipality] = text.split('@');
  return municipality
    ? ctx.t('account.roleFor', { role: roleLabel(ctx, role!), municipality: names.get(municipality) ?? municipality })
    : roleLabel(ctx, role!);
}

export interface AccountRow {
  id: number;
  email: string;
  name: string | null;
  hasPassword: boolean;
  disabled: boolean;
  roles: string[];
}

export function AccountListPage({
  ctx,
  nav,
  accounts,
  municipalities,
}: BackOfficePage & { accounts: AccountRow[]; municipalities: { slug: string; name: string }[] }) {
  const { t, locale } = ctx;
  const names = new Map(municipalities.map((m) => [m.slug, m.name]));
  return (
    <BackOfficeLayout ctx={ctx} title={t('users.title')} nav={nav} current="users">
      <h1 class="kern-heading-large">{t('users.title')}</h1>
      <p class="kern-body">{t('users.intro')}</p>
      <p>
        <a class="kern-btn kern-btn--primary" href={localePath(locale, '/verwaltung/konten/neu')}>
          <span class="kern-label">{t('users.new')}</span>
        </a>
      </p>
      <div class="kern-table-responsive">
        <table class="kern-table kern-table--striped">
          <caption class="kern-title">{t('users.caption', { count: accounts.length })}</caption>
          <thead class="kern-table__header">
            <tr class="kern-table__row">
              <th class="kern-table__cell" scope="col">
                {t('signin.email')}
              </th>
              <th class="kern-table__cell" scope="col">
                {t('account.name')}
              </th>
              <th class="kern-table__cell" scope="col">
                {t('account.roles')}
              </th>
              <th class="kern-table__cell" scope="col">
                {t('users.status')}
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {accounts.map((a) => (
              <tr class="kern-table__row">
                <td class="kern-table__cell">
                  <a class="kern-link" href={localePath(locale, `/verwaltung/konten/${a.id}`)}>
                    {a.email}
                  </a>
                </td>
                <td class="kern-table__cell">{a.name ?? '–'}</td>
                <td class="kern-table__cell">{a.roles.map((r) => describeRole(ctx, r, names)).join('; ') || '–'}</td>
                <td class="kern-table__cell">
                  {a.disabled ? (
                    <Badge kind="danger">{t('users.locked')}</Badge>
                  ) : a.hasPassword ? (
                    <Badge kind="success">{t('users.active')}</Badge>
                  ) : (
                    <Badge kind="info">{t('users.invited')}</Badge>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </BackOfficeLayout>
  );
}

export interface NewAccountValues {
  email: string;
  name: string;
  role: string;
  municipality: string;
}

function RoleFields({
  ctx,
  values,
  errors,
  municipalities,
}: {
  ctx: PageContext;
  values: { role: string; municipality: string };
  errors: FormErrors;
  municipalities: { slug: string; name: string }[];
}) {
  const { t } = ctx;
  return (
    <>
      <SelectField
        id="role"
        label={t('users.role')}
        hint={t('users.roleHint')}
        value={values.role}
        error={errorText(ctx, errors, 'role')}
        options={roles.map((r) => ({ value: r, label: roleLabel(ctx, r) }))}
      />
      <SelectField
        id="municipality"
        label={t('register.filter.municipality')}
        hint={t('users.municipalityHint')}
        value={values.municipality}
        error={errorText(ctx, errors, 'municipality')}
        options={[{ value: '', label: t('users.noMunicipality') }, ...municipalities.map((m) => ({ value: m.slug, label: m.name }))]}
      />
    </>
  );
}

export function NewAccountPage({
  ctx,
  nav,
  csrf,
  values,
  errors,
  municipalities,
}: BackOfficePage & { values: NewAccountValues; errors: FormErrors; municipalities: { slug: string; name: string }[] }) {
  const { t, locale } = ctx;
  return (
    <BackOfficeLayout ctx={ctx} title={t('users.new')} nav={nav} current="users">
      <p>
        <a class="kern-link" href={localePath(locale, '/verwaltung/konten')}>
          {t('users.back')}
        </a>
      </p>
      <h1 class="kern-heading-large">{t('users.new')}</h1>
      <p class="kern-body">{t('users.newIntro')}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={localePath(locale, '/verwaltung/konten/neu')} class="lotse-form-section" novalidate>
        <CsrfField token={csrf} />
        <TextField
          id="email"
          type="email"
          label={t('signin.email')}
          value={values.email}
          error={errorText(ctx, errors, 'email')}
          autocomplete="off"
          required
        />
        <TextField id="name" label={t('account.name')} value={values.name} error={errorText(ctx, errors, 'name')} autocomplete="off" />
        <RoleFields ctx={ctx} values={values} errors={errors} municipalities={municipalities} />
        <div>
          <SubmitButton label={t('users.create')} />
        </div>
      </form>
    </BackOfficeLayout>
  );
}

interface AccountPageProps extends BackOfficePage {
  user: {
    id: number;
    email: string;
    display_name: string | null;
    disabled_at: Date | null;
    created_at: Date;
    has_password: boolean;
    oidc_issuer: string | null;
  };
  roles: { id: number; role: Role; municipality: string | null; municipality_name: string | null }[];
  secondFactorSince: Date | null;
  municipalities: { slug: string; name: string }[];
  notice?: string | undefined;
  errors: FormErrors;
  values: { role: string; municipality: string };
  self: boolean;
}

export function AccountDetailPage({
  ctx,
  nav,
  csrf,
  user,
  roles: userRoles,
  secondFactorSince,
  municipalities,
  notice,
  errors,
  values,
  self,
}: AccountPageProps) {
  const { t, locale } = ctx;
  const base = localePath(locale, `/verwaltung/konten/${user.id}`);
  return (
    <BackOfficeLayout ctx={ctx} title={user.email} nav={nav} current="users">
      <p>
        <a class="kern-link" href={localePath(locale, '/verwaltung/konten')}>
          {t('users.back')}
        </a>
      </p>
      <h1 class="kern-heading-large">{user.email}</h1>
      {notice && <Alert kind="success" title={notice} />}
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="kern-body">
        {user.disabled_at ? (
          <Badge kind="danger">{t('users.locked')}</Badge>
        ) : user.has_password || user.oidc_issuer ? (
          <Badge kind="success">{t('users.active')}</Badge>
        ) : (
          <Badge kind="info">{t('users.invited')}</Badge>
        )}{' '}
        {t('users.since', { date: formatDateTime(new Date(user.created_at), locale) })}
        {user.oidc_issuer && ` · ${t('users.sso', { issuer: user.oidc_issuer })}`}
      </p>

      <section class="lotse-section" aria-labelledby="roles-heading">
        <h2 class="kern-heading-medium" id="roles-heading">
          {t('account.roles')}
        </h2>
        {userRoles.length === 0 ? (
          <p class="kern-body">{t('users.noRoles')}</p>
        ) : (
          <ul class="lotse-result-list">
            {userRoles.map((r) => (
              <li class="lotse-actions">
                <span class="kern-body">
                  {r.municipality_name
                    ? t('account.roleFor', { role: roleLabel(ctx, r.role), municipality: r.municipality_name })
                    : roleLabel(ctx, r.role)}
                </span>
                <form method="post" action={`${base}/rollen/${r.id}/entfernen`}>
                  <CsrfField token={csrf} />
                  <button
                    type="submit"
                    class="kern-btn kern-btn--tertiary"
                    aria-label={t('users.removeRoleNamed', { role: roleLabel(ctx, r.role) })}
                  >
                    <span class="kern-label">{t('users.removeRole')}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <form method="post" action={`${base}/rollen`} class="lotse-form-section" novalidate>
          <CsrfField token={csrf} />
          <RoleFields ctx={ctx} values={values} errors={errors} municipalities={municipalities} />
          <div>
            <SubmitButton kind="secondary" label={t('users.addRole')} />
          </div>
        </form>
      </section>

      <section class="lotse-panel" aria-labelledby="second-factor-heading">
        <h2 class="kern-heading-small" id="second-factor-heading">
          {t('users.secondFactorTitle')}
        </h2>
        <p class="kern-body">
          {secondFactorSince
            ? t('users.secondFactorOn', { date: formatDateTime(new Date(secondFactorSince), locale) })
            : t('users.secondFactorOff')}
        </p>
        {self ? (
          <p class="kern-body">{t('users.secondFactorNotSelf')}</p>
        ) : (
          secondFactorSince && (
            <>
              <p class="kern-body">{t('users.secondFactorResetHint')}</p>
              <form method="post" action={`${base}/zweiter-faktor/zuruecksetzen`}>
                <CsrfField token={csrf} />
                <SubmitButton kind="secondary" label={t('users.secondFactorReset')} />
              </form>
            </>
          )
        )}
      </section>

      <section class="lotse-panel" aria-labelledby="lock-heading">
        <h2 class="kern-heading-small" id="lock-heading">
          {user.disabled_at ? t('users.unlockTitle') : t('users.lockTitle')}
        </h2>
        <p class="kern-body">{user.disabled_at ? t('users.unlockHint') : t('users.lockHint')}</p>
        {self && !user.disabled_at ? (
          <p class="kern-body">{t('users.notSelf')}</p>
        ) : (
          <form method="post" action={`${base}/${user.disabled_at ? 'entsperren' : 'sperren'}`}>
            <CsrfField token={csrf} />
            <SubmitButton kind="secondary" label={user.disabled_at ? t('users.unlock') : t('users.lock')} />
          </form>
        )}
      </section>
    </BackOfficeLayout>
  );
}
