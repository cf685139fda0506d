// HTML routes of the public register. HTTP only: parse the query, call the service, render the view.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pageContext } from '../../plugins/context.js';
import { publicParticipation } from '../participation/participation.service.js';
import { publicProcesses } from '../participation/processes.service.js';
import { ParticipationSection } from '../participation/participation.views.js';
import type { ProjectFilters } from './project.types.js';
import { registerQuerySchema } from './projects.schemas.js';
import { filterOptions, publicProject, registerPage, unknownFilterValues } from './projects.service.js';
import { measuresOfProject } from '../finance/finance.read.js';
import { ProjectMeasures } from '../finance/finance.views.js';
import { ProjectPage, RegisterPage } from './projects.views.js';
import { filtersToQuery } from './register-filters.views.js';

/**
 * People edit URLs by hand; an unknown filter value is dropped with a notice rather than answered with
 * an error page, so the register stays usable. The API is strict instead.
 */
function lenientFilters(query: unknown): { filters: ProjectFilters; page: number; ignored: string[] } {
  const raw = (query ?? {}) as Record<string, unknown>;
  const shape = registerQuerySchema.shape;
  const out: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const parsed = (shape[key] as z.ZodType).safeParse(raw[key]);
    if (parsed.success) out[key] = parsed.data;
    else ignored.push(key);
  }
  const { page, ...filters } = out as ProjectFilters & { page?: number };
  return { filters, page: page ?? 1, ignored };
}

export async function projectPageRoutes(app: FastifyInstance) {
  app.get('/:lang/vorhaben', { config: { cache: true } }, async (request, reply) => {
    const { filters, page, ignored } = lenientFilters(request.query);
    const options = await filterOptions(app.db);
    for (const unknown of unknownFilterValues(filters, options)) {
      delete filters[unknown.field];
      ignored.push(unknown.field);
    }
    const result = await registerPage(app.db, filters, page);
    if (page > result.pages) {
      // A page number past the end (an old bookmark after entries were archived): go to the last page.
      return reply.redirect(`/${request.locale}/vorhaben${filtersToQuery(filters, result.pages)}`, 302);
    }
    const ctx = pageContext(request, app.config.publicUrl);
    return reply.html(<RegisterPage ctx={ctx} filters={filters} options={options} result={result} ignored={ignored} />);
  });

  app.get('/:lang/vorhaben/:slug', { config: { cache: true } }, async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const project = await publicProject(app.db, slug);
    const ctx = pageContext(request, app.config.publicUrl);
    const [{ notices, requests }, processes, measures] = await Promise.all([publicParticipation(app.db, project.id), publicProcesses(app.db, project.id), measuresOfProject(app.db, project.id)]);
    const participation = <ParticipationSection ctx={ctx} slug={project.slug} notices={notices} requests={requests} processes={processes} open={project.publicationState === 'published'} />;
    return reply.html(<ProjectPage ctx={ctx} project={project} participation={participation} measures={<ProjectMeasures ctx={ctx} measures={measures} />} />);
  });
}
