// The daily deadline reminder: every open deadline (proof of spending per phase, custom ones) is
// reminded of 30 and 7 days before it is due, by e-mail to every active account with the finance role,
// in that person's language.
// Each reminder goes out once (a row per deadline, due date and step); a deadline found later than a
// step gets only the nearest step, and a moved deadline is reminded of again.
import type { Db } from '../../db/database.js';
import { t } from '../../i18n/index.js';
import { enqueue } from '../../jobs/queue.js';
import { formatDate } from '../../lib/format.js';
import { localeOr } from '../../lib/localized.js';
import { berlinToday, daysBetween } from './dates.js';
import { deadlinesOf } from './finance.internal.read.js';
import { programmeFinance } from './finance.read.js';
import * as repo from './finance.repository.js';
import { deadlineTitle } from './reports.js';

export const REMINDER_DAYS = [30, 7] as const;

export async function sendDeadlineReminders(db: Db, baseUrl: string, today = berlinToday()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await repo.lockReminders(trx);
    const p = await repo.findProgrammeRow(trx);
    if (!p) return 0;
    const f = await programmeFinance(trx, { internal: true });
    const deadlines = deadlinesOf(f.phases, await repo.customDeadlines(trx, p.id)).filter((d) => !d.doneOn);
    const staff = await repo.financeStaff(trx);
    // Without anybody to tell, nothing is recorded as sent: the reminder goes out once someone has the role.
    if (staff.length === 0) return 0;
    let sent = 0;
    for (const d of deadlines) {
      const left = daysBetween(today, d.dueOn);
      if (left < 0) continue;
      const step = [...REMINDER_DAYS].sort((a, b) => a - b).find((s) => left <= s);
      if (step === undefined) continue;
      const key = `${d.key}@${d.dueOn}`;
      const done = await repo.remindersSent(trx, key);
      // A smaller step already sent (or this one) means nothing is left to say.
      if (done.some((r) => r.days_before <= step)) continue;
      await repo.recordRemindersSent(
        trx,
        key,
        REMINDER_DAYS.filter((s) => s >= step),
      );
      for (const person of staff) {
        // Each in the language they chose for their e-mails.
        const locale = localeOr(person.locale);
        const title = deadlineTitle(d, locale);
        const inDays = t(locale, 'finance.mail.reminder.inDays', { count: left });
        await enqueue(trx, 'send_mail', {
          to: person.email,
          subject: t(locale, 'finance.mail.reminder.subject', { inDays, title }),
          text: t(locale, 'finance.mail.reminder.text', {
            title,
            date: formatDate(d.dueOn, locale),
            inDays,
            link: `${baseUrl}/${locale}/verwaltung/finanzen#deadlines-heading`,
          }),
        });
        sent++;
      }
    }
    return sent;
  });
}
