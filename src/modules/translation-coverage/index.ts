// The public entry of the translation-coverage module: what other modules may use. Everything else in this folder is internal.
export { translationGapCount } from './translation-coverage.service.js';
