// The public entry of the events module: what other modules may use. Everything else in this folder is internal.
export type { EventInput, EventView } from './event.types.js';
export { apiEventListSchema, apiEventSchema } from './events.schemas.js';
export { createEvent, feedEvents, publishEvent, saveDocumentation } from './events.service.js';
export { eventsLackingTranslation } from './translation-gaps.service.js';
