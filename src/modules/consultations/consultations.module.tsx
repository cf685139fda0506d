// Document consultations within a participation process: a draft in sections and versions, residents'
// comments (the comment threads) and agreement per section, staff's answers and weighing, the comparison
// of versions, the table of comments with their weighing (CSV, PDF), the adoption by a council decision.
import type { LotseModule } from '../../platform/module.js';
import { consultationApiRoutes } from './consultations.api.routes.js';
import { consultationBackOfficeRoutes } from './consultations.backoffice.routes.js';
import { mayUseConsultations } from './consultations.policy.js';
import { consultationsProcessing } from './consultations.processing.js';
import { consultationsReportPart } from './consultations.report.js';
import { consultationPageRoutes } from './consultations.routes.js';
import { consultationsOfProject } from './consultations.read.js';
import { ProjectConsultations } from './consultations.views.js';

export const consultationsModule: LotseModule = {
  name: 'consultations',
  rootRoutes: [consultationApiRoutes],
  pageRoutes: [consultationPageRoutes],
  processing: consultationsProcessing,
  processReportParts: [consultationsReportPart],
  backOfficeRoutes: [{ prefix: '/konsultationen', routes: consultationBackOfficeRoutes }],
  backOfficeSections: [
    {
      key: 'consultations',
      path: '/verwaltung/konsultationen',
      label: 'backoffice.nav.consultations',
      order: 36,
      visible: mayUseConsultations,
    },
  ],
  projectPageSections: [
    {
      slot: 'participation',
      render: async (app, ctx, project) => (
        <ProjectConsultations ctx={ctx} consultations={await consultationsOfProject(app.db, project.slug)} />
      ),
    },
  ],
};
