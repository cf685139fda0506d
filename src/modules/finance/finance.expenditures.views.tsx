// A measure's expenditures in the back office: the list with cancelled ones struck through beside their
// reason, a cancellation form (Storno, with a required reason) per active expenditure, and the form for
// a new one.
import { formatDate, formatEuro } from '../../lib/format.js';
import type { PageContext } from '../../views/page-context.js';
import { type Failed, MiniForm } from './finance.admin.components.js';
import { Section } from './finance.components.js';
import { DataTable, Td, Th } from '../../views/table.js';
import type { ExpenditureView } from './finance.internal.read.js';

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
  expenditures: ExpenditureView[];
  categoryOptions: { value: string; label: string }[];
}) {
  const { t, locale } = ctx;
  const struck = (e: ExpenditureView, text: string) => (e.cancelled ? <del>{text}</del> : text);
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
              <Td>{struck(e, formatDate(e.spentOn, locale))}</Td>
              <Td>{struck(e, t(`finance.category.${e.category}`))}</Td>
              <Td numeric>{struck(e, formatEuro(e.amount, locale))}</Td>
              <Td>{struck(e, e.documentRef)}</Td>
              <Td>
                {e.note ?? ''}
                {e.cancelled && (
                  <p class="kern-body">
                    <strong>
                      {t('finance.expenditure.cancelled', { date: formatDate(e.cancelled.at.toISOString().slice(0, 10), locale) })}
                    </strong>{' '}
                    {e.cancelled.reason}
                  </p>
                )}
              </Td>
              <Td>
                {[e.createdByEmail, e.cancelled?.byEmail && t('finance.expenditure.cancelledBy', { email: e.cancelled.byEmail })]
                  .filter(Boolean)
                  .join(' · ')}
              </Td>
            </tr>
          ))}
        </DataTable>
      )}
      {may &&
        expenditures
          .filter((e) => !e.cancelled || failed?.form === `cancel${e.id}`)
          .map((e) => (
            <details class="lotse-details" open={failed?.form === `cancel${e.id}`}>
              <summary>{t('finance.expenditure.cancelOf', { doc: e.documentRef, amount: formatEuro(e.amount, locale) })}</summary>
              <MiniForm
                ctx={ctx}
                csrf={csrf}
                form={`cancel${e.id}`}
                action={`${action}/${e.id}/storno`}
                legend={t('finance.expenditure.cancelOf', { doc: e.documentRef, amount: formatEuro(e.amount, locale) })}
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
