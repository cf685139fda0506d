// The public entry of the council module: what other modules and the command line may use. Everything
// else in this folder is internal.
export { syncMunicipality } from './sync.service.js';
export type { SyncOptions, SyncProgress, SyncSummary } from './sync.service.js';
export type { UnmatchedDecision } from './decision-matching.service.js';
export type { FaultGroup, FaultKind } from './sync-faults.js';
export { setSystemUrl } from './council.service.js';
export { isHttpUrl } from './council.schemas.js';
export { decisionCouncil, firstDeliberation, nextDeliberation, noCouncil } from './decision-council.service.js';
export type { CouncilDeliberation, CouncilPaper, DecisionCouncil, DeliberationDate } from './decision-council.service.js';
export { projectLeadTimeShortfalls } from './lead-time.service.js';
export type { LeadTimeShortfall } from './lead-time.service.js';
export { LeadTimeWarning } from './lead-time.views.js';
export { councilAgendaItem, projectAgendaItems } from './agenda-items.service.js';
export type { CouncilAgendaItem } from './agenda-items.service.js';
