// The region's calendar of events: list and month views with filters and the feed link.
import { berlinParts } from '../../lib/berlin-time.js';
import { formatMonth, formatTimeSpan } from '../../lib/format.js';
import { type LocalizedText, pick } from '../../lib/localized.js';
import { SelectField, SubmitButton, TextField } from '../../views/form-fields.js';
import { Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { DataTable, Td, Th, Tr } from '../../views/table.js';
import type { EventView } from './event.types.js';
import { EventBadges, Text } from './events.views.js';

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
              {[event.format === 'online' ? ctx.t('events.format.online') : event.address, event.organiser.name]
                .filter(Boolean)
                .join(' · ')}
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
          <SelectField
            id="kommune"
            label={t('register.filter.municipality')}
            value={query.municipality ?? ''}
            options={[
              { value: '', label: t('register.filter.any') },
              ...options.municipalities.map((m) => ({ value: m.slug, label: m.name })),
            ]}
          />
          <SelectField
            id="thema"
            label={t('register.filter.topic')}
            value={query.topic ?? ''}
            options={[
              { value: '', label: t('register.filter.any') },
              ...options.topics.map((x) => ({ value: x.slug, label: pick(x.name, locale)!.text })),
            ]}
          />
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
    // The month's own look (cell heights, the day numbers) hangs on this wrapper: DataTable takes no class.
    <div class="lotse-month">
      <DataTable
        caption={formatMonth(month, locale)}
        head={weekdays.map((d) => (
          <Th>
            <abbr title={t(`events.weekday.${d}`)}>{t(`events.weekdayShort.${d}`)}</abbr>
          </Th>
        ))}
      >
        {weeks.map((week) => (
          <Tr>
            {week.map((day) => (
              <Td>
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
              </Td>
            ))}
          </Tr>
        ))}
      </DataTable>
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
  const atom = localePath(locale, '/veranstaltungen/feed.atom');
  const groups = new Map<string, EventView[]>();
  for (const e of events) {
    const key = berlinParts(e.startsAt).date.slice(0, 7);
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return (
    <Layout ctx={ctx} title={t('events.calendar.title')} current="events" feeds={[{ href: atom, title: t('feeds.events.title') }]}>
      <h1 class="kern-heading-large">{t('events.calendar.title')}</h1>
      <p class="kern-body kern-body--large">{t('events.calendar.intro')}</p>
      <Filters ctx={ctx} query={query} options={options} />
      <nav aria-label={t('events.calendar.views')}>
        <ul class="kern-list kern-list--horizontal lotse-actions">
          <li>
            <a
              class="kern-link"
              href={calendarLink(locale, { ...query, view: 'list', period: 'upcoming' })}
              aria-current={query.view === 'list' && query.period === 'upcoming' ? 'page' : undefined}
            >
              {t('events.calendar.upcoming')}
            </a>
          </li>
          <li>
            <a
              class="kern-link"
              href={calendarLink(locale, { ...query, view: 'month' })}
              aria-current={query.view === 'month' ? 'page' : undefined}
            >
              {t('events.calendar.month')}
            </a>
          </li>
          <li>
            <a
              class="kern-link"
              href={calendarLink(locale, { ...query, view: 'list', period: 'past' })}
              aria-current={query.view === 'list' && query.period === 'past' ? 'page' : undefined}
            >
              {t('events.calendar.past')}
            </a>
          </li>
        </ul>
      </nav>
      <p class="kern-body">
        <a class="kern-link" href={feed}>
          {t('events.calendar.subscribe')}
        </a>{' '}
        <span class="kern-body kern-body--small">{t('events.calendar.subscribeHint')}</span>{' '}
        <a class="kern-link" href={atom} type="application/atom+xml">
          {t('feeds.subscribe')}
        </a>
      </p>
      {query.view === 'month' ? (
        <>
          <nav class="lotse-pagination" aria-label={t('events.calendar.monthNav')}>
            <a
              class="kern-btn kern-btn--secondary"
              href={calendarLink(locale, { ...query, month: shiftMonth(query.month, -1) })}
              rel="prev"
            >
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
