// The public page of an event: facts, registration, documentation and schema.org data (the calendar
// pages are in calendar.views.tsx).
import type { ComponentChildren } from 'preact';
import { formatTimeSpan } from '../../lib/format.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { type LocalizedText, pick, type RegionalLanguage } from '../../lib/localized.js';
import { RegionalTextSwitch } from '../../views/regional-text.js';
import { Alert, Badge, Fact, JsonLd, Markdown, PrivacyNoticeLink } from '../../views/components.js';
import { CsrfField, ErrorSummary, errorText, SubmitButton, TextAreaField, TextField } from '../../views/form-fields.js';
import { Layout, StepPage } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { type EventView, modesOf } from './event.types.js';
import type { RegistrationWindow } from './registrations.service.js';

export function Text({ ctx, value }: { ctx: PageContext; value: LocalizedText | null }) {
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
  const free = modesOf(event.format).some((m) => event.seats[m].capacity === null || event.seats[m].confirmed < event.seats[m].capacity);
  return free ? (
    <Badge kind="success">{ctx.t('events.seats.available')}</Badge>
  ) : (
    <Badge kind="warning">{ctx.t('events.seats.waitingList')}</Badge>
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
            {left === null
              ? t('events.seats.unlimited')
              : left > 0
                ? t('events.seats.left', { left, count: s.capacity! })
                : t('events.seats.full', { waiting: s.waiting })}
          </li>
        );
      })}
    </ul>
  );
}

function RegistrationSection({
  ctx,
  event,
  window,
  form,
  csrf,
}: {
  ctx: PageContext;
  event: EventView;
  window: RegistrationWindow;
  form: RegistrationFormState;
  csrf: string;
}) {
  const { t, locale } = ctx;
  if (window === 'none') return null;
  const modes = modesOf(event.format);
  return (
    <section class="lotse-section" aria-labelledby="registration-heading">
      <h2 class="kern-heading-medium" id="registration-heading">
        {t('events.registration.title')}
      </h2>
      <Seats ctx={ctx} event={event} />
      {window === 'notYet' && (
        <Alert
          kind="info"
          title={t('events.registration.notYet', {
            date: formatTimeSpan(event.registrationOpensAt!, event.registrationOpensAt!, locale).split(',').slice(0, 2).join(','),
          })}
        />
      )}
      {window === 'closed' && <Alert kind="info" title={t('events.registration.closed')} />}
      {window === 'open' && (
        <>
          <ErrorSummary ctx={ctx} errors={form.errors} />
          <form method="post" action={localePath(locale, `/veranstaltungen/${event.slug}/anmelden`)} class="lotse-form-section" novalidate>
            <PrivacyNoticeLink ctx={ctx} section="veranstaltungen" />
            <CsrfField token={csrf} />
            <TextField
              id="name"
              label={t('events.registration.name')}
              value={form.values.name ?? ''}
              error={errorText(ctx, form.errors, 'name')}
              autocomplete="name"
              required
            />
            <TextField
              id="email"
              type="email"
              label={t('signin.email')}
              hint={t('events.registration.emailHint')}
              value={form.values.email ?? ''}
              error={errorText(ctx, form.errors, 'email')}
              autocomplete="email"
              required
            />
            <TextField
              id="organisation"
              label={t('events.registration.organisation')}
              value={form.values.organisation ?? ''}
              error={errorText(ctx, form.errors, 'organisation')}
              autocomplete="organization"
            />
            {modes.length > 1 && (
              <fieldset class="kern-fieldset">
                <legend class="kern-label">{t('events.registration.mode')}</legend>
                <div class="kern-fieldset__body">
                  {modes.map((m) => (
                    <div class="kern-form-check">
                      <input
                        class="kern-form-check__radio"
                        type="radio"
                        id={`mode-${m}`}
                        name="mode"
                        value={m}
                        checked={(form.values.mode ?? 'onsite') === m}
                      />
                      <label class="kern-label" for={`mode-${m}`}>
                        {t(`events.mode.${m}`)}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            )}
            <TextAreaField
              id="accessibilityNeeds"
              label={t('events.registration.accessibilityNeeds')}
              hint={t('events.registration.accessibilityHint')}
              value={form.values.accessibilityNeeds ?? ''}
              error={errorText(ctx, form.errors, 'accessibilityNeeds')}
              rows={2}
            />
            {event.question && (
              <TextAreaField
                id="answer"
                label={pick(event.question, locale)!.text}
                value={form.values.answer ?? ''}
                error={errorText(ctx, form.errors, 'answer')}
                rows={3}
              />
            )}
            {/* A field people do not see and bots fill in. */}
            <div class="lotse-honeypot" aria-hidden="true">
              <label for="website">Website</label>
              <input type="text" id="website" name="website" tabindex={-1} autocomplete="off" />
            </div>
            <div class={`kern-form-check${form.errors.consent ? ' kern-form-check--error' : ''}`}>
              <input
                class="kern-form-check__checkbox"
                type="checkbox"
                id="consent"
                name="consent"
                value="on"
                checked={form.values.consent === 'on'}
                aria-describedby={form.errors.consent ? 'consent-error' : undefined}
              />
              <label class="kern-label" for="consent">
                {t('events.registration.consent', { count: event.retentionDays })}
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
      event.format === 'online'
        ? 'https://schema.org/OnlineEventAttendanceMode'
        : event.format === 'hybrid'
          ? 'https://schema.org/MixedEventAttendanceMode'
          : 'https://schema.org/OfflineEventAttendanceMode',
    location: event.format === 'online' ? virtual : event.format === 'hybrid' ? [place, virtual] : place,
    organizer: { '@type': 'Organization', name: event.organiser.name },
    isAccessibleForFree: true,
    inLanguage: ctx.locale,
    url: `${ctx.baseUrl}/${ctx.locale}/veranstaltungen/${event.slug}`,
  };
}

export function EventPage({
  ctx,
  event,
  window,
  form,
  csrf,
  notice,
  regionalShown = null,
}: {
  ctx: PageContext;
  event: EventView;
  window: RegistrationWindow;
  form: RegistrationFormState;
  csrf: string;
  notice?: ComponentChildren;
  /** The North Frisian or Low German text asked for with `?text=`. */
  regionalShown?: RegionalLanguage | null;
}) {
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
      <RegionalTextSwitch
        ctx={ctx}
        page={localePath(locale, `/veranstaltungen/${event.slug}`)}
        texts={{ title: event.title, description: event.description }}
        shown={regionalShown}
      />
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
          <Markdown
            source={pick(event.description, locale)!.text}
            lang={pick(event.description, locale)!.lang === locale ? undefined : pick(event.description, locale)!.lang}
          />
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
