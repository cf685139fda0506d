// A participation request's public page: its status, signature counter, reasoning and outcome, and the
// signature form while signatures are being collected.
import { formatDate } from '../../lib/format.js';
import { Alert, Badge, PrivacyNoticeLink } from '../../views/components.js';
import { CsrfField, ErrorSummary, errorText, Honeypot, SubmitButton, TextField } from '../../views/form-fields.js';
import { Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { CheckboxWithError, Consent, type FormState } from './participation.forms.views.js';
import type { RequestPageView } from './participation.view-model.js';
import { decisionLabel, isoDay, RequestProgress, requestStatusKind } from './participation.views.js';
import { AgendaItemLink } from './participation.agenda-item.views.js';

export function RequestPage({
  ctx,
  csrf,
  request,
  form,
  notice,
}: {
  ctx: PageContext;
  csrf: string;
  request: RequestPageView;
  form: FormState;
  notice?: string | undefined;
}) {
  const { t, locale } = ctx;
  const collecting = request.kind === 'signatures' && (request.status === 'received' || request.status === 'quorum_reached');
  return (
    <Layout ctx={ctx} title={request.title} current="register">
      <p>
        <a class="kern-link" href={localePath(locale, `/vorhaben/${request.projectSlug}`)}>
          {t('participation.backToProject')}
        </a>
      </p>
      <h1 class="kern-heading-large" lang={request.textLanguage}>
        {request.title}
      </h1>
      <p class="kern-body">
        <Badge kind={requestStatusKind[request.status]}>{t(`participation.status.${request.status}`)}</Badge>{' '}
        {t(request.kind === 'signatures' ? 'participation.request.kindSignatures' : 'participation.request.kindInformal')} ·{' '}
        {formatDate(isoDay(request.createdAt), locale)}
      </p>
      {notice && <Alert kind="success" title={notice} />}
      <RequestProgress ctx={ctx} request={request} />
      <section class="lotse-section" aria-labelledby="reasoning-heading">
        <h2 class="kern-heading-medium" id="reasoning-heading">
          {t('participation.request.reasoning')}
        </h2>
        <p class="kern-body lotse-preline" lang={request.textLanguage}>
          {request.reasoning}
        </p>
      </section>
      {(request.agendaReference || request.agendaItem || request.decisionText) && (
        <section class="lotse-section" aria-labelledby="outcome-heading">
          <h2 class="kern-heading-medium" id="outcome-heading">
            {t('participation.request.outcome')}
          </h2>
          {request.agendaReference && <p class="kern-body">{t('participation.request.agenda', { reference: request.agendaReference })}</p>}
          {request.agendaItem && <AgendaItemLink ctx={ctx} item={request.agendaItem} />}
          {request.agendaDecision && (
            <p class="kern-body">
              {t('participation.request.linkedDecision')}{' '}
              <a class="kern-link" href={localePath(ctx.locale, `/vorhaben/${request.projectSlug}#decisions`)} lang="de">
                {decisionLabel(request.agendaDecision)}
              </a>
            </p>
          )}
          {request.decisionText && (
            <p class="kern-body lotse-preline" lang={request.decisionLanguage}>
              {request.decisionText}
            </p>
          )}
        </section>
      )}
      {collecting && (
        <section class="lotse-section" aria-labelledby="sign-heading">
          <h2 class="kern-heading-medium" id="sign-heading">
            {t('participation.sign.title')}
          </h2>
          <p class="kern-body">{t('participation.sign.intro')}</p>
          <ErrorSummary ctx={ctx} errors={form.errors} />
          <form
            method="post"
            action={localePath(locale, `/beteiligung/anregungen/${request.id}/unterschreiben`)}
            class="lotse-form-section"
            novalidate
          >
            <PrivacyNoticeLink ctx={ctx} section="unterschriften" />
            <CsrfField token={csrf} />
            <TextField
              id="name"
              label={t('participation.sign.name')}
              value={form.values.name ?? ''}
              error={errorText(ctx, form.errors, 'name')}
              autocomplete="name"
              required
            />
            <TextField
              id="residence"
              label={t('participation.sign.residence')}
              value={form.values.residence ?? ''}
              error={errorText(ctx, form.errors, 'residence')}
              autocomplete="address-level2"
              required
            />
            <TextField
              id="email"
              type="email"
              label={t('signin.email')}
              hint={t('participation.sign.emailHint')}
              value={form.values.email ?? ''}
              error={errorText(ctx, form.errors, 'email')}
              autocomplete="email"
              required
            />
            <CheckboxWithError ctx={ctx} form={form} id="age" label={t('participation.sign.age')} />
            <Honeypot />
            <Consent ctx={ctx} form={form} label={t('participation.sign.consent')} />
            <div>
              <SubmitButton label={t('participation.sign.submit')} />
            </div>
          </form>
        </section>
      )}
    </Layout>
  );
}
