// The public entry of the alerts module: what other modules may use. Everything else in this folder is internal.
export type { AlertFilters } from './alerts.schemas.js';
