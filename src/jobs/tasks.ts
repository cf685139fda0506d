// What each background job does. Payloads are checked with zod: a job written by an older version of
// the code, or by hand, fails clearly instead of half-working.
import type { Task, TaskList } from 'graphile-worker';
import { z } from 'zod';
import type { Db } from '../db/database.js';
import type { Mailer } from '../lib/mailer.js';
import { purgeRegistrations, sendEventReminders } from '../modules/events/event-jobs.js';
import { purgeParticipation as purgeParticipationData } from '../modules/participation/participation.service.js';

const mailPayload = z.object({ to: z.email(), subject: z.string().min(1).max(300), text: z.string().min(1).max(100_000) });
const eventPayload = z.object({ eventId: z.number().int().positive() });

/** Recurring jobs (graphile-worker crontab): personal data of past registrations and of closed signature collections, daily. */
export const crontab = ['15 3 * * * purge_event_registrations', '30 3 * * * purge_participation_data'].join('\n');

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
  return { send_mail: sendMail, event_reminders: eventReminders, purge_event_registrations: purge, purge_participation_data: purgeParticipation };
}
