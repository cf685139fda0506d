// Back-office pages of the programme's finances (/de/verwaltung/finanzen): the overview with warnings,
// draw-downs and deadlines, the programme record, a measure's page with its budget, expenditures,
// milestones, indicators and outputs, the measure form and the budget import. Every form works without
// JavaScript and comes back with its errors at the fields, keeping what was typed.
import { costCategories, outputKinds } from '../../db/schema-finance.js';
import { formatDate, formatEuro, formatNumber } from '../../lib/format.js';
import { pick } from '../../lib/localized.js';
import { Alert } from '../../views/components.js';
import { CsrfField } from '../../views/form-fields.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { berlinToday, daysBetween } from './dates.js';
import type { Deadline, InternalFinance, MeasureView, Warning } from './finance.read.js';
import { MeasureTree, Section, SeriesTable } from './finance.components.js';
import { DataTable, Td, Th } from '../../views/table.js';
import { budgetRows, GrantFacts, IndicatorHistory, MeasureDetails, MilestoneList, OutputList, TotalsFacts } from './finance.views.js';
import { deadlineTitle } from './reports.js';

import { base, type Failed, Frame, MiniForm, type Page } from './finance.admin.components.js';
import { ExpenditureSection, type ExpenditureRow } from './finance.expenditures.views.js';
import { DrawdownSection, ReasonForm } from './finance.corrections.views.js';

export { base, type Failed, Frame };

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

export function MeasureAdminPage({
  ctx,
  nav,
  csrf,
  may,
  notice,
  failed,
  f,
  measure,
  ids,
  expenditures,
}: Page & { f: InternalFinance; measure: MeasureView; ids: Set<number>; expenditures: ExpenditureRow[] }) {
  const { t, locale } = ctx;
  const title = pick(measure.title, locale)!;
  const m = (path: string) => base(ctx, `/massnahmen/${measure.slug}${path}`);
  const lines = f.budgetLines.filter((l) => l.measureId === measure.id);
  const categoryOptions = costCategories.map((c) => ({ value: c, label: t(`finance.category.${c}`) }));
  const sources = [
    { value: 'federal', label: t('finance.source.federal') },
    ...f.partners.map((p) => ({ value: `partner:${p.slug}`, label: t('finance.source.partner', { partner: p.name }) })),
  ];
  return (
    <Frame ctx={ctx} nav={nav} title={`${measure.code} ${title.text}`}>
      {notice && <Alert kind="success" title={notice} />}
      {may && (
        <div class="lotse-actions">
          <a class="kern-btn kern-btn--primary" href={m('/bearbeiten')}>
            <span class="kern-label">{t('editorial.edit')}</span>
          </a>
          <a class="kern-btn kern-btn--tertiary" href={localePath(locale, `/programm/massnahmen/${measure.slug}`)}>
            <span class="kern-label">{t('editorial.viewPublic')}</span>
          </a>
        </div>
      )}
      <MeasureDetails ctx={ctx} f={f} measure={measure} admin />
      {measure.internalNote && (
        <Alert kind="info" title={t('finance.measureForm.internalNote')}>
          {measure.internalNote}
        </Alert>
      )}

      <Section id="budget" title={t('finance.measureAdmin.budget')}>
        <SeriesTable
          ctx={ctx}
          caption={t('finance.measurePage.budgetCaption')}
          head={`${t('finance.chart.year')} · ${t('finance.category')}`}
          rows={budgetRows(f, ids, t)}
        />
        {lines.length === 0 ? (
          <p class="kern-body">{t('finance.measureAdmin.noBudget')}</p>
        ) : (
          <DataTable
            caption={t('finance.measureAdmin.budgetCaption')}
            striped
            head={
              <>
                <Th>{t('finance.phases.phase')}</Th>
                <Th>{t('finance.chart.year')}</Th>
                <Th>{t('finance.category')}</Th>
                <Th>{t('finance.source')}</Th>
                <Th numeric>{t('finance.planned')}</Th>
              </>
            }
          >
            {lines.map((l) => (
              <tr class="kern-table__row">
                <Td>{l.phaseCode}</Td>
                <Td>{l.year}</Td>
                <Td>{t(`finance.category.${l.category}`)}</Td>
                <Td>{l.partner ? t('finance.source.partner', { partner: l.partner.name }) : t('finance.source.federal')}</Td>
                <Td numeric>{formatEuro(l.amount, locale)}</Td>
              </tr>
            ))}
          </DataTable>
        )}
        {may && (
          <MiniForm
            ctx={ctx}
            csrf={csrf}
            form="budget"
            action={m('/haushalt')}
            legend={t('finance.measureAdmin.setBudget')}
            failed={failed}
            submit={t('finance.admin.save')}
            fields={[
              {
                name: 'phase',
                label: t('finance.phases.phase'),
                type: 'select',
                options: f.phases.map((p) => ({ value: p.code, label: pick(p.name, locale)!.text })),
                hint: t('finance.measureAdmin.setBudgetHint'),
              },
              { name: 'year', label: t('finance.chart.year'), inputmode: 'numeric' },
              { name: 'category', label: t('finance.category'), type: 'select', options: categoryOptions },
              { name: 'source', label: t('finance.source'), type: 'select', options: sources },
              { name: 'amount', label: t('finance.planned'), hint: t('finance.amountHint'), inputmode: 'decimal' },
            ]}
          />
        )}
      </Section>

      <ExpenditureSection
        ctx={ctx}
        csrf={csrf}
        may={may}
        failed={failed}
        action={m('/ausgaben')}
        expenditures={expenditures}
        categoryOptions={categoryOptions}
      />

      <Section id="milestones" title={t('finance.milestones.heading')}>
        <MilestoneList
          ctx={ctx}
          measure={measure}
          action={(ms) =>
            may && (
              <form method="post" action={m(`/meilensteine/${ms.id}`)} class="lotse-inline-form">
                <CsrfField token={csrf} />
                <input type="hidden" name="done" value={ms.doneOn ? '0' : '1'} />{' '}
                <button
                  type="submit"
                  class="kern-btn kern-btn--tertiary"
                  aria-label={t(ms.doneOn ? 'finance.milestone.reopenOf' : 'finance.milestone.markDoneOf', {
                    title: pick(ms.title, locale)!.text,
                  })}
                >
                  <span class="kern-label">{t(ms.doneOn ? 'finance.milestone.reopen' : 'finance.milestone.markDone')}</span>
                </button>
              </form>
            )
          }
        />
        {may &&
          measure.milestones.map((ms) => (
            <ReasonForm
              ctx={ctx}
              csrf={csrf}
              failed={failed}
              form={`milestoneDelete${ms.id}`}
              action={m(`/meilensteine/${ms.id}/loeschen`)}
              legend={t('finance.milestone.remove', { title: pick(ms.title, locale)!.text })}
            />
          ))}
        {may && (
          <MiniForm
            ctx={ctx}
            csrf={csrf}
            form="milestone"
            action={m('/meilensteine')}
            legend={t('finance.measureAdmin.addMilestone')}
            failed={failed}
            fields={[
              { name: 'milestone', label: t('finance.milestone.title'), type: 'localized' },
              { name: 'dueOn', label: t('finance.milestone.dueOn'), type: 'date' },
              { name: 'doneOn', label: t('finance.milestone.doneOn'), type: 'date' },
            ]}
          />
        )}
      </Section>

      <Section id="indicators" title={t('finance.indicators.heading')}>
        <IndicatorHistory ctx={ctx} measure={measure} />
        {may &&
          measure.indicators.flatMap((i) =>
            i.values.map((v) => (
              <ReasonForm
                ctx={ctx}
                csrf={csrf}
                failed={failed}
                form={`valueDelete${v.id}`}
                action={m(`/indikatoren/${i.id}/werte/${v.id}/loeschen`)}
                legend={t('finance.indicator.removeValue', {
                  value: `${formatNumber(v.value, locale)} ${i.unit}`,
                  date: formatDate(v.measuredOn, locale),
                  name: pick(i.name, locale)!.text,
                })}
              />
            )),
          )}
        {may &&
          measure.indicators.map((i) => (
            <MiniForm
              ctx={ctx}
              csrf={csrf}
              form={`value${i.id}`}
              action={m(`/indikatoren/${i.id}/werte`)}
              legend={t('finance.indicator.addValueFor', { name: pick(i.name, locale)!.text })}
              failed={failed}
              fields={[
                { name: 'measuredOn', label: t('finance.indicator.measuredOn'), type: 'date' },
                { name: 'value', label: `${t('finance.indicator.value')} (${i.unit})`, inputmode: 'decimal' },
              ]}
            />
          ))}
        {may && (
          <MiniForm
            ctx={ctx}
            csrf={csrf}
            form="indicator"
            action={m('/indikatoren')}
            legend={t('finance.measureAdmin.addIndicator')}
            failed={failed}
            fields={[
              { name: 'indicator', label: t('finance.indicator.name'), type: 'localized' },
              { name: 'unit', label: t('finance.indicator.unit'), hint: t('finance.indicator.unitHint') },
              { name: 'target', label: t('finance.indicator.targetValue'), inputmode: 'decimal' },
            ]}
          />
        )}
      </Section>

      <Section id="outputs" title={t('finance.outputs.heading')}>
        <OutputList ctx={ctx} measure={measure} />
        {may &&
          measure.outputs.map((o) => (
            <ReasonForm
              ctx={ctx}
              csrf={csrf}
              failed={failed}
              form={`outputDelete${o.id}`}
              action={m(`/ergebnisse/${o.id}/loeschen`)}
              legend={t('finance.output.remove', { title: o.title })}
            />
          ))}
        {may && (
          <MiniForm
            ctx={ctx}
            csrf={csrf}
            form="output"
            action={m('/ergebnisse')}
            legend={t('finance.measureAdmin.addOutput')}
            failed={failed}
            fields={[
              {
                name: 'outputKind',
                label: t('finance.output.kind'),
                type: 'select',
                options: outputKinds.map((k) => ({ value: k, label: t(`finance.output.${k}`) })),
              },
              { name: 'outputTitle', label: t('finance.output.title') },
              { name: 'licence', label: t('finance.output.licence'), hint: t('finance.output.licenceHint') },
              { name: 'url', label: t('finance.output.url'), type: 'url', hint: t('finance.output.urlHint') },
              { name: 'docsUrl', label: t('finance.output.docs'), type: 'url', hint: t('finance.output.docsHint') },
            ]}
          />
        )}
      </Section>
    </Frame>
  );
}
