// The back-office page of one's own second factor: not set up (start), setting up (QR code, key, first
// code), just switched on (the recovery codes, once), and on (fresh recovery codes, turning it off).
import type { FormErrors } from '../../lib/form-errors.js';
import { formatDateTime } from '../../lib/format.js';
import { Alert, Fact } from '../../views/components.js';
import { BackOfficeLayout } from '../../platform/back-office/frame.js';
import { CsrfField, ErrorSummary, errorText, SubmitButton, TextField } from '../../views/form-fields.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import type { BackOfficePage } from '../../platform/back-office/frame.js';
import type { SecondFactorState } from './second-factor.service.js';
import { groupedSecret } from './totp.js';

interface SecondFactorPageProps extends BackOfficePage {
  email: string;
  state: SecondFactorState;
  /** Where to go on once enrolled (the page that sent the person here). */
  back: string | null;
  notice?: string | undefined;
  errors: FormErrors;
  /** Shown once, right after switching on or renewing. */
  recoveryCodes?: string[] | undefined;
}

const path = (ctx: PageContext, suffix = '') => localePath(ctx.locale, `/verwaltung/zweiter-faktor${suffix}`);

function BackField({ back }: { back: string | null }) {
  return back ? <input type="hidden" name="weiter" value={back} /> : null;
}

function CodeField({ ctx, errors, id = 'code', label }: { ctx: PageContext; errors: FormErrors; id?: string; label?: string }) {
  return (
    <TextField
      id={id}
      label={label ?? ctx.t('secondFactor.code')}
      value=""
      error={errorText(ctx, errors, id)}
      autocomplete="one-time-code"
      inputmode="numeric"
      required
    />
  );
}

export function RecoveryCodes({ ctx, codes, back }: { ctx: PageContext; codes: string[]; back: string | null }) {
  const { t, locale } = ctx;
  return (
    <section class="lotse-panel" aria-labelledby="recovery-heading">
      <h2 class="kern-heading-medium" id="recovery-heading">
        {t('secondFactor.recoveryTitle')}
      </h2>
      <p class="kern-body">{t('secondFactor.recoveryIntro')}</p>
      <ol class="kern-list lotse-codes">
        {codes.map((c) => (
          <li>
            <code>{c}</code>
          </li>
        ))}
      </ol>
      <p>
        <a class="kern-btn kern-btn--primary" href={back ?? localePath(locale, '/konto')}>
          <span class="kern-label">{t('secondFactor.continue')}</span>
        </a>
      </p>
    </section>
  );
}

export function SecondFactorPage({ ctx, nav, csrf, email, state, back, notice, errors, recoveryCodes }: SecondFactorPageProps) {
  const { t, locale } = ctx;
  return (
    <BackOfficeLayout ctx={ctx} title={t('secondFactor.title')} nav={nav} current="account">
      <h1 class="kern-heading-large">{t('secondFactor.title')}</h1>
      {notice && <Alert kind="success" title={notice} />}
      <ErrorSummary ctx={ctx} errors={errors} />
      {recoveryCodes ? (
        <RecoveryCodes ctx={ctx} codes={recoveryCodes} back={back} />
      ) : state.confirmedAt ? (
        <>
          <p class="kern-body">{t('secondFactor.activeSince', { date: formatDateTime(new Date(state.confirmedAt), locale) })}</p>
          <p class="kern-body">{t('secondFactor.codesLeft', { count: state.recoveryCodesLeft })}</p>
          <section class="lotse-panel" aria-labelledby="renew-heading">
            <h2 class="kern-heading-small" id="renew-heading">
              {t('secondFactor.renewTitle')}
            </h2>
            <p class="kern-body">{t('secondFactor.renewHint')}</p>
            <form method="post" action={path(ctx, '/wiederherstellungscodes')} class="lotse-form-section" novalidate>
              <CsrfField token={csrf} />
              <CodeField ctx={ctx} errors={errors} id="renew_code" />
              <div>
                <SubmitButton kind="secondary" label={t('secondFactor.renew')} />
              </div>
            </form>
          </section>
          <section class="lotse-panel" aria-labelledby="off-heading">
            <h2 class="kern-heading-small" id="off-heading">
              {t('secondFactor.offTitle')}
            </h2>
            {state.mayTurnOff ? (
              <>
                <p class="kern-body">{t('secondFactor.offHint')}</p>
                <form method="post" action={path(ctx, '/ausschalten')} class="lotse-form-section" novalidate>
                  <CsrfField token={csrf} />
                  <TextField
                    id="confirmation"
                    type="password"
                    label={t('secondFactor.offField')}
                    value=""
                    error={errorText(ctx, errors, 'confirmation')}
                    autocomplete="off"
                    required
                  />
                  <div>
                    <SubmitButton kind="secondary" label={t('secondFactor.off')} />
                  </div>
                </form>
              </>
            ) : (
              <p class="kern-body">{t('secondFactor.offRequired')}</p>
            )}
          </section>
        </>
      ) : state.pending ? (
        <>
          <p class="kern-body">{t('secondFactor.intro')}</p>
          <ol class="kern-list">
            <li>{t('secondFactor.step1')}</li>
            <li>
              {t('secondFactor.step2')}
              <p>
                <img class="lotse-qr" src={state.pending.qrCode} alt={t('secondFactor.qrAlt', { email })} width={200} height={200} />
              </p>
              <dl class="kern-description-list">
                <Fact label={t('secondFactor.secret')}>
                  <code id="totp-secret">{groupedSecret(state.pending.secret)}</code>
                  <br />
                  <span class="kern-body kern-body--small">{t('secondFactor.secretHint')}</span>
                </Fact>
              </dl>
            </li>
            <li>
              {t('secondFactor.step3')}
              <form method="post" action={path(ctx, '/bestaetigen')} class="lotse-form-section" novalidate>
                <CsrfField token={csrf} />
                <BackField back={back} />
                <CodeField ctx={ctx} errors={errors} />
                <div>
                  <SubmitButton label={t('secondFactor.confirm')} />
                </div>
              </form>
            </li>
          </ol>
        </>
      ) : (
        <>
          {state.required && <Alert kind="warning" title={t('secondFactor.requiredNotice')} />}
          <p class="kern-body">{t('secondFactor.intro')}</p>
          <p class="kern-body">{t('secondFactor.notSetUp')}</p>
          <form method="post" action={path(ctx, '/starten')}>
            <CsrfField token={csrf} />
            <BackField back={back} />
            <SubmitButton label={t('secondFactor.start')} />
          </form>
        </>
      )}
    </BackOfficeLayout>
  );
}
