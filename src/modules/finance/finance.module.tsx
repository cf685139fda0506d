// The programme's money: measures, budgets, draw-downs, proof of spending, reports, the public dashboard.
import type { LotseModule } from '../../platform/module.js';
import { sendDeadlineReminders } from './finance-jobs.js';
import { financeApiRoutes } from './finance.api.routes.js';
import { financeBackOfficeRoutes } from './finance.backoffice.routes.js';
import { financeMeasureRoutes } from './finance.measures.routes.js';
import { mayUseFinance } from './finance.policy.js';
import { measuresOfProject } from './finance.read.js';
import { financePageRoutes } from './finance.routes.js';
import { ProjectMeasures } from './finance.views.js';

export const financeModule: LotseModule = {
  name: 'finance',
  rootRoutes: [financeApiRoutes],
  pageRoutes: [financePageRoutes],
  backOfficeRoutes: [
    { prefix: '/finanzen', routes: financeBackOfficeRoutes },
    { prefix: '/finanzen', routes: financeMeasureRoutes },
  ],
  backOfficeSections: [
    { key: 'finance', path: '/verwaltung/finanzen', label: 'backoffice.nav.finance', order: 60, visible: mayUseFinance },
  ],
  projectPageSections: [
    {
      slot: 'measures',
      render: async (app, ctx, project) => <ProjectMeasures ctx={ctx} measures={await measuresOfProject(app.db, project.id)} />,
    },
  ],
  tasks: ({ db, baseUrl }) => ({
    finance_deadline_reminders: async () => {
      await sendDeadlineReminders(db, baseUrl);
    },
  }),
  crontab: ['45 5 * * * finance_deadline_reminders'],
};
