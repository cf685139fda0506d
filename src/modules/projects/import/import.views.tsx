// The browser import: the upload form, the dry-run report (new, changed, unchanged, rejected rows with
// reasons) with the confirmation, and the result.
import { ConfirmStep } from '../../../views/confirm-step.js';
import { Alert } from '../../../views/components.js';
import { BackOfficeLayout } from '../../../platform/back-office/frame.js';
import { CsrfField, FileField, SubmitButton } from '../../../views/form-fields.js';
import { localePath, type PageContext } from '../../../views/page-context.js';
import type { BackOfficePage } from '../../../platform/back-office/frame.js';
import { fieldLabel } from '../field-labels.js';
import type { ImportReport } from './import.service.js';

export function ImportUploadPage({ ctx, nav, csrf, error }: BackOfficePage & { error?: string | undefined }) {
  const { t, locale } = ctx;
  return (
    <BackOfficeLayout ctx={ctx} title={t('importPage.title')} nav={nav} current="import">
      <h1 class="kern-heading-large">{t('importPage.title')}</h1>
      <p class="kern-body">{t('importPage.intro')}</p>
      {error && <Alert kind="danger" title={error} />}
      <form method="post" action={localePath(locale, '/verwaltung/import')} enctype="multipart/form-data" class="lotse-form-section">
        <CsrfField token={csrf} />
        <FileField
          id="file"
          label={t('importPage.file')}
          hint={t('importPage.fileHint')}
          accept=".csv,.json,text/csv,application/json"
          required
          invalid={!!error}
        />
        <div>
          <SubmitButton label={t('importPage.check')} />
        </div>
      </form>
      <p class="kern-body">
        <a class="kern-link" href="/api/v1/projects.csv">
          {t('importPage.template')}
        </a>
      </p>
    </BackOfficeLayout>
  );
}

function Report({ ctx, report }: { ctx: PageContext; report: ImportReport }) {
  const { t } = ctx;
  const counts = { created: report.created.length, updated: report.updated.length, unchanged: report.unchanged };
  if (report.problems.length) {
    return (
      <>
        <Alert kind="danger" title={t('import.rejected', { count: new Set(report.problems.map((p) => p.line)).size })} />
        <div class="kern-table-responsive">
          <table class="kern-table">
            <caption class="kern-title">{t('importPage.rejectedRows')}</caption>
            <thead class="kern-table__header">
              <tr class="kern-table__row">
                <th class="kern-table__cell kern-table__cell--numeric" scope="col">
                  {t('importPage.line')}
                </th>
                <th class="kern-table__cell" scope="col">
                  {t('importPage.column')}
                </th>
                <th class="kern-table__cell" scope="col">
                  {t('importPage.reason')}
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {report.problems.map((p) => (
                <tr class="kern-table__row">
                  <td class="kern-table__cell kern-table__cell--numeric">{p.line}</td>
                  <td class="kern-table__cell">{p.column}</td>
                  <td class="kern-table__cell">{t(p.reason, p.params)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </>
    );
  }
  return (
    <>
      <p class="kern-body kern-body--large" role="status">
        {report.dryRun ? t('import.summaryDryRun', counts) : t('import.summary', counts)}
      </p>
      {report.ignoredColumns.length > 0 && (
        <Alert kind="warning" title={t('import.ignoredColumns', { columns: report.ignoredColumns.join(', ') })} />
      )}
      {report.newTopics.length > 0 && <p class="kern-body">{t('import.newTopics', { topics: report.newTopics.join(', ') })}</p>}
      {report.created.length > 0 && (
        <section class="lotse-section" aria-labelledby="created-heading">
          <h2 class="kern-heading-small" id="created-heading">
            {t('importPage.created', { count: report.created.length })}
          </h2>
          <ul class="kern-list">
            {report.created.map((c) => (
              <li lang="de">{t('importPage.rowItem', { line: c.line, title: c.title })}</li>
            ))}
          </ul>
        </section>
      )}
      {report.updated.length > 0 && (
        <section class="lotse-section" aria-labelledby="updated-heading">
          <h2 class="kern-heading-small" id="updated-heading">
            {t('importPage.updated', { count: report.updated.length })}
          </h2>
          <ul class="kern-list">
            {report.updated.map((u) => (
              <li>
                <span lang="de">{t('importPage.rowItem', { line: u.line, title: u.title })}</span>
                {': '}
                {[...new Set(u.fields.map((f) => t(fieldLabel[f])))].join(', ')}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

export function ImportReportPage({
  ctx,
  nav,
  csrf,
  fileName,
  report,
  pendingId,
}: BackOfficePage & { fileName: string; report: ImportReport; pendingId: string | null }) {
  const { t, locale } = ctx;
  const nothingToDo = report.created.length === 0 && report.updated.length === 0;
  return (
    <BackOfficeLayout ctx={ctx} title={report.applied ? t('importPage.doneTitle') : t('importPage.reportTitle')} nav={nav} current="import">
      <h1 class="kern-heading-large">{report.applied ? t('importPage.doneTitle') : t('importPage.reportTitle')}</h1>
      <p class="kern-body">{t('importPage.fileName', { name: fileName })}</p>
      {report.applied && <Alert kind="success" title={t('importPage.applied')} />}
      <Report ctx={ctx} report={report} />
      {pendingId && !nothingToDo && (
        <ConfirmStep
          action={localePath(locale, `/verwaltung/import/${pendingId}/bestaetigen`)}
          csrf={csrf}
          hint={t('importPage.confirmHint')}
          label={t('importPage.confirm')}
        />
      )}
      <p class="kern-body">
        <a class="kern-link" href={localePath(locale, '/verwaltung/import')}>
          {report.applied ? t('importPage.another') : t('importPage.otherFile')}
        </a>
      </p>
    </BackOfficeLayout>
  );
}
