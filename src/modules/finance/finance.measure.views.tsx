// A measure's page (/de/programm/massnahmen/{slug}) and its parts, which the back office's page of the
// measure shows too: facts and progress, the budget per year and cost category, indicators with their
// history, milestones and outputs.
import type { ComponentChildren } from 'preact';
import { formatDate, formatEuro, formatNumber } from '../../lib/format.js';
import { pick } from '../../lib/localized.js';
import { Badge, Fact, Text } from '../../views/components.js';
import { Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { DataTable, Td, Th } from '../../views/table.js';
import type { SeriesRow } from './charts.js';
import { costCategories, type MeasureView, type ProgrammeFinance } from './finance.read.js';
import { totalsBy } from './rollup.js';
import { FINANCE_STYLES, MeasureTree, Section, SeriesTable, StatusBadge, percentOf } from './finance.components.js';

/** Planned and spent of a measure (and its children) per year and cost category. */
export function budgetRows(f: ProgrammeFinance, ids: Set<number>, t: PageContext['t']): SeriesRow[] {
  const lines = f.budgetLines.filter((l) => ids.has(l.measureId));
  const spending = f.spending.filter((s) => ids.has(s.measureId));
  const key = (year: number, category: string) => `${year}|${category}`;
  const planned = totalsBy(
    lines,
    (l) => key(l.year, l.category),
    (l) => l.amount,
  );
  const spent = totalsBy(
    spending,
    (s) => key(s.year, s.category),
    (s) => s.amount,
  );
  const years = [...new Set([...lines.map((l) => l.year), ...spending.map((s) => s.year)])].sort();
  return years.flatMap((y) =>
    costCategories
      .filter((c) => planned.has(key(y, c)) || spent.has(key(y, c)))
      .map((c) => ({
        key: key(y, c),
        label: `${y} · ${t(`finance.category.${c}`)}`,
        planned: planned.get(key(y, c)) ?? 0,
        spent: spent.get(key(y, c)) ?? 0,
      })),
  );
}

export function MeasureDetails({
  ctx,
  f,
  measure,
  admin,
}: {
  ctx: PageContext;
  f: ProgrammeFinance;
  measure: MeasureView;
  admin?: boolean;
}) {
  const { t, locale } = ctx;
  const parent = f.measures.find((m) => m.id === measure.parentId);
  const children = f.measures.filter((m) => m.parentId === measure.id);
  const link = (m: MeasureView) =>
    localePath(locale, admin ? `/verwaltung/finanzen/massnahmen/${m.slug}` : `/programm/massnahmen/${m.slug}`);
  return (
    <>
      <p class="lotse-card__badges">
        <Badge>{t(`finance.kind.${measure.kind}`)}</Badge> <StatusBadge ctx={ctx} status={measure.status} />
      </p>
      <dl class="kern-description-list">
        {parent && (
          <Fact label={t('finance.measurePage.parent')}>
            <a class="kern-link" href={link(parent)}>
              {parent.code} {pick(parent.title, locale)!.text}
            </a>
          </Fact>
        )}
        <Fact label={t('finance.progress')}>
          <span class="lotse-table-progress">
            <progress max={100} value={measure.progress} aria-label={t('finance.progressOf', { title: pick(measure.title, locale)!.text })}>
              {measure.progress} %
            </progress>
            {t('finance.progressValue', { progress: formatNumber(measure.progress, locale) })} (
            {t(`finance.progressMode.${measure.progressMode}`)})
          </span>
        </Fact>
        {measure.lead && <Fact label={t('finance.lead')}>{measure.lead.name}</Fact>}
        <Fact label={t('finance.planned')}>{formatEuro(measure.planned, locale)}</Fact>
        <Fact label={t('finance.spent')}>
          {formatEuro(measure.spent, locale)} ({t('finance.totals.share', { percent: percentOf(measure.spent, measure.planned) })})
        </Fact>
        {measure.projects.length > 0 && (
          <Fact label={t('finance.projects')}>
            <ul class="kern-list">
              {measure.projects.map((p) => (
                <li>
                  {p.published ? (
                    <a class="kern-link" href={localePath(locale, `/vorhaben/${p.slug}`)}>
                      <Text ctx={ctx} value={p.title} />
                    </a>
                  ) : (
                    <span>
                      <Text ctx={ctx} value={p.title} /> ({p.slug})
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </Fact>
        )}
      </dl>
      {measure.description && (
        <div class="lotse-section">
          <Text ctx={ctx} value={measure.description} />
        </div>
      )}
      {children.length > 0 && (
        <Section id="children" title={t('finance.measurePage.children')}>
          <MeasureTree
            ctx={ctx}
            measures={children.map((c) => ({ ...c, depth: 0 }))}
            caption={t('finance.measurePage.children')}
            href={link}
          />
        </Section>
      )}
    </>
  );
}

export function MilestoneList({
  ctx,
  measure,
  action,
}: {
  ctx: PageContext;
  measure: MeasureView;
  action?: (m: MeasureView['milestones'][number]) => ComponentChildren;
}) {
  const { t, locale } = ctx;
  if (!measure.milestones.length) return null;
  return (
    <ul class="kern-list">
      {measure.milestones.map((m) => (
        <li>
          <strong>
            <Text ctx={ctx} value={m.title} />
          </strong>{' '}
          – {t('finance.milestone.due')} {formatDate(m.dueOn, locale)}:{' '}
          {m.doneOn ? (
            <Badge kind="success">{t('finance.milestone.done', { date: formatDate(m.doneOn, locale) })}</Badge>
          ) : (
            <Badge>{t('finance.milestone.open')}</Badge>
          )}
          {action?.(m)}
        </li>
      ))}
    </ul>
  );
}

export function OutputList({ ctx, measure }: { ctx: PageContext; measure: MeasureView }) {
  const { t } = ctx;
  if (!measure.outputs.length) return null;
  return (
    <ul class="kern-list">
      {measure.outputs.map((o) => (
        <li>
          <strong lang="de">{o.title}</strong> ({t(`finance.output.${o.kind}`)}, {t('finance.output.licence')}: {o.licence}) –{' '}
          <a class="kern-link" href={o.url} rel="noopener">
            {t('finance.output.url')}
          </a>
          {o.docsUrl && (
            <>
              {' · '}
              <a class="kern-link" href={o.docsUrl} rel="noopener">
                {t('finance.output.docs')}
              </a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

export function IndicatorHistory({ ctx, measure }: { ctx: PageContext; measure: MeasureView }) {
  const { t, locale } = ctx;
  if (!measure.indicators.length) return null;
  return (
    <>
      {measure.indicators.map((i) => {
        const name = pick(i.name, locale)!;
        return (
          <DataTable
            caption={
              <>
                <span lang={name.lang === locale ? undefined : name.lang}>{name.text}</span>:{' '}
                {i.latest
                  ? t('finance.indicator.valueOf', {
                      value: formatNumber(i.latest.value, locale),
                      target: formatNumber(i.target, locale),
                      unit: i.unit,
                    })
                  : `${t('finance.indicator.target')} ${formatNumber(i.target, locale)} ${i.unit}`}
              </>
            }
            head={
              <>
                <Th>{t('finance.indicator.measuredOn')}</Th>
                <Th numeric>{t('finance.indicator.value')}</Th>
              </>
            }
          >
            {i.values.map((v) => (
              <tr class="kern-table__row">
                <Td>{formatDate(v.measuredOn, locale)}</Td>
                <Td numeric>
                  {formatNumber(v.value, locale)} {i.unit}
                </Td>
              </tr>
            ))}
          </DataTable>
        );
      })}
    </>
  );
}

export function MeasurePage({ ctx, f, measure, ids }: { ctx: PageContext; f: ProgrammeFinance; measure: MeasureView; ids: Set<number> }) {
  const { t, locale } = ctx;
  const title = pick(measure.title, locale)!;
  return (
    <Layout ctx={ctx} title={`${measure.code} ${title.text}`} current="programme" styles={FINANCE_STYLES}>
      <p>
        <a class="kern-link" href={localePath(locale, '/programm')}>
          <span class="kern-icon kern-icon--arrow-back" aria-hidden="true" /> {t('finance.measurePage.back')}
        </a>
      </p>
      <h1 class="kern-heading-large">
        {measure.code} <span lang={title.lang === locale ? undefined : title.lang}>{title.text}</span>
      </h1>
      <MeasureDetails ctx={ctx} f={f} measure={measure} />
      <Section id="budget" title={t('finance.measurePage.budget')}>
        <SeriesTable
          ctx={ctx}
          caption={t('finance.measurePage.budgetCaption')}
          head={`${t('finance.chart.year')} · ${t('finance.category')}`}
          rows={budgetRows(f, ids, t)}
        />
      </Section>
      {measure.indicators.length > 0 && (
        <Section id="indicators" title={t('finance.indicators.heading')}>
          <IndicatorHistory ctx={ctx} measure={measure} />
        </Section>
      )}
      {measure.milestones.length > 0 && (
        <Section id="milestones" title={t('finance.milestones.heading')}>
          <MilestoneList ctx={ctx} measure={measure} />
        </Section>
      )}
      {measure.outputs.length > 0 && (
        <Section id="outputs" title={t('finance.outputs.heading')}>
          <OutputList ctx={ctx} measure={measure} />
        </Section>
      )}
    </Layout>
  );
}
