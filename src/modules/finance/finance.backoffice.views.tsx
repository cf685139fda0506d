// The back office's overview of the programme's finances (/de/verwaltung/finanzen): warnings, actions and
// exports, the grant and totals, the measure tree, the draw-downs (finance.corrections.views.tsx) and the
// deadlines with their forms. A measure's page is finance.measure-admin.views.tsx. Every form works
// without JavaScript and comes back with its errors at the fields, keeping what was typed.
import { formatDate, formatEuro } from '../../lib/format.js';
import { pick } from '../../lib/localized.js';
import { Alert } from '../../views/components.js';
import { CsrfField } from '../../views/form-fields.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { DataTable, Td, Th } from '../../views/table.js';
import { berlinToday, daysBetween } from './dates.js';
import type { Deadline, InternalFinance, Warning } from './finance.internal.read.js';
import { MeasureTree, Section } from './finance.components.js';
import { GrantFacts, TotalsFacts } from './finance.views.js';
import { deadlineTitle } from './reports.js';
import { base, Frame, MiniForm, type Page } from './finance.admin.components.js';
import { DrawdownSection, ReasonForm } from './finance.corrections.views.js';

function WarningText({ ctx, w }: { ctx: PageContext; w: Warning }) {
  const { t, locale } = ctx;
  if (w.kind === 'overBudget')
    return (
      <>
        <a class="kern-link" href={base(ctx, `/massnahmen/${w.measure.slug}`)}>
          {w.measure.code}
        </a>{' '}
        {t('finance.warning.overBudget', {
          measure: pick(w.measure.title, locale)!.text,
          spent: formatEuro(w.spent, locale),
          planned: formatEuro(w.planned, locale),
        })}
      </>
    );
  if (w.kind === 'drawdownsExceedSpending')
    return (
      <>
        {t('finance.warning.drawdowns', {
          drawn: formatEuro(w.drawn, locale),
          covered: formatEuro(w.covered, locale),
          spent: formatEuro(w.spent, locale),
        })}
      </>
    );
  return <>{t('finance.warning.overdue', { title: deadlineTitle(w.deadline, locale), date: formatDate(w.deadline.dueOn, locale) })}</>;
}

function DeadlineState({ ctx, d, today }: { ctx: PageContext; d: Deadline; today: string }) {
  const { t, locale } = ctx;
  if (d.doneOn) return <>{t('finance.deadline.done', { date: formatDate(d.doneOn, locale) })}</>;
  const days = daysBetween(today, d.dueOn);
  return days >= 0 ? (
    <>{t('finance.deadline.open', { count: days })}</>
  ) : (
    <strong>{t('finance.deadline.overdue', { count: -days })}</strong>
  );
}

export function FinanceOverviewPage({ ctx, nav, csrf, may, notice, failed, f }: Page & { f: InternalFinance }) {
  const { t, locale } = ctx;
  const today = berlinToday();
  return (
    <Frame ctx={ctx} nav={nav} title={t('finance.admin.title')} back={false}>
      {notice && <Alert kind="success" title={notice} />}
      {!may && <Alert kind="info" title={t('finance.admin.readOnly')} />}
      <Section id="warnings" title={t('finance.admin.warnings')}>
        {f.warnings.length === 0 ? (
          <p class="kern-body">{t('finance.admin.noWarnings')}</p>
        ) : (
          <Alert kind="warning" title={t('finance.admin.warnings')}>
            <ul class="kern-list">
              {f.warnings.map((w) => (
                <li>
                  <WarningText ctx={ctx} w={w} />
                </li>
              ))}
            </ul>
          </Alert>
        )}
      </Section>
      <div class="lotse-actions">
        {may && (
          <>
            <a class="kern-btn kern-btn--primary" href={base(ctx, '/massnahmen/neu')}>
              <span class="kern-label">{t('finance.admin.newMeasure')}</span>
            </a>
            <a class="kern-btn kern-btn--secondary" href={base(ctx, '/programm')}>
              <span class="kern-label">{t('finance.admin.programme')}</span>
            </a>
            <a class="kern-btn kern-btn--secondary" href={base(ctx, '/import')}>
              <span class="kern-label">{t('finance.admin.import')}</span>
            </a>
          </>
        )}
        <a class="kern-btn kern-btn--tertiary" href={localePath(locale, '/programm')}>
          <span class="kern-label">{t('finance.admin.publicPage')}</span>
        </a>
      </div>
      <Section id="exports" title={t('finance.admin.exports')}>
        <ul class="kern-list">
          <li>
            <a class="kern-link" href={base(ctx, '/haushalt.csv')}>
              {t('finance.admin.exportBudget')}
            </a>
          </li>
          <li>
            <a class="kern-link" href={base(ctx, '/ausgaben.csv')}>
              {t('finance.admin.exportExpenditures')}
            </a>
          </li>
          <li>
            <a class="kern-link" href={base(ctx, '/finanzen.xlsx')}>
              {t('finance.admin.exportXlsx')}
            </a>
          </li>
          <li>
            <a class="kern-link" href={base(ctx, '/bericht.pdf')}>
              {t('finance.admin.exportPdf')}
            </a>
          </li>
        </ul>
      </Section>
      <Section id="grant" title={t('finance.grant.heading')}>
        <GrantFacts ctx={ctx} f={f} />
        <TotalsFacts ctx={ctx} f={f} />
      </Section>
      <Section id="measures" title={t('finance.measures.heading')}>
        <MeasureTree
          ctx={ctx}
          measures={f.measures}
          caption={t('finance.admin.measuresCaption')}
          href={(m) => base(ctx, `/massnahmen/${m.slug}`)}
        />
      </Section>

      <DrawdownSection ctx={ctx} csrf={csrf} may={may} failed={failed} f={f} />

      <Section id="deadlines" title={t('finance.deadlines.heading')}>
        <p class="kern-body">{t('finance.deadline.reminderHint')}</p>
        <DataTable
          caption={t('finance.deadlines.caption')}
          striped
          head={
            <>
              <Th>{t('finance.deadline.title')}</Th>
              <Th>{t('finance.deadline.due')}</Th>
              <Th>{t('finance.deadline.state')}</Th>
              {may && <Th>{t('finance.admin.links')}</Th>}
            </>
          }
        >
          {f.deadlines.map((d) => {
            const title = deadlineTitle(d, locale);
            return (
              <tr class="kern-table__row">
                <th scope="row" class="kern-table__cell">
                  {title}
                </th>
                <Td>{formatDate(d.dueOn, locale)}</Td>
                <Td>
                  <DeadlineState ctx={ctx} d={d} today={today} />
                </Td>
                {may && (
                  <Td>
                    <form method="post" action={base(ctx, '/fristen/erledigt')} class="lotse-inline-form">
                      <CsrfField token={csrf} />
                      <input type="hidden" name="key" value={d.key} />
                      <input type="hidden" name="done" value={d.doneOn ? '0' : '1'} />
                      <button
                        type="submit"
                        class="kern-btn kern-btn--tertiary"
                        aria-label={d.doneOn ? t('finance.deadline.reopenOf', { title }) : t('finance.deadline.markDoneOf', { title })}
                      >
                        <span class="kern-label">{d.doneOn ? t('finance.deadline.reopen') : t('finance.deadline.markDone')}</span>
                      </button>
                    </form>
                  </Td>
                )}
              </tr>
            );
          })}
        </DataTable>
        {may &&
          f.deadlines
            .filter((d) => d.kind === 'custom')
            .map((d) => (
              <ReasonForm
                ctx={ctx}
                csrf={csrf}
                failed={failed}
                form={`deadlineDelete${d.key.slice(7)}`}
                action={base(ctx, `/fristen/${d.key.slice(7)}/loeschen`)}
                legend={t('finance.deadline.remove', { title: deadlineTitle(d, locale) })}
              />
            ))}
        {may && (
          <MiniForm
            ctx={ctx}
            csrf={csrf}
            form="deadline"
            action={base(ctx, '/fristen')}
            legend={t('finance.deadline.new')}
            failed={failed}
            fields={[
              { name: 'deadlineTitle', label: t('finance.deadline.newTitle') },
              { name: 'deadlineDue', label: t('finance.deadline.due'), type: 'date' },
            ]}
          />
        )}
      </Section>
    </Frame>
  );
}
