// Turns an event into its public JSON: only what is listed here leaves the server.
import { type Locale, pick } from '../../lib/localized.js';
import { regionalTextsOf } from '../../lib/regional-texts.js';
import type { EventView } from './event.types.js';
import type { ApiEvent } from './events.schemas.js';
import { registrationWindow } from './registrations.service.js';

export function presentEvent(e: EventView, baseUrl: string, locale: Locale): ApiEvent {
  const page = `${baseUrl}/${locale}/veranstaltungen/${e.slug}`;
  const seats = (mode: 'onsite' | 'online') => {
    if (e.format !== 'hybrid' && e.format !== mode) return null;
    const s = e.seats[mode];
    return { capacity: s.capacity, available: s.capacity === null ? null : Math.max(s.capacity - s.confirmed, 0), waiting: s.waiting };
  };
  return {
    slug: e.slug,
    url: page,
    calendar_url: `${page}/kalender.ics`,
    title: pick(e.title, locale)!.text,
    description: pick(e.description, locale)?.text ?? null,
    starts_at: e.startsAt.toISOString(),
    ends_at: e.endsAt.toISOString(),
    format: e.format,
    status: e.state === 'cancelled' ? 'cancelled' : 'scheduled',
    cancel_reason: e.state === 'cancelled' ? (pick(e.cancelReason, locale)?.text ?? null) : null,
    address: e.format === 'online' ? null : e.address,
    room: e.format === 'online' ? null : e.room,
    accessibility: pick(e.accessibility, locale)?.text ?? null,
    organiser: e.organiser,
    project: e.project ? { slug: e.project.slug, url: `${baseUrl}/${locale}/vorhaben/${e.project.slug}` } : null,
    topics: e.topics.map((t) => ({ slug: t.slug, name: pick(t.name, locale)!.text })),
    registration: {
      enabled: e.registrationEnabled,
      open: registrationWindow(e) === 'open',
      opens_at: e.registrationOpensAt?.toISOString() ?? null,
      closes_at: e.registrationClosesAt?.toISOString() ?? null,
      onsite: seats('onsite'),
      online: seats('online'),
    },
    documentation: pick(e.documentation, locale)?.text ?? null,
    files: e.files.map((f) => ({ name: f.fileName, url: `${page}/dateien/${f.id}`, size: f.size })),
    sequence: e.sequence,
    updated_at: e.updatedAt.toISOString(),
    regional_texts: regionalTextsOf(e),
  };
}
