// The public entry of the network module: what other modules may use. Everything else in this folder is internal.
export { caseData, deleteCasesOfResident, residentCases } from './advisory.service.js';
export { apiPartnerListSchema, apiPartnerSchema, apiProcessListSchema, apiProcessSchema } from './network.api.schemas.js';
export { ownPartners, partnerData, withdrawPartners } from './partners.service.js';
