// Back-office pages of events: the list, the event form, an event's overview (publish, cancel,
// documentation) and its registrations with CSV export and the check-in list.
import type { RegistrationStatus } from '../../db/schema.js';
import { formatNumber, formatTimeSpan } from '../../lib/format.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { type LocalizedText, locales, pick } from '../../lib/localized.js';
import { Alert, Badge } from '../../views/components.js';
import { BackOfficeLayout, type BackOfficePage } from '../../platform/back-office/frame.js';
import {
  Checkbox,
  CheckboxGroup,
  CsrfField,
  ErrorSummary,
  errorText,
  FileField,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../views/form-fields.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { NoteFields } from '../../views/localized-fields.js';
import { languageNames } from '../../views/layout.js';
import type { EventFormValues } from './event-form.js';
import { type EventView, eventFormats, modesOf } from './event.types.js';

const stateKind = { draft: 'info', published: 'success', cancelled: 'danger' } as const;

export function EventStateBadge({ ctx, event }: { ctx: PageContext; event: EventView }) {
  return <Badge kind={stateKind[event.state]}>{ctx.t(`events.admin.state.${event.state}`)}</Badge>;
}

export function EventListPage({ ctx, nav, events, mayCreate }: BackOfficePage & { events: EventView[]; mayCreate: boolean }) {
  const { t, locale } = ctx;
  return (
    <BackOfficeLayout ctx={ctx} title={t('events.admin.title')} nav={nav} current="events">
      <h1 class="kern-heading-large">{t('events.admin.title')}</h1>
      {mayCreate && (
        <p>
          <a class="kern-btn kern-btn--primary" href={localePath(locale, '/verwaltung/veranstaltungen/neu')}>
            <span class="kern-label">{t('events.admin.new')}</span>
          </a>
        </p>
      )}
      {events.length === 0 ? (
        <p class="kern-body">{t('events.calendar.none')}</p>
      ) : (
        <div class="kern-table-responsive">
          <table class="kern-table kern-table--striped">
            <caption class="kern-title">{t('events.admin.caption')}</caption>
            <thead class="kern-table__header">
              <tr class="kern-table__row">
                <th class="kern-table__cell" scope="col">
                  {t('field.title')}
                </th>
                <th class="kern-table__cell" scope="col">
                  {t('events.when')}
                </th>
                <th class="kern-table__cell" scope="col">
                  {t('events.organiser')}
                </th>
                <th class="kern-table__cell" scope="col">
                  {t('editorial.state')}
                </th>
                <th class="kern-table__cell" scope="col">
                  {t('events.admin.registrations')}
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {events.map((e) => (
                <tr class="kern-table__row">
                  <td class="kern-table__cell">
                    <a class="kern-link" href={localePath(locale, `/verwaltung/veranstaltungen/${e.slug}`)} lang="de">
                      {e.title.de}
                    </a>
                  </td>
                  <td class="kern-table__cell">{formatTimeSpan(e.startsAt, e.endsAt, locale)}</td>
                  <td class="kern-table__cell">{e.organiser.name}</td>
                  <td class="kern-table__cell">
                    <EventStateBadge ctx={ctx} event={e} />
                  </td>
                  <td class="kern-table__cell">
                    {modesOf(e.format)
                      .map(
                        (m) =>
                          `${t(`events.mode.${m}`)}: ${formatNumber(e.seats[m].confirmed, locale)}${e.seats[m].capacity !== null ? `/${formatNumber(e.seats[m].capacity, locale)}` : ''} (+${formatNumber(e.seats[m].waiting, locale)})`,
                      )
                      .join(' · ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </BackOfficeLayout>
  );
}

function Localized({
  ctx,
  field,
  label,
  values,
  errors,
  long,
  hint,
}: {
  ctx: PageContext;
  field: string;
  label: string;
  values: EventFormValues;
  errors: FormErrors;
  long?: boolean;
  hint?: string;
}) {
  const Field = long ? TextAreaField : TextField;
  return (
    <div>
      <Field
        id={`${field}_de`}
        label={`${label} (${languageNames.de})`}
        hint={hint}
        value={values.text[`${field}_de`] ?? ''}
        error={errorText(ctx, errors, `${field}_de`)}
        lang="de"
      />
      <details class="kern-accordion" open={!!(values.text[`${field}_da`] || values.text[`${field}_en`])}>
        <summary class="kern-accordion__header">
          <span class="kern-title">{ctx.t('form.translationsOf', { field: label })}</span>
        </summary>
        <div class="kern-accordion__body">
          {(['da', 'en'] as const).map((l) => (
            <Field
              id={`${field}_${l}`}
              label={`${label} (${languageNames[l]})`}
              value={values.text[`${field}_${l}`] ?? ''}
              error={errorText(ctx, errors, `${field}_${l}`)}
              lang={l}
            />
          ))}
        </div>
      </details>
    </div>
  );
}

export function EventFormPage({
  ctx,
  nav,
  csrf,
  title,
  action,
  cancel,
  values,
  errors,
  organisers,
  topics,
}: BackOfficePage & {
  title: string;
  action: string;
  cancel: string;
  values: EventFormValues;
  errors: FormErrors;
  organisers: { value: string; label: string }[];
  topics: { slug: string; name: LocalizedText }[];
}) {
  const { t, locale } = ctx;
  return (
    <BackOfficeLayout ctx={ctx} title={title} nav={nav} current="events">
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body">{t('events.admin.formIntro')}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={action} novalidate>
        <CsrfField token={csrf} />
        <fieldset class="kern-fieldset lotse-form-section">
          <legend class="kern-heading-medium">{t('form.section.basics')}</legend>
          <Localized ctx={ctx} field="title" label={t('field.title')} values={values} errors={errors} />
          <Localized
            ctx={ctx}
            field="description"
            label={t('field.description')}
            values={values}
            errors={errors}
            long
            hint={t('events.admin.markdownHint')}
          />
          <SelectField
            id="organiser"
            label={t('events.organiser')}
            value={values.organiser}
            error={errorText(ctx, errors, 'organiser')}
            options={organisers}
          />
          <TextField
            id="project"
            label={t('events.filter.project')}
            hint={t('events.filter.projectHint')}
            value={values.project}
            error={errorText(ctx, errors, 'project')}
          />
          <TextField
            id="process"
            label={t('events.admin.process')}
            hint={t('events.admin.processHint')}
            value={values.process}
            error={errorText(ctx, errors, 'process')}
          />
          <CheckboxGroup
            name="topics"
            legend={t('field.topics')}
            options={topics.map((x) => ({ value: x.slug, label: pick(x.name, locale)!.text }))}
            checked={values.topics}
          />
        </fieldset>
        <fieldset class="kern-fieldset lotse-form-section">
          <legend class="kern-heading-medium">{t('events.admin.timePlace')}</legend>
          <p class="kern-body kern-body--small">{t('events.admin.timeHint')}</p>
          <div class="lotse-decision-row">
            <TextField
              id="startDate"
              type="date"
              label={t('events.admin.startDate')}
              value={values.startDate}
              error={errorText(ctx, errors, 'startDate')}
            />
            <TextField id="startTime" type="time" label={t('events.admin.startTime')} value={values.startTime} />
            <TextField
              id="endDate"
              type="date"
              label={t('events.admin.endDate')}
              hint={t('events.admin.endDateHint')}
              value={values.endDate}
              error={errorText(ctx, errors, 'endDate')}
            />
            <TextField id="endTime" type="time" label={t('events.admin.endTime')} value={values.endTime} />
          </div>
          <SelectField
            id="format"
            label={t('events.format')}
            value={values.format}
            error={errorText(ctx, errors, 'format')}
            options={eventFormats.map((f) => ({ value: f, label: t(`events.format.${f}`) }))}
          />
          <TextField
            id="address"
            label={t('form.address')}
            hint={t('events.admin.addressHint')}
            value={values.address}
            error={errorText(ctx, errors, 'address')}
            lang="de"
          />
          <TextField id="room" label={t('events.admin.room')} value={values.room} lang="de" />
          <Localized
            ctx={ctx}
            field="accessibility"
            label={t('events.accessibility')}
            values={values}
            errors={errors}
            long
            hint={t('events.admin.accessibilityHint')}
          />
          <TextField
            id="onlineUrl"
            type="url"
            label={t('events.admin.onlineUrl')}
            hint={t('events.admin.onlineUrlHint')}
            value={values.onlineUrl}
            error={errorText(ctx, errors, 'onlineUrl')}
          />
        </fieldset>
        <fieldset class="kern-fieldset lotse-form-section">
          <legend class="kern-heading-medium">{t('events.registration.title')}</legend>
          <Checkbox
            id="registrationEnabled"
            name="registrationEnabled"
            label={t('events.admin.registrationEnabled')}
            checked={values.registrationEnabled}
          />
          <div class="lotse-decision-row">
            <TextField
              id="opensDate"
              type="date"
              label={t('events.admin.opensDate')}
              hint={t('events.admin.opensHint')}
              value={values.opensDate}
              error={errorText(ctx, errors, 'opensDate')}
            />
            <TextField id="opensTime" type="time" label={t('events.admin.opensTime')} value={values.opensTime} />
            <TextField
              id="closesDate"
              type="date"
              label={t('events.admin.closesDate')}
              hint={t('events.admin.closesHint')}
              value={values.closesDate}
              error={errorText(ctx, errors, 'closesDate')}
            />
            <TextField id="closesTime" type="time" label={t('events.admin.closesTime')} value={values.closesTime} />
          </div>
          <TextField
            id="capacityOnsite"
            label={t('events.admin.capacityOnsite')}
            hint={t('events.admin.capacityHint')}
            value={values.capacityOnsite}
            error={errorText(ctx, errors, 'capacityOnsite')}
            inputmode="numeric"
          />
          <TextField
            id="capacityOnline"
            label={t('events.admin.capacityOnline')}
            value={values.capacityOnline}
            error={errorText(ctx, errors, 'capacityOnline')}
            inputmode="numeric"
          />
          <Localized
            ctx={ctx}
            field="question"
            label={t('events.admin.question')}
            values={values}
            errors={errors}
            hint={t('events.admin.questionHint')}
          />
          <TextField
            id="reminderHours"
            label={t('events.admin.reminderHours')}
            value={values.reminderHours}
            error={errorText(ctx, errors, 'reminderHours')}
            inputmode="numeric"
          />
          <TextField
            id="retentionDays"
            label={t('events.admin.retentionDays')}
            hint={t('events.admin.retentionHint')}
            value={values.retentionDays}
            error={errorText(ctx, errors, 'retentionDays')}
            inputmode="numeric"
          />
        </fieldset>
        <div class="lotse-actions">
          <SubmitButton label={t('events.admin.save')} />
          <a class="kern-btn kern-btn--tertiary" href={cancel}>
            <span class="kern-label">{t('form.cancel')}</span>
          </a>
        </div>
      </form>
    </BackOfficeLayout>
  );
}

export function EventOverviewPage({
  ctx,
  nav,
  csrf,
  event,
  mayManage,
  notice,
  failed,
}: BackOfficePage & {
  event: EventView;
  mayManage: boolean;
  notice?: string | undefined;
  failed?: { form: 'cancel' | 'documentation'; values: Record<string, string>; errors: FormErrors } | undefined;
}) {
  const { t, locale } = ctx;
  const base = localePath(locale, `/verwaltung/veranstaltungen/${event.slug}`);
  const errorsOf = (f: string) => (failed?.form === f ? failed.errors : {});
  const valuesOf = (f: string) => (failed?.form === f ? failed.values : {});
  const doc = valuesOf('documentation');
  return (
    <BackOfficeLayout ctx={ctx} title={event.title.de} nav={nav} current="events">
      <p>
        <a class="kern-link" href={localePath(locale, '/verwaltung/veranstaltungen')}>
          {t('events.admin.back')}
        </a>
      </p>
      <h1 class="kern-heading-large" lang="de">
        {event.title.de}
      </h1>
      <p class="kern-body">
        <EventStateBadge ctx={ctx} event={event} /> {formatTimeSpan(event.startsAt, event.endsAt, locale)} · {event.organiser.name}
      </p>
      {notice && <Alert kind="success" title={notice} />}
      {failed && <ErrorSummary ctx={ctx} errors={failed.errors} />}
      <div class="lotse-actions">
        {mayManage && event.state !== 'cancelled' && (
          <a class="kern-btn kern-btn--primary" href={`${base}/bearbeiten`}>
            <span class="kern-label">{t('editorial.edit')}</span>
          </a>
        )}
        {mayManage && (
          <a class="kern-btn kern-btn--secondary" href={`${base}/anmeldungen`}>
            <span class="kern-label">{t('events.admin.registrations')}</span>
          </a>
        )}
        {event.state !== 'draft' && (
          <a class="kern-btn kern-btn--secondary" href={localePath(locale, `/veranstaltungen/${event.slug}`)}>
            <span class="kern-label">{t('editorial.viewPublic')}</span>
          </a>
        )}
      </div>
      {mayManage && event.state === 'draft' && (
        <section class="lotse-panel" aria-labelledby="publish-heading">
          <h2 class="kern-heading-small" id="publish-heading">
            {t('editorial.publish.title')}
          </h2>
          <p class="kern-body">{t('events.admin.publishHint')}</p>
          <form method="post" action={`${base}/veroeffentlichen`}>
            <CsrfField token={csrf} />
            <SubmitButton label={t('editorial.publish.submit')} />
          </form>
        </section>
      )}
      {mayManage && event.state === 'published' && (
        <section class="lotse-panel" aria-labelledby="cancel-heading">
          <h2 class="kern-heading-small" id="cancel-heading">
            {t('events.admin.cancelTitle')}
          </h2>
          <p class="kern-body">
            {t('events.admin.cancelHint', {
              count: event.seats.onsite.confirmed + event.seats.online.confirmed + event.seats.onsite.waiting + event.seats.online.waiting,
            })}
          </p>
          <form method="post" action={`${base}/absagen`} class="lotse-form-section" novalidate>
            <CsrfField token={csrf} />
            <NoteFields
              ctx={ctx}
              prefix="reason"
              values={valuesOf('cancel')}
              errors={errorsOf('cancel')}
              label={t('editorial.reason')}
              hint={t('events.admin.cancelReasonHint')}
            />
            <div>
              <SubmitButton kind="secondary" label={t('events.admin.cancelSubmit')} />
            </div>
          </form>
        </section>
      )}
      {mayManage && event.state !== 'draft' && (
        <section class="lotse-panel" aria-labelledby="documentation-heading">
          <h2 class="kern-heading-small" id="documentation-heading">
            {t('events.documentation')}
          </h2>
          <p class="kern-body">{t('events.admin.documentationHint')}</p>
          <form method="post" action={`${base}/dokumentation`} enctype="multipart/form-data" class="lotse-form-section" novalidate>
            <CsrfField token={csrf} />
            {locales.map((l) => (
              <TextAreaField
                id={`documentation_${l}`}
                label={`${t('events.admin.results')} (${languageNames[l]})`}
                value={doc[`documentation_${l}`] ?? event.documentation?.[l] ?? ''}
                error={errorText(ctx, errorsOf('documentation'), `documentation_${l}`)}
                rows={l === 'de' ? 6 : 3}
                lang={l}
              />
            ))}
            <FileField
              id="file"
              label={t('events.admin.file')}
              hint={t('events.admin.fileHint')}
              error={errorText(ctx, errorsOf('documentation'), 'file')}
            />
            {event.files.length > 0 && (
              <ul class="kern-list">
                {event.files.map((f) => (
                  <li>{f.fileName}</li>
                ))}
              </ul>
            )}
            <div>
              <SubmitButton kind="secondary" label={t('events.admin.saveDocumentation')} />
            </div>
          </form>
        </section>
      )}
    </BackOfficeLayout>
  );
}

export interface RegistrationRow {
  id: number;
  mode: 'onsite' | 'online';
  status: RegistrationStatus;
  name: string;
  email: string;
  organisation: string | null;
  accessibility_needs: string | null;
  answer: string | null;
  attended_at: Date | null;
  anonymised_at: Date | null;
}

export function RegistrationsPage({
  ctx,
  nav,
  csrf,
  event,
  registrations,
  checkIn,
  notice,
}: BackOfficePage & { event: EventView; registrations: RegistrationRow[]; checkIn: boolean; notice?: string | undefined }) {
  const { t, locale } = ctx;
  const base = localePath(locale, `/verwaltung/veranstaltungen/${event.slug}`);
  const rows = checkIn ? registrations.filter((r) => r.status === 'confirmed') : registrations;
  const title = checkIn ? t('events.admin.checkInTitle') : t('events.admin.registrations');
  return (
    <BackOfficeLayout ctx={ctx} title={`${title}: ${event.title.de}`} nav={nav} current="events">
      <p class="lotse-no-print">
        <a class="kern-link" href={base}>
          {t('events.admin.backToEvent')}
        </a>
      </p>
      <h1 class="kern-heading-large">
        {title}: <span lang="de">{event.title.de}</span>
      </h1>
      <p class="kern-body">{formatTimeSpan(event.startsAt, event.endsAt, locale)}</p>
      {notice && <Alert kind="success" title={notice} />}
      <p class="kern-body kern-body--small">{t('events.admin.privacy')}</p>
      <div class="lotse-actions lotse-no-print">
        {!checkIn && (
          <a class="kern-btn kern-btn--secondary" href={`${base}/anmeldungen?teilnahmeliste=1`}>
            <span class="kern-label">{t('events.admin.checkInTitle')}</span>
          </a>
        )}
        <a class="kern-btn kern-btn--secondary" href={`${base}/anmeldungen.csv`}>
          <span class="kern-label">{t('events.admin.exportCsv')}</span>
        </a>
      </div>
      <div class="kern-table-responsive">
        <table class="kern-table kern-table--small">
          <caption class="kern-title">{t('events.admin.registrationCount', { count: rows.length })}</caption>
          <thead class="kern-table__header">
            <tr class="kern-table__row">
              <th class="kern-table__cell" scope="col">
                {t('events.registration.name')}
              </th>
              {!checkIn && (
                <th class="kern-table__cell" scope="col">
                  {t('signin.email')}
                </th>
              )}
              <th class="kern-table__cell" scope="col">
                {t('events.registration.organisation')}
              </th>
              <th class="kern-table__cell" scope="col">
                {t('events.registration.mode')}
              </th>
              {!checkIn && (
                <th class="kern-table__cell" scope="col">
                  {t('editorial.state')}
                </th>
              )}
              <th class="kern-table__cell" scope="col">
                {t('events.registration.accessibilityNeeds')}
              </th>
              {!checkIn && event.question && (
                <th class="kern-table__cell" scope="col">
                  {pick(event.question, locale)!.text}
                </th>
              )}
              <th class="kern-table__cell" scope="col">
                {t('events.admin.attended')}
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {rows.map((r) => (
              <tr class="kern-table__row" id={`r${r.id}`}>
                <td class="kern-table__cell">{r.anonymised_at ? t('events.admin.anonymised') : r.name}</td>
                {!checkIn && <td class="kern-table__cell">{r.email}</td>}
                <td class="kern-table__cell">{r.organisation ?? ''}</td>
                <td class="kern-table__cell">{t(`events.mode.${r.mode}`)}</td>
                {!checkIn && <td class="kern-table__cell">{t(`events.admin.status.${r.status}`)}</td>}
                <td class="kern-table__cell">{r.accessibility_needs ?? ''}</td>
                {!checkIn && event.question && <td class="kern-table__cell">{r.answer ?? ''}</td>}
                <td class="kern-table__cell">
                  {r.status === 'confirmed' ? (
                    <form method="post" action={`${base}/anmeldungen/${r.id}/anwesenheit${checkIn ? '?teilnahmeliste=1' : ''}`}>
                      <CsrfField token={csrf} />
                      <input type="hidden" name="attended" value={r.attended_at ? '0' : '1'} />
                      <button
                        type="submit"
                        class={`kern-btn kern-btn--${r.attended_at ? 'primary' : 'secondary'} kern-btn--x-small`}
                        aria-label={t(r.attended_at ? 'events.admin.markAbsentFor' : 'events.admin.markPresentFor', { name: r.name })}
                      >
                        <span class="kern-label">{r.attended_at ? t('events.admin.present') : t('events.admin.markPresent')}</span>
                      </button>
                    </form>
                  ) : (
                    '–'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </BackOfficeLayout>
  );
}
