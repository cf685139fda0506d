// /healthz for load balancers and orchestrators.
import type { LotseModule } from '../../platform/module.js';
import { healthRoutes } from './health.routes.js';

export const healthModule: LotseModule = { name: 'health', rootRoutes: [healthRoutes] };
