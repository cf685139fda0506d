// The public entry of the participation module: what other modules may use. Everything else in this folder is internal.
export { processIdeas } from './ideas.service.js';
export { publicProcess, publicProcesses } from './processes.service.js';
export type { Phase } from './processes.service.js';
// The network module's API writes a process out from its record (whose snake_case keys its JSON keeps),
// under this older name; the module's own pages read the camelCase ProcessView of processes.view-model.ts.
export type { ProcessRecord as ProcessView } from './processes.service.js';
