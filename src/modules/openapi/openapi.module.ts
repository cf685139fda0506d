// The OpenAPI document of the public API.
import type { LotseModule } from '../../platform/module.js';
import { openApiRoutes } from './openapi.routes.js';

export const openApiModule: LotseModule = { name: 'openapi', rootRoutes: [openApiRoutes] };
