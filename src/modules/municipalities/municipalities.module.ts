// The programme's municipalities and their settings.
import type { LotseModule } from '../../platform/module.js';
import { municipalityApiRoutes } from './municipalities.api.routes.js';
import { mayListMunicipalities } from './municipalities.policy.js';
import { municipalityBackOfficeRoutes } from './municipalities.routes.js';

export const municipalitiesModule: LotseModule = {
  name: 'municipalities',
  rootRoutes: [municipalityApiRoutes],
  backOfficeRoutes: [{ prefix: '/kommunen', routes: municipalityBackOfficeRoutes }],
  backOfficeSections: [
    {
      key: 'municipalities',
      path: '/verwaltung/kommunen',
      label: 'backoffice.nav.municipalities',
      order: 80,
      visible: mayListMunicipalities,
    },
  ],
};
