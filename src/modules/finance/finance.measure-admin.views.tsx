// A measure's page in the back office (/de/verwaltung/finanzen/massnahmen/{slug}): what the public page
// shows, the internal note, and the forms of its budget, expenditures, milestones, indicators and
// outputs, each with the removals that give a reason.
import { formatDate, formatEuro, formatNumber } from '../../lib/format.js';
import { pick } from '../../lib/localized.js';
import { Alert } from '../../views/components.js';
import { CsrfField } from '../../views/form-fields.js';
import { localePath } from '../../views/page-context.js';
import { DataTable, Td, Th } from '../../views/table.js';
import type { ExpenditureView, InternalFinance } from './finance.internal.read.js';
import { costCategories, type MeasureView, outputKinds } from './finance.read.js';
import { Section, SeriesTable } from './finance.components.js';
import { budgetRows, IndicatorHistory, MeasureDetails, MilestoneList, OutputList } from './finance.measure.views.js';
import { base, Frame, MiniForm, type Page } from './finance.admin.components.js';
import { ExpenditureSection } from './finance.expenditures.views.js';
import { ReasonForm } from './finance.corrections.views.js';

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
}: Page & { f: InternalFinance; measure: MeasureView; ids: Set<number>; expenditures: ExpenditureView[] }) {
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
