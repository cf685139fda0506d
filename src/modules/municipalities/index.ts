// The public entry of the municipalities module: what other modules may use. Everything else in this folder is internal.
export { allMunicipalities, knownMunicipalities } from './municipalities.service.js';
export { matchMunicipalities } from './municipality-matcher.js';
export type { KnownMunicipality } from './municipality-matcher.js';
