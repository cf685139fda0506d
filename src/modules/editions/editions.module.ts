// Editions of the Vorhabenliste ("Fortschreibung"): numbered, frozen copies of the published register
// with the council decision that adopted them, their differences, CSV and PDF.
import type { LotseModule } from '../../platform/module.js';
import { editionBackOfficeRoutes } from './editions.backoffice.routes.js';
import { mayPublishEditions } from './editions.policy.js';
import { editionApiRoutes, editionPageRoutes } from './editions.routes.js';

export const editionsModule: LotseModule = {
  name: 'editions',
  rootRoutes: [editionApiRoutes],
  pageRoutes: [editionPageRoutes],
  backOfficeRoutes: [{ prefix: '/fortschreibungen', routes: editionBackOfficeRoutes }],
  backOfficeSections: [
    { key: 'editions', path: '/verwaltung/fortschreibungen', label: 'backoffice.nav.editions', order: 75, visible: mayPublishEditions },
  ],
};
