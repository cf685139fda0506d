// Leichte Sprache: the area that explains Lotse in German plain language, linked from every page's header.
import type { LotseModule } from '../../platform/module.js';
import { plainLanguageRoutes } from './plain-language.routes.js';

export const plainLanguageModule: LotseModule = { name: 'plain-language', pageRoutes: [plainLanguageRoutes] };
