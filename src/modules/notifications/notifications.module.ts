// Following Vorhaben, processes and events: immediate mails and the daily digest, unsubscribing.
import { z } from 'zod';
import { berlinParts } from '../../lib/berlin-time.js';
import type { LotseModule } from '../../platform/module.js';
import { notificationRoutes } from './notifications.routes.js';
import { cleanUpNotifications, mailPendingNotifications } from './notifications.service.js';

/** A crontab run carries its planned time; the digest runs at 6:00 Berlin time only (the crontab is in UTC). */
const cronPayload = z.object({ _cron: z.object({ ts: z.string() }).optional() }).loose();

export const notificationsModule: LotseModule = {
  name: 'notifications',
  pageRoutes: [notificationRoutes],
  tasks: ({ db, baseUrl }) => ({
    send_notifications: async () => {
      await mailPendingNotifications(db, 'immediate', baseUrl);
    },
    notification_digest: async (payload) => {
      const planned = cronPayload.parse(payload ?? {})._cron?.ts;
      if (planned && berlinParts(new Date(planned)).time.slice(0, 2) !== '06') return;
      await mailPendingNotifications(db, 'daily', baseUrl);
      // Items left for residents who switched to immediate mail since they were written go out now too.
      await mailPendingNotifications(db, 'immediate', baseUrl);
      await cleanUpNotifications(db);
    },
  }),
  // At 4:00 and 5:00 UTC: one of them is 6:00 in Berlin, summer or winter.
  crontab: ['0 4,5 * * * notification_digest'],
};
