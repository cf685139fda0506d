// The pages of the budget import: the upload form and the dry-run report with its confirmation.
import { ConfirmStep } from '../../views/confirm-step.js';
import { Alert } from '../../views/components.js';
import { type BackOfficePage } from '../../platform/back-office/frame.js';
import { CsrfField, FileField, SubmitButton } from '../../views/form-fields.js';
import type { BudgetImportReport } from './budget-import.js';
import { DataTable, Td, Th } from '../../views/table.js';
import { base, Frame } from './finance.admin.components.js';

export function BudgetImportPage({ ctx, nav, csrf, error }: BackOfficePage & { error?: string | undefined }) {
  const { t } = ctx;
  return (
    <Frame ctx={ctx} nav={nav} title={t('finance.import.title')}>
      <p class="kern-body">{t('finance.import.intro')}</p>
      {error && <Alert kind="danger" title={error} />}
      <form method="post" action={base(ctx, '/import')} enctype="multipart/form-data" class="lotse-form-section">
        <CsrfField token={csrf} />
        <FileField
          id="file"
          label={t('finance.import.file')}
          hint={t('finance.import.fileHint')}
          accept=".csv,text/csv"
          required
          invalid={!!error}
        />
        <div>
          <SubmitButton label={t('finance.import.check')} />
        </div>
      </form>
      <p class="kern-body">
        <a class="kern-link" href={base(ctx, '/haushalt.csv')}>
          {t('finance.import.template')}
        </a>
      </p>
    </Frame>
  );
}

export function BudgetReportPage({
  ctx,
  nav,
  csrf,
  fileName,
  report,
  pendingId,
}: BackOfficePage & { fileName: string; report: BudgetImportReport; pendingId: string | null }) {
  const { t } = ctx;
  const counts = { created: report.created, updated: report.updated, removed: report.removed, unchanged: report.unchanged };
  return (
    <Frame ctx={ctx} nav={nav} title={report.applied ? t('finance.import.doneTitle') : t('finance.import.reportTitle')}>
      <p class="kern-body">{t('finance.import.fileName', { name: fileName })}</p>
      {report.problems.length ? (
        <>
          <Alert kind="danger" title={t('finance.import.rejected', { count: new Set(report.problems.map((p) => p.line)).size })} />
          <DataTable
            caption={t('finance.import.caption')}
            head={
              <>
                <Th numeric>{t('finance.import.line')}</Th>
                <Th>{t('finance.import.column')}</Th>
                <Th>{t('finance.import.reason')}</Th>
              </>
            }
          >
            {report.problems.map((p) => (
              <tr class="kern-table__row">
                <Td numeric>{p.line}</Td>
                <Td>{p.column}</Td>
                <Td>{t(p.reason, p.params)}</Td>
              </tr>
            ))}
          </DataTable>
        </>
      ) : (
        <p class="kern-body kern-body--large" role="status">
          {report.applied ? t('finance.import.summary', counts) : t('finance.import.summaryDryRun', counts)}
        </p>
      )}
      {pendingId && (
        <ConfirmStep
          action={base(ctx, `/import/${pendingId}/bestaetigen`)}
          csrf={csrf}
          hint={t('finance.import.confirmHint')}
          label={t('finance.import.confirm')}
        />
      )}
      <p class="kern-body">
        <a class="kern-link" href={base(ctx, '/import')}>
          {t('finance.import.another')}
        </a>
      </p>
    </Frame>
  );
}
