// Corrections in the back office: the draw-downs with cancelled ones struck through beside their reason,
// the forms to record, correct or take back a receipt and to cancel a draw-down (Storno), and the small
// form that removes a wrong indicator value, milestone, output or custom deadline. Every one asks for a
// reason (kept in the change log) and works without JavaScript.
import { formatDate, formatEuro } from '../../lib/format.js';
import { pick } from '../../lib/localized.js';
import type { PageContext } from '../../views/page-context.js';
import { base, type Failed, MiniForm } from './finance.admin.components.js';
import { Section } from './finance.components.js';
import { DataTable, Td, Th } from '../../views/table.js';
import type { DrawdownView, InternalFinance } from './finance.internal.read.js';

/** A collapsed form that asks for the reason of a correction; open when it came back with errors. */
export function ReasonForm({
  ctx,
  csrf,
  failed,
  form,
  action,
  legend,
  submit,
  hint,
}: {
  ctx: PageContext;
  csrf: string;
  failed?: Failed | undefined;
  form: string;
  action: string;
  legend: string;
  submit?: string;
  hint?: string;
}) {
  const { t } = ctx;
  return (
    <details class="lotse-details" open={failed?.form === form}>
      <summary>{legend}</summary>
      <MiniForm
        ctx={ctx}
        csrf={csrf}
        form={form}
        action={action}
        legend={legend}
        failed={failed}
        submit={submit ?? t('finance.correction.remove')}
        fields={[
          { name: 'reason', label: t('finance.correction.reason'), type: 'textarea', hint: hint ?? t('finance.correction.reasonHint') },
        ]}
      />
    </details>
  );
}

export function DrawdownSection({
  ctx,
  csrf,
  may,
  failed,
  f,
}: {
  ctx: PageContext;
  csrf: string;
  may: boolean;
  failed?: Failed | undefined;
  f: InternalFinance;
}) {
  const { t, locale } = ctx;
  const phaseOptions = [
    { value: '', label: t('finance.drawdown.anyPhase') },
    ...f.phases.map((p) => ({ value: p.code, label: pick(p.name, locale)!.text })),
  ];
  const rows = [...f.drawdowns, ...f.cancelledDrawdowns].sort((a, b) => a.requestedOn.localeCompare(b.requestedOn) || a.id - b.id);
  const struck = (d: DrawdownView, text: string) => (d.cancelled ? <del>{text}</del> : text);
  return (
    <Section id="drawdowns" title={t('finance.admin.drawdowns')}>
      {rows.length === 0 ? (
        <p class="kern-body">{t('finance.admin.noDrawdowns')}</p>
      ) : (
        <DataTable
          caption={t('finance.admin.drawdownsCaption')}
          striped
          head={
            <>
              <Th>{t('finance.drawdown.reference')}</Th>
              <Th>{t('finance.drawdown.phase')}</Th>
              <Th>{t('finance.drawdown.requestedOn')}</Th>
              <Th numeric>{t('finance.drawdown.requested')}</Th>
              <Th>{t('finance.drawdown.receivedOn')}</Th>
              <Th numeric>{t('finance.drawdown.received')}</Th>
            </>
          }
        >
          {rows.map((d) => (
            <tr class="kern-table__row">
              <th scope="row" class="kern-table__cell">
                {struck(d, d.reference)}
                {d.cancelled && (
                  <p class="kern-body">
                    <strong>
                      {t('finance.drawdown.cancelled', {
                        date: formatDate(d.cancelled.at.toISOString().slice(0, 10), locale),
                        email: d.cancelled.byEmail ?? '–',
                      })}
                    </strong>{' '}
                    {d.cancelled.reason}
                  </p>
                )}
              </th>
              <Td>{struck(d, d.phaseCode ?? '–')}</Td>
              <Td>{struck(d, formatDate(d.requestedOn, locale))}</Td>
              <Td numeric>{struck(d, formatEuro(d.requested, locale))}</Td>
              <Td>{struck(d, d.receivedOn ? formatDate(d.receivedOn, locale) : t('finance.drawdown.pending'))}</Td>
              <Td numeric>{struck(d, d.received === null ? '–' : formatEuro(d.received, locale))}</Td>
            </tr>
          ))}
        </DataTable>
      )}
      {may && (
        <>
          {f.drawdowns.map((d) =>
            d.receivedOn === null ? (
              <MiniForm
                ctx={ctx}
                csrf={csrf}
                form={`receipt${d.id}`}
                action={base(ctx, `/abrufe/${d.id}/eingang`)}
                legend={t('finance.drawdown.receiptFor', { reference: d.reference })}
                failed={failed}
                submit={t('finance.admin.save')}
                initial={{ received: '' }}
                fields={[
                  { name: 'receivedOn', label: t('finance.drawdown.receivedOn'), type: 'date' },
                  { name: 'received', label: t('finance.drawdown.received'), hint: t('finance.amountHint'), inputmode: 'decimal' },
                ]}
              />
            ) : (
              <details class="lotse-details" open={failed?.form === `receipt${d.id}`}>
                <summary>{t('finance.drawdown.correctReceipt', { reference: d.reference })}</summary>
                <MiniForm
                  ctx={ctx}
                  csrf={csrf}
                  form={`receipt${d.id}`}
                  action={base(ctx, `/abrufe/${d.id}/eingang`)}
                  legend={t('finance.drawdown.correctReceipt', { reference: d.reference })}
                  failed={failed}
                  submit={t('finance.admin.save')}
                  initial={{ receivedOn: d.receivedOn, received: ((d.received ?? 0) / 100).toFixed(2).replace('.', ',') }}
                  fields={[
                    { name: 'receivedOn', label: t('finance.drawdown.receivedOn'), type: 'date' },
                    { name: 'received', label: t('finance.drawdown.received'), hint: t('finance.amountHint'), inputmode: 'decimal' },
                    {
                      name: 'receiptReason',
                      label: t('finance.drawdown.receiptReason'),
                      type: 'textarea',
                      hint: t('finance.correction.reasonHint'),
                    },
                  ]}
                />
              </details>
            ),
          )}
          {/* A form that came back with an error stays shown (e.g. the receipt was taken back meanwhile). */}
          {f.drawdowns
            .filter((d) => d.receivedOn !== null || failed?.form === `receiptUndo${d.id}`)
            .map((d) => (
              <ReasonForm
                ctx={ctx}
                csrf={csrf}
                failed={failed}
                form={`receiptUndo${d.id}`}
                action={base(ctx, `/abrufe/${d.id}/eingang/zuruecknehmen`)}
                legend={t('finance.drawdown.withdrawReceipt', { reference: d.reference })}
                submit={t('finance.drawdown.withdraw')}
              />
            ))}
          {rows
            .filter((d) => !d.cancelled || failed?.form === `drawdownCancel${d.id}`)
            .map((d) => (
              <ReasonForm
                ctx={ctx}
                csrf={csrf}
                failed={failed}
                form={`drawdownCancel${d.id}`}
                action={base(ctx, `/abrufe/${d.id}/storno`)}
                legend={t('finance.drawdown.cancelOf', { reference: d.reference, amount: formatEuro(d.requested, locale) })}
                submit={t('finance.drawdown.cancel')}
                hint={t('finance.drawdown.cancelHint')}
              />
            ))}
          <MiniForm
            ctx={ctx}
            csrf={csrf}
            form="drawdown"
            action={base(ctx, '/abrufe')}
            legend={t('finance.drawdown.new')}
            failed={failed}
            fields={[
              { name: 'reference', label: t('finance.drawdown.reference') },
              { name: 'drawPhase', label: t('finance.drawdown.phase'), type: 'select', options: phaseOptions },
              { name: 'requestedOn', label: t('finance.drawdown.requestedOn'), type: 'date' },
              { name: 'requested', label: t('finance.drawdown.requested'), hint: t('finance.amountHint'), inputmode: 'decimal' },
            ]}
          />
        </>
      )}
    </Section>
  );
}
