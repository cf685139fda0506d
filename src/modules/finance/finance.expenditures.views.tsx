// A measure's expenditures in the back office: the list with cancelled ones struck through beside their
// reason, a cancellation form (Storno, with a required reason) per active expenditure, and the form for
// a new one.
import { formatDate, formatEuro } from '../../lib/format.js';
import type { PageContext } from '../../views/page-context.js';
import { type Failed, MiniForm } from './finance.admin.components.js';
import { Section } from './finance.components.js';
import { DataTable, Td, Th } from '../../views/table.js';

export interface ExpenditureRow {
  id: number;
  spent_on: string;
  amount_cents: number;
  category: string;
  document_ref: string;
  note: string | null;
  created_by_email: string | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
  cancelled_by_email: string | null;
}

export function ExpenditureSection({
  ctx,
  csrf,
  may,
  failed,
  action,
  expenditures,
  categoryOptions,
}: {
  ctx: PageContext;
  csrf: string;
  may: boolean;
  failed?: Failed | undefined;
  action: string;
  expenditures: ExpenditureRow[];
  categoryOptions: { value: string; label: string }[];
}) {
  const { t, locale } = ctx;
  const struck = (e: ExpenditureRow, text: string) => (e.cancelled_at ? <del>{text}</del> : text);
  return (
    <Section id="expenditures" title={t('finance.measureAdmin.expenditures')}>
      {expenditures.length === 0 ? (
        <p class="kern-body">{t('finance.measureAdmin.noExpenditures')}</p>
      ) : (
        <DataTable
          caption={t('finance.measureAdmin.expendituresCaption')}
          striped
          head={
            <>
              <Th>{t('finance.expenditure.spentOn')}</Th>
              <Th>{t('finance.category')}</Th>
              <Th numeric>{t('finance.expenditure.amount')}</Th>
              <Th>{t('finance.expenditure.documentRef')}</Th>
              <Th>{t('finance.expenditure.note')}</Th>
              <Th>{t('finance.expenditure.by')}</Th>
            </>
          }
        >
          {expenditures.map((e) => (
            <tr class="kern-table__row">
              <Td>{struck(e, formatDate(e.spent_on, locale))}</Td>
              <Td>{struck(e, t(`finance.category.${e.category as 'staff'}`))}</Td>
              <Td numeric>{struck(e, formatEuro(e.amount_cents, locale))}</Td>
              <Td>{struck(e, e.document_ref)}</Td>
              <Td>
                {e.note ?? ''}
                {e.cancelled_at && (
                  <p class="kern-body">
                    <strong>
                      {t('finance.expenditure.cancelled', { date: formatDate(e.cancelled_at.toISOString().slice(0, 10), locale) })}
                    </strong>{' '}
                    {e.cancel_reason}
                  </p>
                )}
              </Td>
              <Td>
                {[e.created_by_email, e.cancelled_by_email && t('finance.expenditure.cancelledBy', { email: e.cancelled_by_email })]
                  .filter(Boolean)
                  .join(' · ')}
              </Td>
            </tr>
          ))}
        </DataTable>
      )}
      {may &&
        expenditures
          .filter((e) => !e.cancelled_at || failed?.form === `cancel${e.id}`)
          .map((e) => (
            <details class="lotse-details" open={failed?.form === `cancel${e.id}`}>
              <summary>{t('finance.expenditure.cancelOf', { doc: e.document_ref, amount: formatEuro(e.amount_cents, locale) })}</summary>
              <MiniForm
                ctx={ctx}
                csrf={csrf}
                form={`cancel${e.id}`}
                action={`${action}/${e.id}/storno`}
                legend={t('finance.expenditure.cancelOf', { doc: e.document_ref, amount: formatEuro(e.amount_cents, locale) })}
                failed={failed}
                submit={t('finance.expenditure.cancel')}
                fields={[
                  {
                    name: 'cancelReason',
                    label: t('finance.expenditure.cancelReason'),
                    type: 'textarea',
                    hint: t('finance.expenditure.cancelHint'),
                  },
                ]}
              />
            </details>
          ))}
      {may && (
        <MiniForm
          ctx={ctx}
          csrf={csrf}
          form="expenditure"
          action={action}
          legend={t('finance.measureAdmin.addExpenditure')}
          failed={failed}
          fields={[
            { name: 'spentOn', label: t('finance.expenditure.spentOn'), type: 'date' },
            { name: 'amount', label: t('finance.expenditure.amount'), hint: t('finance.amountHint'), inputmode: 'decimal' },
            { name: 'category', label: t('finance.category'), type: 'select', options: categoryOptions },
            { name: 'documentRef', label: t('finance.expenditure.documentRef'), hint: t('finance.expenditure.documentRefHint') },
            { name: 'note', label: t('finance.expenditure.note'), type: 'textarea' },
          ]}
        />
      )}
    </Section>
  );
}
