// Surveys: questions of six kinds with conditions, answers online (anyone, residents, one-time codes) and
// on paper, moderated free texts, results published by staff, exports, and the API.
import type { LotseModule } from '../../platform/module.js';
import { surveyApiRoutes } from './surveys.api.routes.js';
import { surveyBackOfficeRoutes } from './surveys.backoffice.routes.js';
import { mayUseSurveys } from './surveys.policy.js';
import { surveysProcessing } from './surveys.processing.js';
import { surveyPageRoutes } from './surveys.routes.js';
import { surveysReportPart } from './surveys.report.js';

export const surveysModule: LotseModule = {
  name: 'surveys',
  rootRoutes: [surveyApiRoutes],
  processing: surveysProcessing,
  processReportParts: [surveysReportPart],
  pageRoutes: [surveyPageRoutes],
  backOfficeRoutes: [{ prefix: '/umfragen', routes: surveyBackOfficeRoutes }],
  backOfficeSections: [
    { key: 'surveys', path: '/verwaltung/umfragen', label: 'backoffice.nav.surveys', order: 35, visible: mayUseSurveys },
  ],
};
