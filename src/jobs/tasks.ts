// What each background job does. Payloads are checked with zod: a job written by an older version of
// the code, or by hand, fails clearly instead of half-working.
import type { Task, TaskList } from 'graphile-worker';
import { z } from 'zod';
import type { Mailer } from '../lib/mailer.js';

const mailPayload = z.object({ to: z.email(), subject: z.string().min(1).max(300), text: z.string().min(1).max(100_000) });

export function taskList(mailer: Mailer): TaskList {
  const sendMail: Task = async (payload) => {
    await mailer.send(mailPayload.parse(payload));
  };
  return { send_mail: sendMail };
}
