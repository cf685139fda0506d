// Public pages of events: the region's calendar (list and month views with filters and feed links) and
// an event's page with registration, documentation and schema.org data.
import type { ComponentChildren } from 'preact';
import { berlinParts } from '../../lib/berlin-time.js';
import { formatMonth, formatTimeSpan } from '../../lib/format.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { type LocalizedText, pick } from '../../lib/localized.js';
import { Alert, Badge, Fact, JsonLd, Markdown } from '../../views/components.js';
import { CsrfField, ErrorSummary, errorText, SelectField, SubmitButton, TextAreaField, TextField } from '../../views/form-fields.js';
import { Layout, StepPage } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { type EventView, modesOf } from './event.types.js';
import type { RegistrationWindow } from './registrations.service.js';

export interface CalendarQuery {
  view: 'list' | 'month';
  period: 'upcoming' | 'past';
  month: string; // YYYY-MM
  municipality?: string | undefined;
  topic?: string | undefined;
  project?: string | undefined;
}

export function calendarLink(locale: string, q: Partial<CalendarQuery>, path = '/veranstaltungen'): string {
  const sp = new URLSearchParams();
  if (q.view === 'month') sp.set('ansicht', 'monat');
  if (q.view === 'month' && q.month) sp.set('monat', q.month);
  if (q.view !== 'month' && q.period === 'past') sp.set('zeitraum', 'vergangen');
  if (q.municipality) sp.set('kommune', q.municipality);
  if (q.topic) sp.set('thema', q.topic);
  if (q.project) sp.set('vorhaben', q.project);
  const qs = sp.toString();
  return `/${locale}${path}${qs ? `?${qs}` : ''}`;
}

function Text({ ctx, value }: { ctx: PageContext; value: LocalizedText | null }) {
  const picked = pick(value, ctx.locale);
  return picked ? <span lang={picked.lang === ctx.locale ? undefined : picked.lang}>{picked.text}</span> : null;
}

export function EventBadges({ ctx, event }: { ctx: PageContext; event: EventView }) {
  const { t } = ctx;
  return (
    <span class="lotse-card__badges">
      {event.state === 'cancelled' && <Badge kind="danger">{t('events.state.cancelled')}</Badge>}
      <Badge kind="info">{t(`events.format.${event.format}`)}</Badge>
      {event.state === 'published' && event.registrationEnabled && event.endsAt > new Date() && <SeatBadge ctx={ctx} event={event} />}
    </span>
  );
}

function SeatBadge({ ctx, event }: { ctx: PageContext; event: EventView }) {
  const free = modesOf(event.format).some((m) => event.seats[m].capacity === null || event.seats[m].confirmed < event.seats[m].capacity!);
  return free ? <Badge kind="success">{ctx.t('events.seats.available')}</Badge> : <Badge kind="warning">{ctx.t('events.seats.waitingList')}</Badge>;
}

function EventCard({ ctx, event }: { ctx: PageContext; event: EventView }) {
  const { locale } = ctx;
  return (
    <li>
      <article class="kern-card lotse-card">
        <div class="kern-card__container">
          <div class="kern-card__header">
            <h3 class="kern-title">
              <a class="kern-link" href={localePath(locale, `/veranstaltungen/${event.slug}`)}>
                <Text ctx={ctx} value={event.title} />
              </a>
            </h3>
          </div>
          <div class="kern-card__body">
            <p class="kern-body">
              <time datetime={event.startsAt.toISOString()}>{formatTimeSpan(event.startsAt, event.endsAt, locale)}</time>
            </p>
            <p class="kern-body kern-body--small lotse-card__meta">
              {[event.format === 'online' ? ctx.t('events.format.online') : event.address, event.organiser.name].filter(Boolean).join(' · ')}
            </p>
            <EventBadges ctx={ctx} event={event} />
          </div>
        </div>
      </article>
    </li>
  );
}

interface CalendarPageProps {
  ctx: PageContext;
  query: CalendarQuery;
  events: EventView[];
  options: { municipalities: { slug: string; name: string }[]; topics: { slug: string; name: LocalizedText }[] };
}

function Filters({ ctx, query, options }: Omit<CalendarPageProps, 'events'>) {
  const { t, locale } = ctx;
  return (
    <form method="get" action={localePath(locale, '/veranstaltungen')} class="lotse-filters" role="search">
      <fieldset class="kern-fieldset">
        <legend class="kern-label">{t('register.filters.heading')}</legend>
        <div class="kern-fieldset__body lotse-filters__grid">
          <SelectField id="kommune" label={t('register.filter.municipality')} value={query.municipality ?? ''} options={[{ value: '', label: t('register.filter.any') }, ...options.municipalities.map((m) => ({ value: m.slug, label: m.name }))]} />
          <SelectField id="thema" label={t('register.filter.topic')} value={query.topic ?? ''} options={[{ value: '', label: t('register.filter.any') }, ...options.topics.map((x) => ({ value: x.slug, label: pick(x.name, locale)!.text }))]} />
          <TextField id="vorhaben" label={t('events.filter.project')} hint={t('events.filter.projectHint')} value={query.project ?? ''} />
        </div>
      </fieldset>
      {query.view === 'month' && <input type="hidden" name="ansicht" value="monat" />}
      {query.view === 'month' && <input type="hidden" name="monat" value={query.month} />}
      {query.view === 'list' && query.period === 'past' && <input type="hidden" name="zeitraum" value="vergangen" />}
      <div class="lotse-filters__actions">
        <SubmitButton label={t('register.submit')} />
        <a class="kern-link" href={localePath(locale, '/veranstaltungen')}>
          {t('register.reset')}
        </a>
      </div>
    </form>
  );
}

function MonthGrid({ ctx, month, events }: { ctx: PageContext; month: string; events: EventView[] }) {
  const { t, locale } = ctx;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7; // Monday first
  const byDay = new Map<number, EventView[]>();
  for (const e of events) {
    const p = berlinParts(e.startsAt);
    if (p.date.slice(0, 7) !== month) continue;
    const d = Number(p.date.slice(8));
    byDay.set(d, [...(byDay.get(d) ?? []), e]);
  }
  const cells: (number | null)[] = [...Array.from({ length: lead }, () => null), ...Array.from({ length: days }, (_, i) => i + 1)];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const weekdays = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
  return (
    <div class="kern-table-responsive">
      <table class="kern-table lotse-month">
        <caption class="kern-title">{formatMonth(month, locale)}</caption>
        <thead class="kern-table__header">
          <tr class="kern-table__row">
            {weekdays.map((d) => (
              <th class="kern-table__cell" scope="col">
                <abbr title={t(`events.weekday.${d}`)}>{t(`events.weekdayShort.${d}`)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {weeks.map((week) => (
            <tr class="kern-table__row">
              {week.map((day) => (
                <td class="kern-table__cell">
                  {day && (
                    <>
                      <span class="lotse-month__day">{day}</span>
                      {(byDay.get(day) ?? []).length > 0 && (
                        <ul class="kern-list">
                          {byDay.get(day)!.map((e) => (
                            <li>
                              <a class="kern-link" href={localePath(locale, `/veranstaltungen/${e.slug}`)}>
                                {berlinParts(e.startsAt).time} <Text ctx={ctx} value={e.title} />
                              </a>
                              {e.state === 'cancelled' && ` (${t('events.state.cancelled')})`}
                            </li>
                          ))}
                        </ul>
                      )}
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const shiftMonth = (month: string, by: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

export function CalendarPage({ ctx, query, events, options }: CalendarPageProps) {
  const { t, locale } = ctx;
  const feed = calendarLink(locale, { ...query, view: 'list', period: 'upcoming' }, '/veranstaltungen/kalender.ics');
  const groups = new Map<string, EventView[]>();
  for (const e of events) {
    const key = berlinParts(e.startsAt).date.slice(0, 7);
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return (
    <Layout ctx={ctx} title={t('events.calendar.title')} current="events">
      <h1 class="kern-heading-large">{t('events.calendar.title')}</h1>
      <p class="kern-body kern-body--large">{t('events.calendar.intro')}</p>
      <Filters ctx={ctx} query={query} options={options} />
      <nav aria-label={t('events.calendar.views')}>
        <ul class="kern-list kern-list--horizontal lotse-actions">
          <li>
            <a class="kern-link" href={calendarLink(locale, { ...query, view: 'list', period: 'upcoming' })} aria-current={query.view === 'list' && query.period === 'upcoming' ? 'page' : undefined}>
              {t('events.calendar.upcoming')}
            </a>
          </li>
          <li>
            <a class="kern-link" href={calendarLink(locale, { ...query, view: 'month' })} aria-current={query.view === 'month' ? 'page' : undefined}>
              {t('events.calendar.month')}
            </a>
          </li>
          <li>
            <a class="kern-link" href={calendarLink(locale, { ...query, view: 'list', period: 'past' })} aria-current={query.view === 'list' && query.period === 'past' ? 'page' : undefined}>
              {t('events.calendar.past')}
            </a>
          </li>
        </ul>
      </nav>
      <p class="kern-body">
        <a class="kern-link" href={feed}>
          {t('events.calendar.subscribe')}
        </a>{' '}
        <span class="kern-body kern-body--small">{t('events.calendar.subscribeHint')}</span>
      </p>
      {query.view === 'month' ? (
        <>
          <nav class="lotse-pagination" aria-label={t('events.calendar.monthNav')}>
            <a class="kern-btn kern-btn--secondary" href={calendarLink(locale, { ...query, month: shiftMonth(query.month, -1) })} rel="prev">
              <span class="kern-label">{formatMonth(shiftMonth(query.month, -1), locale)}</span>
            </a>
            <a class="kern-btn kern-btn--secondary" href={calendarLink(locale, { ...query, month: shiftMonth(query.month, 1) })} rel="next">
              <span class="kern-label">{formatMonth(shiftMonth(query.month, 1), locale)}</span>
            </a>
          </nav>
          <MonthGrid ctx={ctx} month={query.month} events={events} />
        </>
      ) : events.length === 0 ? (
        <p class="kern-body" role="status">
          {t('events.calendar.none')}
        </p>
      ) : (
        [...groups].map(([month, list]) => (
          <section class="lotse-section" aria-labelledby={`m-${month}`}>
            <h2 class="kern-heading-medium" id={`m-${month}`}>
              {formatMonth(month, locale)}
            </h2>
            <ul class="lotse-result-list">
              {list.map((e) => (
                <EventCard ctx={ctx} event={e} />
              ))}
            </ul>
          </section>
        ))
      )}
    </Layout>
  );
}

export interface RegistrationFormState {
  values: Record<string, string>;
  errors: FormErrors;
}

function Seats({ ctx, event }: { ctx: PageContext; event: EventView }) {
  const { t } = ctx;
  return (
    <ul class="kern-list">
      {modesOf(event.format).map((m) => {
        const s = event.seats[m];
        const left = s.capacity === null ? null : Math.max(s.capacity - s.confirmed, 0);
        return (
          <li>
            {t(`events.mode.${m}`)}:{' '}
            {left === null ? t('events.seats.unlimited') : left > 0 ? t('events.seats.left', { left, capacity: s.capacity! }) : t('events.seats.full', { waiting: s.waiting })}
          </li>
        );
      })}
    </ul>
  );
}

function RegistrationSection({ ctx, event, window, form, csrf }: { ctx: PageContext; event: EventView; window: RegistrationWindow; form: RegistrationFormState; csrf: string }) {
  const { t, locale } = ctx;
  if (window === 'none') return null;
  const modes = modesOf(event.format);
  return (
    <section class="lotse-section" aria-labelledby="registration-heading">
      <h2 class="kern-heading-medium" id="registration-heading">
        {t('events.registration.title')}
      </h2>
      <Seats ctx={ctx} event={event} />
      {window === 'notYet' && <Alert kind="info" title={t('events.registration.notYet', { date: formatTimeSpan(event.registrationOpensAt!, event.registrationOpensAt!, locale).split(',').slice(0, 2).join(',') })} />}
      {window === 'closed' && <Alert kind="info" title={t('events.registration.closed')} />}
      {window === 'open' && (
        <>
          <ErrorSummary ctx={ctx} errors={form.errors} />
          <form method="post" action={localePath(locale, `/veranstaltungen/${event.slug}/anmelden`)} class="lotse-form-section" novalidate>
            <CsrfField token={csrf} />
            <TextField id="name" label={t('events.registration.name')} value={form.values.name ?? ''} error={errorText(ctx, form.errors, 'name')} autocomplete="name" required />
            <TextField id="email" type="email" label={t('signin.email')} hint={t('events.registration.emailHint')} value={form.values.email ?? ''} error={errorText(ctx, form.errors, 'email')} autocomplete="email" required />
            <TextField id="organisation" label={t('events.registration.organisation')} value={form.values.organisation ?? ''} error={errorText(ctx, form.errors, 'organisation')} autocomplete="organization" />
            {modes.length > 1 && (
              <fieldset class="kern-fieldset">
                <legend class="kern-label">{t('events.registration.mode')}</legend>
                <div class="kern-fieldset__body">
                  {modes.map((m) => (
                    <div class="kern-form-check">
                      <input class="kern-form-check__radio" type="radio" id={`mode-${m}`} name="mode" value={m} checked={(form.values.mode ?? 'onsite') === m} />
                      <label class="kern-label" for={`mode-${m}`}>
                        {t(`events.mode.${m}`)}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            )}
            <TextAreaField id="accessibilityNeeds" label={t('events.registration.accessibilityNeeds')} hint={t('events.registration.accessibilityHint')} value={form.values.accessibilityNeeds ?? ''} error={errorText(ctx, form.errors, 'accessibilityNeeds')} rows={2} />
            {event.question && (
              <TextAreaField id="answer" label={pick(event.question, locale)!.text} value={form.values.answer ?? ''} error={errorText(ctx, form.errors, 'answer')} rows={3} />
            )}
            {/* A field people do not see and bots fill in. */}
            <div class="lotse-honeypot" aria-hidden="true">
              <label for="website">Website</label>
              <input type="text" id="website" name="website" tabindex={-1} autocomplete="off" />
            </div>
            <div class={`kern-form-check${form.errors.consent ? ' kern-form-check--error' : ''}`}>
              <input class="kern-form-check__checkbox" type="checkbox" id="consent" name="consent" value="on" checked={form.values.consent === 'on'} aria-describedby={form.errors.consent ? 'consent-error' : undefined} />
              <label class="kern-label" for="consent">
                {t('events.registration.consent', { days: event.retentionDays })}
              </label>
              {form.errors.consent && (
                <p class="kern-error" id="consent-error">
                  {errorText(ctx, form.errors, 'consent')}
                </p>
              )}
            </div>
            <div>
              <SubmitButton label={t('events.registration.submit')} />
            </div>
          </form>
        </>
      )}
    </section>
  );
}

export function eventJsonLd(event: EventView, ctx: PageContext) {
  const place = { '@type': 'Place', name: [event.address, event.room].filter(Boolean).join(', '), address: event.address };
  const virtual = { '@type': 'VirtualLocation', url: `${ctx.baseUrl}/${ctx.locale}/veranstaltungen/${event.slug}` };
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: pick(event.title, ctx.locale)!.text,
    description: pick(event.description, ctx.locale)?.text,
    startDate: event.startsAt.toISOString(),
    endDate: event.endsAt.toISOString(),
    eventStatus: event.state === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode:
      event.format === 'online' ? 'https://schema.org/OnlineEventAttendanceMode' : event.format === 'hybrid' ? 'https://schema.org/MixedEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
    location: event.format === 'online' ? virtual : event.format === 'hybrid' ? [place, virtual] : place,
    organizer: { '@type': 'Organization', name: event.organiser.name },
    isAccessibleForFree: true,
    inLanguage: ctx.locale,
    url: `${ctx.baseUrl}/${ctx.locale}/veranstaltungen/${event.slug}`,
  };
}

export function EventPage({ ctx, event, window, form, csrf, notice }: { ctx: PageContext; event: EventView; window: RegistrationWindow; form: RegistrationFormState; csrf: string; notice?: ComponentChildren }) {
  const { t, locale } = ctx;
  const past = event.endsAt < new Date();
  return (
    <Layout ctx={ctx} title={pick(event.title, locale)!.text} current="events">
      <JsonLd data={eventJsonLd(event, ctx)} />
      <p>
        <a class="kern-link" href={localePath(locale, '/veranstaltungen')}>
          {t('events.backToCalendar')}
        </a>
      </p>
      <h1 class="kern-heading-large">
        <Text ctx={ctx} value={event.title} />
      </h1>
      <EventBadges ctx={ctx} event={event} />
      {notice}
      {event.state === 'cancelled' && (
        <Alert kind="danger" title={t('events.cancelledNotice')}>
          {event.cancelReason && (
            <p class="kern-body">
              <Text ctx={ctx} value={event.cancelReason} />
            </p>
          )}
        </Alert>
      )}
      <dl class="kern-description-list">
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{t('events.when')}</dt>
          <dd class="kern-description-list-item__value">
            <time datetime={event.startsAt.toISOString()}>{formatTimeSpan(event.startsAt, event.endsAt, locale)}</time>
          </dd>
        </div>
        <Fact label={t('events.format')}>{t(`events.format.${event.format}`)}</Fact>
        {event.format !== 'online' && <Fact label={t('events.where')}>{[event.address, event.room].filter(Boolean).join(', ')}</Fact>}
        {event.format !== 'onsite' && <Fact label={t('events.online')}>{t('events.onlineHint')}</Fact>}
        {event.accessibility && (
          <Fact label={t('events.accessibility')}>
            <Text ctx={ctx} value={event.accessibility} />
          </Fact>
        )}
        <Fact label={t('events.organiser')}>{event.organiser.name}</Fact>
        {event.project && (
          <Fact label={t('events.project')}>
            <a class="kern-link" href={localePath(locale, `/vorhaben/${event.project.slug}`)}>
              <Text ctx={ctx} value={event.project.title} />
            </a>
          </Fact>
        )}
        {event.process && (
          <Fact label={t('events.process')}>
            <a class="kern-link" href={localePath(locale, `/beteiligung/${event.process.slug}`)}>
              <Text ctx={ctx} value={event.process.title} />
            </a>
          </Fact>
        )}
        {event.topics.length > 0 && <Fact label={t('field.topics')}>{event.topics.map((x) => pick(x.name, locale)!.text).join(', ')}</Fact>}
      </dl>
      {event.description && (
        <section class="lotse-section" aria-labelledby="about-heading">
          <h2 class="kern-heading-medium" id="about-heading">
            {t('events.about')}
          </h2>
          <Markdown source={pick(event.description, locale)!.text} lang={pick(event.description, locale)!.lang === locale ? undefined : pick(event.description, locale)!.lang} />
        </section>
      )}
      <p class="kern-body">
        <a class="kern-link" href={localePath(locale, `/veranstaltungen/${event.slug}/kalender.ics`)}>
          {t('events.addToCalendar')}
        </a>
      </p>
      {!past && <RegistrationSection ctx={ctx} event={event} window={window} form={form} csrf={csrf} />}
      {past && (event.documentation || event.files.length > 0) && (
        <section class="lotse-section" aria-labelledby="documentation-heading">
          <h2 class="kern-heading-medium" id="documentation-heading">
            {t('events.documentation')}
          </h2>
          {event.documentation && <Markdown source={pick(event.documentation, locale)!.text} />}
          {event.files.length > 0 && (
            <ul class="kern-list">
              {event.files.map((f) => (
                <li>
                  <a class="kern-link" href={localePath(locale, `/veranstaltungen/${event.slug}/dateien/${f.id}`)}>
                    {f.fileName}
                  </a>{' '}
                  ({Math.max(1, Math.round(f.size / 1024))} KB)
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </Layout>
  );
}

/** The steps behind the e-mailed links, in the events' part of the site. */
export function RegistrationStepPage({ ctx, title, children }: { ctx: PageContext; title: string; children: ComponentChildren }) {
  return (
    <StepPage ctx={ctx} title={title} current="events">
      {children}
    </StepPage>
  );
}
