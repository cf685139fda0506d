// The Leichte-Sprache area's pages. HTTP only.
import type { FastifyInstance } from 'fastify';
import { notFound } from '../../lib/errors.js';
import { pageContext } from '../../plugins/context.js';
import { plainOverview, plainPages } from './plain-pages.js';
import { PlainOverviewPage, PlainTaskPage } from './plain-language.views.js';

export async function plainLanguageRoutes(app: FastifyInstance) {
  app.get('/:lang/leichte-sprache', { config: { cache: true } }, async (request, reply) =>
    reply.html(
      <PlainOverviewPage
        ctx={pageContext(request, app.config.publicUrl)}
        page={plainOverview}
        tasks={plainPages}
        signLanguageVideoUrl={app.config.signLanguageVideoUrl}
      />,
    ),
  );
  app.get('/:lang/leichte-sprache/:page', { config: { cache: true } }, async (request, reply) => {
    const { page: slug } = request.params as { page: string };
    const page = plainPages.find((p) => p.slug === slug);
    if (!page) throw notFound('page');
    return reply.html(<PlainTaskPage ctx={pageContext(request, app.config.publicUrl)} page={page} />);
  });
}
