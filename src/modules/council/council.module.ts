// Council information from the councils' information systems (OParl): settings per municipality, the
// sync (command, nightly job, runs with their faults) and the decisions' papers.
import type { LotseModule } from '../../platform/module.js';
import { meetingsStartedCrontab, nightlyCrontab, queueNightlySyncs, runSyncJob } from './council-jobs.js';
import { mayUseCouncil } from './council.policy.js';
import { councilBackOfficeRoutes } from './council.routes.js';
import { noticeStartedMeetings } from './meetings-started.service.js';

export const councilModule: LotseModule = {
  name: 'council',
  backOfficeRoutes: [{ prefix: '/ratsinformation', routes: councilBackOfficeRoutes }],
  backOfficeSections: [
    { key: 'council', path: '/verwaltung/ratsinformation', label: 'backoffice.nav.council', order: 85, visible: mayUseCouncil },
  ],
  tasks: ({ db }) => ({
    oparl_nightly: async (payload) => {
      await queueNightlySyncs(db, payload);
    },
    oparl_sync: async (payload) => {
      await runSyncJob(db, payload);
    },
    oparl_meetings_started: async () => {
      await noticeStartedMeetings(db);
    },
  }),
  crontab: (config) => [...nightlyCrontab(config.oparl), meetingsStartedCrontab],
};
