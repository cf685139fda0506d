// Residents' own accounts: sign-in link, optional password, profile, export and deletion.
import type { LotseModule } from '../../platform/module.js';
import { residentsProcessing } from './residents.processing.js';
import { residentRoutes } from './residents.routes.js';
import { purgeResidentSignIns } from './residents.service.js';

export const residentsModule: LotseModule = {
  name: 'residents',
  processing: residentsProcessing,
  pageRoutes: [residentRoutes],
  tasks: ({ db }) => ({
    purge_resident_sign_ins: async () => {
      await purgeResidentSignIns(db);
    },
  }),
  crontab: ['5 3 * * * purge_resident_sign_ins'],
};
