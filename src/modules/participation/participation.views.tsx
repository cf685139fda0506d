// Public pages of participation: giving a notice, starting a participation request, a request with its
// signature counter, the confirmation steps, and the section on a Vorhaben's page.
import { formatDate } from '../../lib/format.js';
import { berlinParts } from '../../lib/berlin-time.js';
import type { FormErrors } from '../../lib/form-errors.js';
import type { LocalizedText } from '../../lib/localized.js';
import { Alert, Badge } from '../../views/components.js';
import { CsrfField, ErrorSummary, errorText, Honeypot, SubmitButton, TextAreaField, TextField } from '../../views/form-fields.js';
import { Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import type { AgendaDecision, RequestStatus } from '../../db/schema.js';
import { PARTICIPATION_RETENTION } from './participation.service.js';

export interface FormState {
  values: Record<string, string>;
  errors: FormErrors;
}

/** The Berlin calendar day of an instant. */
const isoDay = (d: Date) => berlinParts(new Date(d)).date;

function Consent({ ctx, form, label }: { ctx: PageContext; form: FormState; label: string }) {
  return <CheckboxWithError ctx={ctx} form={form} id="consent" label={label} />;
}

function CheckboxWithError({ ctx, form, id, label }: { ctx: PageContext; form: FormState; id: string; label: string }) {
  const error = errorText(ctx, form.errors, id);
  return (
    <div class={`kern-form-check${error ? ' kern-form-check--error' : ''}`}>
      <input
        class="kern-form-check__checkbox"
        type="checkbox"
        id={id}
        name={id}
        value="on"
        checked={form.values[id] === 'on'}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <label class="kern-label" for={id}>
        {label}
      </label>
      {error && (
        <p class="kern-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

export function NoticeFormPage({
  ctx,
  csrf,
  project,
  form,
}: {
  ctx: PageContext;
  csrf: string;
  project: { slug: string; title: string };
  form: FormState;
}) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('participation.notice.title')} current="register">
      <p>
        <a class="kern-link" href={localePath(locale, `/vorhaben/${project.slug}`)}>
          {t('participation.backToProject')}
        </a>
      </p>
      <h1 class="kern-heading-large">{t('participation.notice.title')}</h1>
      <p class="kern-body kern-body--large">
        {t('participation.notice.about')} <span lang="de">„{project.title}“</span>
      </p>
      <p class="kern-body">{t('participation.notice.intro')}</p>
      <ErrorSummary ctx={ctx} errors={form.errors} />
      <form method="post" action={localePath(locale, `/vorhaben/${project.slug}/hinweis`)} class="lotse-form-section" novalidate>
        <CsrfField token={csrf} />
        <TextAreaField
          id="body"
          label={t('participation.notice.body')}
          hint={t('participation.notice.bodyHint')}
          value={form.values.body ?? ''}
          error={errorText(ctx, form.errors, 'body')}
          rows={8}
          required
        />
        <TextField id="name" label={t('participation.nameOptional')} value={form.values.name ?? ''} autocomplete="name" />
        <TextField
          id="email"
          type="email"
          label={t('signin.email')}
          hint={t('participation.emailHint')}
          value={form.values.email ?? ''}
          error={errorText(ctx, form.errors, 'email')}
          autocomplete="email"
          required
        />
        <Honeypot />
        <Consent
          ctx={ctx}
          form={form}
          label={t('participation.notice.consent', { count: PARTICIPATION_RETENTION.authorMonthsAfterClosing })}
        />
        <div>
          <SubmitButton label={t('participation.notice.submit')} />
        </div>
      </form>
    </Layout>
  );
}

export function RequestFormPage({
  ctx,
  csrf,
  project,
  form,
  quorum,
}: {
  ctx: PageContext;
  csrf: string;
  project: { slug: string; title: string };
  form: FormState;
  quorum: number | null;
}) {
  const { t, locale } = ctx;
  const kind = form.values.kind ?? 'informal';
  return (
    <Layout ctx={ctx} title={t('participation.request.title')} current="register">
      <p>
        <a class="kern-link" href={localePath(locale, `/vorhaben/${project.slug}`)}>
          {t('participation.backToProject')}
        </a>
      </p>
      <h1 class="kern-heading-large">{t('participation.request.title')}</h1>
      <p class="kern-body kern-body--large">
        {t('participation.notice.about')} <span lang="de">„{project.title}“</span>
      </p>
      <p class="kern-body">{t('participation.request.intro')}</p>
      <ErrorSummary ctx={ctx} errors={form.errors} />
      <form method="post" action={localePath(locale, `/vorhaben/${project.slug}/anregung`)} class="lotse-form-section" novalidate>
        <CsrfField token={csrf} />
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t('participation.request.kind')}</legend>
          <div class="kern-fieldset__body">
            <div class="kern-form-check">
              <input
                class="kern-form-check__radio"
                type="radio"
                id="kind-informal"
                name="kind"
                value="informal"
                checked={kind === 'informal'}
              />
              <label class="kern-label" for="kind-informal">
                {t('participation.request.informal')}
              </label>
            </div>
            {quorum !== null && (
              <div class="kern-form-check">
                <input
                  class="kern-form-check__radio"
                  type="radio"
                  id="kind-signatures"
                  name="kind"
                  value="signatures"
                  checked={kind === 'signatures'}
                />
                <label class="kern-label" for="kind-signatures">
                  {t('participation.request.signatures', { count: quorum })}
                </label>
              </div>
            )}
          </div>
        </fieldset>
        <TextField
          id="title"
          label={t('participation.request.titleField')}
          value={form.values.title ?? ''}
          error={errorText(ctx, form.errors, 'title')}
          required
        />
        <TextAreaField
          id="reasoning"
          label={t('participation.request.reasoning')}
          hint={t('participation.request.reasoningHint')}
          value={form.values.reasoning ?? ''}
          error={errorText(ctx, form.errors, 'reasoning')}
          rows={8}
          required
        />
        <TextField
          id="name"
          label={t('participation.nameOptional')}
          hint={t('participation.request.nameHint')}
          value={form.values.name ?? ''}
          autocomplete="name"
        />
        <TextField
          id="email"
          type="email"
          label={t('signin.email')}
          hint={t('participation.emailHint')}
          value={form.values.email ?? ''}
          error={errorText(ctx, form.errors, 'email')}
          autocomplete="email"
          required
        />
        <Honeypot />
        <Consent
          ctx={ctx}
          form={form}
          label={t('participation.request.consent', { count: PARTICIPATION_RETENTION.authorMonthsAfterClosing })}
        />
        <div>
          <SubmitButton label={t('participation.request.submit')} />
        </div>
      </form>
    </Layout>
  );
}

export interface PublicRequest {
  id: number;
  kind: 'informal' | 'signatures';
  title: string;
  status: RequestStatus;
  quorum: number | null;
  signature_count: number;
  created_at: Date;
}

const statusKind: Record<RequestStatus, 'info' | 'success' | 'warning' | 'danger'> = {
  unconfirmed: 'info',
  received: 'info',
  quorum_reached: 'success',
  on_agenda: 'warning',
  accepted: 'success',
  rejected: 'danger',
  hidden: 'danger',
};

export function RequestProgress({ ctx, request }: { ctx: PageContext; request: Pick<PublicRequest, 'id' | 'quorum' | 'signature_count'> }) {
  if (request.quorum === null) return null;
  const { t } = ctx;
  const label = t('participation.request.progress', { signed: request.signature_count, count: request.quorum });
  return (
    <div class="lotse-progress">
      <label class="kern-body" for={`progress-${request.id}`}>
        {label}
      </label>
      <progress id={`progress-${request.id}`} max={request.quorum} value={Math.min(request.signature_count, request.quorum)}>
        {label}
      </progress>
    </div>
  );
}

export function RequestPage({
  ctx,
  csrf,
  request,
  form,
  notice,
}: {
  ctx: PageContext;
  csrf: string;
  request: PublicRequest & {
    reasoning: string;
    project_slug: string;
    project_title: LocalizedText;
    agenda_reference: string | null;
    agenda_decision: AgendaDecision | null;
    decision_text: string | null;
  };
  form: FormState;
  notice?: string | undefined;
}) {
  const { t, locale } = ctx;
  const collecting = request.kind === 'signatures' && (request.status === 'received' || request.status === 'quorum_reached');
  return (
    <Layout ctx={ctx} title={request.title} current="register">
      <p>
        <a class="kern-link" href={localePath(locale, `/vorhaben/${request.project_slug}`)}>
          {t('participation.backToProject')}
        </a>
      </p>
      <h1 class="kern-heading-large">{request.title}</h1>
      <p class="kern-body">
        <Badge kind={statusKind[request.status]}>{t(`participation.status.${request.status}`)}</Badge>{' '}
        {t(request.kind === 'signatures' ? 'participation.request.kindSignatures' : 'participation.request.kindInformal')} ·{' '}
        {formatDate(isoDay(request.created_at), locale)}
      </p>
      {notice && <Alert kind="success" title={notice} />}
      <RequestProgress ctx={ctx} request={request} />
      <section class="lotse-section" aria-labelledby="reasoning-heading">
        <h2 class="kern-heading-medium" id="reasoning-heading">
          {t('participation.request.reasoning')}
        </h2>
        <p class="kern-body lotse-preline" lang="de">
          {request.reasoning}
        </p>
      </section>
      {(request.agenda_reference || request.decision_text) && (
        <section class="lotse-section" aria-labelledby="outcome-heading">
          <h2 class="kern-heading-medium" id="outcome-heading">
            {t('participation.request.outcome')}
          </h2>
          {request.agenda_reference && (
            <p class="kern-body">{t('participation.request.agenda', { reference: request.agenda_reference })}</p>
          )}
          {request.agenda_decision && (
            <p class="kern-body">
              {t('participation.request.linkedDecision')}{' '}
              <a class="kern-link" href={localePath(ctx.locale, `/vorhaben/${request.project_slug}#decisions`)} lang="de">
                {decisionLabel({
                  reference: request.agenda_decision.reference,
                  body_name: request.agenda_decision.bodyName,
                  date: request.agenda_decision.date,
                  raw: request.agenda_decision.raw,
                })}
              </a>
            </p>
          )}
          {request.decision_text && (
            <p class="kern-body lotse-preline" lang="de">
              {request.decision_text}
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

export function ParticipationSection({
  ctx,
  slug,
  notices,
  requests,
  processes = [],
  open,
}: {
  ctx: PageContext;
  slug: string;
  notices: { id: number; body: string; weighing: string | null; released_at: Date | null }[];
  requests: PublicRequest[];
  processes?: { slug: string; title: LocalizedText }[];
  open: boolean;
}) {
  const { t, locale } = ctx;
  return (
    <section class="lotse-section" aria-labelledby="participate-heading">
      <h2 class="kern-heading-medium" id="participate-heading">
        {t('participation.section.title')}
      </h2>
      {open && (
        <div class="lotse-actions">
          <a class="kern-btn kern-btn--primary" href={localePath(locale, `/vorhaben/${slug}/hinweis`)}>
            <span class="kern-label">{t('participation.notice.title')}</span>
          </a>
          <a class="kern-btn kern-btn--secondary" href={localePath(locale, `/vorhaben/${slug}/anregung`)}>
            <span class="kern-label">{t('participation.request.title')}</span>
          </a>
        </div>
      )}
      <p class="kern-body">
        <a class="kern-link" href={localePath(locale, `/vorhaben/${slug}/diskussion`)}>
          {t('comments.toDiscussion')}
        </a>
      </p>
      {processes.length > 0 && (
        <>
          <h3 class="kern-heading-small">{t('process.list.title')}</h3>
          <ul class="kern-list">
            {processes.map((p) => (
              <li>
                <a class="kern-link" href={localePath(locale, `/beteiligung/${p.slug}`)} lang="de">
                  {p.title.de}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {requests.length > 0 && (
        <>
          <h3 class="kern-heading-small">{t('participation.section.requests')}</h3>
          <ul class="lotse-result-list">
            {requests.map((r) => (
              <li class="lotse-panel">
                <a class="kern-link" href={localePath(locale, `/beteiligung/anregungen/${r.id}`)} lang="de">
                  {r.title}
                </a>{' '}
                <Badge kind={statusKind[r.status]}>{t(`participation.status.${r.status}`)}</Badge>
                <RequestProgress ctx={ctx} request={r} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 class="kern-heading-small">{t('participation.section.notices')}</h3>
      {notices.length === 0 ? (
        <p class="kern-body">{t('participation.section.noNotices')}</p>
      ) : (
        <ul class="lotse-result-list">
          {notices.map((n) => (
            <li class="lotse-panel">
              <p class="kern-body kern-body--small">{n.released_at ? formatDate(isoDay(n.released_at), locale) : ''}</p>
              <p class="kern-body lotse-preline" lang="de">
                {n.body}
              </p>
              {n.weighing && (
                <>
                  <p class="kern-body kern-body--small">
                    <strong>{t('participation.section.weighing')}</strong>
                  </p>
                  <p class="kern-body lotse-preline" lang="de">
                    {n.weighing}
                  </p>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A council decision in one line: reference, body and date where the parser found them, else its text. */
export function decisionLabel(d: { reference: string | null; body_name: string | null; date: string | null; raw: string }): string {
  const parts = [d.reference, d.body_name, d.date].filter((p): p is string => !!p);
  return parts.length ? parts.join(' · ') : d.raw.slice(0, 120);
}
