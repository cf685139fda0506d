// Back-office pages of participation: incoming notices and requests, a notice with its weighing and
// release, a request with its status steps.
import { formatDateTime, formatNumber } from '../../lib/format.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { Alert, Badge } from '../../views/components.js';
import { BackOfficeLayout } from '../../platform/back-office/frame.js';
import { CsrfField, ErrorSummary, errorText, SelectField, SubmitButton, TextAreaField, TextField } from '../../views/form-fields.js';
import { localePath } from '../../views/page-context.js';
import { ResponseLanguageField, WrittenLanguage } from '../../views/text-language-field.js';
import type { BackOfficePage } from '../../platform/back-office/frame.js';
import type { ProcessView } from './processes.view-model.js';
import type {
  CouncilAgendaItem,
  DecisionView,
  RequestAdminView,
  RequestStatus,
  StaffNoticeView,
  StaffRequestView,
} from './participation.view-model.js';
import { decisionLabel, RequestProgress } from './participation.views.js';
import { agendaItemLabel } from './participation.agenda-item.views.js';

export function ParticipationListPage({
  ctx,
  nav,
  notices,
  requests,
  processes,
}: BackOfficePage & {
  notices: StaffNoticeView[];
  requests: StaffRequestView[];
  processes: Pick<ProcessView, 'slug' | 'title' | 'state'>[];
}) {
  const { t, locale } = ctx;
  const base = localePath(locale, '/verwaltung/beteiligung');
  return (
    <BackOfficeLayout ctx={ctx} title={t('participation.admin.title')} nav={nav} current="participation">
      <h1 class="kern-heading-large">{t('participation.admin.title')}</h1>
      <section class="lotse-section" aria-labelledby="processes-heading">
        <h2 class="kern-heading-medium" id="processes-heading">
          {t('process.list.title')} ({formatNumber(processes.length, locale)})
        </h2>
        <p>
          <a class="kern-btn kern-btn--secondary" href={`${base}/prozesse/neu`}>
            <span class="kern-label">{t('process.admin.new')}</span>
          </a>
        </p>
        {processes.length > 0 && (
          <ul class="kern-list">
            {processes.map((p) => (
              <li>
                <a class="kern-link" href={`${base}/prozesse/${p.slug}`} lang="de">
                  {p.title.de}
                </a>{' '}
                <Badge kind={p.state === 'published' ? 'success' : 'info'}>
                  {t(p.state === 'published' ? 'workState.published' : 'workState.draft')}
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="lotse-section" aria-labelledby="notices-heading">
        <h2 class="kern-heading-medium" id="notices-heading">
          {t('participation.section.notices')} ({formatNumber(notices.length, locale)})
        </h2>
        {notices.length === 0 ? (
          <p class="kern-body">{t('participation.admin.none')}</p>
        ) : (
          <ul class="lotse-result-list">
            {notices.map((n) => (
              <li class="lotse-panel">
                <p class="kern-body kern-body--small">
                  <Badge kind={n.status === 'received' ? 'warning' : n.status === 'released' ? 'success' : 'danger'}>
                    {t(`participation.admin.noticeStatus.${n.status as 'received'}`)}
                  </Badge>{' '}
                  {formatDateTime(new Date(n.createdAt), locale)} · <span lang="de">{n.projectTitle.de}</span>
                </p>
                <WrittenLanguage ctx={ctx} language={n.textLanguage} small />
                <p class="kern-body lotse-preline" lang={n.textLanguage}>
                  {n.body.length > 300 ? `${n.body.slice(0, 300)} …` : n.body}
                </p>
                <a class="kern-link" href={`${base}/hinweise/${n.id}`}>
                  {t('participation.admin.handle')}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="lotse-section" aria-labelledby="requests-heading">
        <h2 class="kern-heading-medium" id="requests-heading">
          {t('participation.section.requests')} ({formatNumber(requests.length, locale)})
        </h2>
        {requests.length === 0 ? (
          <p class="kern-body">{t('participation.admin.none')}</p>
        ) : (
          <ul class="lotse-result-list">
            {requests.map((r) => (
              <li class="lotse-panel">
                <a class="kern-link" href={`${base}/anregungen/${r.id}`} lang={r.textLanguage}>
                  {r.title}
                </a>{' '}
                <Badge kind={r.status === 'quorum_reached' ? 'warning' : 'info'}>{t(`participation.status.${r.status}`)}</Badge>
                <WrittenLanguage ctx={ctx} language={r.textLanguage} small />
                <p class="kern-body kern-body--small" lang="de">
                  {r.projectTitle.de}
                </p>
                <RequestProgress ctx={ctx} request={r} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </BackOfficeLayout>
  );
}

export function NoticePage({
  ctx,
  nav,
  csrf,
  notice,
  errors,
  notice_: message,
}: BackOfficePage & {
  notice: StaffNoticeView;
  errors: FormErrors;
  notice_?: string | undefined;
}) {
  const { t, locale } = ctx;
  return (
    <BackOfficeLayout ctx={ctx} title={t('participation.admin.notice')} nav={nav} current="participation">
      <p>
        <a class="kern-link" href={localePath(locale, '/verwaltung/beteiligung')}>
          {t('participation.admin.back')}
        </a>
      </p>
      <h1 class="kern-heading-large">{t('participation.admin.notice')}</h1>
      {message && <Alert kind="success" title={message} />}
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="kern-body">
        <Badge kind="info">{t(`participation.admin.noticeStatus.${notice.status as 'received'}`)}</Badge>{' '}
        {formatDateTime(new Date(notice.createdAt), locale)} ·{' '}
        <a class="kern-link" href={localePath(locale, `/vorhaben/${notice.projectSlug}`)} lang="de">
          {notice.projectTitle.de}
        </a>
        {notice.name && ` · ${t('participation.admin.from', { name: notice.name })}`}
      </p>
      <WrittenLanguage ctx={ctx} language={notice.textLanguage} />
      <p class="kern-body kern-body--large lotse-preline" lang={notice.textLanguage}>
        {notice.body}
      </p>
      <form
        method="post"
        action={localePath(locale, `/verwaltung/beteiligung/hinweise/${notice.id}`)}
        class="lotse-form-section"
        novalidate
      >
        <CsrfField token={csrf} />
        <ResponseLanguageField ctx={ctx} id="weighing_language" value={notice.weighingLanguage} />
        <TextAreaField
          id="weighing"
          label={t('participation.admin.weighing')}
          hint={t('participation.admin.weighingHint')}
          value={notice.weighing ?? ''}
          error={errorText(ctx, errors, 'weighing')}
          rows={6}
          lang={notice.weighingLanguage}
        />
        <div class="lotse-actions">
          <SubmitButton name="action" value="release" label={t('participation.admin.release')} />
          <SubmitButton name="action" value="weigh" kind="secondary" label={t('participation.admin.saveOnly')} />
          {notice.status !== 'hidden' && <SubmitButton name="action" value="hide" kind="tertiary" label={t('participation.admin.hide')} />}
        </div>
      </form>
    </BackOfficeLayout>
  );
}

export function RequestAdminPage({
  ctx,
  nav,
  csrf,
  request,
  decisions,
  agendaItems,
  transitions,
  errors,
  message,
}: BackOfficePage & {
  decisions: DecisionView[];
  /** The agenda items of the papers the Vorhaben's decisions link, for the "on the agenda" step. */
  agendaItems: CouncilAgendaItem[];
  request: RequestAdminView;
  transitions: RequestStatus[];
  errors: FormErrors;
  message?: string | undefined;
}) {
  const { t, locale } = ctx;
  return (
    <BackOfficeLayout ctx={ctx} title={request.title} nav={nav} current="participation">
      <p>
        <a class="kern-link" href={localePath(locale, '/verwaltung/beteiligung')}>
          {t('participation.admin.back')}
        </a>
      </p>
      <h1 class="kern-heading-large" lang={request.textLanguage}>
        {request.title}
      </h1>
      {message && <Alert kind="success" title={message} />}
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="kern-body">
        <Badge kind="info">{t(`participation.status.${request.status}`)}</Badge> ·{' '}
        <a class="kern-link" href={localePath(locale, `/beteiligung/anregungen/${request.id}`)}>
          {t('editorial.viewPublic')}
        </a>
        {request.initiatorName && ` · ${t('participation.admin.from', { name: request.initiatorName })}`}
      </p>
      <RequestProgress ctx={ctx} request={request} />
      <WrittenLanguage ctx={ctx} language={request.textLanguage} />
      <p class="kern-body lotse-preline" lang={request.textLanguage}>
        {request.reasoning}
      </p>
      {transitions.length > 0 && (
        <form
          method="post"
          action={localePath(locale, `/verwaltung/beteiligung/anregungen/${request.id}`)}
          class="lotse-form-section"
          novalidate
        >
          <CsrfField token={csrf} />
          <TextField
            id="agendaReference"
            label={t('participation.admin.agendaReference')}
            hint={t('participation.admin.agendaHint')}
            value={request.agendaReference ?? ''}
            error={errorText(ctx, errors, 'agendaReference')}
            lang="de"
          />
          {transitions.includes('on_agenda') && decisions.length > 0 && (
            <SelectField
              id="decision"
              label={t('participation.admin.decision')}
              hint={t('participation.admin.decisionLinkHint')}
              error={errorText(ctx, errors, 'decision')}
              value=""
              options={[
                { value: '', label: t('participation.admin.noDecision') },
                ...decisions.map((d) => ({ value: String(d.position), label: decisionLabel(d) })),
              ]}
            />
          )}
          {transitions.includes('on_agenda') && agendaItems.length > 0 && (
            <SelectField
              id="agendaItem"
              label={t('participation.admin.agendaItem')}
              hint={t('participation.admin.agendaItemHint')}
              error={errorText(ctx, errors, 'agendaItem')}
              value={request.agendaItemId === null ? '' : String(request.agendaItemId)}
              options={[
                { value: '', label: t('participation.admin.noAgendaItem') },
                ...agendaItems.map((a) => ({ value: String(a.id), label: agendaItemLabel(ctx, a) })),
              ]}
            />
          )}
          <ResponseLanguageField ctx={ctx} id="decisionLanguage" value={request.decisionLanguage} />
          <TextAreaField
            id="decisionText"
            label={t('participation.admin.decisionText')}
            hint={t('participation.admin.decisionHint')}
            value={request.decisionText ?? ''}
            error={errorText(ctx, errors, 'decisionText')}
            rows={4}
            lang={request.decisionLanguage}
          />
          <div class="lotse-actions">
            {transitions.map((s) => (
              <SubmitButton
                name="status"
                value={s}
                kind={s === 'rejected' || s === 'hidden' ? 'secondary' : 'primary'}
                label={t(`participation.admin.to.${s}`)}
              />
            ))}
          </div>
        </form>
      )}
      {request.status === 'on_agenda' && (agendaItems.length > 0 || request.agendaItemId !== null) && (
        <form
          method="post"
          action={localePath(locale, `/verwaltung/beteiligung/anregungen/${request.id}/tagesordnungspunkt`)}
          class="lotse-form-section"
          novalidate
        >
          <CsrfField token={csrf} />
          <SelectField
            id="agendaItem"
            label={t('participation.admin.agendaItem')}
            hint={t('participation.admin.agendaItemChangeHint')}
            error={errorText(ctx, errors, 'agendaItem')}
            value={request.agendaItemId === null ? '' : String(request.agendaItemId)}
            options={[
              { value: '', label: t('participation.admin.noAgendaItem') },
              ...agendaItems.map((a) => ({ value: String(a.id), label: agendaItemLabel(ctx, a) })),
            ]}
          />
          <div class="lotse-actions">
            <SubmitButton kind="primary" label={t('participation.admin.saveAgendaItem')} />
          </div>
        </form>
      )}
    </BackOfficeLayout>
  );
}
