// Back-office routes of the programme's finances under /{lang}/verwaltung/finanzen: the overview, the
// programme record, draw-downs, deadlines, their corrections (Storno, receipt corrected or taken back, removals with a
// reason), exports (CSV, XLSX, PDF) and the budget import (upload → report → confirm). The measures
// have their own file (finance.measures.routes.tsx).
// Reading needs the finance policy's 'read', every post its 'manage' (checked in the services).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, notFound } from '../../lib/errors.js';
import { locales } from '../../lib/localized.js';
import { pageContext } from '../../plugins/context.js';
import { acceptUploads } from '../../plugins/uploads.js';
import { knownMunicipalities } from '../municipalities/index.js';
import { budgetCsv, importBudget, keepPendingImport, takePendingImport } from './budget-import.js';
import { berlinToday } from './dates.js';
import type { FinanceForm, FormValues } from './finance.form-fields.js';
import { deadlineForm, drawdownForm, reasonForm, receiptForm } from './finance.ledger.schemas.js';
import { programmeForm } from './finance.programme.schemas.js';
import { internalFinance } from './finance.internal.read.js';
import { mayOnFinance } from './finance.policy.js';
import * as corrections from './finance.corrections.service.js';
import { assertMay } from './finance.service.js';
import * as funding from './funding.service.js';
import type { Failed } from './finance.admin.components.js';
import { FinanceOverviewPage } from './finance.backoffice.views.js';
import { BudgetImportPage, BudgetReportPage } from './budget-import.views.js';
import { ProgrammeFormPage } from './finance.forms.views.js';
import { expendituresCsv, financeWorkbook, funderPdf } from './reports.js';
import { financePage, idParams, submitForm } from './finance.backoffice.page.js';

const MAX_UPLOAD = 5 * 1024 * 1024;

export async function financeBackOfficeRoutes(app: FastifyInstance) {
  await acceptUploads(app, MAX_UPLOAD, 5, 'text');
  const { page, base, readable, noticeOf } = financePage(app);

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

  /** Saves a form of the overview; on errors (own or from the service) shows the overview again with them. */
  const overviewForm = async <T,>(
    request: FastifyRequest,
    reply: FastifyReply,
    name: string,
    form: FinanceForm<T>,
    save: (input: T) => Promise<void>,
    anchor: string,
  ) => {
    assertMay(request.actor!, 'manage');
    return submitForm(
      request.body,
      form,
      save,
      (failed) => overview(request, reply, { form: name, ...failed }),
      () => reply.redirect(`${base(request)}?hinweis=gespeichert#${anchor}`, 303),
    );
  };

  app.post('/abrufe', async (request, reply) => {
    const f = await readable(request);
    return overviewForm(
      request,
      reply,
      'drawdown',
      drawdownForm(f.phases.map((p) => p.code)),
      (input) => funding.requestDrawdown(app.db, request.actor!, input),
      'drawdowns-heading',
    );
  });

  app.post('/abrufe/:id/eingang', async (request, reply) => {
    const { id } = idParams.parse(request.params);
    return overviewForm(
      request,
      reply,
      `receipt${id}`,
      receiptForm,
      (input) => funding.recordReceipt(app.db, request.actor!, id, input),
      'drawdowns-heading',
    );
  });

  app.post('/abrufe/:id/eingang/zuruecknehmen', async (request, reply) => {
    const { id } = idParams.parse(request.params);
    return overviewForm(
      request,
      reply,
      `receiptUndo${id}`,
      reasonForm,
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
      reasonForm,
      (input) => corrections.cancelDrawdown(app.db, request.actor!, id, input.reason),
      'drawdowns-heading',
    );
  });

  app.post('/fristen', async (request, reply) =>
    overviewForm(
      request,
      reply,
      'deadline',
      deadlineForm,
      (input) => funding.addDeadline(app.db, request.actor!, input),
      'deadlines-heading',
    ),
  );

  app.post('/fristen/erledigt', async (request, reply) => {
    const body = z.object({ key: z.string().max(50), done: z.enum(['0', '1']) }).safeParse(request.body);
    if (!body.success) throw new AppError(400, 'invalid_form', 'error.badRequest.title');
    await funding.setDeadlineDone(app.db, request.actor!, body.data.key, body.data.done === '1' ? berlinToday() : null);
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
      reasonForm,
      (input) => corrections.deleteDeadline(app.db, request.actor!, id, input.reason),
      'deadlines-heading',
    );
  });

  // ---- programme record ----

  const partners = async () => (await knownMunicipalities(app.db)).map((m) => ({ slug: m.slug, name: m.name }));

  app.get('/programm', async (request, reply) => {
    assertMay(request.actor!, 'manage');
    const f = await internalFinance(app.db);
    const values: FormValues = {
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
    assertMay(request.actor!, 'manage');
    const list = await partners();
    return submitForm(
      request.body,
      programmeForm(list.map((p) => p.slug)),
      (input) => funding.saveProgramme(app.db, request.actor!, input),
      ({ values, errors }) =>
        reply.html(<ProgrammeFormPage {...page(request, reply)} values={values} errors={errors} partners={list} />, 400),
      () => reply.redirect(`${base(request)}?hinweis=gespeichert`, 303),
    );
  });

  // ---- exports ----

  const download = (reply: FastifyReply, type: string, name: string, body: string | Buffer) =>
    reply.type(type).header('content-disposition', `attachment; filename="${name}"`).send(body);

  app.get('/haushalt.csv', async (request, reply) =>
    download(reply, 'text/csv; charset=utf-8', 'haushalt.csv', budgetCsv(await readable(request))),
  );
  app.get('/ausgaben.csv', async (request, reply) => {
    assertMay(request.actor!, 'read');
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
    assertMay(request.actor!, 'manage');
    return reply.html(<BudgetImportPage {...page(request, reply)} />);
  });

  app.post('/import', async (request, reply) => {
    assertMay(request.actor!, 'manage');
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
    assertMay(request.actor!, 'manage');
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
