// Pages of alerts without an account: the subscription form (with the register filter it carries), the
// "check your mailbox" page, and the two steps behind the mailed links — confirm and unsubscribe — each a
// page with one button (a link scanner that opens the link changes nothing).
import { alertModes, type AlertMode } from '../../db/schema.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { Alert, Fact } from '../../views/components.js';
import { CsrfField, ErrorSummary, errorText, Honeypot, SubmitButton, TextField } from '../../views/form-fields.js';
import { StepPage } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { type AlertFilters, registerQuery } from './alerts.schemas.js';

/** A filter in words: what each field is set to, with the names of municipality and topic. */
export interface FilterLine {
  label: string;
  value: string;
}

export function SubscribePage({
  ctx,
  csrf,
  filters,
  lines,
  values,
  errors = {},
}: {
  ctx: PageContext;
  csrf: string;
  filters: AlertFilters;
  lines: FilterLine[];
  values: { email: string; mode: string };
  errors?: FormErrors;
}) {
  const { t, locale } = ctx;
  const modeError = errorText(ctx, errors, 'mode');
  return (
    <StepPage ctx={ctx} title={t('alerts.subscribe.title')} current="register">
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="kern-body">{t('alerts.subscribe.intro')}</p>
      <h2 class="kern-heading-small">{t('alerts.subscribe.filter')}</h2>
      {lines.length === 0 ? (
        <p class="kern-body">{t('alerts.subscribe.everything')}</p>
      ) : (
        <dl class="kern-description-list">
          {lines.map((l) => (
            <Fact label={l.label}>{l.value}</Fact>
          ))}
        </dl>
      )}
      <p class="kern-body">
        <a class="kern-link" href={`${localePath(locale, '/vorhaben')}${registerQuery(filters)}`}>
          {t('alerts.subscribe.change')}
        </a>
      </p>
      <form method="post" action={localePath(locale, '/benachrichtigen')} novalidate>
        <CsrfField token={csrf} />
        {Object.entries(filters).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <Honeypot />
        <TextField
          id="email"
          type="email"
          autocomplete="email"
          label={t('alerts.subscribe.email')}
          hint={t('alerts.subscribe.emailHint')}
          value={values.email}
          error={errorText(ctx, errors, 'email')}
          required
        />
        <fieldset class={`kern-fieldset${modeError ? ' kern-fieldset--error' : ''}`} id="mode">
          <legend class="kern-label">{t('alerts.subscribe.mode')}</legend>
          {modeError && (
            <p class="kern-error" role="alert">
              {modeError}
            </p>
          )}
          <div class="kern-fieldset__body">
            {alertModes.map((m) => (
              <div class="kern-form-check">
                <input
                  class="kern-form-check__radio"
                  type="radio"
                  id={`mode-${m}`}
                  name="mode"
                  value={m}
                  checked={(values.mode || 'immediate') === m}
                />
                <label class="kern-label" for={`mode-${m}`}>
                  {t(`alerts.modeChoice.${m}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <p class="kern-body kern-body--small">{t('alerts.subscribe.privacy')}</p>
        <SubmitButton label={t('alerts.subscribe.submit')} />
      </form>
    </StepPage>
  );
}

export function SentPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <StepPage ctx={ctx} title={t('alerts.sent.title')}>
      <Alert kind="success" title={t('alerts.sent.title')} />
      <p class="kern-body">{t('alerts.sent.text')}</p>
    </StepPage>
  );
}

/** A step behind a mailed link: one button posting the token back in the address (as RFC 8058 posts it). */
export function TokenStepPage({ ctx, step, token }: { ctx: PageContext; step: 'confirm' | 'unsubscribe'; token: string }) {
  const { t, locale } = ctx;
  const path = step === 'confirm' ? '/benachrichtigen/bestaetigen' : '/benachrichtigen/abbestellen';
  return (
    <StepPage ctx={ctx} title={t(`alerts.${step}.title`)}>
      <p class="kern-body">{t(`alerts.${step}.text`)}</p>
      <form method="post" action={`${localePath(locale, path)}?token=${encodeURIComponent(token)}`}>
        <SubmitButton label={t(`alerts.${step}.submit`)} />
      </form>
    </StepPage>
  );
}

export function StepDonePage({ ctx, step, mode }: { ctx: PageContext; step: 'confirm' | 'unsubscribe'; mode?: AlertMode }) {
  const { t } = ctx;
  return (
    <StepPage ctx={ctx} title={t(`alerts.${step}.title`)}>
      <Alert kind="success" title={t(`alerts.${step}.done`)} />
      {step === 'confirm' && mode && <p class="kern-body">{t(`alerts.confirm.doneText.${mode}`)}</p>}
      {step === 'unsubscribe' && <p class="kern-body">{t('alerts.unsubscribe.doneText')}</p>}
    </StepPage>
  );
}

export function InvalidLinkPage({ ctx, step }: { ctx: PageContext; step: 'confirm' | 'unsubscribe' }) {
  const { t } = ctx;
  return (
    <StepPage ctx={ctx} title={t(`alerts.${step}.title`)}>
      <Alert kind="danger" title={t(`alerts.${step}.invalid`)} />
    </StepPage>
  );
}
