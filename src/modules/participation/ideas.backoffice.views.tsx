// Back-office pages of ideas: the list (filtered by status) and one idea with the answer form and
// hiding with a public reason.
import { languageName } from '../../i18n/index.js';
import { formatDateTime, formatNumber } from '../../lib/format.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { localeOr } from '../../lib/localized.js';
import { Alert, Badge } from '../../views/components.js';
import { BackOfficeLayout } from '../../platform/back-office/frame.js';
import { CsrfField, ErrorSummary, errorText, SelectField, SubmitButton, TextAreaField, TextField } from '../../views/form-fields.js';
import { localePath } from '../../views/page-context.js';
import { ResponseLanguageField, WrittenLanguage } from '../../views/text-language-field.js';
import type { BackOfficePage } from '../../platform/back-office/frame.js';
import { ideaStatuses, type IdeaListItemView, type StaffIdeaView } from './ideas.view-model.js';
import { DataTable, Td, Th, Tr } from '../../views/table.js';
import { offersSection } from '../../platform/back-office/navigation.js';

export function IdeaListPage({ ctx, nav, ideas, status }: BackOfficePage & { ideas: IdeaListItemView[]; status: string }) {
  const { t, locale } = ctx;
  const base = localePath(locale, '/verwaltung/beteiligung/ideen');
  return (
    <BackOfficeLayout ctx={ctx} title={t('ideas.admin.title')} nav={nav} current="participation">
      <h1 class="kern-heading-large">{t('ideas.admin.title')}</h1>
      <form method="get" action={base} class="lotse-actions">
        <SelectField
          id="status"
          label={t('ideas.admin.status')}
          value={status}
          options={[{ value: '', label: t('ideas.admin.all') }, ...ideaStatuses.map((s) => ({ value: s, label: t(`ideas.status.${s}`) }))]}
        />
        <SubmitButton label={t('register.submit')} kind="secondary" />
      </form>
      {ideas.length === 0 ? (
        <p class="kern-body">{t('residents.profile.none')}</p>
      ) : (
        <DataTable
          caption={t('ideas.title', { count: ideas.length })}
          head={
            <>
              <Th>{t('ideas.field.title')}</Th>
              <Th>{t('ideas.admin.process')}</Th>
              <Th>{t('textLanguage.written')}</Th>
              <Th>{t('ideas.admin.status')}</Th>
              <Th>{t('ideas.supportsLabel')}</Th>
              <Th>{t('ideas.admin.created')}</Th>
            </>
          }
        >
          {ideas.map((i) => (
            <Tr>
              <Td>
                <a class="kern-link" href={`${base}/${i.id}`} lang={i.textLanguage}>
                  {i.title}
                </a>
                {i.hidden && (
                  <>
                    {' '}
                    <Badge kind="warning">{t('comments.hidden')}</Badge>
                  </>
                )}
              </Td>
              <Td lang="de">{i.processTitle.de}</Td>
              <Td>{languageName(locale, i.textLanguage)}</Td>
              <Td>{t(`ideas.status.${i.status}`)}</Td>
              <Td>{formatNumber(i.supportCount, locale)}</Td>
              <Td>{formatDateTime(i.createdAt, locale)}</Td>
            </Tr>
          ))}
        </DataTable>
      )}
    </BackOfficeLayout>
  );
}

export function IdeaAdminPage({
  ctx,
  nav,
  csrf,
  idea,
  values,
  errors,
  saved,
}: BackOfficePage & {
  csrf: string;
  idea: StaffIdeaView;
  values: Record<string, string>;
  errors: FormErrors;
  saved: boolean;
}) {
  const { t, locale } = ctx;
  const base = localePath(locale, `/verwaltung/beteiligung/ideen/${idea.id}`);
  const v = (k: string, fallback: string | null) => values[k] ?? fallback ?? '';
  const answerLanguage = localeOr(v('answerLanguage', idea.answerLanguage));
  return (
    <BackOfficeLayout ctx={ctx} title={idea.title} nav={nav} current="participation">
      <p>
        <a class="kern-link" href={localePath(locale, '/verwaltung/beteiligung/ideen')}>
          {t('ideas.admin.title')}
        </a>
      </p>
      <h1 class="kern-heading-large" lang={idea.textLanguage}>
        {idea.title}
      </h1>
      {saved && <Alert kind="success" title={t('residents.profile.saved')} />}
      <p class="kern-body">
        <a class="kern-link" href={localePath(locale, `/beteiligung/${idea.processSlug}/ideen/${idea.id}`)}>
          {t('ideas.admin.publicPage')}
        </a>{' '}
        · {t('ideas.supports', { count: idea.supportCount })}
        {offersSection(nav, '/verwaltung/netzwerk') && !idea.hidden && (
          <>
            {' · '}
            <a class="kern-link" href={`${localePath(locale, '/verwaltung/netzwerk/passend')}?idee=${idea.id}`}>
              {t('network.admin.findPartners')}
            </a>
          </>
        )}
      </p>
      <WrittenLanguage ctx={ctx} language={idea.textLanguage} />
      <p class="kern-body lotse-preline" lang={idea.textLanguage}>
        {idea.body}
      </p>
      <section class="lotse-section" aria-labelledby="answer-heading">
        <h2 class="kern-heading-medium" id="answer-heading">
          {t('ideas.answer')}
        </h2>
        <ErrorSummary ctx={ctx} errors={errors} />
        <form method="post" action={base} class="lotse-form-section" novalidate>
          <CsrfField token={csrf} />
          <SelectField
            id="status"
            label={t('ideas.admin.status')}
            value={v('status', idea.status)}
            options={ideaStatuses.map((s) => ({ value: s, label: t(`ideas.status.${s}`) }))}
          />
          <TextField
            id="project"
            label={t('ideas.admin.project')}
            hint={t('ideas.admin.projectHint')}
            value={v('project', idea.linkedSlug)}
            error={errorText(ctx, errors, 'project')}
          />
          <ResponseLanguageField ctx={ctx} id="answerLanguage" value={answerLanguage} />
          <TextAreaField
            id="reason"
            label={t('ideas.admin.reason')}
            hint={t('ideas.admin.reasonHint')}
            value={v('reason', idea.statusReason)}
            rows={3}
            error={errorText(ctx, errors, 'reason')}
            lang={answerLanguage}
          />
          <TextAreaField
            id="answer"
            label={t('ideas.admin.answerText')}
            hint={t('ideas.admin.answerHint')}
            value={v('answer', idea.answer)}
            rows={6}
            error={errorText(ctx, errors, 'answer')}
            lang={answerLanguage}
          />
          <SubmitButton label={t('ideas.admin.save')} />
        </form>
      </section>
      <section class="lotse-section" aria-labelledby="hide-heading">
        <h2 class="kern-heading-medium" id="hide-heading">
          {t('ideas.admin.visibility')}
        </h2>
        {idea.hidden ? (
          <form method="post" action={`${base}/einblenden`}>
            <CsrfField token={csrf} />
            <p class="kern-body">{t('moderation.hiddenBecause', { reason: idea.hiddenReason ?? '' })}</p>
            <SubmitButton label={t('moderation.restore')} kind="secondary" />
          </form>
        ) : (
          <form method="post" action={`${base}/ausblenden`} class="lotse-form-section" novalidate>
            <CsrfField token={csrf} />
            <TextField
              id="hide-reason"
              name="reason"
              label={t('moderation.hideReason')}
              hint={t('moderation.hideReasonHint')}
              value=""
              required
            />
            <SubmitButton label={t('moderation.hide')} kind="secondary" />
          </form>
        )}
      </section>
    </BackOfficeLayout>
  );
}
