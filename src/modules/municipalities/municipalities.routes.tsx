// Back-office routes of municipalities under /{lang}/verwaltung/kommunen: the list and each one's
// settings (council bodies and decision prefixes, participation quorum).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pageContext } from '../../plugins/context.js';
import { localePath } from '../../views/page-context.js';
import { formToken } from '../../platform/staff-area.js';
import { checkSettings, settingsValues } from './municipalities.schemas.js';
import { manageableMunicipalities, municipalityForSettings, saveMunicipalitySettings } from './municipalities.service.js';
import { MunicipalityListPage, MunicipalitySettingsPage } from './municipalities.views.js';

const params = z.object({ slug: z.string().max(100) });

export async function municipalityBackOfficeRoutes(app: FastifyInstance) {
  const page = (request: FastifyRequest, reply: FastifyReply) => ({
    ctx: pageContext(request, app.config.publicUrl),
    nav: request.backOfficeNav,
    csrf: formToken(app, request, reply),
  });

  app.get('/', async (request, reply) => {
    const municipalities = await manageableMunicipalities(app.db, request.actor!);
    return reply.html(<MunicipalityListPage {...page(request, reply)} municipalities={municipalities} />);
  });

  app.get('/:slug', async (request, reply) => {
    const { slug } = params.parse(request.params);
    const m = await municipalityForSettings(app.db, request.actor!, slug);
    const values = { bodies: m.decisionBodies, quorum: m.participationQuorum?.toString() ?? '' };
    const saved = (request.query as { hinweis?: string }).hinweis === 'gespeichert';
    return reply.html(<MunicipalitySettingsPage {...page(request, reply)} municipality={m} values={values} errors={{}} saved={saved} />);
  });

  app.post('/:slug', async (request, reply) => {
    const { slug } = params.parse(request.params);
    const m = await municipalityForSettings(app.db, request.actor!, slug);
    const values = settingsValues(request.body);
    const checked = checkSettings(values);
    if ('errors' in checked)
      return reply.html(
        <MunicipalitySettingsPage {...page(request, reply)} municipality={m} values={values} errors={checked.errors} saved={false} />,
        400,
      );
    await saveMunicipalitySettings(app.db, request.actor!, slug, checked.settings);
    return reply.redirect(`${localePath(request.locale, `/verwaltung/kommunen/${slug}`)}?hinweis=gespeichert`, 303);
  });
}
