// Back-office pages of council information: the municipalities one may set up, and one municipality's
// settings (OParl system, body, reference scheme, lead time) with the way to its sync runs, decisions,
// suggestions and the Vorhaben listed too late.
import type { FormErrors } from '../../lib/form-errors.js';
import { formatDateTime, formatNumber } from '../../lib/format.js';
import { Alert } from '../../views/components.js';
import { BackOfficeLayout, type BackOfficePage } from '../../platform/back-office/frame.js';
import { CsrfField, ErrorSummary, errorText, SelectField, SubmitButton, TextField } from '../../views/form-fields.js';
import { localePath } from '../../views/page-context.js';
import { councilPath } from './council-paths.js';
import { DataTable, Td, Th, Tr } from '../../views/table.js';
import type { SettingsValues } from './council.schemas.js';
import type { BodyOption, CouncilOverviewItem, CouncilSettingsView } from './council.service.js';
import { RunStatus } from './council-runs.views.js';

/** The placeholders of a reference pattern, shown as they are typed (t() would otherwise fill them in). */
const placeholders = { body: '{body}', number: '{number}', year: '{year}' };

export function CouncilOverviewPage({ ctx, nav, municipalities }: BackOfficePage & { municipalities: CouncilOverviewItem[] }) {
  const { t, locale } = ctx;
  return (
    <BackOfficeLayout ctx={ctx} title={t('council.title')} nav={nav} current="council">
      <h1 class="kern-heading-large">{t('council.title')}</h1>
      <p class="kern-body">{t('council.intro')}</p>
      <DataTable
        caption={<span class="kern-sr-only">{t('council.title')}</span>}
        head={
          <>
            <Th>{t('municipality.name')}</Th>
            <Th>{t('council.body')}</Th>
            <Th>{t('council.lastRun')}</Th>
            <Th numeric>{t('council.run.faults')}</Th>
          </>
        }
      >
        {municipalities.map((m) => (
          <Tr>
            <Td>
              <a class="kern-link" href={localePath(locale, councilPath(m.slug))}>
                {m.name}
              </a>
            </Td>
            <Td>{m.systemUrl ? (m.bodyName ?? t('council.bodyUnknown')) : t('council.notConfigured')}</Td>
            <Td>
              {m.lastRun ? (
                <>
                  {formatDateTime(m.lastRun.startedAt, locale)} <RunStatus ctx={ctx} status={m.lastRun.status} />
                </>
              ) : (
                '–'
              )}
            </Td>
            <Td numeric>{m.lastRun ? formatNumber(m.lastRun.faultCount, locale) : '–'}</Td>
          </Tr>
        ))}
      </DataTable>
    </BackOfficeLayout>
  );
}

export function CouncilSettingsPage({
  ctx,
  nav,
  csrf,
  settings,
  values,
  bodies,
  errors,
  notice,
  runningSince,
}: BackOfficePage & {
  settings: CouncilSettingsView;
  values: SettingsValues;
  /** The system's bodies to choose from, when a save asked for a choice. */
  bodies: BodyOption[];
  errors: FormErrors;
  notice: 'saved' | 'queued' | 'running' | null;
  /** When the sync that runs now started, if one runs. */
  runningSince: Date | null;
}) {
  const { t, locale } = ctx;
  const action = localePath(locale, councilPath(settings.slug));
  return (
    <BackOfficeLayout ctx={ctx} title={t('council.settingsTitle', { municipality: settings.name })} nav={nav} current="council">
      <p>
        <a class="kern-link" href={localePath(locale, councilPath())}>
          {t('council.back')}
        </a>
      </p>
      <h1 class="kern-heading-large">{t('council.settingsTitle', { municipality: settings.name })}</h1>
      {notice === 'saved' && <Alert kind="success" title={t('council.saved')} />}
      {notice === 'queued' && !runningSince && <Alert kind="success" title={t('council.syncQueued')} />}
      {runningSince && (
        <Alert
          kind="info"
          title={t(notice === 'running' ? 'council.syncAlreadyRunning' : 'council.syncRunning', {
            start: formatDateTime(runningSince, locale),
          })}
        />
      )}
      <ErrorSummary ctx={ctx} errors={errors} />
      <ul class="kern-list">
        <li>
          <a class="kern-link" href={localePath(locale, councilPath(settings.slug, '/laeufe'))}>
            {t('council.runs.title')}
          </a>
        </li>
        <li>
          <a class="kern-link" href={localePath(locale, councilPath(settings.slug, '/beschluesse'))}>
            {t('council.decisions.title')}
          </a>
        </li>
        <li>
          <a class="kern-link" href={localePath(locale, councilPath(settings.slug, '/vorschlaege'))}>
            {t('council.suggestions.title')}
          </a>
        </li>
        <li>
          <a class="kern-link" href={localePath(locale, councilPath(settings.slug, '/vorlaufzeit'))}>
            {t('council.leadTime.title')}
          </a>
        </li>
      </ul>
      <form method="post" action={action} novalidate>
        <CsrfField token={csrf} />
        <fieldset class="kern-fieldset lotse-form-section">
          <legend class="kern-heading-medium">{t('council.system')}</legend>
          <TextField
            id="system_url"
            label={t('council.systemUrl')}
            hint={t('council.systemUrlHint')}
            value={values.system_url}
            error={errorText(ctx, errors, 'system_url')}
            type="url"
          />
          {bodies.length > 0 && (
            <SelectField
              id="body"
              label={t('council.body')}
              value={values.body}
              error={errorText(ctx, errors, 'body')}
              options={[{ value: '', label: t('council.chooseBody') }, ...bodies.map((b) => ({ value: b.url, label: b.name }))]}
            />
          )}
          <TextField
            id="body_url"
            label={t('council.bodyUrl')}
            hint={settings.bodyName ? t('council.bodyUrlHintCurrent', { body: settings.bodyName }) : t('council.bodyUrlHint')}
            value={values.body_url}
            error={errorText(ctx, errors, 'body_url')}
            type="url"
          />
        </fieldset>
        <fieldset class="kern-fieldset lotse-form-section">
          <legend class="kern-heading-medium">{t('council.references')}</legend>
          <TextField
            id="reference_pattern"
            label={t('council.referencePattern')}
            hint={t('council.referencePatternHint', { pattern: settings.defaultPattern, ...placeholders })}
            value={values.reference_pattern}
            error={errorText(ctx, errors, 'reference_pattern')}
          />
        </fieldset>
        <fieldset class="kern-fieldset lotse-form-section">
          <legend class="kern-heading-medium">{t('council.participation')}</legend>
          <TextField
            id="lead_time_months"
            label={t('council.leadTimeMonths')}
            hint={t('council.leadTimeHint')}
            value={values.lead_time_months}
            error={errorText(ctx, errors, 'lead_time_months')}
            inputmode="numeric"
          />
        </fieldset>
        <SubmitButton label={t('council.save')} />
      </form>
      {settings.systemUrl && (
        <form method="post" action={localePath(locale, councilPath(settings.slug, '/abgleichen'))} class="lotse-form-section">
          <CsrfField token={csrf} />
          <p class="kern-body">{t('council.syncNowHint')}</p>
          <SubmitButton kind="secondary" label={t('council.syncNow')} />
        </form>
      )}
    </BackOfficeLayout>
  );
}
