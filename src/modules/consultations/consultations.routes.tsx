// Public routes of consultations: the list, the newest version and every earlier one, a section with its
// agreement and comment threads, the agreement itself (signed-in residents), the comparison of two
// versions, and the table of comments with their weighing as a page, CSV and PDF. Only the list and the
// comparison are cached: the other pages count comments and votes, which change without a change notice.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CSRF_FIELD, csrfToken, csrfValid } from '../../lib/csrf.js';
import { AppError, notFound } from '../../lib/errors.js';
import { pageContext } from '../../plugins/context.js';
import { currentResident, residentSignInPath } from '../../platform/resident-session.js';
import { CommentThread, commentNotice, placeOf, threadOf } from '../comments/index.js';
import { sectionPath } from './consultation-paths.js';
import { latestPublished, phaseOf, publishedVersions } from './consultation.types.js';
import { compareQuerySchema, voteFormSchema } from './consultations.schemas.js';
import { commentsOf, countsOf, publicConsultation, publicConsultations, weighingSummary } from './consultations.read.js';
import { vote, voteOf } from './consultations.service.js';
import { ComparePage, WeighingTablePage } from './consultation-review.views.js';
import { SectionPage } from './consultation-section.views.js';
import { ConsultationListPage, VersionPage, WeighingNote } from './consultations.views.js';
import { diffVersions } from './version-diff.js';
import { citationsOf, weighingCsv, weighingPdf, weighingRows } from './weighing-table.js';

const slugParam = z.object({ slug: z.string().max(200) });
const versionParam = slugParam.extend({ number: z.coerce.number().int().min(1).max(10000) });
const sectionParam = slugParam.extend({ anchor: z.string().max(100) });

export async function consultationPageRoutes(app: FastifyInstance) {
  const secure = app.config.publicUrl.startsWith('https://');
  const cache = { config: { cache: true } };

  app.get('/:lang/konsultationen', cache, async (request, reply) =>
    reply.html(<ConsultationListPage ctx={pageContext(request, app.config.publicUrl)} consultations={await publicConsultations(app.db)} />),
  );

  const versionPage = async (slug: string, number: number | null) => {
    const c = await publicConsultation(app.db, slug);
    const version = number === null ? latestPublished(c) : publishedVersions(c).find((v) => v.number === number);
    if (!version) throw notFound('version');
    return { c, version, counts: await countsOf(app.db, c) };
  };

  app.get('/:lang/konsultationen/:slug', async (request, reply) => {
    const { c, version, counts } = await versionPage(slugParam.parse(request.params).slug, null);
    return reply.html(<VersionPage ctx={pageContext(request, app.config.publicUrl)} consultation={c} version={version} counts={counts} />);
  });

  app.get('/:lang/konsultationen/:slug/fassungen/:number', async (request, reply) => {
    const { slug, number } = versionParam.parse(request.params);
    const { c, version, counts } = await versionPage(slug, number);
    return reply.html(<VersionPage ctx={pageContext(request, app.config.publicUrl)} consultation={c} version={version} counts={counts} />);
  });

  app.get('/:lang/konsultationen/:slug/vergleich', cache, async (request, reply) => {
    const c = await publicConsultation(app.db, slugParam.parse(request.params).slug);
    const versions = publishedVersions(c);
    const query = compareQuerySchema.safeParse(request.query);
    if (!query.success) throw new AppError(400, 'invalid_query', 'consultations.error.version');
    const from = versions.find((v) => v.number === (query.data.von ?? versions.at(-2)?.number ?? 1));
    const to = versions.find((v) => v.number === (query.data.bis ?? versions.at(-1)?.number ?? 1));
    if (!from || !to) throw notFound('version');
    return reply.html(
      <ComparePage
        ctx={pageContext(request, app.config.publicUrl)}
        consultation={c}
        from={from.number}
        to={to.number}
        rows={diffVersions(from.sections, to.sections)}
      />,
    );
  });

  app.get('/:lang/konsultationen/:slug/abwaegung', async (request, reply) => {
    const c = await publicConsultation(app.db, slugParam.parse(request.params).slug);
    const comments = await commentsOf(app.db, c, true);
    return reply.html(
      <WeighingTablePage
        ctx={pageContext(request, app.config.publicUrl)}
        consultation={c}
        rows={weighingRows(c, comments, request.locale)}
        summary={weighingSummary(comments)}
      />,
    );
  });

  app.get('/:lang/konsultationen/:slug/abwaegung.csv', async (request, reply) => {
    const c = await publicConsultation(app.db, slugParam.parse(request.params).slug);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="abwaegung-${c.slug}.csv"`)
      .send(weighingCsv(c, await commentsOf(app.db, c, true), request.locale));
  });

  app.get('/:lang/konsultationen/:slug/abwaegung.pdf', async (request, reply) => {
    const c = await publicConsultation(app.db, slugParam.parse(request.params).slug);
    const pdf = await weighingPdf(c, await commentsOf(app.db, c, true), request.locale);
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="abwaegung-${c.slug}-${request.locale}.pdf"`)
      .send(pdf);
  });

  /** A section with its vote form and threads; a vote without a choice comes back here with its error. */
  const sectionPage = async (request: FastifyRequest, reply: FastifyReply, voteError?: string) => {
    const { slug, anchor } = sectionParam.parse(request.params);
    const c = await publicConsultation(app.db, slug);
    // Newest first: the section as it reads now, then its threads in every version that had it.
    const versions = publishedVersions(c)
      .filter((v) => v.sections.some((s) => s.anchor === anchor))
      .reverse();
    if (versions.length === 0) throw notFound('section');
    const section = versions[0]!.sections.find((s) => s.anchor === anchor)!;
    const resident = await currentResident(app, request);
    const ctx = pageContext(request, app.config.publicUrl);
    const csrf = csrfToken(request, reply, secure);
    const [counts, comments] = await Promise.all([countsOf(app.db, c), commentsOf(app.db, c, true)]);
    const byId = new Map(comments.map((x) => [x.id, x]));
    const cited = citationsOf(c);
    const threads = [];
    for (const v of versions) {
      const s = v.sections.find((x) => x.anchor === anchor)!;
      const place = await placeOf(app.db, { kind: 'section', sectionId: s.id });
      const nodes = await threadOf(app.db, place, resident);
      if (v !== versions[0] && nodes.length === 0) continue;
      threads.push(
        <CommentThread
          ctx={ctx}
          csrf={csrf}
          nodes={nodes}
          target={`section:${s.id}`}
          resident={resident}
          open={place.open}
          path={place.path}
          heading={ctx.t('consultations.section.comments', { number: v.number, count: (counts.get(s.id) ?? { comments: 0 }).comments })}
          headingId={`kommentare-fassung-${v.number}`}
          annotate={(id) => <WeighingNote ctx={ctx} comment={byId.get(id)} citedIn={cited.get(id) ?? []} />}
        />,
      );
    }
    const latest = latestPublished(c)!;
    const open = phaseOf(c) === 'open' && c.project.published && versions[0]!.number === latest.number;
    const hinweis = (request.query as { hinweis?: string }).hinweis;
    reply.header('cache-control', 'no-store');
    return reply.html(
      <SectionPage
        ctx={ctx}
        csrf={csrf}
        consultation={c}
        section={section}
        version={versions[0]!.number}
        counts={counts.get(section.id) ?? { comments: 0, agree: 0, disagree: 0 }}
        open={open}
        resident={resident}
        vote={resident ? await voteOf(app.db, section.id, resident.id) : null}
        voteError={voteError}
        notice={hinweis === 'stimme' ? ctx.t('consultations.vote.saved') : commentNotice(ctx, request.query)}
        threads={threads}
      />,
      voteError ? 400 : 200,
    );
  };

  app.get('/:lang/konsultationen/:slug/abschnitte/:anchor', (request, reply) => sectionPage(request, reply));

  app.post('/:lang/konsultationen/:slug/abschnitte/:anchor/stimme', async (request, reply) => {
    const { slug, anchor } = sectionParam.parse(request.params);
    const raw = (request.body ?? {}) as Record<string, unknown>;
    if (!csrfValid(request, raw[CSRF_FIELD])) throw new AppError(403, 'csrf', 'error.csrf');
    const back = sectionPath({ locale: request.locale }, slug, anchor);
    const resident = await currentResident(app, request);
    if (!resident) return reply.redirect(residentSignInPath(request.locale, back), 303);
    const parsed = voteFormSchema.safeParse(raw);
    if (!parsed.success) return sectionPage(request, reply, pageContext(request, app.config.publicUrl).t('consultations.error.stance'));
    await vote(app.db, resident, slug, anchor, parsed.data.stance === 'none' ? null : parsed.data.stance, request.client);
    return reply.redirect(`${back}?hinweis=stimme#bewertung`, 303);
  });
}
