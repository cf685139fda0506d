// Back-office routes of the network under /{lang}/verwaltung/netzwerk (session and CSRF checked by
// staffArea): the overview, reviewing a partner, suggestions for an idea or a Vorhaben, introductions.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../lib/errors.js';
import { pageContext } from '../../plugins/context.js';
import { localePath } from '../../views/page-context.js';
import { formToken, safeReturnPath } from '../../platform/staff-area.js';
import { networkOverview } from './advisory.service.js';
import { introduce, introductionBody, introductions, setIntroductionOutcome } from './introductions.service.js';
import { type MatchRef, matchTargetTitle, suggestionsFor } from './matchmaking.service.js';
import { partnerForReview, partnerLinks, reviewPartner, staffPartners } from './partners.service.js';
import { MatchPage, NetworkOverviewPage, PartnerReviewPage } from './network.backoffice.views.js';
import { mayManageNetwork } from './network.policy.js';

const slugParam = z.object({ slug: z.string().max(200) });
const lines = (v: unknown) =>
  typeof v === 'string'
    ? v
        .split(/[\s,]+/)
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean)
        .slice(0, 200)
    : [];
const done = ['verified', 'introduced', 'outcome'] as const;

export async function networkBackOfficeRoutes(app: FastifyInstance) {
  const page = (request: FastifyRequest, reply: FastifyReply) => ({
    ctx: pageContext(request, app.config.publicUrl),
    nav: request.backOfficeNav,
    csrf: formToken(app, request, reply),
  });
  const manager = (request: FastifyRequest) => {
    if (!mayManageNetwork(request.actor!)) throw new AppError(403, 'forbidden', 'error.forbidden');
  };

  app.get('/', async (request, reply) => {
    manager(request);
    const p = page(request, reply);
    const outcome = z.enum(done).safeParse((request.query as { erledigt?: string }).erledigt);
    const [partners, overview, intros] = await Promise.all([
      staffPartners(app.db, request.actor!),
      networkOverview(app.db, request.actor!),
      introductions(app.db, request.actor!),
    ]);
    return reply.html(
      <NetworkOverviewPage
        {...p}
        partners={partners}
        overview={overview}
        intros={intros}
        done={outcome.success ? p.ctx.t(`network.admin.done.${outcome.data}`) : undefined}
      />,
    );
  });

  app.get('/partner/:slug', async (request, reply) => {
    manager(request);
    const { slug } = slugParam.parse(request.params);
    const partner = await partnerForReview(app.db, request.actor!, slug);
    const [links, suggestions] = await Promise.all([
      partnerLinks(app.db, partner.id),
      partner.verified ? suggestionsFor(app.db, { kind: 'partner', key: slug }) : Promise.resolve([]),
    ]);
    return reply.html(
      <PartnerReviewPage
        {...page(request, reply)}
        partner={partner}
        links={links}
        suggestions={suggestions}
        saved={(request.query as { gespeichert?: string }).gespeichert === '1'}
      />,
    );
  });

  app.post('/partner/:slug', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const body = (request.body ?? {}) as Record<string, unknown>;
    await reviewPartner(app.db, request.actor!, slug, {
      verify: body.verify === 'on' ? true : undefined,
      hidden: body.hidden === 'on',
      projects: lines(body.projects),
      events: lines(body.events),
    });
    return reply.redirect(`${localePath(request.locale, `/verwaltung/netzwerk/partner/${slug}`)}?gespeichert=1`, 303);
  });

  /** Suggestions of partners for an idea (`?idee=<id>`) or a Vorhaben (`?vorhaben=<slug>`), each with an introduce button. */
  app.get('/passend', async (request, reply) => {
    manager(request);
    const q = request.query as { idee?: string; vorhaben?: string };
    const target: MatchRef | null =
      q.idee && /^\d{1,9}$/.test(q.idee)
        ? { kind: 'idea', key: q.idee }
        : q.vorhaben
          ? { kind: 'project', key: String(q.vorhaben).slice(0, 200) }
          : null;
    if (!target) throw new AppError(400, 'bad_target', 'notifications.error.target');
    const title = await matchTargetTitle(app.db, target);
    if (!title) throw new AppError(404, 'not_found', 'error.notFound.text', { what: target.kind });
    const suggestions = await suggestionsFor(app.db, target, ['partner', 'idea', 'project'], 8);
    return reply.html(<MatchPage {...page(request, reply)} title={title} suggestions={suggestions} target={target} back={request.url} />);
  });

  app.post('/vorstellungen', async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const parsed = introductionBody.safeParse(body);
    if (!parsed.success) throw new AppError(400, 'bad_introduction', 'network.error.introduction');
    await introduce(app.db, request.actor!, parsed.data, app.config.publicUrl);
    return reply.redirect(safeReturnPath(body.weiter) ?? `${localePath(request.locale, '/verwaltung/netzwerk')}?erledigt=introduced`, 303);
  });

  app.post('/vorstellungen/:id', async (request, reply) => {
    const { id } = z
      .object({
        id: z.coerce
          .number()
          .int()
          .min(1)
          .max(2 ** 31 - 1),
      })
      .parse(request.params);
    const outcome = z.object({ outcome: z.string().trim().min(1).max(1000) }).safeParse(request.body);
    if (!outcome.success) throw new AppError(400, 'outcome_required', 'network.error.outcome');
    await setIntroductionOutcome(app.db, request.actor!, id, outcome.data.outcome);
    return reply.redirect(`${localePath(request.locale, '/verwaltung/netzwerk')}?erledigt=outcome`, 303);
  });
}
