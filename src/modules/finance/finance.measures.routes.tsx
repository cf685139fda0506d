// Back-office routes of the programme's measures under /{lang}/verwaltung/finanzen/massnahmen: creating
// and editing a measure, its budget lines, expenditures (with Storno), milestones, indicators with their
// values, and outputs (with removals giving a reason). Posts need the finance policy's 'manage'.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { FormErrors } from '../../lib/form-errors.js';
import { locales } from '../../lib/localized.js';
import { pageContext } from '../../plugins/context.js';
import { knownMunicipalities } from '../municipalities/index.js';
import { berlinToday } from './dates.js';
import type { FinanceForm, FormValues } from './finance.form-fields.js';
import {
  cancellationForm,
  expenditureForm,
  indicatorForm,
  indicatorValueForm,
  milestoneForm,
  outputForm,
  reasonForm,
} from './finance.ledger.schemas.js';
import { budgetLineForm, measureForm } from './finance.measure.schemas.js';
import { findMeasure, leadOrganisations, measurePosition, subtreeIds } from './finance.read.js';
import { internalFinance, type InternalFinance, measureExpenditures } from './finance.internal.read.js';
import { mayOnFinance } from './finance.policy.js';
import * as corrections from './finance.corrections.service.js';
import { assertMay } from './finance.service.js';
import * as measures from './measures.service.js';
import type { Failed } from './finance.admin.components.js';
import { MeasureAdminPage } from './finance.measure-admin.views.js';
import { MeasureFormPage } from './finance.forms.views.js';
import { financePage, idParams, slugParams, submitForm } from './finance.backoffice.page.js';

export async function financeMeasureRoutes(app: FastifyInstance) {
  const { page, base, readable, noticeOf } = financePage(app);

  // ---- measures ----

  const measureChoices = async (request: FastifyRequest, f: InternalFinance, self?: string) => {
    const ctx = pageContext(request, app.config.publicUrl);
    const excluded = self ? subtreeIds(f, findMeasure(f, self).id) : new Set<number>();
    const organisations = await leadOrganisations(app.db);
    const municipalities = await knownMunicipalities(app.db);
    return {
      parents: f.measures
        .filter((m) => !excluded.has(m.id))
        .map((m) => ({ value: m.slug, label: `${'– '.repeat(m.depth)}${m.code} ${m.title.de} (${ctx.t(`finance.kind.${m.kind}`)})` })),
      leads: [
        ...municipalities.map((m) => ({ value: `m:${m.slug}`, label: m.name })),
        ...organisations.map((o) => ({ value: `o:${o.slug}`, label: o.name })),
      ],
    };
  };

  const renderMeasureForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    opts: { slug?: string | undefined; values: FormValues; errors: FormErrors; status?: number },
  ) => {
    const f = await internalFinance(app.db);
    const ctx = pageContext(request, app.config.publicUrl);
    const choices = await measureChoices(request, f, opts.slug);
    return reply.html(
      <MeasureFormPage
        {...page(request, reply)}
        title={ctx.t(opts.slug ? 'finance.measureForm.edit' : 'finance.measureForm.new')}
        action={opts.slug ? base(request, `/massnahmen/${opts.slug}/bearbeiten`) : base(request, '/massnahmen/neu')}
        cancel={opts.slug ? base(request, `/massnahmen/${opts.slug}`) : base(request)}
        values={opts.values}
        errors={opts.errors}
        {...choices}
      />,
      opts.status ?? 200,
    );
  };

  /** Saves the measure form (a new measure, or the one at `slug`) and goes to the measure's page; on errors shows the form again. */
  const saveMeasure = async (request: FastifyRequest, reply: FastifyReply, slug: string | undefined) => {
    const choices = await measureChoices(request, await internalFinance(app.db), slug);
    const form = measureForm({ parents: choices.parents.map((p) => p.value), leads: choices.leads.map((l) => l.value) });
    return submitForm(
      request.body,
      form,
      (input) =>
        slug ? measures.updateMeasure(app.db, request.actor!, slug, input) : measures.createMeasure(app.db, request.actor!, input),
      (failed) => renderMeasureForm(request, reply, { slug, ...failed, status: 400 }),
      (saved) => reply.redirect(`${base(request, `/massnahmen/${saved}`)}?hinweis=${slug ? 'gespeichert' : 'angelegt'}`, 303),
    );
  };

  app.get('/massnahmen/neu', async (request, reply) => {
    assertMay(request.actor!, 'manage');
    const parent =
      z
        .string()
        .max(200)
        .optional()
        .catch(undefined)
        .parse((request.query as { unter?: string }).unter) ?? '';
    return renderMeasureForm(request, reply, {
      values: { kind: 'measure', parent, status: 'planned', progressMode: 'own', position: '0' },
      errors: {},
    });
  });

  app.post('/massnahmen/neu', async (request, reply) => {
    assertMay(request.actor!, 'manage');
    return saveMeasure(request, reply, undefined);
  });

  app.get('/massnahmen/:slug/bearbeiten', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    assertMay(request.actor!, 'manage');
    const f = await internalFinance(app.db);
    const m = findMeasure(f, slug);
    const parent = f.measures.find((x) => x.id === m.parentId);
    const values: FormValues = {
      kind: m.kind,
      parent: parent?.slug ?? '',
      code: m.code,
      slug: m.slug,
      position: String(await measurePosition(app.db, m.id)),
      status: m.status,
      progressMode: m.progressMode,
      progressPercent: m.ownProgress === null ? '' : String(m.ownProgress),
      lead: m.lead ? `${m.lead.kind === 'municipality' ? 'm' : 'o'}:${m.lead.slug}` : '',
      projects: m.projects.map((p) => p.slug).join(' '),
      internalNote: m.internalNote ?? '',
    };
    for (const l of locales) {
      values[`title_${l}`] = m.title[l] ?? '';
      values[`description_${l}`] = m.description?.[l] ?? '';
    }
    return renderMeasureForm(request, reply, { slug, values, errors: {} });
  });

  app.post('/massnahmen/:slug/bearbeiten', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    assertMay(request.actor!, 'manage');
    findMeasure(await internalFinance(app.db), slug);
    return saveMeasure(request, reply, slug);
  });

  // ---- a measure's page and its forms ----

  const measurePage = async (request: FastifyRequest, reply: FastifyReply, slug: string, failed?: Failed) => {
    const f = await readable(request);
    const measure = findMeasure(f, slug);
    const expenditures = await measureExpenditures(app.db, measure.id);
    return reply.html(
      <MeasureAdminPage
        {...page(request, reply)}
        f={f}
        measure={measure}
        ids={subtreeIds(f, measure.id)}
        expenditures={expenditures}
        may={mayOnFinance(request.actor!, 'manage')}
        notice={failed ? undefined : noticeOf(request)}
        failed={failed}
      />,
      failed ? 400 : 200,
    );
  };

  app.get('/massnahmen/:slug', async (request, reply) => measurePage(request, reply, slugParams.parse(request.params).slug));

  /** Saves a form of a measure's page (`name` tells which); on errors shows the page again with them. */
  const measurePageForm = async <T,>(
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string,
    name: string,
    form: (f: InternalFinance) => FinanceForm<T>,
    save: (input: T) => Promise<void>,
    anchor: string,
  ) => {
    assertMay(request.actor!, 'manage');
    const f = await internalFinance(app.db);
    findMeasure(f, slug);
    return submitForm(
      request.body,
      form(f),
      save,
      (failed) => measurePage(request, reply, slug, { form: name, ...failed }),
      () => reply.redirect(`${base(request, `/massnahmen/${slug}`)}?hinweis=gespeichert#${anchor}`, 303),
    );
  };

  app.post('/massnahmen/:slug/haushalt', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    return measurePageForm(
      request,
      reply,
      slug,
      'budget',
      (f) => budgetLineForm({ phases: f.phases.map((p) => p.code), partners: f.partners.map((p) => p.slug) }),
      (input) => measures.setBudgetLine(app.db, request.actor!, slug, input),
      'budget-heading',
    );
  });

  app.post('/massnahmen/:slug/ausgaben', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    return measurePageForm(
      request,
      reply,
      slug,
      'expenditure',
      () => expenditureForm,
      (input) => measures.addExpenditure(app.db, request.actor!, slug, input),
      'expenditures-heading',
    );
  });

  app.post('/massnahmen/:slug/ausgaben/:id/storno', async (request, reply) => {
    const { slug, id } = slugParams.merge(idParams).parse(request.params);
    return measurePageForm(
      request,
      reply,
      slug,
      `cancel${id}`,
      () => cancellationForm,
      (input) => corrections.cancelExpenditure(app.db, request.actor!, slug, id, input.reason),
      'expenditures-heading',
    );
  });

  app.post('/massnahmen/:slug/meilensteine', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    return measurePageForm(
      request,
      reply,
      slug,
      'milestone',
      () => milestoneForm,
      (input) => measures.addMilestone(app.db, request.actor!, slug, input),
      'milestones-heading',
    );
  });

  app.post('/massnahmen/:slug/meilensteine/:id', async (request, reply) => {
    const { slug, id } = slugParams.merge(idParams).parse(request.params);
    const done = (request.body as { done?: string } | undefined)?.done === '1';
    await measures.setMilestoneDone(app.db, request.actor!, slug, id, done ? berlinToday() : null);
    return reply.redirect(`${base(request, `/massnahmen/${slug}`)}?hinweis=gespeichert#milestones-heading`, 303);
  });

  app.post('/massnahmen/:slug/meilensteine/:id/loeschen', async (request, reply) => {
    const { slug, id } = slugParams.merge(idParams).parse(request.params);
    return measurePageForm(
      request,
      reply,
      slug,
      `milestoneDelete${id}`,
      () => reasonForm,
      (input) => corrections.deleteMilestone(app.db, request.actor!, slug, id, input.reason),
      'milestones-heading',
    );
  });

  app.post('/massnahmen/:slug/indikatoren', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    return measurePageForm(
      request,
      reply,
      slug,
      'indicator',
      () => indicatorForm(request.locale),
      (input) => measures.addIndicator(app.db, request.actor!, slug, input),
      'indicators-heading',
    );
  });

  app.post('/massnahmen/:slug/indikatoren/:id/werte', async (request, reply) => {
    const { slug, id } = slugParams.merge(idParams).parse(request.params);
    return measurePageForm(
      request,
      reply,
      slug,
      `value${id}`,
      () => indicatorValueForm(request.locale),
      (input) => measures.addIndicatorValue(app.db, request.actor!, slug, id, input),
      'indicators-heading',
    );
  });

  app.post('/massnahmen/:slug/indikatoren/:id/werte/:valueId/loeschen', async (request, reply) => {
    const { slug, id, valueId } = slugParams.merge(idParams).extend({ valueId: idParams.shape.id }).parse(request.params);
    return measurePageForm(
      request,
      reply,
      slug,
      `valueDelete${valueId}`,
      () => reasonForm,
      (input) => corrections.deleteIndicatorValue(app.db, request.actor!, slug, id, valueId, input.reason),
      'indicators-heading',
    );
  });

  app.post('/massnahmen/:slug/ergebnisse', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    return measurePageForm(
      request,
      reply,
      slug,
      'output',
      () => outputForm,
      (input) => measures.addOutput(app.db, request.actor!, slug, input),
      'outputs-heading',
    );
  });

  app.post('/massnahmen/:slug/ergebnisse/:id/loeschen', async (request, reply) => {
    const { slug, id } = slugParams.merge(idParams).parse(request.params);
    return measurePageForm(
      request,
      reply,
      slug,
      `outputDelete${id}`,
      () => reasonForm,
      (input) => corrections.deleteOutput(app.db, request.actor!, slug, id, input.reason),
      'outputs-heading',
    );
  });
}
