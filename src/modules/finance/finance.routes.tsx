// Public pages of the programme: the dashboard (/de/programm), a measure's page, and the dashboard's
// charts as SVG images. All cached until public data changes.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pageContext } from '../../plugins/context.js';
import { type ChartName, chartNames, dashboardSeries, renderChart } from './charts.js';
import { findMeasure, isIllustrative, programmeFinance, subtreeIds } from './finance.read.js';
import { MeasurePage } from './finance.measure.views.js';
import { ProgrammePage } from './finance.views.js';

export async function financePageRoutes(app: FastifyInstance) {
  const illustrative = () => isIllustrative(app.db);

  app.get('/:lang/programm', { config: { cache: true } }, async (request, reply) => {
    const f = await programmeFinance(app.db, { internal: false });
    return reply.html(<ProgrammePage ctx={pageContext(request, app.config.publicUrl)} f={f} illustrative={await illustrative()} />);
  });

  app.get('/:lang/programm/massnahmen/:slug', { config: { cache: true } }, async (request, reply) => {
    const { slug } = z.object({ slug: z.string().max(200) }).parse(request.params);
    const f = await programmeFinance(app.db, { internal: false });
    const measure = findMeasure(f, slug);
    return reply.html(
      <MeasurePage ctx={pageContext(request, app.config.publicUrl)} f={f} measure={measure} ids={subtreeIds(f, measure.id)} />,
    );
  });

  app.get('/:lang/programm/diagramme/:file', { config: { cache: true } }, async (request, reply) => {
    const { file } = z.object({ file: z.string().max(40) }).parse(request.params);
    const name = file.replace(/\.svg$/, '') as ChartName;
    if (!file.endsWith('.svg') || !chartNames.includes(name)) return reply.callNotFound();
    const f = await programmeFinance(app.db, { internal: false });
    const svg = await renderChart(name, dashboardSeries(f, request.locale)[name], request.locale);
    return reply.type('image/svg+xml; charset=utf-8').header('x-content-type-options', 'nosniff').send(svg);
  });
}
