// Back-office routes of the programme's finances under /{lang}/verwaltung/finanzen: the overview, the
// programme record, measures with budget lines, expenditures, milestones, indicators and outputs,
// draw-downs, deadlines, their corrections (Storno, receipt corrected or taken back, removals with a
// reason), exports (CSV, XLSX, PDF) and the budget import (upload → report → confirm).
// Reading needs the finance policy's 'read', every post its 'manage' (checked in the services).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, notFound } from '../../lib/errors.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { locales } from '../../lib/localized.js';
import { pageContext } from '../../plugins/context.js';
import { acceptUploads } from '../../plugins/uploads.js';
import { localePath } from '../../views/page-context.js';
import { formToken } from '../../platform/staff-area.js';
import { knownMunicipalities } from '../municipalities/index.js';
import { budgetCsv, importBudget, keepPendingImport, takePendingImport } from './budget-import.js';
import { berlinToday } from './dates.js';
import * as forms from './finance-forms.js';
import {
  findMeasure,
  internalFinance,
  type InternalFinance,
  leadOrganisations,
  measureExpenditures,
  measurePosition,
  subtreeIds,
} from './finance.read.js';
import { mayOnFinance } from './finance.policy.js';
import * as corrections from './finance.corrections.service.js';
import * as finance from './finance.service.js';
import { type Failed, FinanceOverviewPage, MeasureAdminPage } from './finance.backoffice.views.js';
import { BudgetImportPage, BudgetReportPage } from './budget-import.views.js';
import { MeasureFormPage, ProgrammeFormPage } from './finance.forms.views.js';
import { expendituresCsv, financeWorkbook, funderPdf } from './reports.js';

const slugParams = z.object({ slug: z.string().max(200) });
const idParams = z.object({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1),
});
const MAX_UPLOAD = 5 * 1024 * 1024;
const notices = ['gespeichert', 'angelegt'] as const;

/** A problem the service found with one field, as that field's error. */
function fieldErrors(err: unknown): FormErrors | null {
  return err instanceof finance.FieldProblem ? { [err.field]: { key: err.messageKey, params: err.params } } : null;
}

export async function financeBackOfficeRoutes(app: FastifyInstance) {
  await acceptUploads(app, MAX_UPLOAD, 5, 'text');
  const page = (request: FastifyRequest, reply: FastifyReply) => ({
    ctx: pageContext(request, app.config.publicUrl),
    nav: request.backOfficeNav,
    csrf: formToken(app, request, reply),
  });
  const base = (request: FastifyRequest, path = '') => localePath(request.locale, `/verwaltung/finanzen${path}`);
  const readable = async (request: FastifyRequest): Promise<InternalFinance> => {
    finance.assertMay(request.actor!, 'read');
    return internalFinance(app.db);
  };
  const noticeOf = (request: FastifyRequest) => {
    const hinweis = z
      .enum(notices)
      .optional()
      .catch(undefined)
      .parse((request.query as { hinweis?: string }).hinweis);
    const ctx = pageContext(request, app.config.publicUrl);
    return hinweis === 'angelegt' ? ctx.t('finance.admin.notice.created') : hinweis ? ctx.t('finance.admin.notice.saved') : undefined;
  };

  // ---- overview, draw-downs, deadlines ----

  const overview = async (request: FastifyRequest, reply: FastifyReply, failed?: Failed) => {
    const f = await readable(request);
    return reply.html(
      <FinanceOverviewPage
        {...page(request, reply)}
        f={f}
        may={mayOnFinance(request.actor!, 'manage')}
        notice={failed ? undefined : noticeOf(request)}
        failed={failed}
      />,
      failed ? 400 : 200,
    );
  };
  app.get('/', (request, reply) => overview(request, reply));

  /** Parses a form of the overview; on errors (own or from the service) shows the overview again. */
  const overviewForm = async <T,>(
    request: FastifyRequest,
    reply: FastifyReply,
    form: string,
    names: readonly string[],
    parse: (v: forms.Values) => forms.Parsed<T>,
    save: (input: T) => Promise<void>,
    anchor: string,
  ) => {
    finance.assertMay(request.actor!, 'manage');
    const values = forms.formValues(request.body, names);
    const result = parse(values);
    if ('errors' in result) return overview(request, reply, { form, values, errors: result.errors });
    try {
      await save(result.input);
    } catch (err) {
      const errors = fieldErrors(err);
      if (errors) return overview(request, reply, { form, values, errors });
      throw err;
    }
    return reply.redirect(`${base(request)}?hinweis=gespeichert#${anchor}`, 303);
  };

  app.post('/abrufe', async (request, reply) => {
    const f = await readable(request);
    return overviewForm(
      request,
      reply,
      'drawdown',
      forms.drawdownFieldNames,
      (v) =>
        forms.parseDrawdown(
          v,
          f.phases.map((p) => p.code),
        ),
      (input) => finance.requestDrawdown(app.db, request.actor!, input),
      'drawdowns-heading',
    );
  });

  app.post('/abrufe/:id/eingang', async (request, reply) => {
    const { id } = idParams.parse(request.params);
    return overviewForm(
      request,
      reply,
      `receipt${id}`,
      forms.receiptFieldNames,
      forms.parseReceipt,
      (input) => finance.recordReceipt(app.db, request.actor!, id, input),
      'drawdowns-heading',
    );
  });

  app.post('/abrufe/:id/eingang/zuruecknehmen', async (request, reply) => {
    const { id } = idParams.parse(request.params);
    return overviewForm(
      request,
      reply,
      `receiptUndo${id}`,
      forms.reasonFieldNames,
      forms.parseReason,
      (input) => corrections.withdrawReceipt(app.db, request.actor!, id, input.reason),
      'drawdowns-heading',
    );
  });

  app.post('/abrufe/:id/storno', async (request, reply) => {
    const { id } = idParams.parse(request.params);
    return overviewForm(
      request,
      reply,
      `drawdownCancel${id}`,
      forms.reasonFieldNames,
      forms.parseReason,
      (input) => corrections.cancelDrawdown(app.db, request.actor!, id, input.reason),
      'drawdowns-heading',
    );
  });

  app.post('/fristen', async (request, reply) =>
    overviewForm(
      request,
      reply,
      'deadline',
      forms.deadlineFieldNames,
      forms.parseDeadline,
      (input) => finance.addDeadline(app.db, request.actor!, input),
      'deadlines-heading',
    ),
  );

  app.post('/fristen/erledigt', async (request, reply) => {
    const body = z.object({ key: z.string().max(50), done: z.enum(['0', '1']) }).safeParse(request.body);
    if (!body.success) throw new AppError(400, 'invalid_form', 'error.badRequest.title');
    await finance.setDeadlineDone(app.db, request.actor!, body.data.key, body.data.done === '1' ? berlinToday() : null);
    return reply.redirect(`${base(request)}?hinweis=gespeichert#deadlines-heading`, 303);
  });

  app.post('/fristen/:id/loeschen', async (request, reply) => {
    // Only custom deadlines (by number); the proof-of-spending ones are computed from the phases.
    const params = idParams.safeParse(request.params);
    if (!params.success) throw notFound('deadline');
    const { id } = params.data;
    return overviewForm(
      request,
      reply,
      `deadlineDelete${id}`,
      forms.reasonFieldNames,
      forms.parseReason,
      (input) => corrections.deleteDeadline(app.db, request.actor!, id, input.reason),
      'deadlines-heading',
    );
  });

  // ---- programme record ----

  const partners = async () => (await knownMunicipalities(app.db)).map((m) => ({ slug: m.slug, name: m.name }));

  app.get('/programm', async (request, reply) => {
    finance.assertMay(request.actor!, 'manage');
    const f = await internalFinance(app.db);
    const values: forms.Values = {
      fundingProgramme: f.grant.fundingProgramme ?? '',
      grantReference: f.grant.grantReference ?? '',
      grantDate: f.grant.grantDate ?? '',
      fundingRate: String(f.grant.fundingRateBp / 100).replace('.', ','),
    };
    f.phases.forEach((p, i) => {
      Object.assign(values, {
        [`phase_${i}_code`]: p.code,
        [`phase_${i}_start`]: p.startsOn,
        [`phase_${i}_end`]: p.endsOn,
        [`phase_${i}_months`]: String(p.proofMonths),
      });
      for (const l of locales) values[`phase_${i}_name_${l}`] = p.name[l] ?? '';
    });
    f.figures.forEach((x, i) =>
      Object.assign(values, {
        [`figure_${i}_amount`]: (x.amount / 100).toFixed(2).replace('.', ','),
        [`figure_${i}_source`]: x.source,
        [`figure_${i}_asOf`]: x.asOf,
      }),
    );
    for (const p of f.partners) values[`share_${p.slug}`] = p.shareBp ? String(p.shareBp / 100).replace('.', ',') : '';
    return reply.html(<ProgrammeFormPage {...page(request, reply)} values={values} errors={{}} partners={await partners()} />);
  });

  app.post('/programm', async (request, reply) => {
    finance.assertMay(request.actor!, 'manage');
    const list = await partners();
    const values = forms.formValues(request.body, forms.programmeFieldNames(list.map((p) => p.slug)));
    const result = forms.parseProgramme(
      values,
      list.map((p) => p.slug),
    );
    const again = (errors: FormErrors) =>
      reply.html(<ProgrammeFormPage {...page(request, reply)} values={values} errors={errors} partners={list} />, 400);
    if ('errors' in result) return again(result.errors);
    try {
      await finance.saveProgramme(app.db, request.actor!, result.input);
    } catch (err) {
      const errors = fieldErrors(err);
      if (errors) return again(errors);
      throw err;
    }
    return reply.redirect(`${base(request)}?hinweis=gespeichert`, 303);
  });

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
    opts: { slug?: string; values: forms.Values; errors: FormErrors; status?: number },
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

  const readMeasure = async (request: FastifyRequest, self?: string) => {
    const f = await internalFinance(app.db);
    const values = forms.formValues(request.body, forms.measureFieldNames);
    const choices = await measureChoices(request, f, self);
    return {
      values,
      result: forms.parseMeasure(values, { parents: choices.parents.map((p) => p.value), leads: choices.leads.map((l) => l.value) }),
    };
  };

  app.get('/massnahmen/neu', async (request, reply) => {
    finance.assertMay(request.actor!, 'manage');
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
    finance.assertMay(request.actor!, 'manage');
    const { values, result } = await readMeasure(request);
    if ('errors' in result) return renderMeasureForm(request, reply, { values, errors: result.errors, status: 400 });
    try {
      const slug = await finance.createMeasure(app.db, request.actor!, result.input);
      return reply.redirect(`${base(request, `/massnahmen/${slug}`)}?hinweis=angelegt`, 303);
    } catch (err) {
      const errors = fieldErrors(err);
      if (errors) return renderMeasureForm(request, reply, { values, errors, status: 400 });
      throw err;
    }
  });

  app.get('/massnahmen/:slug/bearbeiten', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    finance.assertMay(request.actor!, 'manage');
    const f = await internalFinance(app.db);
    const m = findMeasure(f, slug);
    const parent = f.measures.find((x) => x.id === m.parentId);
    const values: forms.Values = {
      kind: m.kind,
      parent: parent?.slug ?? '',
      code: m.code,
      slug: m.slug,
      position: '0',
      status: m.status,
      progressMode: m.progressMode,
      progressPercent: m.ownProgress === null ? '' : String(m.ownProgress),
      lead: m.lead ? `${m.lead.kind === 'municipality' ? 'm' : 'o'}:${m.lead.slug}` : '',
      projects: m.projects.map((p) => p.slug).join(' '),
      internalNote: m.internalNote ?? '',
    };
    values.position = String(await measurePosition(app.db, m.id));
    for (const l of locales) {
      values[`title_${l}`] = m.title[l] ?? '';
      values[`description_${l}`] = m.description?.[l] ?? '';
    }
    return renderMeasureForm(request, reply, { slug, values, errors: {} });
  });

  app.post('/massnahmen/:slug/bearbeiten', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    finance.assertMay(request.actor!, 'manage');
    findMeasure(await internalFinance(app.db), slug);
    const { values, result } = await readMeasure(request, slug);
    if ('errors' in result) return renderMeasureForm(request, reply, { slug, values, errors: result.errors, status: 400 });
    try {
      const newSlug = await finance.updateMeasure(app.db, request.actor!, slug, result.input);
      return reply.redirect(`${base(request, `/massnahmen/${newSlug}`)}?hinweis=gespeichert`, 303);
    } catch (err) {
      const errors = fieldErrors(err);
      if (errors) return renderMeasureForm(request, reply, { slug, values, errors, status: 400 });
      throw err;
    }
  });

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

  /** Parses a form of a measure's page; on errors shows the page again with them. */
  const measureForm = async <T,>(
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string,
    form: string,
    names: readonly string[],
    parse: (v: forms.Values, f: InternalFinance) => forms.Parsed<T>,
    save: (input: T) => Promise<void>,
    anchor: string,
  ) => {
    finance.assertMay(request.actor!, 'manage');
    const f = await internalFinance(app.db);
    findMeasure(f, slug);
    const values = forms.formValues(request.body, names);
    const result = parse(values, f);
    if ('errors' in result) return measurePage(request, reply, slug, { form, values, errors: result.errors });
    try {
      await save(result.input);
    } catch (err) {
      const errors = fieldErrors(err);
      if (errors) return measurePage(request, reply, slug, { form, values, errors });
      throw err;
    }
    return reply.redirect(`${base(request, `/massnahmen/${slug}`)}?hinweis=gespeichert#${anchor}`, 303);
  };

  app.post('/massnahmen/:slug/haushalt', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    return measureForm(
      request,
      reply,
      slug,
      'budget',
      forms.budgetFieldNames,
      (v, f) => forms.parseBudgetLine(v, { phases: f.phases.map((p) => p.code), partners: f.partners.map((p) => p.slug) }),
      (input) => finance.setBudgetLine(app.db, request.actor!, slug, input),
      'budget-heading',
    );
  });

  app.post('/massnahmen/:slug/ausgaben', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    return measureForm(
      request,
      reply,
      slug,
      'expenditure',
      forms.expenditureFieldNames,
      forms.parseExpenditure,
      (input) => finance.addExpenditure(app.db, request.actor!, slug, input),
      'expenditures-heading',
    );
  });

  app.post('/massnahmen/:slug/ausgaben/:id/storno', async (request, reply) => {
    const { slug, id } = slugParams.merge(idParams).parse(request.params);
    return measureForm(
      request,
      reply,
      slug,
      `cancel${id}`,
      forms.cancelFieldNames,
      forms.parseCancellation,
      (input) => corrections.cancelExpenditure(app.db, request.actor!, slug, id, input.reason),
      'expenditures-heading',
    );
  });

  app.post('/massnahmen/:slug/meilensteine', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    return measureForm(
      request,
      reply,
      slug,
      'milestone',
      forms.milestoneFieldNames,
      forms.parseMilestone,
      (input) => finance.addMilestone(app.db, request.actor!, slug, input),
      'milestones-heading',
    );
  });

  app.post('/massnahmen/:slug/meilensteine/:id', async (request, reply) => {
    const { slug, id } = slugParams.merge(idParams).parse(request.params);
    const done = (request.body as { done?: string } | undefined)?.done === '1';
    await finance.setMilestoneDone(app.db, request.actor!, slug, id, done ? berlinToday() : null);
    return reply.redirect(`${base(request, `/massnahmen/${slug}`)}?hinweis=gespeichert#milestones-heading`, 303);
  });

  app.post('/massnahmen/:slug/meilensteine/:id/loeschen', async (request, reply) => {
    const { slug, id } = slugParams.merge(idParams).parse(request.params);
    return measureForm(
      request,
      reply,
      slug,
      `milestoneDelete${id}`,
      forms.reasonFieldNames,
      forms.parseReason,
      (input) => corrections.deleteMilestone(app.db, request.actor!, slug, id, input.reason),
      'milestones-heading',
    );
  });

  app.post('/massnahmen/:slug/indikatoren', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    return measureForm(
      request,
      reply,
      slug,
      'indicator',
      forms.indicatorFieldNames,
      (v) => forms.parseIndicator(v, request.locale),
      (input) => finance.addIndicator(app.db, request.actor!, slug, input),
      'indicators-heading',
    );
  });

  app.post('/massnahmen/:slug/indikatoren/:id/werte', async (request, reply) => {
    const { slug, id } = slugParams.merge(idParams).parse(request.params);
    return measureForm(
      request,
      reply,
      slug,
      `value${id}`,
      forms.indicatorValueFieldNames,
      (v) => forms.parseIndicatorValue(v, request.locale),
      (input) => finance.addIndicatorValue(app.db, request.actor!, slug, id, input),
      'indicators-heading',
    );
  });

  app.post('/massnahmen/:slug/indikatoren/:id/werte/:valueId/loeschen', async (request, reply) => {
    const { slug, id, valueId } = slugParams.merge(idParams).extend({ valueId: idParams.shape.id }).parse(request.params);
    return measureForm(
      request,
      reply,
      slug,
      `valueDelete${valueId}`,
      forms.reasonFieldNames,
      forms.parseReason,
      (input) => corrections.deleteIndicatorValue(app.db, request.actor!, slug, id, valueId, input.reason),
      'indicators-heading',
    );
  });

  app.post('/massnahmen/:slug/ergebnisse', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    return measureForm(
      request,
      reply,
      slug,
      'output',
      forms.outputFieldNames,
      forms.parseOutput,
      (input) => finance.addOutput(app.db, request.actor!, slug, input),
      'outputs-heading',
    );
  });

  app.post('/massnahmen/:slug/ergebnisse/:id/loeschen', async (request, reply) => {
    const { slug, id } = slugParams.merge(idParams).parse(request.params);
    return measureForm(
      request,
      reply,
      slug,
      `outputDelete${id}`,
      forms.reasonFieldNames,
      forms.parseReason,
      (input) => corrections.deleteOutput(app.db, request.actor!, slug, id, input.reason),
      'outputs-heading',
    );
  });

  // ---- exports ----

  const download = (reply: FastifyReply, type: string, name: string, body: string | Buffer) =>
    reply.type(type).header('content-disposition', `attachment; filename="${name}"`).send(body);

  app.get('/haushalt.csv', async (request, reply) =>
    download(reply, 'text/csv; charset=utf-8', 'haushalt.csv', budgetCsv(await readable(request))),
  );
  app.get('/ausgaben.csv', async (request, reply) => {
    finance.assertMay(request.actor!, 'read');
    return download(reply, 'text/csv; charset=utf-8', 'ausgaben.csv', await expendituresCsv(app.db));
  });
  app.get('/finanzen.xlsx', async (request, reply) =>
    download(
      reply,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'finanzen.xlsx',
      await financeWorkbook(app.db, await readable(request), request.locale),
    ),
  );
  app.get('/bericht.pdf', async (request, reply) =>
    download(reply, 'application/pdf', 'bericht.pdf', await funderPdf(await readable(request), request.locale)),
  );

  // ---- import ----

  app.get('/import', async (request, reply) => {
    finance.assertMay(request.actor!, 'manage');
    return reply.html(<BudgetImportPage {...page(request, reply)} />);
  });

  app.post('/import', async (request, reply) => {
    finance.assertMay(request.actor!, 'manage');
    const ctx = pageContext(request, app.config.publicUrl);
    const file = z.object({ file: z.object({ name: z.string().max(300), content: z.instanceof(Buffer) }) }).safeParse(request.body);
    if (!file.success || file.data.file.content.length === 0)
      return reply.html(<BudgetImportPage {...page(request, reply)} error={ctx.t('finance.import.noFile')} />, 400);
    const { name, content } = file.data.file;
    const text = new TextDecoder('utf-8', { fatal: false }).decode(content);
    const report = await importBudget(app.db, request.actor!, text, { dryRun: true });
    const pendingId = report.problems.length ? null : await keepPendingImport(app.db, request.actor!, name, text);
    return reply.html(
      <BudgetReportPage {...page(request, reply)} fileName={name} report={report} pendingId={pendingId} />,
      report.problems.length ? 422 : 200,
    );
  });

  app.post('/import/:id/bestaetigen', async (request, reply) => {
    finance.assertMay(request.actor!, 'manage');
    const { id } = z.object({ id: z.string().max(100) }).parse(request.params);
    const pending = await takePendingImport(app.db, request.actor!, id);
    if (!pending) throw new AppError(410, 'import_expired', 'finance.import.expired');
    const report = await importBudget(app.db, request.actor!, pending.content, { dryRun: false });
    return reply.html(
      <BudgetReportPage {...page(request, reply)} fileName={pending.file_name} report={report} pendingId={null} />,
      report.problems.length ? 422 : 200,
    );
  });
}
