// HTML routes of the public register. HTTP only: parse the query, call the service, render the view.
import type { FastifyInstance } from 'fastify';
import { pageContext } from '../../plugins/context.js';
import { lenientFilters } from './register-query.js';
import { filterOptions, publicProjectPage, registerPage, unknownFilterValues } from './projects.service.js';
import { projectCouncilView } from './project-council.view-model.js';
import { PLAIN_VIEW } from './project-plain.views.js';
import { ProjectPage } from './projects.views.js';
import { RegisterPage } from './register.views.js';
import { filtersToQuery } from './register-filters.views.js';
import { regionalTextOf } from '../../views/regional-text.js';

export async function projectPageRoutes(app: FastifyInstance) {
  app.get('/:lang/vorhaben', { config: { cache: true } }, async (request, reply) => {
    const { filters, page, view, ignored } = lenientFilters(request.query);
    const options = await filterOptions(app.db, app.registerSearch);
    for (const unknown of unknownFilterValues(filters, options)) {
      delete filters[unknown.field];
      ignored.push(unknown.field);
    }
    // The map shows every result (fetched by map.js); the page still counts them and the filters.
    const result = await registerPage(app.db, app.registerSearch, filters, view === 'map' ? 1 : page, request.locale);
    if (view === 'list' && page > result.pages) {
      // A page number past the end (an old bookmark after entries were archived): go to the last page.
      return reply.redirect(`/${request.locale}/vorhaben${filtersToQuery(filters, result.pages)}`, 302);
    }
    const ctx = pageContext(request, app.config.publicUrl);
    return reply.html(<RegisterPage ctx={ctx} filters={filters} view={view} options={options} result={result} ignored={ignored} />);
  });

  app.get('/:lang/vorhaben/:slug', { config: { cache: true } }, async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const { project, council } = await publicProjectPage(app.db, slug);
    const ctx = pageContext(request, app.config.publicUrl);
    const ref = { id: project.id, slug: project.slug, published: project.publicationState === 'published' };
    const sections = await Promise.all(app.projectPageSections.map(async (s) => ({ slot: s.slot, node: await s.render(app, ctx, ref) })));
    const slot = (name: 'measures' | 'participation') => sections.filter((s) => s.slot === name).map((s) => s.node);
    return reply.html(
      <ProjectPage
        ctx={ctx}
        project={project}
        council={projectCouncilView(project, council, new Date())}
        participation={slot('participation')}
        measures={slot('measures')}
        plainShown={(request.query as Record<string, unknown>)[PLAIN_VIEW.name] === PLAIN_VIEW.value}
        regionalShown={regionalTextOf(request.query)}
      />,
    );
  });
}
