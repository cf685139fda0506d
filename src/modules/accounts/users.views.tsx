// Back-office pages for staff accounts (platform admins): the list, a new account, one account's roles
// and lock.
import type { FormErrors } from '../../lib/form-errors.js';
import { formatDateTime } from '../../lib/format.js';
import { Alert, Badge } from '../../views/components.js';
import { BackOfficeLayout } from '../../platform/back-office/frame.js';
import { CsrfField, ErrorSummary, errorText, SelectField, SubmitButton, TextField } from '../../views/form-fields.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import type { BackOfficePage } from '../../platform/back-office/frame.js';
import { DataTable, Td, Th, Tr } from '../../views/table.js';
import { type AccountDetails, type AccountSummary, type Role, roles } from './users.service.js';

const roleLabel = (ctx: PageContext, role: string) => ctx.t(`role.${role as Role}`);

function describeRole(ctx: PageContext, text: string, names: Map<string, string>): string {
  const [role, municipality] = text.split('@');
  return municipality
    ? ctx.t('account.roleFor', { role: roleLabel(ctx, role!), municipality: names.get(municipality) ?? municipality })
    : roleLabel(ctx, role!);
}

export function AccountListPage({
  ctx,
  nav,
  accounts,
  municipalities,
}: BackOfficePage & { accounts: AccountSummary[]; municipalities: { slug: string; name: string }[] }) {
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
      <DataTable
        caption={t('users.caption', { count: accounts.length })}
        striped
        head={
          <>
            <Th>{t('signin.email')}</Th>
            <Th>{t('account.name')}</Th>
            <Th>{t('account.roles')}</Th>
            <Th>{t('users.status')}</Th>
          </>
        }
      >
        {accounts.map((a) => (
          <Tr>
            <Td>
              <a class="kern-link" href={localePath(locale, `/verwaltung/konten/${a.id}`)}>
                {a.email}
              </a>
            </Td>
            <Td>{a.name ?? '–'}</Td>
            <Td>{a.roles.map((r) => describeRole(ctx, r, names)).join('; ') || '–'}</Td>
            <Td>
              {a.disabled ? (
                <Badge kind="danger">{t('users.locked')}</Badge>
              ) : a.hasPassword ? (
                <Badge kind="success">{t('users.active')}</Badge>
              ) : (
                <Badge kind="info">{t('users.invited')}</Badge>
              )}
            </Td>
          </Tr>
        ))}
      </DataTable>
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

interface AccountPageProps extends BackOfficePage, AccountDetails {
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
        {user.disabledAt ? (
          <Badge kind="danger">{t('users.locked')}</Badge>
        ) : user.hasPassword || user.oidcIssuer ? (
          <Badge kind="success">{t('users.active')}</Badge>
        ) : (
          <Badge kind="info">{t('users.invited')}</Badge>
        )}{' '}
        {t('users.since', { date: formatDateTime(new Date(user.createdAt), locale) })}
        {user.oidcIssuer && ` · ${t('users.sso', { issuer: user.oidcIssuer })}`}
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
                  {r.municipalityName
                    ? t('account.roleFor', { role: roleLabel(ctx, r.role), municipality: r.municipalityName })
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
          {user.disabledAt ? t('users.unlockTitle') : t('users.lockTitle')}
        </h2>
        <p class="kern-body">{user.disabledAt ? t('users.unlockHint') : t('users.lockHint')}</p>
        {self && !user.disabledAt ? (
          <p class="kern-body">{t('users.notSelf')}</p>
        ) : (
          <form method="post" action={`${base}/${user.disabledAt ? 'entsperren' : 'sperren'}`}>
            <CsrfField token={csrf} />
            <SubmitButton kind="secondary" label={user.disabledAt ? t('users.unlock') : t('users.lock')} />
          </form>
        )}
      </section>
    </BackOfficeLayout>
  );
}
