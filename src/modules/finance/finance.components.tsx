// Building blocks of the programme's pages, public and internal: money, status, tables with captions,
// charts as SVG images each with its numbers as a table, the measure tree with progress, and sections.
import type { ComponentChildren } from 'preact';
import { formatEuro, formatNumber } from '../../lib/format.js';
import { pick } from '../../lib/localized.js';
import { Badge } from '../../views/components.js';
import { DataTable, Td, Th } from '../../views/table.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { type ChartName, type SeriesRow } from './charts.js';
import type { MeasureView } from './finance.read.js';

export const FINANCE_STYLES = ['/assets/finance.css'];

const statusKind = { planned: 'info', running: 'warning', done: 'success', paused: 'danger' } as const;

export function StatusBadge({ ctx, status }: { ctx: PageContext; status: MeasureView['status'] }) {
  return <Badge kind={statusKind[status]}>{ctx.t(`finance.status.${status}`)}</Badge>;
}

/** Share of `part` in `whole` as a whole-number percentage (0 when there is no whole). */
export const percentOf = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);

export function Money({ ctx, cents }: { ctx: PageContext; cents: number }) {
  return <>{formatEuro(cents, ctx.locale)}</>;
}

/** Planned vs. spent per row with a total row: the data of a chart. */
export function SeriesTable({ ctx, caption, head, rows }: { ctx: PageContext; caption: string; head: string; rows: SeriesRow[] }) {
  const { t } = ctx;
  const planned = rows.reduce((a, r) => a + r.planned, 0);
  const spent = rows.reduce((a, r) => a + r.spent, 0);
  return (
    <DataTable
      caption={caption}
      striped
      head={
        <>
          <Th>{head}</Th>
          <Th numeric>{t('finance.planned')}</Th>
          <Th numeric>{t('finance.spent')}</Th>
          <Th numeric>{t('finance.percentOfPlan')}</Th>
        </>
      }
    >
      {rows.map((r) => (
        <tr class="kern-table__row">
          <th class="kern-table__cell" scope="row">
            {r.label}
          </th>
          <Td numeric>
            <Money ctx={ctx} cents={r.planned} />
          </Td>
          <SpentCell ctx={ctx} spent={r.spent} planned={r.planned} />
          <Td numeric>{r.planned > 0 ? `${percentOf(r.spent, r.planned)} %` : '–'}</Td>
        </tr>
      ))}
      <tr class="kern-table__row">
        <th class="kern-table__cell" scope="row">
          {t('finance.total')}
        </th>
        <Td numeric>
          <strong>
            <Money ctx={ctx} cents={planned} />
          </strong>
        </Td>
        <Td numeric>
          <strong>
            <Money ctx={ctx} cents={spent} />
          </strong>
        </Td>
        <Td numeric>{planned > 0 ? `${percentOf(spent, planned)} %` : '–'}</Td>
      </tr>
    </DataTable>
  );
}

/** A chart as an image (its own SVG response) with a text alternative, followed by its numbers. */
export function Chart({ ctx, name, rows, head }: { ctx: PageContext; name: ChartName; rows: SeriesRow[]; head: string }) {
  const { t, locale } = ctx;
  const title = t(`finance.chart.${name}`);
  if (!rows.length) return <p class="kern-body">{t('finance.chart.none')}</p>;
  return (
    <figure class="lotse-chart">
      <img
        src={localePath(locale, `/programm/diagramme/${name}.svg`)}
        alt={t('finance.chart.alt', { title })}
        width={760}
        height={name === 'massnahmen' ? Math.max(220, 70 + rows.length * 46) : 320}
      />
      <figcaption>
        <SeriesTable ctx={ctx} caption={title} head={head} rows={rows} />
      </figcaption>
    </figure>
  );
}

export function ProgressCell({ ctx, measure }: { ctx: PageContext; measure: MeasureView }) {
  const title = pick(measure.title, ctx.locale)!.text;
  return (
    <Td class="lotse-table-progress">
      <progress max={100} value={measure.progress} aria-label={ctx.t('finance.progressOf', { title })}>
        {measure.progress} %
      </progress>
      {ctx.t('finance.progressValue', { progress: formatNumber(measure.progress, ctx.locale) })}
    </Td>
  );
}

export function MeasureTree({
  ctx,
  measures,
  caption,
  href,
}: {
  ctx: PageContext;
  measures: MeasureView[];
  caption: string;
  href: (m: MeasureView) => string;
}) {
  const { t, locale } = ctx;
  if (!measures.length) return <p class="kern-body">{t('finance.measures.none')}</p>;
  return (
    <DataTable
      caption={caption}
      striped
      head={
        <>
          <Th>{t('finance.measure')}</Th>
          <Th>{t('finance.kind')}</Th>
          <Th>{t('finance.status')}</Th>
          <Th>{t('finance.progress')}</Th>
          <Th numeric>{t('finance.planned')}</Th>
          <Th numeric>{t('finance.spent')}</Th>
        </>
      }
    >
      {measures.map((m) => {
        const title = pick(m.title, locale)!;
        return (
          <tr class="kern-table__row">
            <th scope="row" class={`kern-table__cell lotse-depth-${Math.min(m.depth, 4)}`}>
              <a class="kern-link" href={href(m)} lang={title.lang === locale ? undefined : title.lang}>
                {m.code} {title.text}
              </a>
            </th>
            <Td>{t(`finance.kind.${m.kind}`)}</Td>
            <Td>
              <StatusBadge ctx={ctx} status={m.status} />
            </Td>
            <ProgressCell ctx={ctx} measure={m} />
            <Td numeric>
              <Money ctx={ctx} cents={m.planned} />
            </Td>
            <SpentCell ctx={ctx} spent={m.spent} planned={m.planned} />
          </tr>
        );
      })}
    </DataTable>
  );
}

export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="lotse-section" aria-labelledby={`${id}-heading`}>
      <h2 class="kern-heading-medium" id={`${id}-heading`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Spending in a table; over the plan it is marked in words too (visually hidden), not by colour alone. */
function SpentCell({ ctx, spent, planned }: { ctx: PageContext; spent: number; planned: number }) {
  const over = spent > planned;
  return (
    <Td numeric class={over ? 'lotse-overrun' : undefined}>
      <Money ctx={ctx} cents={spent} />
      {over && <span class="kern-sr-only"> ({ctx.t('finance.overBudgetLabel')})</span>}
    </Td>
  );
}
