// The public entry of the consultations module: what other modules, the demo data and the OpenAPI document may use.
export { apiConsultationListSchema, apiConsultationSchema } from './consultations.schemas.js';
export {
  adoptVersion,
  createConsultation,
  publishDraft,
  saveDraftText,
  saveSectionNote,
  startRevision,
  weighComment,
} from './consultations.service.js';
export type { ConsultationInput } from './consultations.service.js';
export { offlineSectionChoices, processSectionIds } from './consultations.offline.js';
export type { OfflineSectionChoice } from './consultations.offline.js';
