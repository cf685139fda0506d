// Staff accounts: sign-in (password, single sign-on, second factor), the own account page, managing staff.
import { z } from 'zod';
import { locales } from '../../lib/localized.js';
import type { LotseModule } from '../../platform/module.js';
import { mayManageUsers } from './accounts.policy.js';
import { accountPageRoutes, oidcCallbackRoutes } from './accounts.routes.js';
import { mailPasswordLink } from './password-reset.service.js';
import { purgeSignInRecords } from './retention.service.js';
import { secondFactorRoutes } from './second-factor.routes.js';
import { signInCodeRoutes } from './sign-in-code.routes.js';
import { userRoutes } from './users.routes.js';

const resetPayload = z.strictObject({ email: z.string().min(3).max(320), locale: z.enum(locales), sso: z.boolean() });

export const accountsModule: LotseModule = {
  name: 'accounts',
  rootRoutes: [oidcCallbackRoutes],
  pageRoutes: [accountPageRoutes, signInCodeRoutes],
  backOfficeRoutes: [
    { prefix: '/konten', routes: userRoutes },
    { prefix: '/zweiter-faktor', routes: secondFactorRoutes, enrolment: true },
  ],
  backOfficeSections: [{ key: 'users', path: '/verwaltung/konten', label: 'backoffice.nav.users', order: 90, visible: mayManageUsers }],
  tasks: ({ db, baseUrl }) => ({
    staff_password_link: async (payload) => {
      await mailPasswordLink(db, resetPayload.parse(payload), baseUrl);
    },
    purge_sign_in_records: async () => {
      await purgeSignInRecords(db);
    },
  }),
  crontab: ['0 3 * * * purge_sign_in_records'],
};
