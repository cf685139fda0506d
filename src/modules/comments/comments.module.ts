// Comment threads on Vorhaben and ideas, reports and the moderation queue.
import { mayUseParticipation } from '../../platform/contribution-roles.js';
import type { LotseModule } from '../../platform/module.js';
import { commentRoutes } from './comments.routes.js';
import { moderationRoutes } from './moderation.routes.js';

export const commentsModule: LotseModule = {
  name: 'comments',
  pageRoutes: [commentRoutes],
  backOfficeRoutes: [{ prefix: '/moderation', routes: moderationRoutes }],
  backOfficeSections: [
    { key: 'moderation', path: '/verwaltung/moderation', label: 'backoffice.nav.moderation', order: 40, visible: mayUseParticipation },
  ],
};
