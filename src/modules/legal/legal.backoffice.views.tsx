// The admins' form for the installation's legal details (imprint, privacy notice, accessibility statement).
import { locales } from '../../lib/localized.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { BackOfficeLayout, type BackOfficePage } from '../../platform/back-office/frame.js';
import { Alert } from '../../views/components.js';
import { CsrfField, ErrorSummary, errorText, SelectField, SubmitButton, TextAreaField, TextField } from '../../views/form-fields.js';
import { localePath } from '../../views/page-context.js';
import { conformanceStates } from './legal.schemas.js';

export function LegalSettingsPage({
  ctx,
  nav,
  csrf,
  values,
  errors,
  saved,
}: BackOfficePage & { values: Record<string, string>; errors: FormErrors; saved: boolean }) {
  const { t, locale } = ctx;
  const v = (k: string) => values[k] ?? '';
  const err = (k: string) => errorText(ctx, errors, k);
  const multiline = t('legal.settings.multiline');
  return (
    <BackOfficeLayout ctx={ctx} title={t('legal.settings.title')} nav={nav} current="legal">
      <h1 class="kern-heading-large">{t('legal.settings.title')}</h1>
      <p class="kern-body">{t('legal.settings.intro')}</p>
      <ul class="kern-list kern-list--horizontal">
        {(['/impressum', '/datenschutz', '/barrierefreiheit'] as const).map((path, i) => (
          <li>
            <a class="kern-link" href={localePath(locale, path)}>
              {t((['legal.imprint.title', 'legal.privacy.title', 'legal.accessibility.title'] as const)[i]!)}
            </a>
          </li>
        ))}
      </ul>
      {saved && <Alert kind="success">{t('legal.settings.saved')}</Alert>}
      <form method="post" action={localePath(locale, '/verwaltung/rechtliches')} novalidate>
        <ErrorSummary ctx={ctx} errors={errors} />
        <CsrfField token={csrf} />
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t('legal.settings.provider')}</legend>
          <TextField id="responsibleBody" label={t('legal.responsibleBody')} value={v('responsibleBody')} error={err('responsibleBody')} />
          <TextAreaField id="address" label={t('legal.address')} hint={multiline} rows={3} value={v('address')} error={err('address')} />
          <TextField id="representative" label={t('legal.representative')} value={v('representative')} error={err('representative')} />
          <TextField id="email" type="email" label={t('legal.email')} value={v('email')} error={err('email')} />
          <TextField id="phone" label={t('legal.phone')} value={v('phone')} error={err('phone')} />
          <TextField id="vatId" label={t('legal.vatId')} value={v('vatId')} error={err('vatId')} />
          <TextAreaField
            id="contentResponsible"
            label={t('legal.contentResponsible')}
            hint={multiline}
            rows={3}
            value={v('contentResponsible')}
            error={err('contentResponsible')}
          />
          <TextAreaField
            id="dataProtectionOfficer"
            label={t('legal.settings.dpo')}
            hint={multiline}
            rows={3}
            value={v('dataProtectionOfficer')}
            error={err('dataProtectionOfficer')}
          />
          <TextAreaField
            id="supervisoryAuthority"
            label={t('legal.settings.authority')}
            hint={multiline}
            rows={5}
            value={v('supervisoryAuthority')}
            error={err('supervisoryAuthority')}
          />
        </fieldset>
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t('legal.settings.accessibility')}</legend>
          <SelectField
            id="conformance"
            label={t('legal.settings.status')}
            value={v('conformance')}
            options={conformanceStates.map((s) => ({ value: s, label: t(`legal.settings.status.${s}`) }))}
          />
          <TextField
            id="evaluationDate"
            type="date"
            label={t('legal.accessibility.evaluationDate')}
            value={v('evaluationDate')}
            error={err('evaluationDate')}
          />
          {locales.map((l) => (
            <TextAreaField
              id={`knownBarriers_${l}`}
              label={`${t('legal.settings.barriers')}: ${l.toUpperCase()}`}
              hint={multiline}
              lang={l}
              value={v(`knownBarriers_${l}`)}
              error={err(`knownBarriers_${l}`)}
            />
          ))}
          {locales.map((l) => (
            <TextAreaField
              id={`evaluationMethod_${l}`}
              label={`${t('legal.settings.method')}: ${l.toUpperCase()}`}
              rows={3}
              lang={l}
              value={v(`evaluationMethod_${l}`)}
              error={err(`evaluationMethod_${l}`)}
            />
          ))}
          <TextAreaField
            id="complaintsOffice"
            label={t('legal.settings.complaintsOffice')}
            hint={multiline}
            rows={5}
            value={v('complaintsOffice')}
            error={err('complaintsOffice')}
          />
        </fieldset>
        <SubmitButton label={t('legal.settings.save')} />
      </form>
    </BackOfficeLayout>
  );
}
