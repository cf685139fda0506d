// The append-only audit log and its search.
import type { LotseModule } from '../../platform/module.js';
import { maySearchAudit } from './audit.policy.js';
import { auditRoutes } from './audit.routes.js';
import { purgeAuditLog } from './audit.service.js';

export const auditModule: LotseModule = {
  name: 'audit',
  backOfficeRoutes: [{ prefix: '/protokoll', routes: auditRoutes }],
  backOfficeSections: [{ key: 'audit', path: '/verwaltung/protokoll', label: 'backoffice.nav.audit', order: 100, visible: maySearchAudit }],
  tasks: ({ db }) => ({
    purge_audit_log: async () => {
      await purgeAuditLog(db);
    },
  }),
  crontab: ['50 3 * * * purge_audit_log'],
};
