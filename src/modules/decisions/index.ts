// The public entry of the decisions module: what other modules may use. Everything else in this folder is internal.
export { parseDecisions } from './decision-parser.js';
export type { DecisionBody, ParsedDecision } from './decision-parser.js';
export { decisionKey } from './decision-key.js';
export { appendDecision, decisionsWithoutPaper, setDecisionCouncilAddress, setDecisionPapers } from './decision-rows.repository.js';
export type { NewDecision, OpenDecision } from './decision-rows.repository.js';
