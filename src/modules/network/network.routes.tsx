// Public routes of the network: the partner directory, a partner's page with its contact form, entering
// and editing one's own partner profile, and advisory cases for project teams (request, case page,
// messages with files). Writing needs a signed-in resident; the contact form works as a guest.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { MAX_CASE_FILE, sendFile, uploaded } from './case-files.js';
import { z } from 'zod';
import { CSRF_FIELD, csrfToken, csrfValid } from '../../lib/csrf.js';
import { AppError } from '../../lib/errors.js';
import { type FormErrors, stringValues } from '../../lib/form-errors.js';
import { pageContext } from '../../plugins/context.js';
import { acceptUploads } from '../../plugins/uploads.js';
import { localePath } from '../../views/page-context.js';
import { currentResident, type Resident, residentSignInPath } from '../../platform/resident-session.js';
import { allTopics } from '../topics/index.js';
import { caseBody, messageBody } from './advisory.schemas.js';
import { caseFile, caseForTeam, requestCase, residentCases, teamMayWrite, teamMessage } from './advisory.service.js';
import { AdvisoryPage, CaseTeamPage } from './advisory.views.js';
import { suggestionsFor } from './matchmaking.service.js';
import {
  contactBody,
  contactPartner,
  directory,
  editablePartner,
  municipalityOptions,
  partnerBody,
  publicPartner,
  registerPartner,
  updateOwnPartner,
  withdrawOwnPartner,
} from './partners.service.js';
import { PartnerFormPage } from './partner-form.views.js';
import { DirectoryPage, type Options, PartnerPage } from './partners.views.js';
import { formErrors } from '../../platform/form-reader.js';

// Where "missing" is not the right word for a field of the network's forms.
const networkFieldKeys = {
  email: 'users.error.email',
  contact_email: 'users.error.email',
  consent: 'events.error.consent',
  website: 'network.error.website',
} as const;

const slugParam = z.object({ slug: z.string().max(200) });
const idParam = z.object({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1),
});

export async function options(app: FastifyInstance): Promise<Options> {
  const [municipalities, topics] = await Promise.all([municipalityOptions(app.db), allTopics(app.db)]);
  return { municipalities, topics };
}

export async function networkRoutes(app: FastifyInstance) {
  const secure = app.config.publicUrl.startsWith('https://');
  const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');

  app.get('/:lang/netzwerk', async (request, reply) => {
    const q = z
      .object({
        q: z.string().max(200).optional(),
        art: z.string().max(40).optional(),
        kommune: z.string().max(100).optional(),
        thema: z.string().max(200).optional(),
      })
      .catch({})
      .parse(request.query);
    const filters = {
      q: q.q?.trim() || undefined,
      kind: q.art || undefined,
      municipality: q.kommune || undefined,
      topic: q.thema || undefined,
    };
    return reply.html(
      <DirectoryPage
        ctx={pageContext(request, app.config.publicUrl)}
        partners={await directory(app.db, filters)}
        filters={filters}
        options={await options(app)}
      />,
    );
  });

  const partnerForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string | null,
    values: Record<string, string | string[]>,
    errors: FormErrors,
    status = 200,
  ) => {
    const ctx = pageContext(request, app.config.publicUrl);
    const action = localePath(ctx.locale, slug ? `/netzwerk/${slug}/bearbeiten` : '/netzwerk/neu');
    return noStore(reply).html(
      <PartnerFormPage
        ctx={ctx}
        csrf={csrfToken(request, reply, secure)}
        action={action}
        values={values}
        errors={errors}
        options={await options(app)}
        editing={slug !== null}
      />,
      status,
    );
  };
  const partnerValues = (raw: Record<string, unknown>) => ({
    ...stringValues(raw),
    topics: ([] as unknown[]).concat(raw.topics ?? []).filter((v): v is string => typeof v === 'string'),
  });

  app.get('/:lang/netzwerk/neu', async (request, reply) => {
    if (!(await currentResident(app, request))) return reply.redirect(residentSignInPath(request.locale, request.url), 303);
    return partnerForm(request, reply, null, {}, {});
  });

  app.post('/:lang/netzwerk/neu', async (request, reply) => {
    const raw = (request.body ?? {}) as Record<string, unknown>;
    const resident = await currentResident(app, request);
    if (!resident) return reply.redirect(residentSignInPath(request.locale, localePath(request.locale, '/netzwerk/neu')), 303);
    const values = partnerValues(raw);
    if (!csrfValid(request, raw[CSRF_FIELD])) return partnerForm(request, reply, null, values, { name: { key: 'signin.csrf' } }, 403);
    const parsed = partnerBody.safeParse(raw);
    if (!parsed.success)
      return partnerForm(
        request,
        reply,
        null,
        values,
        formErrors(parsed.error, { keys: networkFieldKeys, max: { description: 3000, offers: 1000, seeks: 1000, competencies: 500 } }),
        400,
      );
    try {
      await registerPartner(app.db, resident, parsed.data, request.locale, request.client, app.config.publicUrl);
    } catch (err) {
      if (err instanceof AppError && err.status === 400)
        return partnerForm(
          request,
          reply,
          null,
          values,
          { [err.code === 'unknown_topic' ? 'topics' : 'municipality']: { key: err.messageKey } },
          400,
        );
      throw err;
    }
    return reply.redirect(`${localePath(request.locale, '/buergerkonto')}?hinweis=partner`, 303);
  });

  app.get('/:lang/netzwerk/:slug/bearbeiten', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const resident = await currentResident(app, request);
    if (!resident) return reply.redirect(residentSignInPath(request.locale, request.url), 303);
    const p = await editablePartner(app.db, slug, { resident });
    const values = {
      name: p.name,
      kind: p.kind,
      description: p.description,
      offers: p.offers ?? '',
      seeks: p.seeks ?? '',
      competencies: p.competencies ?? '',
      municipality: p.municipalitySlug,
      topics: p.topicSlugs,
      website: p.website ?? '',
      contact_email: p.contact_email,
      consent: 'on',
    };
    return partnerForm(request, reply, slug, values, {});
  });

  app.post('/:lang/netzwerk/:slug/bearbeiten', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const raw = (request.body ?? {}) as Record<string, unknown>;
    const resident = await currentResident(app, request);
    if (!resident)
      return reply.redirect(residentSignInPath(request.locale, localePath(request.locale, `/netzwerk/${slug}/bearbeiten`)), 303);
    await editablePartner(app.db, slug, { resident });
    const values = partnerValues(raw);
    if (!csrfValid(request, raw[CSRF_FIELD])) return partnerForm(request, reply, slug, values, { name: { key: 'signin.csrf' } }, 403);
    const parsed = partnerBody.safeParse(raw);
    if (!parsed.success)
      return partnerForm(
        request,
        reply,
        slug,
        values,
        formErrors(parsed.error, { keys: networkFieldKeys, max: { description: 3000, offers: 1000, seeks: 1000, competencies: 500 } }),
        400,
      );
    try {
      await updateOwnPartner(app.db, resident, slug, parsed.data, request.locale, request.client, app.config.publicUrl);
    } catch (err) {
      if (err instanceof AppError && err.status === 400)
        return partnerForm(
          request,
          reply,
          slug,
          values,
          { [err.code === 'unknown_topic' ? 'topics' : 'municipality']: { key: err.messageKey } },
          400,
        );
      throw err;
    }
    return reply.redirect(`${localePath(request.locale, '/buergerkonto')}?hinweis=partner`, 303);
  });

  app.post('/:lang/netzwerk/:slug/zurueckziehen', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const raw = (request.body ?? {}) as Record<string, unknown>;
    const resident = await currentResident(app, request);
    if (!resident)
      return reply.redirect(residentSignInPath(request.locale, localePath(request.locale, `/netzwerk/${slug}/bearbeiten`)), 303);
    if (!csrfValid(request, raw[CSRF_FIELD])) throw new AppError(403, 'csrf', 'error.csrf');
    await withdrawOwnPartner(app.db, resident, slug);
    return reply.redirect(`${localePath(request.locale, '/buergerkonto')}?hinweis=zurueckgezogen`, 303);
  });

  const partnerPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string,
    form: { values: Record<string, string>; errors: FormErrors },
    status = 200,
    sent = false,
  ) => {
    const data = await publicPartner(app.db, slug);
    const suggestions = await suggestionsFor(app.db, { kind: 'partner', key: slug }, ['partner', 'idea', 'project'], 3);
    const ctx = pageContext(request, app.config.publicUrl);
    return noStore(reply).html(
      <PartnerPage ctx={ctx} csrf={csrfToken(request, reply, secure)} data={data} suggestions={suggestions} form={form} sent={sent} />,
      status,
    );
  };

  app.get('/:lang/netzwerk/:slug', async (request, reply) =>
    partnerPage(request, reply, slugParam.parse(request.params).slug, { values: {}, errors: {} }),
  );

  app.post('/:lang/netzwerk/:slug/kontakt', async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const raw = (request.body ?? {}) as Record<string, unknown>;
    const values = stringValues(raw);
    if (!csrfValid(request, raw[CSRF_FIELD]))
      return partnerPage(request, reply, slug, { values, errors: { name: { key: 'signin.csrf' } } }, 403);
    if (values.website) return partnerPage(request, reply, slug, { values: {}, errors: {} }, 200, true);
    const parsed = contactBody.safeParse(raw);
    if (!parsed.success)
      return partnerPage(
        request,
        reply,
        slug,
        { values, errors: formErrors(parsed.error, { keys: networkFieldKeys, max: { message: 3000 } }) },
        400,
      );
    const result = await contactPartner(app.db, slug, parsed.data, request.client);
    if (result === 'limited')
      return partnerPage(request, reply, slug, { values, errors: { email: { key: 'reset.request.limited' } } }, 429);
    return partnerPage(request, reply, slug, { values: {}, errors: {} }, 200, true);
  });

  // ---- Advisory cases of project teams ----

  const advisoryPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: Record<string, string>,
    errors: FormErrors,
    status = 200,
  ) => {
    const resident = await currentResident(app, request);
    const ctx = pageContext(request, app.config.publicUrl);
    const cases = resident ? await residentCases(app.db, resident.id) : [];
    return noStore(reply).html(
      <AdvisoryPage
        ctx={ctx}
        csrf={csrfToken(request, reply, secure)}
        resident={resident}
        cases={cases}
        options={await options(app)}
        form={{ values, errors }}
      />,
      status,
    );
  };

  app.get('/:lang/beratung', async (request, reply) => advisoryPage(request, reply, {}, {}));

  app.post('/:lang/beratung', async (request, reply) => {
    const raw = (request.body ?? {}) as Record<string, unknown>;
    const resident = await currentResident(app, request);
    if (!resident) return reply.redirect(residentSignInPath(request.locale, localePath(request.locale, '/beratung')), 303);
    const values = stringValues(raw);
    if (!csrfValid(request, raw[CSRF_FIELD])) return advisoryPage(request, reply, values, { title: { key: 'signin.csrf' } }, 403);
    if (values.website) return reply.redirect(localePath(request.locale, '/beratung'), 303);
    const parsed = caseBody.safeParse(raw);
    if (!parsed.success)
      return advisoryPage(
        request,
        reply,
        values,
        formErrors(parsed.error, { keys: networkFieldKeys, max: { question: 5000, team: 2000 } }),
        400,
      );
    try {
      const id = await requestCase(app.db, resident, parsed.data, request.client, app.config.publicUrl);
      return reply.redirect(`${localePath(request.locale, `/beratung/${id}`)}?hinweis=angefragt`, 303);
    } catch (err) {
      if (err instanceof AppError && err.status === 400)
        return advisoryPage(
          request,
          reply,
          values,
          { [err.code === 'unknown_topic' ? 'topic' : 'municipality']: { key: err.messageKey } },
          400,
        );
      throw err;
    }
  });

  app.get('/:lang/beratung/:id', async (request, reply) => {
    const { id } = idParam.parse(request.params);
    const resident = await currentResident(app, request);
    if (!resident) return reply.redirect(residentSignInPath(request.locale, request.url), 303);
    const ctx = pageContext(request, app.config.publicUrl);
    const hinweis = (request.query as { hinweis?: string }).hinweis;
    const notice =
      hinweis === 'angefragt' ? ctx.t('network.advisory.requested') : hinweis === 'gesendet' ? ctx.t('network.case.sent') : undefined;
    return casePage(request, reply, resident, id, notice);
  });

  const casePage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    resident: Resident,
    id: number,
    notice?: string,
    error?: string,
    status = 200,
  ) => {
    const ctx = pageContext(request, app.config.publicUrl);
    return noStore(reply).html(
      <CaseTeamPage
        ctx={ctx}
        csrf={csrfToken(request, reply, secure)}
        data={await caseForTeam(app.db, resident, id)}
        notice={notice}
        error={error}
      />,
      status,
    );
  };

  // Uploads only in a scope of their own whose requests are turned away without a resident session
  // before anything of the body is read.
  await app.register(async (scope) => {
    scope.addHook('onRequest', async (request, reply) => {
      const { id } = idParam.parse(request.params);
      const resident = await currentResident(app, request);
      if (!resident) return reply.redirect(residentSignInPath(request.locale, localePath(request.locale, `/beratung/${id}`)), 303);
      await teamMayWrite(app.db, resident, id, request.client);
    });
    await acceptUploads(scope, MAX_CASE_FILE);
    scope.post('/:lang/beratung/:id/nachricht', async (request, reply) => {
      const { id } = idParam.parse(request.params);
      const raw = (request.body ?? {}) as Record<string, unknown>;
      const resident = (await currentResident(app, request))!;
      if (!csrfValid(request, raw[CSRF_FIELD])) throw new AppError(403, 'csrf', 'error.csrf');
      const parsed = messageBody.safeParse(raw);
      if (!parsed.success)
        return casePage(
          request,
          reply,
          resident,
          id,
          undefined,
          pageContext(request, app.config.publicUrl).t('network.error.message'),
          400,
        );
      await teamMessage(app.db, resident, id, parsed.data.body, uploaded(raw.file));
      return reply.redirect(`${localePath(request.locale, `/beratung/${id}`)}?hinweis=gesendet`, 303);
    });
  });

  app.get('/:lang/beratung/:id/dateien/:message', async (request, reply) => {
    const { id } = idParam.parse(request.params);
    const message = z.coerce
      .number()
      .int()
      .min(1)
      .max(2 ** 31 - 1)
      .parse((request.params as { message: string }).message);
    const resident = await currentResident(app, request);
    const file = await caseFile(app.db, id, message, { resident });
    return sendFile(reply, file);
  });
}
