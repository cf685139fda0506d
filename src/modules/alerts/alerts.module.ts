// Alerts without an account: subscribing to new and changed Vorhaben of a register filter by e-mail.
import { z } from 'zod';
import { berlinParts } from '../../lib/berlin-time.js';
import type { LotseModule } from '../../platform/module.js';
import { alertRoutes } from './alerts.routes.js';
import { mailAlerts, purgeUnconfirmed, runAlertScan, scanChanges } from './alerts.service.js';

/** A crontab run carries its planned time; the digest runs on Monday at 7:00 Berlin time only (the crontab is in UTC). */
const cronPayload = z.object({ _cron: z.object({ ts: z.string() }).optional() }).loose();

export const alertsModule: LotseModule = {
  name: 'alerts',
  pageRoutes: [alertRoutes],
  tasks: ({ db, baseUrl }) => ({
    alert_scan: async () => {
      await runAlertScan(db, baseUrl);
    },
    alert_digest: async (payload) => {
      const planned = cronPayload.parse(payload ?? {})._cron?.ts;
      if (planned && berlinParts(new Date(planned)).time.slice(0, 2) !== '07') return;
      await scanChanges(db);
      await mailAlerts(db, 'weekly', baseUrl);
    },
    purge_alert_subscriptions: async () => {
      await purgeUnconfirmed(db);
    },
  }),
  // Every minute: "immediately" means within a minute of the change note. The digest on Mondays at 5:00
  // and 6:00 UTC, one of which is 7:00 in Berlin, summer or winter.
  crontab: ['* * * * * alert_scan', '0 5,6 * * 1 alert_digest', '40 3 * * * purge_alert_subscriptions'],
};
