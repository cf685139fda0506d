// Public routes of the Vorhabenliste's editions: the pages (cached until data changes), the frozen CSV
// and the printable PDF of each, and the API (list and one edition as JSON).
import type { FastifyInstance } from 'fastify';
import { notFound } from '../../lib/errors.js';
import { pageContext } from '../../plugins/context.js';
import { edition, editionCsv, editionProjects, editions } from './editions.service.js';
import { presentEdition, presentEditionDetail } from './editions.presenter.js';
import { editionNumberParams } from './editions.schemas.js';
import { EditionPage, EditionsPage } from './editions.views.js';
import { editionPdf } from './edition-pdf.js';

function numberOf(params: unknown): number {
  const parsed = editionNumberParams.safeParse(params);
  if (!parsed.success) throw notFound('edition');
  return parsed.data.number;
}

export async function editionPageRoutes(app: FastifyInstance) {
  app.get('/:lang/vorhabenliste/fortschreibungen', { config: { cache: true } }, async (request, reply) =>
    reply.html(<EditionsPage ctx={pageContext(request, app.config.publicUrl)} editions={await editions(app.db)} />),
  );

  app.get('/:lang/vorhabenliste/fortschreibungen/:number', { config: { cache: true } }, async (request, reply) => {
    const e = await edition(app.db, numberOf(request.params));
    const projects = await editionProjects(app.db, e.id);
    return reply.html(<EditionPage ctx={pageContext(request, app.config.publicUrl)} edition={e} projects={projects} />);
  });

  app.get('/:lang/vorhabenliste/fortschreibungen/:number/vorhabenliste.csv', async (request, reply) => {
    const e = await edition(app.db, numberOf(request.params));
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="vorhabenliste-fortschreibung-${e.number}.csv"`)
      .send(await editionCsv(app.db, e.id));
  });

  app.get('/:lang/vorhabenliste/fortschreibungen/:number/vorhabenliste.pdf', async (request, reply) => {
    const e = await edition(app.db, numberOf(request.params));
    const pdf = await editionPdf(e, await editionProjects(app.db, e.id), request.locale);
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="vorhabenliste-fortschreibung-${e.number}-${request.locale}.pdf"`)
      .send(pdf);
  });
}

export async function editionApiRoutes(app: FastifyInstance) {
  app.get('/api/v1/editions', { config: { cache: true } }, async () => ({
    items: (await editions(app.db)).map((e) => presentEdition(e, app.config.publicUrl)),
  }));

  app.get('/api/v1/editions/:number', { config: { cache: true } }, async (request) =>
    presentEditionDetail(await edition(app.db, numberOf(request.params)), app.config.publicUrl),
  );
}
