// The partner network: directory, matchmaking, introductions and advisory cases.
import type { LotseModule } from '../../platform/module.js';
import { networkProcessing } from './network.processing.js';
import { advisoryBackOfficeRoutes } from './advisory.backoffice.routes.js';
import { purgeAdvisoryCases } from './advisory.service.js';
import { networkApiRoutes } from './network.api.routes.js';
import { networkBackOfficeRoutes } from './network.backoffice.routes.js';
import { mayManageNetwork, mayUseNetwork } from './network.policy.js';
import { networkRoutes } from './network.routes.js';

export const networkModule: LotseModule = {
  name: 'network',
  processing: networkProcessing,
  rootRoutes: [networkApiRoutes],
  pageRoutes: [networkRoutes],
  backOfficeRoutes: [
    { prefix: '/netzwerk', routes: networkBackOfficeRoutes },
    { prefix: '/beratung', routes: advisoryBackOfficeRoutes },
  ],
  // The agency gets the network overview, coordinators the advisory cases of their municipality.
  backOfficeSections: [
    { key: 'network', path: '/verwaltung/netzwerk', label: 'backoffice.nav.network', order: 50, visible: mayManageNetwork },
    {
      key: 'network',
      path: '/verwaltung/beratung',
      label: 'backoffice.nav.network',
      order: 50,
      visible: (actor) => mayUseNetwork(actor) && !mayManageNetwork(actor),
    },
  ],
  tasks: ({ db }) => ({
    purge_advisory_cases: async () => {
      await purgeAdvisoryCases(db);
    },
  }),
  crontab: ['40 3 * * * purge_advisory_cases'],
};
