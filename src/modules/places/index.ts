// The public entry of the places module. The public side of places (filter, map, GeoJSON) is in the
// projects module, which reads the same tables; the demo links its examples to places through here.
export type { PlacesOfProject } from './places.service.js';
export { saveLocalities } from './places.service.js';
