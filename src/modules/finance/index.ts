// The public entry of the finance module: what other modules may use. Everything else in this folder is internal.
export { addMonths } from './dates.js';
export type { MeasureInput } from './finance.measure.schemas.js';
export { ILLUSTRATIVE_KEY } from './finance.repository.js';
export { apiMeasureSchema, apiProgrammeSchema } from './finance.schemas.js';
export { allocate, splitFunding } from './money.js';
export { addDeadline, recordReceipt, requestDrawdown, saveProgramme, setProofSubmitted } from './funding.service.js';
export {
  addExpenditure,
  addIndicator,
  addIndicatorValue,
  addMilestone,
  addOutput,
  createMeasure,
  setBudgetLine,
} from './measures.service.js';
