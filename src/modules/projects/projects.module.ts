// The Vorhabenliste: the public register, a Vorhaben's page, the API and the import.
import type { LotseModule } from '../../platform/module.js';
import { importRoutes } from './import/import.routes.js';
import { projectApiRoutes } from './projects.api.routes.js';
import { mayOnProject } from './projects.policy.js';
import { projectPageRoutes } from './projects.routes.js';
import { fillDeferredSearchColumns } from './search-columns.service.js';
import { registerSearchPlugin } from './search/register-search.plugin.js';

export const projectsModule: LotseModule = {
  name: 'projects',
  // The search index first: the register's routes use it.
  rootRoutes: [registerSearchPlugin, projectApiRoutes],
  pageRoutes: [projectPageRoutes],
  backOfficeRoutes: [{ prefix: '/import', routes: importRoutes }],
  backOfficeSections: [
    {
      key: 'import',
      path: '/verwaltung/import',
      label: 'backoffice.nav.import',
      order: 70,
      visible: (actor) => mayOnProject(actor, 'import', []),
    },
  ],
  tasks: ({ db }) => ({
    project_search_fill: async () => {
      await fillDeferredSearchColumns(db);
    },
  }),
};
