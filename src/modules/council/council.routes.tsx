// Back-office routes of council information under /{lang}/verwaltung/ratsinformation: the overview, a
// municipality's settings (and a sync now), its sync runs, its decisions with their papers or web addresses,
// the suggestions to confirm or dismiss, and the Vorhaben listed later than the lead time asks.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { FormErrors } from '../../lib/form-errors.js';
import { pageContext } from '../../plugins/context.js';
import { formToken } from '../../platform/staff-area.js';
import { localePath } from '../../views/page-context.js';
import { checkSettings, checkWebUrl, settingsValues } from './council.schemas.js';
import { type BodyOption, councilOverview, councilSettings, saveCouncilSettings } from './council.service.js';
import { councilRun, councilRuns, requestSync, runningSince } from './council-runs.service.js';
import { councilPath } from './council-paths.js';
import { CouncilOverviewPage, CouncilSettingsPage } from './council.views.js';
import { CouncilRunPage, CouncilRunsPage } from './council-runs.views.js';
import { councilDecision, councilDecisions, saveDecisionWebUrl } from './decision-links.service.js';
import { CouncilDecisionPage, CouncilDecisionsPage } from './decision-links.views.js';
import { confirmSuggestion, councilSuggestions, dismissCouncilSuggestion } from './suggestions.service.js';
import { CouncilSuggestionsPage } from './suggestions.views.js';
import { councilLeadTime } from './lead-time.service.js';
import { LeadTimePage } from './lead-time.views.js';

const slugParam = z.object({ slug: z.string().max(100) });
const idParam = slugParam.extend({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1),
});
const id = z.coerce
  .number()
  .int()
  .min(1)
  .max(2 ** 31 - 1);
const suggestionParams = slugParam.extend({ projectId: id, paperId: id });
const pageQuery = z.object({ seite: z.coerce.number().int().min(1).max(100000).catch(1).default(1) });
const decisionChoice = z.object({ decision: z.union([z.literal('new'), id]) });
const noticeQuery = z.looseObject({ hinweis: z.enum(['gespeichert', 'abgleich', 'laeuft']).optional().catch(undefined) });

export async function councilBackOfficeRoutes(app: FastifyInstance) {
  const page = (request: FastifyRequest, reply: FastifyReply) => ({
    ctx: pageContext(request, app.config.publicUrl),
    nav: request.backOfficeNav,
    csrf: formToken(app, request, reply),
  });

  app.get('/', async (request, reply) => {
    const municipalities = await councilOverview(app.db, request.actor!);
    return reply.html(<CouncilOverviewPage {...page(request, reply)} municipalities={municipalities} />);
  });

  app.get('/:slug', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const settings = await councilSettings(app.db, request.actor!, slug);
    const { hinweis } = noticeQuery.parse(request.query ?? {});
    const values = {
      system_url: settings.systemUrl ?? '',
      body: '',
      body_url: settings.bodyUrl ?? '',
      reference_pattern: settings.referencePattern ?? '',
      lead_time_months: String(settings.leadTimeMonths),
    };
    const notice = hinweis === 'gespeichert' ? 'saved' : hinweis === 'abgleich' ? 'queued' : hinweis === 'laeuft' ? 'running' : null;
    const running = await runningSince(app.db, request.actor!, slug);
    return reply.html(
      <CouncilSettingsPage
        {...page(request, reply)}
        settings={settings}
        values={values}
        bodies={[]}
        errors={{}}
        notice={notice}
        runningSince={running}
      />,
    );
  });

  app.post('/:slug', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const settings = await councilSettings(app.db, request.actor!, slug);
    const values = settingsValues(request.body);
    const show = (errors: FormErrors, bodies: BodyOption[]) =>
      reply.html(
        <CouncilSettingsPage
          {...page(request, reply)}
          settings={settings}
          values={values}
          bodies={bodies}
          errors={errors}
          notice={null}
          runningSince={null}
        />,
        400,
      );
    const checked = checkSettings(values);
    if ('errors' in checked) return show(checked.errors, []);
    const outcome = await saveCouncilSettings(app.db, request.actor!, slug, checked.input, app.config.oparl);
    if ('errors' in outcome) return show(outcome.errors, outcome.bodies);
    return reply.redirect(`${localePath(request.locale, councilPath(slug))}?hinweis=gespeichert`, 303);
  });

  app.post('/:slug/abgleichen', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const { runningSince: running } = await requestSync(app.db, request.actor!, slug, app.config.oparl);
    return reply.redirect(`${localePath(request.locale, councilPath(slug))}?hinweis=${running ? 'laeuft' : 'abgleich'}`, 303);
  });

  app.get('/:slug/laeufe', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const runs = await councilRuns(app.db, request.actor!, slug);
    return reply.html(<CouncilRunsPage {...page(request, reply)} page={runs} />);
  });

  app.get('/:slug/laeufe/:id', async (request, reply) => {
    const { slug, id } = idParam.parse(request.params);
    const { name, run } = await councilRun(app.db, request.actor!, slug, id);
    return reply.html(<CouncilRunPage {...page(request, reply)} slug={slug} name={name} run={run} />);
  });

  app.get('/:slug/beschluesse', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const { seite } = pageQuery.parse(request.query);
    const decisions = await councilDecisions(app.db, request.actor!, slug, seite);
    return reply.html(<CouncilDecisionsPage {...page(request, reply)} page={decisions} />);
  });

  app.get('/:slug/beschluesse/:id', async (request, reply) => {
    const { slug, id } = idParam.parse(request.params);
    const { name, decision } = await councilDecision(app.db, request.actor!, slug, id);
    const saved = noticeQuery.parse(request.query ?? {}).hinweis === 'gespeichert';
    return reply.html(
      <CouncilDecisionPage
        {...page(request, reply)}
        slug={slug}
        name={name}
        decision={decision}
        value={decision.webUrl ?? ''}
        errors={{}}
        saved={saved}
      />,
    );
  });

  app.post('/:slug/beschluesse/:id', async (request, reply) => {
    const { slug, id } = idParam.parse(request.params);
    const { name, decision } = await councilDecision(app.db, request.actor!, slug, id);
    const checked = checkWebUrl(request.body);
    if ('errors' in checked)
      return reply.html(
        <CouncilDecisionPage
          {...page(request, reply)}
          slug={slug}
          name={name}
          decision={decision}
          value={checked.value}
          errors={checked.errors}
          saved={false}
        />,
        400,
      );
    await saveDecisionWebUrl(app.db, request.actor!, slug, id, checked.url);
    return reply.redirect(`${localePath(request.locale, councilPath(slug, `/beschluesse/${id}`))}?hinweis=gespeichert`, 303);
  });

  app.get('/:slug/vorlaufzeit', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const leadTime = await councilLeadTime(app.db, request.actor!, slug);
    return reply.html(<LeadTimePage {...page(request, reply)} page={leadTime} />);
  });

  app.get('/:slug/vorschlaege', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const suggestions = await councilSuggestions(app.db, request.actor!, slug);
    const { ctx, nav, csrf } = page(request, reply);
    return reply.html(<CouncilSuggestionsPage ctx={ctx} nav={nav} csrf={csrf} page={suggestions} />);
  });

  app.post('/:slug/vorschlaege/:projectId/:paperId/bestaetigen', async (request, reply) => {
    const { slug, projectId, paperId } = suggestionParams.parse(request.params);
    const { decision } = decisionChoice.parse(request.body ?? {});
    await confirmSuggestion(app.db, request.actor!, slug, { projectId, paperId, decision });
    return reply.redirect(localePath(request.locale, councilPath(slug, '/vorschlaege')), 303);
  });

  app.post('/:slug/vorschlaege/:projectId/:paperId/verwerfen', async (request, reply) => {
    const { slug, projectId, paperId } = suggestionParams.parse(request.params);
    await dismissCouncilSuggestion(app.db, request.actor!, slug, { projectId, paperId });
    return reply.redirect(localePath(request.locale, councilPath(slug, '/vorschlaege')), 303);
  });
}
