// Back-office pages of events: the list, an event's overview (publish, cancel, documentation) and its
// registrations with CSV export and the check-in list. The event form is in event-form.views.tsx.
import { formatNumber, formatTimeSpan } from '../../lib/format.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { locales, pick } from '../../lib/localized.js';
import { Alert, Badge } from '../../views/components.js';
import { BackOfficeLayout, type BackOfficePage } from '../../platform/back-office/frame.js';
import { CsrfField, ErrorSummary, errorText, FileField, SubmitButton, TextAreaField } from '../../views/form-fields.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { NoteFields } from '../../views/localized-fields.js';
import { languageNames } from '../../views/layout.js';
import { type EventView, modesOf, type RegistrationView } from './event.types.js';
import { DataTable, Td, Th, Tr } from '../../views/table.js';

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
        <DataTable
          caption={t('events.admin.caption')}
          striped
          head={
            <>
              <Th>{t('field.title')}</Th>
              <Th>{t('events.when')}</Th>
              <Th>{t('events.organiser')}</Th>
              <Th>{t('editorial.state')}</Th>
              <Th>{t('events.admin.registrations')}</Th>
            </>
          }
        >
          {events.map((e) => (
            <Tr>
              <Td>
                <a class="kern-link" href={localePath(locale, `/verwaltung/veranstaltungen/${e.slug}`)} lang="de">
                  {e.title.de}
                </a>
              </Td>
              <Td>{formatTimeSpan(e.startsAt, e.endsAt, locale)}</Td>
              <Td>{e.organiser.name}</Td>
              <Td>
                <EventStateBadge ctx={ctx} event={e} />
              </Td>
              <Td>
                {modesOf(e.format)
                  .map(
                    (m) =>
                      `${t(`events.mode.${m}`)}: ${formatNumber(e.seats[m].confirmed, locale)}${e.seats[m].capacity !== null ? `/${formatNumber(e.seats[m].capacity, locale)}` : ''} (+${formatNumber(e.seats[m].waiting, locale)})`,
                  )
                  .join(' · ')}
              </Td>
            </Tr>
          ))}
        </DataTable>
      )}
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

export function RegistrationsPage({
  ctx,
  nav,
  csrf,
  event,
  registrations,
  checkIn,
  notice,
}: BackOfficePage & { event: EventView; registrations: RegistrationView[]; checkIn: boolean; notice?: string | undefined }) {
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
      <DataTable
        caption={t('events.admin.registrationCount', { count: rows.length })}
        small
        head={
          <>
            <Th>{t('events.registration.name')}</Th>
            {!checkIn && <Th>{t('signin.email')}</Th>}
            <Th>{t('events.registration.organisation')}</Th>
            <Th>{t('events.registration.mode')}</Th>
            {!checkIn && <Th>{t('editorial.state')}</Th>}
            <Th>{t('events.registration.accessibilityNeeds')}</Th>
            {!checkIn && event.question && <Th>{pick(event.question, locale)!.text}</Th>}
            <Th>{t('events.admin.attended')}</Th>
          </>
        }
      >
        {rows.map((r) => (
          // A plain row: the attendance form comes back to it by its anchor, and Tr takes no id.
          <tr class="kern-table__row" id={`r${r.id}`}>
            <Td>{r.anonymisedAt ? t('events.admin.anonymised') : r.name}</Td>
            {!checkIn && <Td>{r.email}</Td>}
            <Td>{r.organisation ?? ''}</Td>
            <Td>{t(`events.mode.${r.mode}`)}</Td>
            {!checkIn && <Td>{t(`events.admin.status.${r.status}`)}</Td>}
            <Td>{r.accessibilityNeeds ?? ''}</Td>
            {!checkIn && event.question && <Td>{r.answer ?? ''}</Td>}
            <Td>
              {r.status === 'confirmed' ? (
                <form method="post" action={`${base}/anmeldungen/${r.id}/anwesenheit${checkIn ? '?teilnahmeliste=1' : ''}`}>
                  <CsrfField token={csrf} />
                  <input type="hidden" name="attended" value={r.attendedAt ? '0' : '1'} />
                  <button
                    type="submit"
                    class={`kern-btn kern-btn--${r.attendedAt ? 'primary' : 'secondary'} kern-btn--x-small`}
                    aria-label={t(r.attendedAt ? 'events.admin.markAbsentFor' : 'events.admin.markPresentFor', { name: r.name })}
                  >
                    <span class="kern-label">{r.attendedAt ? t('events.admin.present') : t('events.admin.markPresent')}</span>
                  </button>
                </form>
              ) : (
                '–'
              )}
            </Td>
          </tr>
        ))}
      </DataTable>
    </BackOfficeLayout>
  );
}
