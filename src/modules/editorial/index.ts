// The public entry of the editorial module: what other modules may use. Everything else in this folder is internal.
export { createProjectIn } from './editorial.service.js';
