// API v1 for the programme: grant, phases, planned vs. spent and the measures with progress, indicators
// and outputs, as JSON. Cached until public data changes.
import type { FastifyInstance } from 'fastify';
import { parseQuery } from '../../platform/api-query.js';
import { isIllustrative, programmeFinance } from './finance.read.js';
import { presentProgramme } from './finance.presenter.js';
import { apiProgrammeQuerySchema } from './finance.schemas.js';

export async function financeApiRoutes(app: FastifyInstance) {
  app.get('/api/v1/programme', { config: { cache: true } }, async (request) => {
    const { lang } = parseQuery(apiProgrammeQuerySchema, request);
    const f = await programmeFinance(app.db, { internal: false });
    const illustrative = await isIllustrative(app.db);
    return presentProgramme(f, app.config.publicUrl, lang, illustrative);
  });
}
