// Background work for events: the reminder a set time before the start (one job per event, moved when
// the event moves), and the daily removal of personal data of past registrations.
import type { Db } from '../../db/database.js';
import { t } from '../../i18n/index.js';
import { enqueue } from '../../jobs/queue.js';
import { formatDateTime } from '../../lib/format.js';
import { isLocale, pick } from '../../lib/localized.js';
import * as events from './events.repository.js';
import { REGISTRATION_RETENTION } from './event.types.js';
import * as registrations from './registrations.repository.js';

/** Mails every confirmed registration not yet reminded; the mails themselves are jobs of their own. */
export async function sendEventReminders(db: Db, eventId: number, baseUrl: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const slug = await events.findSlug(trx, eventId);
    const event = slug !== undefined ? await events.findEvent(trx, slug) : undefined;
    if (!event || event.state !== 'published' || event.startsAt <= new Date()) return 0;
    const people = (await registrations.toInform(trx, eventId, ['confirmed'])).filter((p) => p);
    const dueIds = new Set(await registrations.dueForReminder(trx, eventId));
    const toRemind = people.filter((p) => dueIds.has(p.id));
    for (const p of toRemind) {
      const l = isLocale(p.locale) ? p.locale : 'de';
      const online = p.mode === 'online' && event.onlineUrl ? t(l, 'events.mail.onlineLink', { url: event.onlineUrl }) : '';
      await enqueue(trx, 'send_mail', {
        to: p.email,
        subject: t(l, 'events.mail.reminder.subject', { title: pick(event.title, l)!.text }),
        text: t(l, 'events.mail.reminder.text', {
          title: pick(event.title, l)!.text,
          date: formatDateTime(event.startsAt, l),
          place: [event.address, event.room].filter(Boolean).join(', ') || t(l, 'events.format.online'),
          page: `${baseUrl}/${l}/veranstaltungen/${event.slug}`,
          online,
        }),
      });
    }
    await registrations.markReminded(
      trx,
      toRemind.map((p) => p.id),
    );
    return toRemind.length;
  });
}

/** The daily purge: support needs right after the event, the rest after the event's retention period. */
export async function purgeRegistrations(db: Db): Promise<number> {
  await registrations.clearSupportNeeds(db, REGISTRATION_RETENTION.supportNeedsDaysAfterEnd);
  return registrations.anonymiseExpired(db, REGISTRATION_RETENTION.maxDaysAfterEnd, REGISTRATION_RETENTION.unconfirmedDays);
}
