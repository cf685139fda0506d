// The back-office page on which staff type in ideas and comments gathered on paper or at an event, with
// the entries so far. The form asks for no name: offline contributions are anonymous.
import type { FormErrors } from '../../lib/form-errors.js';
import { formatDate, formatDateTime } from '../../lib/format.js';
import { type LocalizedText, pick } from '../../lib/localized.js';
import { BackOfficeLayout, type BackOfficePage } from '../../platform/back-office/frame.js';
import { CsrfField, ErrorSummary, errorText, SelectField, SubmitButton, TextAreaField, TextField } from '../../views/form-fields.js';
import { localePath } from '../../views/page-context.js';
import { DataTable, RowTh, Td, Th, Tr } from '../../views/table.js';
import type { offlineFormData } from './offline.service.js';

export type OfflineFormValues = Record<'kind' | 'channel' | 'event' | 'day' | 'municipality' | 'title' | 'body' | 'target', string>;

export function OfflinePage({
  ctx,
  nav,
  csrf,
  data,
  values,
  errors,
  notice,
}: BackOfficePage & {
  data: Awaited<ReturnType<typeof offlineFormData>>;
  values: OfflineFormValues;
  errors: FormErrors;
  notice?: string | undefined;
}) {
  const { t, locale } = ctx;
  const text = (v: LocalizedText | null) => pick(v, locale)?.text ?? '';
  const slug = data.process.slug;
  return (
    <BackOfficeLayout ctx={ctx} title={t('offline.title')} nav={nav} current="participation">
      <p>
        <a class="kern-link" href={localePath(locale, `/verwaltung/beteiligung/prozesse/${slug}`)}>
          {t('offline.back')}
        </a>
      </p>
      <h1 class="kern-heading-large">
        {t('offline.title')}: {text(data.process.title)}
      </h1>
      <p class="kern-body">{t('offline.intro')}</p>
      {notice && (
        <p class="kern-body" role="status">
          {notice}
        </p>
      )}
      <ErrorSummary ctx={ctx} errors={errors} />
      <form
        method="post"
        action={localePath(locale, `/verwaltung/beteiligung/prozesse/${slug}/beitraege`)}
        class="lotse-form-section"
        novalidate
      >
        <CsrfField token={csrf} />
        <SelectField
          id="kind"
          label={t('offline.kind')}
          value={values.kind}
          error={errorText(ctx, errors, 'kind')}
          options={[
            ...(data.process.hasIdeasPhase ? [{ value: 'idea', label: t('offline.kind.idea') }] : []),
            { value: 'comment', label: t('offline.kind.comment') },
          ]}
        />
        <SelectField
          id="channel"
          label={t('offline.channel')}
          value={values.channel}
          error={errorText(ctx, errors, 'channel')}
          options={(['event', 'paper'] as const).map((c) => ({ value: c, label: t(`report.channel.${c}`) }))}
        />
        <SelectField
          id="event"
          label={t('offline.event')}
          hint={t('offline.eventHint')}
          value={values.event}
          error={errorText(ctx, errors, 'event')}
          options={[
            { value: '', label: t('offline.noEvent') },
            ...data.events.map((e) => ({ value: String(e.id), label: `${text(e.title)} (${formatDateTime(e.startsAt, locale)})` })),
          ]}
        />
        <TextField
          id="day"
          type="date"
          label={t('offline.day')}
          hint={t('offline.dayHint')}
          value={values.day}
          error={errorText(ctx, errors, 'day')}
        />
        <SelectField
          id="municipality"
          label={t('offline.municipality')}
          hint={t('offline.municipalityHint')}
          value={values.municipality}
          error={errorText(ctx, errors, 'municipality')}
          options={[
            { value: '', label: t('report.notGiven') },
            ...data.municipalities.map((m) => ({ value: String(m.id), label: m.name })),
          ]}
        />
        <SelectField
          id="target"
          label={t('offline.target')}
          hint={t('offline.targetHint')}
          value={values.target}
          error={errorText(ctx, errors, 'target')}
          options={[
            { value: 'project', label: t('offline.target.project') },
            ...data.ideas.map((i) => ({ value: String(i.id), label: t('offline.target.idea', { title: i.title }) })),
            ...data.sections.map((s) => ({
              value: `section-${s.id}`,
              label: t('offline.target.section', { heading: s.heading, document: text(s.consultationTitle), version: s.version }),
            })),
          ]}
        />
        <TextField
          id="title"
          label={t('offline.ideaTitle')}
          hint={t('offline.ideaTitleHint')}
          value={values.title}
          error={errorText(ctx, errors, 'title')}
        />
        <TextAreaField id="body" label={t('offline.body')} value={values.body} rows={6} error={errorText(ctx, errors, 'body')} />
        <SubmitButton label={t('offline.save')} />
      </form>
      <section class="lotse-section" aria-labelledby="offline-entries">
        <h2 class="kern-heading-medium" id="offline-entries">
          {t('offline.entries', { count: data.entries.length })}
        </h2>
        {data.entries.length > 0 && (
          <DataTable
            labelledBy="offline-entries"
            small
            head={
              <>
                <Th>{t('offline.kind')}</Th>
                <Th>{t('offline.text')}</Th>
                <Th>{t('offline.channel')}</Th>
                <Th>{t('offline.event')}</Th>
                <Th>{t('offline.day')}</Th>
              </>
            }
          >
            {data.entries.map((e) => (
              <Tr>
                <RowTh>{t(`offline.kind.${e.kind}`)}</RowTh>
                <Td>{e.text.length > 120 ? `${e.text.slice(0, 119)}…` : e.text}</Td>
                <Td>{t(`report.channel.${e.channel}`)}</Td>
                <Td>{e.event_title ? text(e.event_title as LocalizedText) : '–'}</Td>
                <Td>{formatDate(e.contributed_on, locale)}</Td>
              </Tr>
            ))}
          </DataTable>
        )}
      </section>
    </BackOfficeLayout>
  );
}
