// Registration for events. A registration counts once its e-mail address is confirmed: then, under a
// lock on the event, it gets a seat in its mode (on site or online) or a place on the waiting list. A
// cancelled seat goes to the first on the waiting list, who is told by e-mail. Every e-mail carries a
// personal link to see or cancel the registration; links are stored only as hashes.
import crypto from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import type { AttendanceMode } from '../../db/schema.js';
import { t } from '../../i18n/index.js';
import { enqueue } from '../../jobs/queue.js';
import { AppError, notFound } from '../../lib/errors.js';
import { formatDateTime } from '../../lib/format.js';
import { isLocale, type Locale, pick } from '../../lib/localized.js';
import { hashToken } from '../../lib/token-hash.js';
import { notifyChange } from '../../db/change-notifier.js';
import * as counters from '../../platform/rate-limit.repository.js';
import { type EventView, modesOf } from './event.types.js';
import * as events from './events.repository.js';
import * as repo from './registrations.repository.js';

const WINDOW_MINUTES = 15;
const MAX_PER_CLIENT = 20;

export const registrationBody = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320),
  organisation: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || null),
  accessibilityNeeds: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .transform((v) => v || null),
  answer: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .transform((v) => v || null),
  mode: z.enum(['onsite', 'online']).optional(),
  consent: z.literal('on'),
});
export type RegistrationInput = z.infer<typeof registrationBody>;

export type RegistrationWindow = 'open' | 'notYet' | 'closed' | 'none';

export function registrationWindow(event: EventView, now = new Date()): RegistrationWindow {
  if (!event.registrationEnabled || event.state !== 'published') return 'none';
  if (event.registrationOpensAt && now < event.registrationOpensAt) return 'notYet';
  if (now >= (event.registrationClosesAt ?? event.startsAt) || now >= event.endsAt) return 'closed';
  return 'open';
}

const token = () => crypto.randomBytes(24).toString('base64url');
const mailLocale = (l: string): Locale => (isLocale(l) ? l : 'de');

function details(event: EventView, locale: Locale, baseUrl: string) {
  return {
    title: pick(event.title, locale)!.text,
    date: formatDateTime(event.startsAt, locale),
    place: [event.address, event.room].filter(Boolean).join(', ') || t(locale, 'events.format.online'),
    page: `${baseUrl}/${locale}/veranstaltungen/${event.slug}`,
  };
}

async function mail(trx: Db, to: string, locale: Locale, subject: string, text: string): Promise<void> {
  await enqueue(trx, 'send_mail', { to, subject, text });
}

/** Starts a registration and mails the confirmation link. Answers the same whether or not the address was registered already. */
export async function register(
  db: Db,
  event: EventView,
  input: RegistrationInput,
  client: string,
  locale: Locale,
  baseUrl: string,
): Promise<'sent' | 'limited'> {
  if (registrationWindow(event) !== 'open') throw new AppError(409, 'registration_closed', 'events.error.closed');
  const mode: AttendanceMode = event.format === 'hybrid' ? (input.mode ?? 'onsite') : event.format;
  if (!modesOf(event.format).includes(mode)) throw new AppError(400, 'invalid_mode', 'events.error.mode');
  const [byClient, byAddress] = await Promise.all([
    counters.recordFailure(db, `event-client:${client}`, WINDOW_MINUTES),
    counters.recordFailure(db, `event-address:${event.id}:${hashToken(input.email.toLowerCase())}`, WINDOW_MINUTES),
  ]);
  if (byClient > MAX_PER_CLIENT || byAddress > 3) return 'limited';
  const d = details(event, locale, baseUrl);
  try {
    await startRegistration(db, event, input, mode, locale, baseUrl, d);
  } catch (err) {
    // The same address registering twice at the same moment: the other request did it.
    if ((err as { code?: string }).code !== '23505') throw err;
  }
  return 'sent';
}

async function startRegistration(
  db: Db,
  event: EventView,
  input: RegistrationInput,
  mode: AttendanceMode,
  locale: Locale,
  baseUrl: string,
  d: ReturnType<typeof details>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const existing = await repo.liveRegistrationByEmail(trx, event.id, input.email);
    if (existing?.status === 'unconfirmed') {
      // Registered but never confirmed: a fresh confirmation link.
      const confirm = token();
      await repo.setConfirmHash(trx, existing.id, hashToken(confirm));
      const link = `${baseUrl}/${locale}/veranstaltungen/anmeldung/bestaetigen?token=${confirm}`;
      await mail(
        trx,
        existing.email,
        locale,
        t(locale, 'events.mail.confirm.subject', { title: d.title }),
        t(locale, 'events.mail.confirm.text', { ...d, link }),
      );
      return;
    }
    if (existing) {
      // Already registered: a fresh personal link to the registration, to the address only.
      const manage = token();
      await repo.setManageHash(trx, existing.id, hashToken(manage));
      const l = mailLocale(existing.locale);
      await mail(
        trx,
        existing.email,
        l,
        t(l, 'events.mail.already.subject', { title: d.title }),
        t(l, 'events.mail.already.text', { ...details(event, l, baseUrl), link: manageLink(baseUrl, l, manage) }),
      );
      return;
    }
    const confirm = token();
    await repo.insertRegistration(trx, {
      eventId: event.id,
      mode,
      name: input.name,
      email: input.email,
      organisation: input.organisation,
      accessibilityNeeds: input.accessibilityNeeds,
      answer: input.answer,
      locale,
      confirmHash: hashToken(confirm),
      manageHash: hashToken(token()),
    });
    const link = `${baseUrl}/${locale}/veranstaltungen/anmeldung/bestaetigen?token=${confirm}`;
    await mail(
      trx,
      input.email,
      locale,
      t(locale, 'events.mail.confirm.subject', { title: d.title }),
      t(locale, 'events.mail.confirm.text', { ...d, link }),
    );
  });
}

const manageLink = (baseUrl: string, locale: Locale, manage: string) => `${baseUrl}/${locale}/veranstaltungen/anmeldung?token=${manage}`;

/** Gives the seat (or waiting-list place) to the registration with the lock on its event held. */
async function seat(trx: Db, event: EventView, registration: { id: number; mode: AttendanceMode }): Promise<'confirmed' | 'waiting'> {
  const capacity = registration.mode === 'online' ? event.capacityOnline : event.capacityOnsite;
  if (capacity === null) return 'confirmed';
  const taken = await repo.confirmedCount(trx, event.id, registration.mode);
  // Nobody overtakes the waiting list.
  const waiting = await repo.firstWaiting(trx, event.id, registration.mode);
  return taken < capacity && !waiting ? 'confirmed' : 'waiting';
}

export type ConfirmResult = { status: 'confirmed' | 'waiting'; manageToken: string } | { status: 'invalid' };

/** Confirms the address behind a confirmation link: the registration gets its seat or waiting place now. */
export async function confirmRegistration(db: Db, confirmToken: string, baseUrl: string): Promise<ConfirmResult> {
  if (!confirmToken) return { status: 'invalid' };
  return db.transaction().execute(async (trx) => {
    const candidate = await repo.byConfirmHash(trx, hashToken(confirmToken));
    if (!candidate) return { status: 'invalid' };
    await events.lockEvent(trx, candidate.event_id);
    // Read again under the lock: a second click or a cancellation may have come first.
    const found = (await repo.byId(trx, candidate.id))!;
    if (found.status !== 'unconfirmed') return { status: 'invalid' };
    const event = (await events.findEvent(trx, await events.slugOf(trx, found.event_id)))!;
    if (event.state !== 'published' || new Date() >= event.endsAt) return { status: 'invalid' };
    const status = await seat(trx, event, found);
    const manage = token();
    await repo.setStatus(trx, found.id, status, { manageHash: hashToken(manage) });
    await repo.setConfirmHash(trx, found.id, hashToken(token()));
    await notifyChange(trx);
    const l = mailLocale(found.locale);
    const d = details(event, l, baseUrl);
    const link = manageLink(baseUrl, l, manage);
    if (status === 'confirmed') {
      const online = found.mode === 'online' && event.onlineUrl ? t(l, 'events.mail.onlineLink', { url: event.onlineUrl }) : '';
      await mail(
        trx,
        found.email,
        l,
        t(l, 'events.mail.confirmed.subject', { title: d.title }),
        t(l, 'events.mail.confirmed.text', { ...d, link, online }),
      );
    } else {
      const position = await repo.waitingPosition(trx, found.id);
      await mail(
        trx,
        found.email,
        l,
        t(l, 'events.mail.waiting.subject', { title: d.title }),
        t(l, 'events.mail.waiting.text', { ...d, link, position }),
      );
    }
    return { status, manageToken: manage };
  });
}

export interface ManagedRegistration {
  event: EventView;
  status: 'unconfirmed' | 'confirmed' | 'waiting' | 'cancelled';
  mode: AttendanceMode;
  name: string;
  position: number | null;
  /** The online link, only for a confirmed online seat. */
  onlineUrl: string | null;
}

export async function managedRegistration(db: Db, manageToken: string): Promise<ManagedRegistration> {
  const found = manageToken ? await repo.byManageHash(db, hashToken(manageToken)) : undefined;
  if (!found) throw notFound('registration');
  const event = (await events.findEvent(db, await events.slugOf(db, found.event_id)))!;
  const position = found.status === 'waiting' ? await repo.waitingPosition(db, found.id) : null;
  return {
    event,
    status: found.status,
    mode: found.mode,
    name: found.name,
    position,
    onlineUrl: found.status === 'confirmed' && found.mode === 'online' && event.state === 'published' ? event.onlineUrl : null,
  };
}

/** Moves the first on the waiting list into a free seat of `mode`, with an e-mail; call with the event locked. */
export async function promoteWaiting(trx: Db, event: EventView, mode: AttendanceMode, baseUrl: string): Promise<number | null> {
  const capacity = mode === 'online' ? event.capacityOnline : event.capacityOnsite;
  const taken = await repo.confirmedCount(trx, event.id, mode);
  if (capacity !== null && taken >= capacity) return null;
  const next = await repo.firstWaiting(trx, event.id, mode);
  if (!next) return null;
  const manage = token();
  await repo.setStatus(trx, next.id, 'confirmed', { manageHash: hashToken(manage) });
  const l = mailLocale(next.locale);
  const d = details(event, l, baseUrl);
  const online = mode === 'online' && event.onlineUrl ? t(l, 'events.mail.onlineLink', { url: event.onlineUrl }) : '';
  await mail(
    trx,
    next.email,
    l,
    t(l, 'events.mail.promoted.subject', { title: d.title }),
    t(l, 'events.mail.promoted.text', { ...d, link: manageLink(baseUrl, l, manage), online }),
  );
  return next.id;
}

/** Cancels by the personal link; a freed seat goes to the waiting list at once. */
export async function cancelRegistration(db: Db, manageToken: string, baseUrl: string): Promise<'cancelled' | 'already'> {
  return db.transaction().execute(async (trx) => {
    const found = manageToken ? await repo.byManageHash(trx, hashToken(manageToken)) : undefined;
    if (!found) throw notFound('registration');
    await events.lockEvent(trx, found.event_id);
    const current = (await repo.byId(trx, found.id))!;
    if (current.status === 'cancelled') return 'already';
    await repo.setStatus(trx, found.id, 'cancelled');
    await notifyChange(trx);
    if (current.status === 'confirmed') {
      const event = (await events.findEvent(trx, await events.slugOf(trx, found.event_id)))!;
      if (event.state === 'published' && new Date() < event.startsAt) await promoteWaiting(trx, event, current.mode, baseUrl);
    }
    return 'cancelled';
  });
}
