// Public pages of the network: the partner directory with filters, and a partner's page with its
// contact form and suggestions. The profile form is in partner-form.views.tsx.
import type { FormErrors } from '../../lib/form-errors.js';
import { formatDate } from '../../lib/format.js';
import { berlinParts } from '../../lib/berlin-time.js';
import { type LocalizedText, pick } from '../../lib/localized.js';
import { Alert, Badge, Fact, PrivacyNoticeLink } from '../../views/components.js';
import {
  CsrfField,
  ErrorSummary,
  errorText,
  Honeypot,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../views/form-fields.js';
import { Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { type DirectoryFilters, type PartnerPageView, type PartnerView, partnerKinds } from './partners.service.js';
import type { Suggestion } from './matchmaking.service.js';

export interface Options {
  municipalities: { slug: string; name: string }[];
  topics: { slug: string; name: LocalizedText }[];
}

export const topicLabel = (ctx: PageContext, name: LocalizedText) => pick(name, ctx.locale)?.text ?? '';

function PartnerCard({ ctx, p }: { ctx: PageContext; p: PartnerView }) {
  const { t, locale } = ctx;
  return (
    <li class="lotse-panel">
      <h2 class="kern-heading-small">
        <a class="kern-link" href={localePath(locale, `/netzwerk/${p.slug}`)}>
          {p.name}
        </a>
      </h2>
      <p class="kern-body kern-body--small">
        <Badge>{t(`network.kind.${p.kind}`)}</Badge>
        {p.municipalityName && ` · ${p.municipalityName}`}
        {p.topics.length > 0 && ` · ${p.topics.map((tp) => topicLabel(ctx, tp.name)).join(', ')}`}
        {p.example && <> · {t('network.example')}</>}
      </p>
      <p class="kern-body">{p.description.length > 240 ? `${p.description.slice(0, 240)}…` : p.description}</p>
    </li>
  );
}

export function DirectoryPage({
  ctx,
  partners,
  filters,
  options,
}: {
  ctx: PageContext;
  partners: PartnerView[];
  filters: DirectoryFilters;
  options: Options;
}) {
  const { t, locale } = ctx;
  const any = { value: '', label: t('register.filter.any') };
  return (
    <Layout ctx={ctx} title={t('network.title')} current="network">
      <h1 class="kern-heading-large">{t('network.title')}</h1>
      <p class="kern-body kern-body--large">{t('network.intro')}</p>
      <div class="lotse-actions">
        <a class="kern-btn kern-btn--secondary" href={localePath(locale, '/netzwerk/neu')}>
          <span class="kern-label">{t('network.register')}</span>
        </a>
        <a class="kern-btn kern-btn--secondary" href={localePath(locale, '/beratung')}>
          <span class="kern-label">{t('network.advisory.title')}</span>
        </a>
      </div>
      <form method="get" action={localePath(locale, '/netzwerk')} role="search" class="lotse-filters">
        <TextField id="q" label={t('register.search.label')} value={filters.q ?? ''} type="search" />
        <div class="lotse-filters__grid">
          <SelectField
            id="art"
            label={t('network.field.kind')}
            value={filters.kind ?? ''}
            options={[any, ...partnerKinds.map((k) => ({ value: k, label: t(`network.kind.${k}`) }))]}
          />
          <SelectField
            id="kommune"
            label={t('register.filter.municipality')}
            value={filters.municipality ?? ''}
            options={[any, ...options.municipalities.map((m) => ({ value: m.slug, label: m.name }))]}
          />
          <SelectField
            id="thema"
            label={t('register.filter.topic')}
            value={filters.topic ?? ''}
            options={[any, ...options.topics.map((tp) => ({ value: tp.slug, label: topicLabel(ctx, tp.name) }))]}
          />
        </div>
        <SubmitButton label={t('register.submit')} kind="secondary" />
      </form>
      <p class="kern-body" role="status">
        {t('network.count', { count: partners.length })}
      </p>
      <ul class="lotse-result-list">
        {partners.map((p) => (
          <PartnerCard ctx={ctx} p={p} />
        ))}
      </ul>
    </Layout>
  );
}

export function Suggestions({ ctx, suggestions, heading }: { ctx: PageContext; suggestions: Suggestion[]; heading: string }) {
  const { t, locale } = ctx;
  if (suggestions.length === 0) return null;
  return (
    <section class="lotse-section" aria-labelledby="suggestions">
      <h2 class="kern-heading-medium" id="suggestions">
        {heading}
      </h2>
      <ul class="kern-list">
        {suggestions.map((s) => (
          <li>
            {t(`network.match.${s.kind}`)}:{' '}
            <a class="kern-link" href={localePath(locale, s.path)}>
              {s.label}
            </a>{' '}
            <span class="kern-body--small">({reasonText(ctx, s)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function reasonText(ctx: PageContext, s: Suggestion): string {
  const parts: string[] = [];
  if (s.reasons.topics.length)
    parts.push(ctx.t('network.reason.topics', { topics: s.reasons.topics.map((n) => topicLabel(ctx, n)).join(', ') }));
  if (s.reasons.municipality) parts.push(ctx.t('network.reason.municipality', { municipality: s.reasons.municipality }));
  if (s.reasons.words.length) parts.push(ctx.t('network.reason.words', { words: s.reasons.words.join(', ') }));
  return parts.join('; ');
}

export function PartnerPage({
  ctx,
  csrf,
  data,
  suggestions,
  form,
  sent,
}: {
  ctx: PageContext;
  csrf: string;
  data: PartnerPageView;
  suggestions: Suggestion[];
  form: { values: Record<string, string>; errors: FormErrors };
  sent: boolean;
}) {
  const { t, locale } = ctx;
  const { partner: p, projects, events } = data;
  return (
    <Layout ctx={ctx} title={p.name} current="network">
      <p>
        <a class="kern-link" href={localePath(locale, '/netzwerk')}>
          {t('network.back')}
        </a>
      </p>
      <h1 class="kern-heading-large">{p.name}</h1>
      {p.example && <Alert kind="info" title={t('network.exampleNote')} />}
      <p class="kern-body">
        <Badge>{t(`network.kind.${p.kind}`)}</Badge>
        {p.municipalityName && ` · ${p.municipalityName}`}
      </p>
      <p class="kern-body lotse-preline">{p.description}</p>
      <dl class="kern-description-list">
        {p.offers && <Fact label={t('network.field.offers')}>{p.offers}</Fact>}
        {p.seeks && <Fact label={t('network.field.seeks')}>{p.seeks}</Fact>}
        {p.competencies && <Fact label={t('network.field.competencies')}>{p.competencies}</Fact>}
        {p.topics.length > 0 && <Fact label={t('register.filter.topic')}>{p.topics.map((tp) => topicLabel(ctx, tp.name)).join(', ')}</Fact>}
        {p.website && (
          <Fact label={t('network.field.website')}>
            <a class="kern-link" href={p.website} rel="noopener nofollow">
              {p.website}
            </a>
          </Fact>
        )}
      </dl>
      {(projects.length > 0 || events.length > 0) && (
        <section class="lotse-section" aria-labelledby="takes-part">
          <h2 class="kern-heading-medium" id="takes-part">
            {t('network.takesPart')}
          </h2>
          <ul class="kern-list">
            {projects.map((pr) => (
              <li>
                {t('network.match.project')}:{' '}
                <a class="kern-link" href={localePath(locale, `/vorhaben/${pr.slug}`)} lang="de">
                  {pr.title.de}
                </a>
              </li>
            ))}
            {events.map((e) => (
              <li>
                {t('site.nav.events')}:{' '}
                <a class="kern-link" href={localePath(locale, `/veranstaltungen/${e.slug}`)}>
                  {pick(e.title, locale)?.text}
                </a>{' '}
                ({formatDate(berlinParts(e.startsAt).date, locale)})
              </li>
            ))}
          </ul>
        </section>
      )}
      <Suggestions ctx={ctx} suggestions={suggestions} heading={t('network.suggestions')} />
      <section class="lotse-section" aria-labelledby="contact">
        <h2 class="kern-heading-medium" id="contact">
          {t('network.contact.title')}
        </h2>
        {sent ? (
          <Alert kind="success" title={t('network.contact.sent')} />
        ) : (
          <>
            <p class="kern-body">{t('network.contact.intro')}</p>
            <ErrorSummary ctx={ctx} errors={form.errors} />
            <form method="post" action={localePath(locale, `/netzwerk/${p.slug}/kontakt`)} class="lotse-form-section" novalidate>
              <PrivacyNoticeLink ctx={ctx} section="kontaktformular" />
              <CsrfField token={csrf} />
              <Honeypot />
              <TextField
                id="name"
                label={t('network.contact.name')}
                value={form.values.name ?? ''}
                autocomplete="name"
                required
                error={errorText(ctx, form.errors, 'name')}
              />
              <TextField
                id="email"
                type="email"
                label={t('signin.email')}
                hint={t('network.contact.emailHint')}
                value={form.values.email ?? ''}
                autocomplete="email"
                required
                error={errorText(ctx, form.errors, 'email')}
              />
              <TextAreaField
                id="message"
                label={t('network.contact.message')}
                value={form.values.message ?? ''}
                rows={6}
                required
                error={errorText(ctx, form.errors, 'message')}
              />
              <div class={`kern-form-check${form.errors.consent ? ' kern-form-input--error' : ''}`}>
                {form.errors.consent && (
                  <p class="kern-error" id="consent-error" role="alert">
                    {errorText(ctx, form.errors, 'consent')}
                  </p>
                )}
                <input
                  class="kern-form-check__checkbox"
                  type="checkbox"
                  id="consent"
                  name="consent"
                  value="on"
                  aria-describedby={form.errors.consent ? 'consent-error' : undefined}
                />
                <label class="kern-label" for="consent">
                  {t('network.contact.consent')}
                </label>
              </div>
              <SubmitButton label={t('network.contact.submit')} />
            </form>
          </>
        )}
      </section>
    </Layout>
  );
}
