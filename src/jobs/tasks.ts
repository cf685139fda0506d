// What each background job does. Payloads are checked with zod: a job written by an older version of
// the code, or by hand, fails clearly instead of half-working.
import type { Task, TaskList } from 'graphile-worker';
import { z } from 'zod';
import type { Db } from '../db/database.js';
import type { Mailer } from '../lib/mailer.js';
import { purgeRegistrations, sendEventReminders } from '../modules/events/event-jobs.js';
import { purgeParticipation as purgeParticipationData } from '../modules/participation/participation.service.js';
import { purgeSignInRecords } from '../modules/accounts/retention.service.js';
import { purgeResidentSignIns } from '../modules/residents/residents.service.js';
import { purgeAdvisoryCases } from '../modules/network/advisory.service.js';
import { purgeAuditLog } from '../modules/audit/audit.service.js';
import { cleanUpNotifications, mailPendingNotifications } from '../modules/notifications/notifications.service.js';
import { berlinParts } from '../lib/berlin-time.js';
import { sendDeadlineReminders } from '../modules/finance/finance-jobs.js';
import { mailPasswordLink } from '../modules/accounts/password-reset.service.js';
import { locales } from '../lib/localized.js';

// Only the list headers of notification mails (RFC 2369 / RFC 8058) may be set, nothing else.
const mailHeaders = z
  .strictObject({ 'List-Unsubscribe': z.string().regex(/^<https?:\/\/[^\s<>]+>$/).max(2000), 'List-Unsubscribe-Post': z.literal('List-Unsubscribe=One-Click') })
  .partial();
const mailPayload = z.object({ to: z.email(), subject: z.string().min(1).max(300), text: z.string().min(1).max(100_000), headers: mailHeaders.optional() });
/** A crontab run carries its planned time; the digest runs at 6:00 Berlin time only (the crontab is in UTC). */
const cronPayload = z.object({ _cron: z.object({ ts: z.string() }).optional() }).loose();
const resetPayload = z.strictObject({ email: z.string().min(3).max(320), locale: z.enum(locales), sso: z.boolean() });
const eventPayload = z.object({ eventId: z.number().int().positive() });

/**
 * Recurring jobs (graphile-worker crontab, in UTC): each module's purge of personal data past its
 * retention period, daily in the quiet hours (docs/RETENTION.md says what each removes); the
 * notification digest at 4:00 and 5:00 UTC, of which only the run at 6:00 Berlin time (summer or winter)
 * sends; the finance deadline reminders (30 and 7 days before) at 5:45 UTC.
 */
export const crontab = [
  '0 3 * * * purge_sign_in_records',
  '5 3 * * * purge_resident_sign_ins',
  '15 3 * * * purge_event_registrations',
  '30 3 * * * purge_participation_data',
  '40 3 * * * purge_advisory_cases',
  '50 3 * * * purge_audit_log',
  '0 4,5 * * * notification_digest',
  '45 5 * * * finance_deadline_reminders',
].join('\n');

export function taskList(mailer: Mailer, db: Db, baseUrl: string): TaskList {
  const sendMail: Task = async (payload) => {
    await mailer.send(mailPayload.parse(payload));
  };
  const eventReminders: Task = async (payload) => {
    await sendEventReminders(db, eventPayload.parse(payload).eventId, baseUrl);
  };
  const purge: Task = async () => {
    await purgeRegistrations(db);
  };
  const purgeParticipation: Task = async () => {
    await purgeParticipationData(db);
  };
  const sendNotifications: Task = async () => {
    await mailPendingNotifications(db, 'immediate', baseUrl);
  };
  const notificationDigest: Task = async (payload) => {
    const planned = cronPayload.parse(payload ?? {})._cron?.ts;
    if (planned && berlinParts(new Date(planned)).time.slice(0, 2) !== '06') return;
    await mailPendingNotifications(db, 'daily', baseUrl);
    // Items left for residents who switched to immediate mail since they were written go out now too.
    await mailPendingNotifications(db, 'immediate', baseUrl);
    await cleanUpNotifications(db);
  };
  return {
    send_mail: sendMail,
    staff_password_link: async (payload) => {
      await mailPasswordLink(db, resetPayload.parse(payload), baseUrl);
    },
    event_reminders: eventReminders,
    purge_event_registrations: purge,
    purge_participation_data: purgeParticipation,
    purge_sign_in_records: async () => {
      await purgeSignInRecords(db);
    },
    purge_resident_sign_ins: async () => {
      await purgeResidentSignIns(db);
    },
    purge_advisory_cases: async () => {
      await purgeAdvisoryCases(db);
    },
    purge_audit_log: async () => {
      await purgeAuditLog(db);
    },
    send_notifications: sendNotifications,
    notification_digest: notificationDigest,
    finance_deadline_reminders: async () => {
      await sendDeadlineReminders(db, baseUrl);
    },
  };
}
