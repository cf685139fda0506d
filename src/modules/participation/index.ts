// The public entry of the participation module: what other modules may use. Everything else in this folder is internal.
export { processIdeas } from './ideas.service.js';
export { publicProcess, publicProcesses } from './processes.service.js';
export type { Phase, ProcessView } from './processes.service.js';
