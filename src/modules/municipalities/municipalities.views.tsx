// Back-office pages of municipalities: the list one may manage and the settings form (council bodies
// with their decision prefixes, participation quorum).
import type { FormErrors } from '../../lib/form-errors.js';
import { formatNumber } from '../../lib/format.js';
import { Alert } from '../../views/components.js';
import { BackOfficeLayout } from '../../platform/back-office/frame.js';
import { Checkbox, CsrfField, ErrorSummary, errorText, SubmitButton, TextField } from '../../views/form-fields.js';
import { localePath } from '../../views/page-context.js';
import type { BackOfficePage } from '../../platform/back-office/frame.js';
import { DataTable, Td, Th, Tr } from '../../views/table.js';
import type { SettingsValues } from './municipalities.schemas.js';
import type { MunicipalityView } from './municipalities.service.js';

export function MunicipalityListPage({ ctx, nav, municipalities }: BackOfficePage & { municipalities: MunicipalityView[] }) {
  const { t, locale } = ctx;
  return (
    <BackOfficeLayout ctx={ctx} title={t('municipality.list.title')} nav={nav} current="municipalities">
      <h1 class="kern-heading-large">{t('municipality.list.title')}</h1>
      <p class="kern-body">{t('municipality.list.intro')}</p>
      <DataTable
        caption={<span class="kern-sr-only">{t('municipality.list.title')}</span>}
        head={
          <>
            <Th>{t('municipality.name')}</Th>
            <Th>{t('municipality.bodies')}</Th>
            <Th numeric>{t('municipality.quorum')}</Th>
          </>
        }
      >
        {municipalities.map((m) => (
          <Tr>
            <Td>
              <a class="kern-link" href={localePath(locale, `/verwaltung/kommunen/${m.slug}`)}>
                {m.name}
              </a>
            </Td>
            <Td>{m.decisionBodies.map((b) => `${b.prefix} – ${b.name}`).join('; ') || '–'}</Td>
            <Td numeric>{m.participationQuorum !== null ? formatNumber(m.participationQuorum, locale) : t('municipality.quorumUnset')}</Td>
          </Tr>
        ))}
      </DataTable>
    </BackOfficeLayout>
  );
}

const BLANK_ROWS = 3;

export function MunicipalitySettingsPage({
  ctx,
  nav,
  csrf,
  municipality,
  values,
  errors,
  saved,
}: BackOfficePage & { municipality: MunicipalityView; values: SettingsValues; errors: FormErrors; saved: boolean }) {
  const { t, locale } = ctx;
  const rows = [...values.bodies, ...Array.from({ length: BLANK_ROWS }, () => ({ prefix: '', name: '' }))];
  return (
    <BackOfficeLayout ctx={ctx} title={municipality.name} nav={nav} current="municipalities">
      <p>
        <a class="kern-link" href={localePath(locale, '/verwaltung/kommunen')}>
          {t('municipality.back')}
        </a>
      </p>
      <h1 class="kern-heading-large">{municipality.name}</h1>
      {saved && <Alert kind="success" title={t('municipality.saved')} />}
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={localePath(locale, `/verwaltung/kommunen/${municipality.slug}`)} novalidate>
        <CsrfField token={csrf} />
        <fieldset class="kern-fieldset lotse-form-section">
          <legend class="kern-heading-medium">{t('municipality.bodies')}</legend>
          <p class="kern-body">{t('municipality.bodiesHint')}</p>
          <input type="hidden" name="body_count" value={String(rows.length)} />
          {rows.map((row, i) => (
            <div class="lotse-decision-row" role="group" aria-label={t('municipality.bodyN', { n: i + 1 })}>
              <TextField
                id={`body_${i}_prefix`}
                label={t('municipality.prefix', { n: i + 1 })}
                value={row.prefix}
                error={errorText(ctx, errors, `body_${i}_prefix`)}
              />
              <TextField
                id={`body_${i}_name`}
                label={t('municipality.bodyName', { n: i + 1 })}
                value={row.name}
                error={errorText(ctx, errors, `body_${i}_name`)}
                lang="de"
              />
              {i < values.bodies.length && (
                <Checkbox id={`body_${i}_remove`} name={`body_${i}_remove`} label={t('municipality.remove')} checked={false} />
              )}
            </div>
          ))}
        </fieldset>
        <fieldset class="kern-fieldset lotse-form-section">
          <legend class="kern-heading-medium">{t('municipality.participation')}</legend>
          <TextField
            id="quorum"
            label={t('municipality.quorum')}
            hint={t('municipality.quorumHint')}
            value={values.quorum}
            error={errorText(ctx, errors, 'quorum')}
            inputmode="numeric"
          />
        </fieldset>
        <SubmitButton label={t('municipality.save')} />
      </form>
    </BackOfficeLayout>
  );
}
