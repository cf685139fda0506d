// Imprint, privacy notice and accessibility statement (docs/OPERATIONS.md#legal-pages): public pages, the
// admins' settings, and the declarations of what the platform itself processes.
import type { LotseModule } from '../../platform/module.js';
import { legalBackOfficeRoutes } from './legal.backoffice.routes.js';
import { mayEditLegal } from './legal.policy.js';
import { legalProcessing } from './legal.processing.js';
import { legalRoutes } from './legal.routes.js';

export const legalModule: LotseModule = {
  name: 'legal',
  pageRoutes: [legalRoutes],
  backOfficeRoutes: [{ prefix: '/rechtliches', routes: legalBackOfficeRoutes }],
  backOfficeSections: [{ key: 'legal', path: '/verwaltung/rechtliches', label: 'backoffice.nav.legal', order: 95, visible: mayEditLegal }],
  processing: legalProcessing,
};
