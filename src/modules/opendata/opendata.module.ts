// Open data that portals harvest: the DCAT-AP.de catalogue and the Atom feeds.
import type { LotseModule } from '../../platform/module.js';
import { feedRoutes } from './feeds.routes.js';
import { openDataApiRoutes } from './opendata.api.routes.js';

export const openDataModule: LotseModule = { name: 'opendata', rootRoutes: [openDataApiRoutes], pageRoutes: [feedRoutes] };
