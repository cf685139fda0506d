// The translation-coverage page under /{lang}/verwaltung/uebersetzungen, filtered by language and kind.
import type { FastifyInstance } from 'fastify';
import { pageContext } from '../../plugins/context.js';
import { formToken } from '../../platform/staff-area.js';
import { coverageQuery } from './translation-coverage.schemas.js';
import { translationCoverage } from './translation-coverage.service.js';
import { TranslationCoveragePage } from './translation-coverage.views.js';

export async function translationCoverageRoutes(app: FastifyInstance) {
  app.get('/', async (request, reply) => {
    const q = coverageQuery.parse(request.query);
    const filter = { language: q.sprache, kind: q.art };
    const items = await translationCoverage(app.db, request.actor!, filter);
    return reply.html(
      <TranslationCoveragePage
        ctx={pageContext(request, app.config.publicUrl)}
        nav={request.backOfficeNav}
        csrf={formToken(app, request, reply)}
        filter={filter}
        items={items}
      />,
    );
  });
}
