// The public entry of the surveys module: what other modules, the demo data and the OpenAPI document may use.
export { apiSurveyListSchema, apiSurveySchema } from './surveys.schemas.js';
export { addQuestion, createSurvey, setState } from './surveys.service.js';
export type { QuestionInput, SurveyInput } from './surveys.service.js';
