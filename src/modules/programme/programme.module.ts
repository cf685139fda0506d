// The home page and the programme at a glance.
import type { LotseModule } from '../../platform/module.js';
import { programmePageRoutes } from './programme.routes.js';

export const programmeModule: LotseModule = { name: 'programme', pageRoutes: [programmePageRoutes] };
