// The public entry of the places module. Other modules need nothing of it yet: the public side of places
// (filter, map, GeoJSON) is in the projects module, which reads the same tables.
export type { PlacesOfProject } from './places.service.js';
