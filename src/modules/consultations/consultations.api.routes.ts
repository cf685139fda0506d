// API v1 of consultations: the documents with their versions, sections, comment and vote counts and the
// weighing summary (the table of every comment with its weighing is the CSV named in each answer).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseQuery } from '../../platform/api-query.js';
import { presentConsultation, presentConsultationSummary } from './consultations.presenter.js';
import { apiConsultationQuerySchema } from './consultations.schemas.js';
import { commentsOf, countsOf, publicConsultation, publicConsultations, weighingSummary } from './consultations.read.js';

export async function consultationApiRoutes(app: FastifyInstance) {
  app.get('/api/v1/consultations', async (request) => {
    const { lang } = parseQuery(apiConsultationQuerySchema, request);
    const items = [];
    for (const c of await publicConsultations(app.db))
      items.push(
        presentConsultationSummary(
          c,
          await countsOf(app.db, c),
          weighingSummary(await commentsOf(app.db, c, true)),
          app.config.publicUrl,
          lang,
        ),
      );
    return { items };
  });

  app.get('/api/v1/consultations/:slug', async (request) => {
    const { slug } = z.object({ slug: z.string().max(200) }).parse(request.params);
    const { lang } = parseQuery(apiConsultationQuerySchema, request);
    const c = await publicConsultation(app.db, slug);
    return presentConsultation(
      c,
      await countsOf(app.db, c),
      weighingSummary(await commentsOf(app.db, c, true)),
      app.config.publicUrl,
      lang,
    );
  });
}
