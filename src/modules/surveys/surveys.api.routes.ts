// API v1 of surveys: open and closed surveys with their questions, and the aggregate results once staff
// published them; never a single answer.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseQuery } from '../../platform/api-query.js';
import { publicResults, publicSurvey, publicSurveys } from './answering.service.js';
import { presentSurvey, presentSurveySummary } from './surveys.presenter.js';
import { apiSurveyQuerySchema } from './surveys.schemas.js';

export async function surveyApiRoutes(app: FastifyInstance) {
  app.get('/api/v1/surveys', async (request) => {
    const { lang } = parseQuery(apiSurveyQuerySchema, request);
    const surveys = await publicSurveys(app.db);
    const items = [];
    for (const s of surveys) items.push(presentSurveySummary(s, await publicResults(app.db, s), app.config.publicUrl, lang));
    return { items };
  });

  app.get('/api/v1/surveys/:slug', async (request) => {
    const { slug } = z.object({ slug: z.string().max(200) }).parse(request.params);
    const { lang } = parseQuery(apiSurveyQuerySchema, request);
    const survey = await publicSurvey(app.db, slug);
    return presentSurvey(survey, await publicResults(app.db, survey), app.config.publicUrl, lang);
  });
}
