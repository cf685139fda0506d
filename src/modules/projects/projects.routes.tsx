// HTML routes of the public register. HTTP only: parse the query, call the service, render the view.
import type { FastifyInstance } from 'fastify';
import { type z } from 'zod';
import { pageContext } from '../../plugins/context.js';
import type { ProjectFilters } from './project.types.js';
import { registerQuerySchema, type RegisterView } from './projects.schemas.js';
import { filterOptions, publicProjectPage, registerPage, unknownFilterValues } from './projects.service.js';
import { projectCouncilView } from './project-council.view-model.js';
import { ProjectPage } from './projects.views.js';
import { RegisterPage } from './register.views.js';
import { filtersToQuery } from './register-filters.views.js';

/**
 * People edit URLs by hand; an unknown filter value is dropped with a notice rather than answered with
 * an error page, so the register stays usable. The API is strict instead.
 */
function lenientFilters(query: unknown): { filters: ProjectFilters; page: number; view: RegisterView; ignored: string[] } {
  const raw = (query ?? {}) as Record<string, unknown>;
  const shape = registerQuerySchema.shape;
  const out: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const parsed = (shape[key] as z.ZodType).safeParse(raw[key]);
    if (parsed.success) out[key] = parsed.data;
    else ignored.push(key);
  }
  const { page, view, ...filters } = out as ProjectFilters & { page?: number; view?: RegisterView };
  return { filters, page: page ?? 1, view: view ?? 'list', ignored };
}

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
      />,
    );
  });
}
