// Routes of participation processes: the public list and pages, and the back-office form under
// /{lang}/verwaltung/beteiligung/prozesse (registered with the other back-office routes of participation).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { FormErrors } from '../../lib/form-errors.js';
import { localizedField } from '../../lib/localized-form.js';
import { contentLanguages } from '../../lib/localized.js';
import { regionalTextOf } from '../../views/regional-text.js';
import { pageContext } from '../../plugins/context.js';
import { localePath } from '../../views/page-context.js';
import { formToken } from '../../platform/staff-area.js';
import { editableProcess, processEvents, processView, processViews, saveProcess } from './processes.service.js';
import { type Phase, phaseKinds } from './processes.view-model.js';
import { type ProcessFormValues, ProcessFormPage, ProcessListPage, ProcessPage } from './processes.views.js';
import { AppError, forbidden } from '../../lib/errors.js';
import { mayUseParticipation } from '../../platform/contribution-roles.js';
import { hasIdeasPhase, ideaWindows, processIdeaViews } from './ideas.service.js';
import { IdeasSection } from './ideas.views.js';
import { berlinParts } from '../../lib/berlin-time.js';
import { processReport } from './report.service.js';
import { ReportPage } from './report.views.js';
import { formErrors } from '../../platform/form-reader.js';
import { offlineFormSchema } from './offline.schemas.js';
import { enterOffline, offlineFormData } from './offline.service.js';
import { OfflinePage, type OfflineFormValues } from './offline.views.js';
import { reportPdf } from './report-pdf.js';

export async function processPageRoutes(app: FastifyInstance) {
  // Not cached: which processes run depends on the day.
  app.get('/:lang/beteiligung', async (request, reply) => {
    return reply.html(<ProcessListPage ctx={pageContext(request, app.config.publicUrl)} processes={await processViews(app.db)} />);
  });
  app.get('/:lang/beteiligung/:slug', async (request, reply) => {
    const { slug } = z.object({ slug: z.string().max(200) }).parse(request.params);
    const p = await processView(app.db, slug);
    const ctx = pageContext(request, app.config.publicUrl);
    const ideas = hasIdeasPhase(p) ? (
      <IdeasSection ctx={ctx} p={p} ideas={await processIdeaViews(app.db, p.id)} windows={ideaWindows(p)} />
    ) : null;
    return reply.html(
      <ProcessPage
        ctx={ctx}
        p={p}
        events={await processEvents(app.db, p.id)}
        ideas={ideas}
        regionalShown={regionalTextOf(request.query)}
      />,
    );
  });
  // The participation report: public aggregates of every module's part; not cached, as survey answers
  // change it without a change notice.
  app.get('/:lang/beteiligung/:slug/bericht', async (request, reply) => {
    const { slug } = z.object({ slug: z.string().max(200) }).parse(request.params);
    const { process, report } = await processReport(app.db, app.processReportParts, slug);
    return reply.html(<ReportPage ctx={pageContext(request, app.config.publicUrl)} p={process} report={report} />);
  });
  app.get('/:lang/beteiligung/:slug/bericht.pdf', async (request, reply) => {
    const { slug } = z.object({ slug: z.string().max(200) }).parse(request.params);
    const { process, report } = await processReport(app.db, app.processReportParts, slug);
    const pdf = await reportPdf(process, report, request.locale, berlinParts(new Date()).date);
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="beteiligungsbericht-${process.slug}-${request.locale}.pdf"`)
      .send(pdf);
  });
}

function bodyToValues(raw: unknown): ProcessFormValues {
  const b = (raw ?? {}) as Record<string, unknown>;
  const s = (k: string) => (typeof b[k] === 'string' ? b[k].slice(0, 20000) : '');
  const text: Record<string, string> = {};
  for (const f of ['title', 'description', 'results']) for (const l of contentLanguages) text[`${f}_${l}`] = s(`${f}_${l}`);
  const phases: ProcessFormValues['phases'] = {};
  for (const k of phaseKinds) phases[k] = { startsOn: s(`phase_${k}_start`), endsOn: s(`phase_${k}_end`) };
  return { text, projectSlug: s('projectSlug').trim().toLowerCase(), phases, published: !!b.published };
}

function valuesToInput(v: ProcessFormValues): { input: Parameters<typeof saveProcess>[3] } | { errors: FormErrors } {
  const errors: FormErrors = {};
  const localized = (f: string, max: number) => localizedField(v.text, f, max, errors);
  const title = localized('title', 300);
  if (!title) errors.title_de = { key: 'form.error.required' };
  if (!v.projectSlug) errors.projectSlug = { key: 'form.error.required' };
  const day = z.iso.date();
  const phases: Phase[] = [];
  for (const k of phaseKinds) {
    const { startsOn, endsOn } = v.phases[k]!;
    if (!startsOn && !endsOn) continue;
    if (!day.safeParse(startsOn).success) errors[`phase_${k}_start`] = { key: 'form.error.date' };
    else if (!day.safeParse(endsOn).success) errors[`phase_${k}_end`] = { key: 'form.error.date' };
    else if (endsOn < startsOn) errors[`phase_${k}_end`] = { key: 'form.error.endBeforeStart' };
    else phases.push({ kind: k, startsOn, endsOn });
  }
  // Read before the check: a translation without its German text is an error too.
  const description = localized('description', 20000);
  const results = localized('results', 20000);
  if (Object.keys(errors).length) return { errors };
  return {
    input: {
      projectSlug: v.projectSlug,
      title: title!,
      description,
      results,
      phases: phases.sort((a, b) => a.startsOn.localeCompare(b.startsOn)),
      published: v.published,
    },
  };
}

/** Back-office routes; registered inside the participation back office (session and CSRF checked there). */
export async function processBackOfficeRoutes(app: FastifyInstance) {
  const page = (request: FastifyRequest, reply: FastifyReply) => ({
    ctx: pageContext(request, app.config.publicUrl),
    nav: request.backOfficeNav,
    csrf: formToken(app, request, reply),
  });
  const empty = (): ProcessFormValues => bodyToValues({});

  app.get('/prozesse/neu', async (request, reply) => {
    if (!mayUseParticipation(request.actor!)) throw forbidden();
    return reply.html(
      <ProcessFormPage
        {...page(request, reply)}
        slug={null}
        values={{ ...empty(), projectSlug: String((request.query as { vorhaben?: string }).vorhaben ?? '').slice(0, 200) }}
        errors={{}}
      />,
    );
  });

  app.get('/prozesse/:slug', async (request, reply) => {
    const { slug } = z.object({ slug: z.string().max(200) }).parse(request.params);
    const p = await editableProcess(app.db, request.actor!, slug);
    const values = empty();
    values.projectSlug = p.projectSlug;
    values.published = p.state === 'published';
    for (const f of ['title', 'description', 'results'] as const)
      for (const l of contentLanguages) values.text[`${f}_${l}`] = p[f]?.[l] ?? '';
    for (const ph of p.phases) values.phases[ph.kind] = { startsOn: ph.startsOn, endsOn: ph.endsOn };
    return reply.html(<ProcessFormPage {...page(request, reply)} slug={slug} values={values} errors={{}} />);
  });

  const offlinePage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string,
    opts: { values?: OfflineFormValues; errors?: FormErrors; notice?: string; status?: number } = {},
  ) => {
    const data = await offlineFormData(app.db, request.actor!, slug);
    const values = opts.values ?? {
      kind: data.process.hasIdeasPhase ? 'idea' : 'comment',
      channel: 'event',
      event: '',
      day: berlinParts(new Date()).date,
      municipality: '',
      title: '',
      body: '',
      target: 'project',
    };
    return reply.html(
      <OfflinePage {...page(request, reply)} data={data} values={values} errors={opts.errors ?? {}} notice={opts.notice} />,
      opts.status ?? 200,
    );
  };

  app.get('/prozesse/:slug/beitraege', async (request, reply) => {
    const { slug } = z.object({ slug: z.string().max(200) }).parse(request.params);
    const saved = (request.query as { hinweis?: string }).hinweis === 'gespeichert';
    return offlinePage(request, reply, slug, saved ? { notice: pageContext(request, app.config.publicUrl).t('offline.saved') } : {});
  });

  app.post('/prozesse/:slug/beitraege', async (request, reply) => {
    const { slug } = z.object({ slug: z.string().max(200) }).parse(request.params);
    const raw = (request.body ?? {}) as Record<string, unknown>;
    const str = (k: string) => (typeof raw[k] === 'string' ? raw[k].slice(0, 5000) : '');
    const values: OfflineFormValues = {
      kind: str('kind'),
      channel: str('channel'),
      event: str('event'),
      day: str('day'),
      municipality: str('municipality'),
      title: str('title'),
      body: str('body'),
      target: str('target') || 'project',
    };
    const parsed = offlineFormSchema.safeParse(values);
    if (!parsed.success)
      return offlinePage(request, reply, slug, {
        values,
        errors: formErrors(parsed.error, { keys: { day: 'form.error.date' }, max: { title: 200, body: 3000 } }),
        status: 400,
      });
    const refused = await enterOffline(app.db, request.actor!, slug, parsed.data);
    if (refused) return offlinePage(request, reply, slug, { values, errors: { [refused.field]: { key: refused.key } }, status: 400 });
    return reply.redirect(`${localePath(request.locale, `/verwaltung/beteiligung/prozesse/${slug}/beitraege`)}?hinweis=gespeichert`, 303);
  });

  app.post('/prozesse/:slug', async (request, reply) => {
    const { slug } = z.object({ slug: z.string().max(200) }).parse(request.params);
    const values = bodyToValues(request.body);
    const checked = valuesToInput(values);
    const existing = slug === 'neu' ? null : slug;
    if ('errors' in checked)
      return reply.html(<ProcessFormPage {...page(request, reply)} slug={existing} values={values} errors={checked.errors} />, 400);
    try {
      const saved = await saveProcess(app.db, request.actor!, existing, checked.input);
      return reply.redirect(localePath(request.locale, `/verwaltung/beteiligung/prozesse/${saved}`), 303);
    } catch (err) {
      if (err instanceof AppError && err.code === 'unknown_project')
        return reply.html(
          <ProcessFormPage
            {...page(request, reply)}
            slug={existing}
            values={values}
            errors={{ projectSlug: { key: 'events.error.project' } }}
          />,
          400,
        );
      throw err;
    }
  });
}
