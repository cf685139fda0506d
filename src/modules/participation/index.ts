// The public entry of the participation module: what other modules may use. Everything else in this folder is internal.
export { processIdeaViews } from './ideas.service.js';
export { processView, processViews } from './processes.service.js';
export type { Phase } from './processes.service.js';
export type { ProcessView } from './processes.view-model.js';
export type { IdeaView } from './ideas.view-model.js';
export { processesLackingTranslation } from './translation-gaps.service.js';
