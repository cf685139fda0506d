// The one job of the platform: sending a mail that a module queued in its transaction (queue.ts).
// Payloads are checked with zod: a job written by an older version of the code, or by hand, fails
// clearly instead of half-working.
import type { Task } from 'graphile-worker';
import { z } from 'zod';
import type { Mailer } from '../lib/mailer.js';

// Only the list headers of notification mails (RFC 2369 / RFC 8058) may be set, nothing else.
const mailHeaders = z
  .strictObject({
    'List-Unsubscribe': z
      .string()
      .regex(/^<https?:\/\/[^\s<>]+>$/)
      .max(2000),
    'List-Unsubscribe-Post': z.literal('List-Unsubscribe=One-Click'),
  })
  .partial();
const mailPayload = z.object({
  to: z.email(),
  subject: z.string().min(1).max(300),
  text: z.string().min(1).max(100_000),
  headers: mailHeaders.optional(),
});

export const sendMailTask =
  (mailer: Mailer): Task =>
  async (payload) => {
    await mailer.send(mailPayload.parse(payload));
  };
