// Calendar files (RFC 5545) for one event or a filtered feed, made with ical-generator: a stable UID per
// event, DTSTAMP, times in Europe/Berlin with its VTIMEZONE, SEQUENCE raised on every change, and
// STATUS:CANCELLED for cancelled events, so that subscribed calendars follow along.
import { type Locale, pick } from '../../lib/localized.js';
import type { EventView } from './event.types.js';

const TIMEZONE = 'Europe/Berlin';

// ical-generator, Luxon and the time zone definitions load with the first calendar file, not at start.
let libraries: Promise<[typeof import('ical-generator'), typeof import('luxon'), typeof import('timezones-ical-library')]> | undefined;
const loadLibraries = () => (libraries ??= Promise.all([import('ical-generator'), import('luxon'), import('timezones-ical-library')]));

export async function calendarFile(
  events: EventView[],
  opts: { name: string; locale: Locale; baseUrl: string; host: string },
): Promise<string> {
  const [{ default: ical, ICalCalendarMethod, ICalEventStatus }, { DateTime }, { tzlib_get_ical_block }] = await loadLibraries();
  const calendar = ical({
    name: opts.name,
    prodId: { company: 'Lotse', product: 'Veranstaltungskalender', language: opts.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone (that would write DTSTAMP without UTC); each event names Europe/Berlin and
    // the generator adds its VTIMEZONE once.
    timezone: { name: null, generator: (tz) => tzlib_get_ical_block(tz)[0] ?? null },
    ttl: 3600,
  });
  for (const e of events) {
    const url = `${opts.baseUrl}/${opts.locale}/veranstaltungen/${e.slug}`;
    const description = [
      pick(e.description, opts.locale)?.text,
      e.state === 'cancelled' && e.cancelReason ? pick(e.cancelReason, opts.locale)?.text : null,
      url,
    ]
      .filter(Boolean)
      .join('\n\n');
    calendar.createEvent({
      id: `event-${e.id}@${opts.host}`,
      sequence: e.sequence,
      // ical-generator writes Berlin wall-clock times only from zone-aware dates (Luxon); DTSTAMP stays UTC.
      stamp: DateTime.fromJSDate(e.updatedAt, { zone: 'utc' }),
      start: DateTime.fromJSDate(e.startsAt, { zone: TIMEZONE }),
      end: DateTime.fromJSDate(e.endsAt, { zone: TIMEZONE }),
      timezone: TIMEZONE,
      summary: pick(e.title, opts.locale)!.text,
      description,
      location: e.format === 'online' ? 'Online' : [e.address, e.room].filter(Boolean).join(', ') || null,
      url,
      status: e.state === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      // Quotes are not allowed inside a quoted CN parameter (RFC 5545).
      organizer: { name: e.organiser.name.replace(/"/g, "'"), email: `noreply@${opts.host.replace(/:\d+$/, '')}` },
      categories: e.topics.map((t) => ({ name: pick(t.name, opts.locale)!.text })),
    });
  }
  return calendar.toString();
}
