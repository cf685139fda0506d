// Participation: notices, participation requests and signatures on a Vorhaben; participation processes
// with phases; ideas in a process's ideas phase with supports and official answers.
import type { LotseModule } from '../../platform/module.js';
import { participationProcessing } from './participation.processing.js';
import { mayUseParticipation } from '../../platform/contribution-roles.js';
import { ideaBackOfficeRoutes } from './ideas.backoffice.routes.js';
import { ideaRoutes } from './ideas.routes.js';
import { participationBackOfficeRoutes } from './participation.backoffice.routes.js';
import { participationRoutes } from './participation.routes.js';
import { publicParticipation, purgeParticipation } from './participation.service.js';
import { ParticipationSection } from './participation.views.js';
import { processBackOfficeRoutes, processPageRoutes } from './processes.routes.js';
import { processViews } from './processes.service.js';
import { participationReportPart } from './report.part.js';

export const participationModule: LotseModule = {
  name: 'participation',
  processing: participationProcessing,
  processReportParts: [participationReportPart],
  pageRoutes: [participationRoutes, processPageRoutes, ideaRoutes],
  backOfficeRoutes: [
    { prefix: '/beteiligung', routes: participationBackOfficeRoutes },
    { prefix: '/beteiligung', routes: processBackOfficeRoutes },
    { prefix: '/beteiligung/ideen', routes: ideaBackOfficeRoutes },
  ],
  backOfficeSections: [
    {
      key: 'participation',
      path: '/verwaltung/beteiligung',
      label: 'backoffice.nav.participation',
      order: 30,
      visible: mayUseParticipation,
    },
  ],
  projectPageSections: [
    {
      slot: 'participation',
      render: async (app, ctx, project) => {
        const [{ notices, requests }, processes] = await Promise.all([
          publicParticipation(app.db, project.id),
          processViews(app.db, project.id),
        ]);
        return (
          <ParticipationSection
            ctx={ctx}
            slug={project.slug}
            notices={notices}
            requests={requests}
            processes={processes}
            open={project.published}
          />
        );
      },
    },
  ],
  tasks: ({ db }) => ({
    purge_participation_data: async () => {
      await purgeParticipation(db);
    },
  }),
  crontab: ['30 3 * * * purge_participation_data'],
};
