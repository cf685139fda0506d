// The public entry of the decisions module: what other modules may use. Everything else in this folder is internal.
export { parseDecisions } from './decision-parser.js';
export type { DecisionBody, ParsedDecision } from './decision-parser.js';
