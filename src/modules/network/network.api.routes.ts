// API v1 for the partner directory and for participation processes with their ideas. Strict like the
// projects API: unknown filter values answer 400. Never a contact address, author or account.
import type { FastifyInstance } from 'fastify';
import { type Locale, pick } from '../../lib/localized.js';
import { regionalTextsOf } from '../../lib/regional-texts.js';
import { processIdeaViews, processView, processViews, type ProcessView } from '../participation/index.js';
import { parseQuery } from '../../platform/api-query.js';
import { refuseUnknownFilters } from '../projects/index.js';
import { type ApiPartner, apiLangSchema, apiPartnerQuerySchema } from './network.api.schemas.js';
import { directory, type PartnerView, publicPartner, publishedProjectLinks } from './partners.service.js';

export async function networkApiRoutes(app: FastifyInstance) {
  const base = app.config.publicUrl;
  const partner = (p: PartnerView, projects: string[]): ApiPartner => ({
    slug: p.slug,
    url: `${base}/de/netzwerk/${p.slug}`,
    name: p.name,
    kind: p.kind,
    description: p.description,
    offers: p.offers,
    seeks: p.seeks,
    competencies: p.competencies,
    municipality: p.municipalitySlug,
    topics: p.topics.map((t) => t.slug),
    website: p.website,
    projects,
    example: p.example,
  });

  app.get('/api/v1/partners', async (request) => {
    const q = parseQuery(apiPartnerQuerySchema, request);
    await refuseUnknownFilters(app.db, request, { municipality: q.municipality, topic: q.topic });
    const partners = await directory(app.db, { municipality: q.municipality, topic: q.topic, kind: q.kind });
    const links = await publishedProjectLinks(
      app.db,
      partners.map((p) => p.id),
    );
    return {
      items: partners.map((p) =>
        partner(
          p,
          links.filter((l) => l.partnerId === p.id).map((l) => l.slug),
        ),
      ),
    };
  });

  app.get('/api/v1/partners/:slug', async (request) => {
    const { slug } = request.params as { slug: string };
    const data = await publicPartner(app.db, String(slug).slice(0, 200));
    return partner(
      data.partner,
      data.projects.map((p) => p.slug),
    );
  });

  const process = (p: ProcessView, lang: Locale) => ({
    slug: p.slug,
    url: `${base}/${lang}/beteiligung/${p.slug}`,
    title: pick(p.title, lang)?.text ?? '',
    description: pick(p.description, lang)?.text ?? null,
    results: pick(p.results, lang)?.text ?? null,
    project: p.projectSlug,
    phases: p.phases.map((ph) => ({ kind: ph.kind, starts_on: ph.startsOn, ends_on: ph.endsOn })),
    regional_texts: regionalTextsOf(p),
  });

  app.get('/api/v1/processes', async (request) => {
    const { lang } = parseQuery(apiLangSchema, request);
    return { items: (await processViews(app.db)).map((p) => process(p, lang)) };
  });

  app.get('/api/v1/processes/:slug', async (request) => {
    const { slug } = request.params as { slug: string };
    const { lang } = parseQuery(apiLangSchema, request);
    const p = await processView(app.db, String(slug).slice(0, 200));
    const ideas = await processIdeaViews(app.db, p.id);
    return {
      ...process(p, lang),
      ideas: ideas.map((i) => ({
        id: i.id,
        url: `${base}/${lang}/beteiligung/${p.slug}/ideen/${i.id}`,
        title: i.title,
        body: i.body,
        status: i.status,
        status_reason: i.statusReason,
        answer: i.answer,
        topic: i.topicSlug,
        location: i.location,
        supports: i.supportCount,
        linked_project: i.linkedSlug,
        created_at: new Date(i.createdAt).toISOString(),
      })),
    };
  });
}
