// A Vorhaben's places in the back office: the places below the partners it concerns, and its points,
// lines and areas on the map (typed, drawn or imported from GeoJSON). The public side (filter, map,
// GeoJSON) lives in the projects module, which reads the same tables.
import type { LotseModule } from '../../platform/module.js';
import { placesRoutes } from './places.routes.js';

export const placesModule: LotseModule = {
  name: 'places',
  backOfficeRoutes: [{ prefix: '/vorhaben', routes: placesRoutes }],
};
