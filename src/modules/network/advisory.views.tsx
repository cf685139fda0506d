// Pages of advisory cases for project teams: the request form with the team's own cases, and a case
// with its status, shared session notes, messages and files.
import type { FormErrors } from '../../lib/form-errors.js';
import { formatDate, formatDateTime } from '../../lib/format.js';
import { pick } from '../../lib/localized.js';
import { Alert, Badge, PrivacyNoticeLink } from '../../views/components.js';
import {
  CsrfField,
  ErrorSummary,
  errorText,
  FileField,
  Honeypot,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../views/form-fields.js';
import { Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import type { Resident } from '../../platform/resident-session.js';
import { caseStages } from './advisory.schemas.js';
import type { MessageView, OwnCaseView, SessionView, TeamCaseView } from './advisory.view-model.js';
import type { Options } from './partners.views.js';

export function AdvisoryPage({
  ctx,
  csrf,
  resident,
  cases,
  options,
  form,
}: {
  ctx: PageContext;
  csrf: string;
  resident: Resident | null;
  cases: OwnCaseView[];
  options: Options;
  form: { values: Record<string, string>; errors: FormErrors };
}) {
  const { t, locale } = ctx;
  const v = (k: string) => form.values[k] ?? '';
  return (
    <Layout ctx={ctx} title={t('network.advisory.title')} current="network">
      <h1 class="kern-heading-large">{t('network.advisory.title')}</h1>
      <p class="kern-body kern-body--large">{t('network.advisory.intro')}</p>
      {resident === null ? (
        <p class="kern-body">
          <a
            class="kern-link"
            href={`${localePath(locale, '/buergerkonto/anmelden')}?weiter=${encodeURIComponent(localePath(locale, '/beratung'))}`}
          >
            {t('network.advisory.signIn')}
          </a>
        </p>
      ) : (
        <>
          {cases.length > 0 && (
            <section class="lotse-section" aria-labelledby="my-cases">
              <h2 class="kern-heading-medium" id="my-cases">
                {t('network.advisory.mine')}
              </h2>
              <ul class="kern-list">
                {cases.map((c) => (
                  <li>
                    <a class="kern-link" href={localePath(locale, `/beratung/${c.id}`)}>
                      {c.title}
                    </a>{' '}
                    <Badge>{t(`network.case.status.${c.status}`)}</Badge>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section class="lotse-section" aria-labelledby="request">
            <h2 class="kern-heading-medium" id="request">
              {t('network.advisory.request')}
            </h2>
            <ErrorSummary ctx={ctx} errors={form.errors} />
            <form method="post" action={localePath(locale, '/beratung')} class="lotse-form-section" novalidate>
              <PrivacyNoticeLink ctx={ctx} section="beratung" />
              <CsrfField token={csrf} />
              <Honeypot />
              <TextField
                id="title"
                label={t('network.case.field.title')}
                value={v('title')}
                required
                error={errorText(ctx, form.errors, 'title')}
              />
              <TextAreaField
                id="question"
                label={t('network.case.field.question')}
                value={v('question')}
                rows={6}
                required
                error={errorText(ctx, form.errors, 'question')}
              />
              <SelectField
                id="stage"
                label={t('network.case.field.stage')}
                value={v('stage') || 'idea'}
                options={caseStages.map((s) => ({ value: s, label: t(`network.case.stage.${s}`) }))}
              />
              <TextAreaField
                id="team"
                label={t('network.case.field.team')}
                hint={t('network.case.field.teamHint')}
                value={v('team')}
                rows={3}
                required
                error={errorText(ctx, form.errors, 'team')}
              />
              <SelectField
                id="topic"
                label={t('register.filter.topic')}
                value={v('topic')}
                error={errorText(ctx, form.errors, 'topic')}
                options={[
                  { value: '', label: t('ideas.field.noTopic') },
                  ...options.topics.map((tp) => ({ value: tp.slug, label: pick(tp.name, locale)?.text ?? tp.slug })),
                ]}
              />
              <SelectField
                id="municipality"
                label={t('register.filter.municipality')}
                value={v('municipality')}
                error={errorText(ctx, form.errors, 'municipality')}
                options={[
                  { value: '', label: t('network.field.wholeRegion') },
                  ...options.municipalities.map((m) => ({ value: m.slug, label: m.name })),
                ]}
              />
              <SubmitButton label={t('network.advisory.submit')} />
            </form>
          </section>
        </>
      )}
    </Layout>
  );
}

/** The messages of a case, oldest first, with their files as downloads. */
export function MessageList({
  ctx,
  base,
  messages,
}: {
  ctx: PageContext;
  base: string;
  /** Each message with the name of who wrote it. */
  messages: (MessageView & { from: string })[];
}) {
  const { t, locale } = ctx;
  return (
    <ul class="lotse-result-list">
      {messages.map((m) => (
        <li class="lotse-panel">
          <p class="kern-body--small">
            {m.from} · {formatDateTime(m.createdAt, locale)}
            {m.internal && (
              <>
                {' '}
                <Badge kind="warning">{t('network.case.internalBadge')}</Badge>
              </>
            )}
          </p>
          <p class="kern-body lotse-preline">{m.body}</p>
          {m.fileName && (
            <p class="kern-body">
              <a class="kern-link" href={`${base}/dateien/${m.id}`} download>
                {m.fileName}
              </a>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

export function MessageForm({
  ctx,
  csrf,
  action,
  staff,
  error,
}: {
  ctx: PageContext;
  csrf: string;
  action: string;
  staff: boolean;
  error?: string | undefined;
}) {
  const { t } = ctx;
  return (
    <form method="post" action={action} enctype="multipart/form-data" class="lotse-form-section" novalidate>
      <CsrfField token={csrf} />
      <TextAreaField id="body" label={t('network.case.message')} value="" rows={4} required error={error} />
      <FileField id="file" label={t('network.case.file')} hint={t('network.case.fileHint')} />
      {staff && (
        <div class="kern-form-check">
          <input class="kern-form-check__checkbox" type="checkbox" id="internal" name="internal" value="on" />
          <label class="kern-label" for="internal">
            {t('network.case.internal')}
          </label>
        </div>
      )}
      <SubmitButton label={t('network.case.send')} />
    </form>
  );
}

export function CaseTeamPage({
  ctx,
  csrf,
  data,
  notice,
  error,
}: {
  ctx: PageContext;
  csrf: string;
  data: { case: TeamCaseView; sessions: SessionView[]; messages: MessageView[] };
  notice?: string | undefined;
  error?: string | undefined;
}) {
  const { t, locale } = ctx;
  const c = data.case;
  const base = localePath(locale, `/beratung/${c.id}`);
  return (
    <Layout ctx={ctx} title={c.title} noindex current="network">
      <p>
        <a class="kern-link" href={localePath(locale, '/beratung')}>
          {t('network.advisory.title')}
        </a>
      </p>
      <h1 class="kern-heading-large">{c.title}</h1>
      {notice && <Alert kind="success" title={notice} />}
      <p class="kern-body">
        <Badge>{t(`network.case.status.${c.status}`)}</Badge> · {t(`network.case.stage.${c.stage}`)}
        {c.advisorName && ` · ${t('network.case.advisor', { name: c.advisorName })}`}
        {c.outcome && ` · ${t(`network.case.outcome.${c.outcome}`)}`}
      </p>
      <p class="kern-body lotse-preline">{c.question}</p>
      {c.topicName !== null && <p class="kern-body">{pick(c.topicName, locale)?.text}</p>}
      {c.outcomeNote && <p class="kern-body lotse-preline">{c.outcomeNote}</p>}
      {data.sessions.length > 0 && (
        <section class="lotse-section" aria-labelledby="sessions">
          <h2 class="kern-heading-medium" id="sessions">
            {t('network.case.sessions')}
          </h2>
          <ul class="kern-list">
            {data.sessions.map((s) => (
              <li>
                <strong>{formatDate(s.heldOn, locale)}</strong>: <span class="lotse-preline">{s.notes}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section class="lotse-section" aria-labelledby="messages">
        <h2 class="kern-heading-medium" id="messages">
          {t('network.case.messages')}
        </h2>
        {data.messages.length === 0 && <p class="kern-body">{t('residents.profile.none')}</p>}
        <MessageList
          ctx={ctx}
          base={base}
          messages={data.messages.map((m) => ({ ...m, from: m.byAgency ? t('network.case.fromAgency') : t('network.case.fromTeam') }))}
        />
        {c.status !== 'closed' && <MessageForm ctx={ctx} csrf={csrf} action={`${base}/nachricht`} staff={false} error={error} />}
      </section>
    </Layout>
  );
}
