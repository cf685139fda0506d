// /healthz and /readyz for load balancers and orchestrators, /metrics for Prometheus (docs/OPERATIONS.md).
import type { LotseModule } from '../../platform/module.js';
import { healthRoutes } from './health.routes.js';
import { metricsPlugin } from './metrics.js';

export const healthModule: LotseModule = { name: 'health', rootRoutes: [metricsPlugin, healthRoutes] };
