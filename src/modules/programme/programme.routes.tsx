// The home page and the open-data page; `/` sends visitors to their language's home page.
import type { FastifyInstance } from 'fastify';
import { pageContext } from '../../plugins/context.js';
import { homeOverview } from './programme.service.js';
import { HomePage, OpenDataPage } from './programme.views.js';

export async function programmePageRoutes(app: FastifyInstance) {
  app.get('/:lang/', { config: { cache: true } }, async (request, reply) => {
    const overview = await homeOverview(app.db);
    return reply.html(<HomePage ctx={pageContext(request, app.config.publicUrl)} overview={overview} />);
  });
  app.get('/:lang/offene-daten', async (request, reply) => reply.html(<OpenDataPage ctx={pageContext(request, app.config.publicUrl)} />));
}
