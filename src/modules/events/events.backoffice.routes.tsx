// Back-office routes of events under /{lang}/verwaltung/veranstaltungen: list, create, edit, publish,
// cancel, documentation (with a file), registrations with CSV export, the check-in list and attendance.
import { onFirstUse } from '../../lib/on-first-use.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, forbidden } from '../../lib/errors.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { locales, type LocalizedText, translationLocales } from '../../lib/localized.js';
import { pageContext } from '../../plugins/context.js';
import { acceptUploads } from '../../plugins/uploads.js';
import { localePath } from '../../views/page-context.js';
import { formToken } from '../../platform/staff-area.js';
import { localizedValues } from '../../views/localized-fields.js';
import { guardFormula } from '../../lib/formula-guard.js';
import { knownMunicipalities } from '../municipalities/index.js';
import { allTopics } from '../topics/index.js';
import { emptyEventValues, eventBodyToValues, eventToValues, type EventFormValues, valuesToEvent, viewToInput } from './event-form.js';
import { mayOnEvent } from './events.policy.js';
import * as events from './events.service.js';
import { EventListPage, EventOverviewPage, RegistrationsPage } from './events.backoffice.views.js';
import { EventFormPage } from './event-form.views.js';

// The CSV writer loads with the first export, not at start.
const csvStringify = onFirstUse<typeof import('csv-stringify/sync')>('csv-stringify/sync');

const slugParams = z.object({ slug: z.string().max(200) });
const MAX_FILE = 10 * 1024 * 1024;
const notices = ['angelegt', 'gespeichert', 'veroeffentlicht', 'abgesagt', 'dokumentiert'] as const;

/** An unknown Vorhaben or process named in the form, as a field error. */
function linkError(err: unknown): FormErrors | null {
  if (!(err instanceof AppError)) return null;
  if (err.code === 'unknown_project') return { project: { key: 'events.error.project' } };
  if (err.code === 'unknown_process') return { process: { key: 'events.error.process' } };
  if (err.code === 'unknown_partner') return { organiser: { key: 'events.error.partner' } };
  return null;
}

export async function eventBackOfficeRoutes(app: FastifyInstance) {
  await acceptUploads(app, MAX_FILE);
  const page = (request: FastifyRequest, reply: FastifyReply) => ({
    ctx: pageContext(request, app.config.publicUrl),
    nav: request.backOfficeNav,
    csrf: formToken(app, request, reply),
  });
  const base = (request: FastifyRequest, slug?: string) =>
    localePath(request.locale, `/verwaltung/veranstaltungen${slug ? `/${slug}` : ''}`);
  const known = async () => {
    const [municipalities, topics, partners] = await Promise.all([
      knownMunicipalities(app.db),
      allTopics(app.db),
      events.partnerOrganisations(app.db),
    ]);
    return { municipalities, topics, partners };
  };

  app.get('/', async (request, reply) => {
    const list = await events.staffEvents(app.db, request.actor!);
    const { municipalities } = await known();
    const mayCreate =
      mayOnEvent(request.actor!, 'manage', null) || municipalities.some((m) => mayOnEvent(request.actor!, 'manage', m.slug));
    return reply.html(<EventListPage {...page(request, reply)} events={list} mayCreate={mayCreate} />);
  });

  const renderForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    opts: { slug?: string; values: EventFormValues; errors: FormErrors; status?: number },
  ) => {
    const { municipalities, topics, partners } = await known();
    const ctx = pageContext(request, app.config.publicUrl);
    const actor = request.actor!;
    const organisers = [
      ...(mayOnEvent(actor, 'manage', null) ? [{ value: '', label: ctx.t('events.admin.agency') }] : []),
      ...(mayOnEvent(actor, 'manage', null) ? partners.map((p) => ({ value: `partner:${p.slug}`, label: p.name })) : []),
      ...municipalities.filter((m) => mayOnEvent(actor, 'manage', m.slug)).map((m) => ({ value: m.slug, label: m.name })),
    ];
    return reply.html(
      <EventFormPage
        {...page(request, reply)}
        title={opts.slug ? ctx.t('events.admin.edit') : ctx.t('events.admin.new')}
        action={opts.slug ? `${base(request, opts.slug)}/bearbeiten` : `${base(request)}/neu`}
        cancel={opts.slug ? base(request, opts.slug) : base(request)}
        values={opts.values}
        errors={opts.errors}
        organisers={organisers}
        topics={topics}
      />,
      opts.status ?? 200,
    );
  };

  const readForm = async (request: FastifyRequest) => {
    const values = eventBodyToValues(request.body);
    const { municipalities, topics, partners } = await known();
    return {
      values,
      result: valuesToEvent(values, {
        municipalities: municipalities.map((m) => m.slug),
        topics: topics.map((t) => t.slug),
        partners: partners.map((p) => p.slug),
      }),
    };
  };

  app.get('/neu', async (request, reply) => {
    const { municipalities } = await known();
    const mine = municipalities.filter((m) => mayOnEvent(request.actor!, 'manage', m.slug));
    if (!mayOnEvent(request.actor!, 'manage', null) && mine.length === 0) throw forbidden();
    return renderForm(request, reply, {
      values: emptyEventValues(mayOnEvent(request.actor!, 'manage', null) ? '' : mine[0]!.slug),
      errors: {},
    });
  });

  app.post('/neu', async (request, reply) => {
    const { values, result } = await readForm(request);
    if ('errors' in result) return renderForm(request, reply, { values, errors: result.errors, status: 400 });
    try {
      const slug = await events.createEvent(app.db, request.actor!, result.input);
      return reply.redirect(`${base(request, slug)}?hinweis=angelegt`, 303);
    } catch (err) {
      const field = linkError(err);
      if (field) return renderForm(request, reply, { values, errors: field, status: 400 });
      throw err;
    }
  });

  const renderOverview = async (
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string,
    extra: { notice?: string; failed?: Parameters<typeof EventOverviewPage>[0]['failed']; status?: number } = {},
  ) => {
    const event = await events.staffEvent(app.db, request.actor!, slug, 'view');
    const mayManage = mayOnEvent(request.actor!, 'manage', event.organiser.kind === 'municipality' ? event.organiser.slug : null);
    return reply.html(
      <EventOverviewPage {...page(request, reply)} event={event} mayManage={mayManage} notice={extra.notice} failed={extra.failed} />,
      extra.status ?? 200,
    );
  };

  app.get('/:slug', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    const hinweis = z
      .enum(notices)
      .optional()
      .catch(undefined)
      .parse((request.query as { hinweis?: string }).hinweis);
    const ctx = pageContext(request, app.config.publicUrl);
    return renderOverview(request, reply, slug, { notice: hinweis ? ctx.t(`events.admin.notice.${hinweis}`) : undefined });
  });

  app.get('/:slug/bearbeiten', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    const event = await events.staffEvent(app.db, request.actor!, slug, 'manage');
    return renderForm(request, reply, { slug, values: eventToValues(viewToInput(event)), errors: {} });
  });

  app.post('/:slug/bearbeiten', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    await events.staffEvent(app.db, request.actor!, slug, 'manage');
    const { values, result } = await readForm(request);
    if ('errors' in result) return renderForm(request, reply, { slug, values, errors: result.errors, status: 400 });
    try {
      await events.updateEvent(app.db, request.actor!, slug, result.input, app.config.publicUrl);
    } catch (err) {
      const field = linkError(err);
      if (field) return renderForm(request, reply, { slug, values, errors: field, status: 400 });
      throw err;
    }
    return reply.redirect(`${base(request, slug)}?hinweis=gespeichert`, 303);
  });

  app.post('/:slug/veroeffentlichen', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    await events.publishEvent(app.db, request.actor!, slug);
    return reply.redirect(`${base(request, slug)}?hinweis=veroeffentlicht`, 303);
  });

  app.post('/:slug/absagen', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const values = localizedValues('reason', body);
    if (!values.reason_de!.trim())
      return renderOverview(request, reply, slug, {
        failed: { form: 'cancel', values, errors: { reason_de: { key: 'form.error.required' } } },
        status: 400,
      });
    const reason: LocalizedText = { de: values.reason_de!.trim().slice(0, 2000) };
    for (const l of translationLocales) if (values[`reason_${l}`]!.trim()) reason[l] = values[`reason_${l}`]!.trim().slice(0, 2000);
    await events.cancelEvent(app.db, request.actor!, slug, reason, app.config.publicUrl);
    return reply.redirect(`${base(request, slug)}?hinweis=abgesagt`, 303);
  });

  app.post('/:slug/dokumentation', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const values = localizedValues('documentation', body);
    const errors: FormErrors = {};
    for (const l of locales)
      if (values[`documentation_${l}`]!.length > 20000)
        errors[`documentation_${l}`] = { key: 'form.error.tooLong', params: { max: 20000 } };
    if (!values.documentation_de!.trim() && (values.documentation_da!.trim() || values.documentation_en!.trim()))
      errors.documentation_de = { key: 'form.error.germanRequired' };
    const file = z
      .object({ name: z.string().max(200), type: z.string().max(200), content: z.instanceof(Buffer) })
      .optional()
      .safeParse(body.file);
    if (!file.success) errors.file = { key: 'events.admin.fileInvalid' };
    if (Object.keys(errors).length)
      return renderOverview(request, reply, slug, { failed: { form: 'documentation', values, errors }, status: 400 });
    const text: LocalizedText | null = values.documentation_de!.trim() ? { de: values.documentation_de!.trim() } : null;
    if (text) for (const l of translationLocales) if (values[`documentation_${l}`]!.trim()) text[l] = values[`documentation_${l}`]!.trim();
    const upload = file.success && file.data && file.data.content.length > 0 ? file.data : null;
    await events.saveDocumentation(app.db, request.actor!, slug, text, upload);
    return reply.redirect(`${base(request, slug)}?hinweis=dokumentiert`, 303);
  });

  app.get('/:slug/anmeldungen', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    const { event, registrations } = await events.eventRegistrations(app.db, request.actor!, slug);
    const checkIn = (request.query as { teilnahmeliste?: string }).teilnahmeliste === '1';
    return reply.html(<RegistrationsPage {...page(request, reply)} event={event} registrations={registrations} checkIn={checkIn} />);
  });

  app.get('/:slug/anmeldungen.csv', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    const { registrations } = await events.eventRegistrations(app.db, request.actor!, slug);
    const ctx = pageContext(request, app.config.publicUrl);
    const header = [
      ctx.t('events.registration.name'),
      ctx.t('signin.email'),
      ctx.t('events.registration.organisation'),
      ctx.t('events.registration.mode'),
      ctx.t('editorial.state'),
      ctx.t('events.registration.accessibilityNeeds'),
      ctx.t('events.admin.answer'),
      ctx.t('events.admin.attended'),
    ];
    const rows = registrations.map((r) =>
      [
        r.name,
        r.email,
        r.organisation ?? '',
        ctx.t(`events.mode.${r.mode}`),
        ctx.t(`events.admin.status.${r.status}`),
        r.accessibilityNeeds ?? '',
        r.answer ?? '',
        r.attendedAt ? 'x' : '',
      ].map((c) => guardFormula(c)),
    );
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="anmeldungen-${slug}.csv"`)
      .send('\uFEFF' + csvStringify().stringify([header, ...rows], { delimiter: ';', quoted: true, record_delimiter: '\r\n' }));
  });

  app.post('/:slug/anmeldungen/:id/anwesenheit', async (request, reply) => {
    const { slug, id } = slugParams
      .extend({
        id: z.coerce
          .number()
          .int()
          .min(1)
          .max(2 ** 31 - 1),
      })
      .parse(request.params);
    const attended = (request.body as { attended?: string } | undefined)?.attended === '1';
    await events.setAttendance(app.db, request.actor!, slug, id, attended);
    const checkIn = (request.query as { teilnahmeliste?: string }).teilnahmeliste === '1';
    return reply.redirect(`${base(request, slug)}/anmeldungen${checkIn ? '?teilnahmeliste=1' : ''}#r${id}`, 303);
  });
}
