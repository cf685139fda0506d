// The imprint, the privacy notice (the installation's details plus the sections generated from every
// module's processing declaration) and the accessibility statement with its feedback form.
import type { ComponentChildren } from 'preact';
import { formatDate } from '../../lib/format.js';
import type { FormErrors } from '../../lib/form-errors.js';
import type { Locale } from '../../lib/localized.js';
import { Alert, PrivacyNoticeLink } from '../../views/components.js';
import { CsrfField, ErrorSummary, errorText, Honeypot, SubmitButton, TextAreaField, TextField } from '../../views/form-fields.js';
import { Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import type { LegalView, ProcessingSectionView } from './legal.view-model.js';

/** A multi-line setting as lines, each its own line on the page (addresses). */
function Lines({ text }: { text: string }) {
  const lines = text.split('\n').filter((l) => l.trim());
  return (
    <p class="kern-body">
      {lines.map((l, i) => (
        <>
          {i > 0 && <br />}
          {l}
        </>
      ))}
    </p>
  );
}

function Body({ ctx, settings }: { ctx: PageContext; settings: LegalView }) {
  const { t } = ctx;
  if (!settings.responsibleBody) return <Alert kind="warning">{t('legal.notSet')}</Alert>;
  return (
    <>
      <p class="kern-body">
        <strong>{settings.responsibleBody}</strong>
      </p>
      <Lines text={settings.address} />
      {settings.representative && (
        <p class="kern-body">
          {t('legal.representative')}: {settings.representative}
        </p>
      )}
      <dl class="lotse-facts">
        {settings.email && (
          <>
            <dt>{t('legal.email')}</dt>
            <dd>
              <a class="kern-link" href={`mailto:${settings.email}`}>
                {settings.email}
              </a>
            </dd>
          </>
        )}
        {settings.phone && (
          <>
            <dt>{t('legal.phone')}</dt>
            <dd>{settings.phone}</dd>
          </>
        )}
      </dl>
    </>
  );
}

function LegalLayout({ ctx, title, children }: { ctx: PageContext; title: string; children: ComponentChildren }) {
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="kern-heading-large">{title}</h1>
      {children}
    </Layout>
  );
}

export function ImprintPage({ ctx, settings }: { ctx: PageContext; settings: LegalView }) {
  const { t } = ctx;
  return (
    <LegalLayout ctx={ctx} title={t('legal.imprint.title')}>
      <p class="kern-body">{t('legal.imprint.intro')}</p>
      <h2 class="kern-heading-medium">{t('legal.responsibleBody')}</h2>
      <Body ctx={ctx} settings={settings} />
      {settings.vatId && (
        <p class="kern-body">
          {t('legal.vatId')}: {settings.vatId}
        </p>
      )}
      {settings.contentResponsible && (
        <>
          <h2 class="kern-heading-medium">{t('legal.contentResponsible')}</h2>
          <Lines text={settings.contentResponsible} />
        </>
      )}
      <h2 class="kern-heading-medium">{t('legal.software')}</h2>
      <p class="kern-body">{t('legal.softwareText')}</p>
    </LegalLayout>
  );
}

export function PrivacyPage({ ctx, settings, sections }: { ctx: PageContext; settings: LegalView; sections: ProcessingSectionView[] }) {
  const { t } = ctx;
  return (
    <LegalLayout ctx={ctx} title={t('legal.privacy.title')}>
      <p class="kern-body">{t('legal.privacy.intro')}</p>
      <nav aria-labelledby="processing-heading">
        <ul class="kern-list">
          {sections.map((s) => (
            <li>
              <a class="kern-link" href={`#${s.id}`}>
                {s.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h2 class="kern-heading-medium">{t('legal.privacy.controller')}</h2>
      <Body ctx={ctx} settings={settings} />
      {settings.dataProtectionOfficer && (
        <>
          <h2 class="kern-heading-medium">{t('legal.privacy.dpo')}</h2>
          <Lines text={settings.dataProtectionOfficer} />
        </>
      )}
      <h2 class="kern-heading-medium" id="processing-heading">
        {t('legal.privacy.processing')}
      </h2>
      {sections.map((s) => (
        <section aria-labelledby={`${s.id}-heading`}>
          <h3 class="kern-heading-small" id={`${s.id}-heading`}>
            <span id={s.id} tabindex={-1}>
              {s.title}
            </span>
          </h3>
          <dl class="lotse-facts">
            <dt>{t('legal.privacy.purpose')}</dt>
            <dd>{s.purpose}</dd>
            <dt>{t('legal.privacy.categories')}</dt>
            <dd>{s.categories}</dd>
            <dt>{t('legal.privacy.legalBasis')}</dt>
            <dd>{s.legalBasis}</dd>
            <dt>{t('legal.privacy.retention')}</dt>
            <dd>{s.retention}</dd>
          </dl>
        </section>
      ))}
      <h2 class="kern-heading-medium">{t('legal.privacy.recipients')}</h2>
      <p class="kern-body">{t('legal.privacy.recipientsText')}</p>
      <h2 class="kern-heading-medium">{t('legal.privacy.rights')}</h2>
      <p class="kern-body">{t('legal.privacy.rightsText')}</p>
      <h2 class="kern-heading-medium">{t('legal.privacy.authority')}</h2>
      <p class="kern-body">{t('legal.privacy.authorityText')}</p>
      <Lines text={settings.supervisoryAuthority} />
    </LegalLayout>
  );
}

export interface FeedbackForm {
  values: Record<string, string>;
  errors: FormErrors;
  sent?: boolean;
}

const inLanguage = (text: { de: string } & Partial<Record<Locale, string>>, locale: Locale) => {
  const own = text[locale]?.trim();
  return own ? { text: own, lang: undefined } : { text: text.de.trim(), lang: locale === 'de' ? undefined : 'de' };
};

export function AccessibilityPage({
  ctx,
  settings,
  csrf,
  form,
}: {
  ctx: PageContext;
  settings: LegalView;
  csrf: string;
  form: FeedbackForm;
}) {
  const { t, locale } = ctx;
  const barriers = inLanguage(settings.knownBarriers, locale);
  const method = inLanguage(settings.evaluationMethod, locale);
  const err = (field: string) => errorText(ctx, form.errors, field);
  return (
    <LegalLayout ctx={ctx} title={t('legal.accessibility.title')}>
      <p class="kern-body">{t('legal.accessibility.intro')}</p>
      <h2 class="kern-heading-medium">{t('legal.accessibility.status')}</h2>
      <p class="kern-body">{t(`legal.accessibility.status.${settings.conformance}`)}</p>
      <h2 class="kern-heading-medium">{t('legal.accessibility.barriers')}</h2>
      {barriers.text ? (
        <ul class="kern-list" lang={barriers.lang}>
          {barriers.text
            .split('\n')
            .filter((l) => l.trim())
            .map((l) => (
              <li>{l.replace(/^[-*]\s*/, '')}</li>
            ))}
        </ul>
      ) : (
        <p class="kern-body">{t('legal.accessibility.noBarriers')}</p>
      )}
      <h2 class="kern-heading-medium">{t('legal.accessibility.evaluation')}</h2>
      <dl class="lotse-facts">
        {settings.evaluationDate && (
          <>
            <dt>{t('legal.accessibility.evaluationDate')}</dt>
            <dd>{formatDate(settings.evaluationDate, locale)}</dd>
          </>
        )}
        {method.text && (
          <>
            <dt>{t('legal.accessibility.evaluationMethod')}</dt>
            <dd lang={method.lang}>{method.text}</dd>
          </>
        )}
      </dl>
      <h2 class="kern-heading-medium" id="rueckmeldung">
        {t('legal.accessibility.feedback')}
      </h2>
      <p class="kern-body">{t('legal.accessibility.feedbackIntro')}</p>
      <Body ctx={ctx} settings={settings} />
      {form.sent && <Alert kind="success">{t('legal.accessibility.feedbackSent')}</Alert>}
      {!settings.email ? (
        <p class="kern-body">{t('legal.accessibility.feedbackUnavailable')}</p>
      ) : (
        <form method="post" action={localePath(locale, '/barrierefreiheit/rueckmeldung')} novalidate>
          <ErrorSummary ctx={ctx} errors={form.errors} />
          <CsrfField token={csrf} />
          <Honeypot />
          <TextField
            id="name"
            label={t('legal.accessibility.form.name')}
            value={form.values.name ?? ''}
            autocomplete="name"
            error={err('name')}
          />
          <TextField
            id="email"
            type="email"
            label={t('legal.accessibility.form.email')}
            value={form.values.email ?? ''}
            autocomplete="email"
            required
            error={err('email')}
          />
          <TextField id="page" label={t('legal.accessibility.form.page')} value={form.values.page ?? ''} error={err('page')} />
          <TextAreaField
            id="message"
            label={t('legal.accessibility.form.message')}
            value={form.values.message ?? ''}
            required
            error={err('message')}
          />
          <PrivacyNoticeLink ctx={ctx} section="barrieren-melden" />
          <SubmitButton label={t('legal.accessibility.form.submit')} />
        </form>
      )}
      <h2 class="kern-heading-medium">{t('legal.accessibility.complaints')}</h2>
      <p class="kern-body">{t('legal.accessibility.complaintsText')}</p>
      <Lines text={settings.complaintsOffice} />
    </LegalLayout>
  );
}
