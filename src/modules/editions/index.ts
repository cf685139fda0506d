// The public entry of the editions module: what other modules may use. Everything else in this folder is internal.
export { publicEditions } from './editions.public.js';
export type { PublicEdition } from './editions.public.js';
export { apiEditionDetailSchema, apiEditionListSchema, apiEditionSchema } from './editions.schemas.js';
