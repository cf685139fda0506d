// Translation coverage: which published Vorhaben, events and participation processes lack a Danish or
// English title or description, for the staff who write them.
import type { LotseModule } from '../../platform/module.js';
import { mayReviewTranslations } from './translation-coverage.policy.js';
import { translationCoverageRoutes } from './translation-coverage.routes.js';

export const translationCoverageModule: LotseModule = {
  name: 'translation-coverage',
  backOfficeRoutes: [{ prefix: '/uebersetzungen', routes: translationCoverageRoutes }],
  backOfficeSections: [
    {
      key: 'translations',
      path: '/verwaltung/uebersetzungen',
      label: 'backoffice.nav.translations',
      order: 15,
      visible: mayReviewTranslations,
    },
  ],
};
