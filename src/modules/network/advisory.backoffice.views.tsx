// Back-office pages of advisory cases: the list, and a case with every step: accept with an advisor,
// dated sessions (shared or internal notes), messages and files, closing with an outcome, a Vorhaben draft.
import { formatDate, formatDateTime } from '../../lib/format.js';
import { pick } from '../../lib/localized.js';
import { Alert, Badge } from '../../views/components.js';
import { BackOfficeLayout } from '../../platform/back-office/frame.js';
import { Checkbox, CsrfField, SelectField, SubmitButton, TextAreaField, TextField } from '../../views/form-fields.js';
import { localePath } from '../../views/page-context.js';
import type { BackOfficePage } from '../../platform/back-office/frame.js';
import { caseOutcomes } from './advisory.schemas.js';
import type { AdvisorView, MessageView, SessionView, StaffCaseView } from './advisory.view-model.js';
import { MessageForm, MessageList } from './advisory.views.js';

export function CaseListPage({ ctx, nav, cases }: BackOfficePage & { cases: StaffCaseView[] }) {
  const { t, locale } = ctx;
  return (
    <BackOfficeLayout ctx={ctx} title={t('network.admin.cases')} nav={nav} current="network">
      <h1 class="kern-heading-large">{t('network.admin.cases')}</h1>
      {cases.length === 0 ? (
        <p class="kern-body">{t('moderation.empty')}</p>
      ) : (
        <ul class="lotse-result-list">
          {cases.map((c) => (
            <li class="lotse-panel">
              <a class="kern-link" href={localePath(locale, `/verwaltung/beratung/${c.id}`)}>
                {c.title}
              </a>{' '}
              <Badge>{t(`network.case.status.${c.status}`)}</Badge>
              <p class="kern-body--small">
                {c.municipalityName ?? t('network.field.wholeRegion')} · {formatDateTime(c.createdAt, locale)}
                {c.advisorEmail && ` · ${c.advisorEmail}`}
                {c.example && ` · ${t('network.example')}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </BackOfficeLayout>
  );
}

export function CaseAdminPage({
  ctx,
  nav,
  csrf,
  data,
  error,
  done,
}: BackOfficePage & {
  csrf: string;
  data: { case: StaffCaseView; sessions: SessionView[]; messages: MessageView[]; advisors: AdvisorView[]; mayManage: boolean };
  error?: string | undefined;
  done?: string | undefined;
}) {
  const { t, locale } = ctx;
  const c = data.case;
  const base = localePath(locale, `/verwaltung/beratung/${c.id}`);
  const open = c.status !== 'closed';
  return (
    <BackOfficeLayout ctx={ctx} title={c.title} nav={nav} current="network">
      <p>
        <a class="kern-link" href={localePath(locale, '/verwaltung/beratung')}>
          {t('network.admin.cases')}
        </a>
      </p>
      <h1 class="kern-heading-large">{c.title}</h1>
      {done && <Alert kind="success" title={done} />}
      {error && <Alert kind="danger" title={error} />}
      <p class="kern-body">
        <Badge>{t(`network.case.status.${c.status}`)}</Badge> · {t(`network.case.stage.${c.stage}`)} ·{' '}
        {c.municipalityName ?? t('network.field.wholeRegion')}
        {c.topicName !== null && ` · ${pick(c.topicName, locale)?.text}`}
        {c.advisorEmail && ` · ${t('network.case.advisor', { name: c.advisorName ?? c.advisorEmail })}`}
        {c.outcome && ` · ${t(`network.case.outcome.${c.outcome}`)}`}
      </p>
      <p class="kern-body lotse-preline">{c.question}</p>
      <p class="kern-body lotse-preline">
        {t('network.case.field.team')}: {c.team}
      </p>
      {c.projectSlug && (
        <p class="kern-body">
          <a class="kern-link" href={localePath(locale, `/verwaltung/vorhaben/${c.projectSlug}`)}>
            {t('network.case.draft')}
          </a>
        </p>
      )}
      {data.mayManage && c.status === 'requested' && (
        <form method="post" action={`${base}/annehmen`} class="lotse-form-section" novalidate>
          <CsrfField token={csrf} />
          <SelectField
            id="advisor"
            label={t('network.admin.advisor')}
            value=""
            options={data.advisors.map((a) => ({
              value: String(a.id),
              label: a.displayName ? `${a.displayName} (${a.email})` : a.email,
            }))}
          />
          <SubmitButton label={t('network.case.accept')} />
        </form>
      )}
      <section class="lotse-section" aria-labelledby="sessions">
        <h2 class="kern-heading-medium" id="sessions">
          {t('network.case.sessions')}
        </h2>
        <ul class="kern-list">
          {data.sessions.map((s) => (
            <li>
              <strong>{formatDate(s.heldOn, locale)}</strong>
              {s.internal && (
                <>
                  {' '}
                  <Badge kind="warning">{t('network.case.internalBadge')}</Badge>
                </>
              )}
              : <span class="lotse-preline">{s.notes}</span>
            </li>
          ))}
        </ul>
        {data.mayManage && (c.status === 'accepted' || c.status === 'in_progress') && (
          <form method="post" action={`${base}/sitzung`} class="lotse-form-section" novalidate>
            <CsrfField token={csrf} />
            <TextField id="held_on" type="date" label={t('network.case.heldOn')} value="" required />
            <TextAreaField id="notes" label={t('network.case.notes')} value="" rows={4} required />
            <Checkbox id="session-internal" name="internal" label={t('network.case.internal')} checked={false} />
            <SubmitButton label={t('network.case.addSession')} kind="secondary" />
          </form>
        )}
      </section>
      <section class="lotse-section" aria-labelledby="messages">
        <h2 class="kern-heading-medium" id="messages">
          {t('network.case.messages')}
        </h2>
        <MessageList
          ctx={ctx}
          base={base}
          messages={data.messages.map((m) => ({ ...m, from: m.staffEmail ?? t('network.case.fromTeam') }))}
        />
        {data.mayManage && <MessageForm ctx={ctx} csrf={csrf} action={`${base}/nachricht`} staff />}
      </section>
      {data.mayManage && open && (
        <section class="lotse-section" aria-labelledby="close">
          <h2 class="kern-heading-medium" id="close">
            {t('network.case.close')}
          </h2>
          <form method="post" action={`${base}/abschliessen`} class="lotse-form-section" novalidate>
            <CsrfField token={csrf} />
            <SelectField
              id="outcome"
              label={t('network.case.outcomeLabel')}
              value=""
              options={caseOutcomes.map((o) => ({ value: o, label: t(`network.case.outcome.${o}`) }))}
            />
            <TextAreaField id="outcome_note" label={t('network.case.outcomeNote')} value="" rows={3} />
            <SubmitButton label={t('network.case.close')} kind="secondary" />
          </form>
        </section>
      )}
      {data.mayManage && !c.projectSlug && (
        <form method="post" action={`${base}/vorhaben`}>
          <CsrfField token={csrf} />
          <SubmitButton label={t('network.case.toDraft')} kind="tertiary" />
        </form>
      )}
    </BackOfficeLayout>
  );
}
