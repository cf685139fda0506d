// The public programme dashboard (/de/programm) and a measure's page (/de/programm/massnahmen/{slug}):
// grant, phases, headline figures, partners' shares, planned vs. spent by year, phase and measure (each
// chart an SVG image with its numbers as a table), the measure tree with progress, indicators,
// milestones and outputs. Nothing internal appears here (documents, notes, draw-downs).
import type { ComponentChildren } from 'preact';
import { formatDate, formatEuro, formatNumber } from '../../lib/format.js';
import { pick } from '../../lib/localized.js';
import { Alert, Badge, Fact, Text } from '../../views/components.js';
import { Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { dashboardSeries, type SeriesRow } from './charts.js';
import type { MeasureView, ProgrammeFinance } from './finance.read.js';
import { bpToPercent } from './money.js';
import { costCategories } from '../../db/schema-finance.js';
import { totalsBy } from './rollup.js';
import { Chart, FINANCE_STYLES, MeasureTree, Section, SeriesTable, StatusBadge, percentOf } from './finance.components.js';
import { DataTable, Td, Th } from '../../views/table.js';

function IndicatorTable({ ctx, measures }: { ctx: PageContext; measures: MeasureView[] }) {
  const { t, locale } = ctx;
  const rows = measures.flatMap((m) => m.indicators.map((i) => ({ m, i })));
  if (!rows.length) return null;
  return (
    <DataTable
      caption={t('finance.indicators.caption')}
      striped
      head={
        <>
          <Th>{t('finance.indicator')}</Th>
          <Th>{t('finance.measure')}</Th>
          <Th numeric>{t('finance.indicator.target')}</Th>
          <Th numeric>{t('finance.indicator.actual')}</Th>
          <Th>{t('finance.progress')}</Th>
        </>
      }
    >
      {rows.map(({ m, i }) => {
        const name = pick(i.name, locale)!;
        const share = i.target > 0 && i.latest ? Math.min(100, Math.round((i.latest.value / i.target) * 100)) : 0;
        return (
          <tr class="kern-table__row">
            <th scope="row" class="kern-table__cell" lang={name.lang === locale ? undefined : name.lang}>
              {name.text}
            </th>
            <Td>
              <a class="kern-link" href={localePath(locale, `/programm/massnahmen/${m.slug}`)}>
                {m.code}
              </a>
            </Td>
            <Td numeric>
              {formatNumber(i.target, locale)} {i.unit}
            </Td>
            <Td numeric>
              {i.latest ? (
                <>
                  {formatNumber(i.latest.value, locale)} {i.unit}
                  <br />
                  <span class="kern-body--small">
                    {t('finance.indicator.measuredOn')} {formatDate(i.latest.measuredOn, locale)}
                  </span>
                </>
              ) : (
                '–'
              )}
            </Td>
            <Td class="lotse-table-progress">
              <progress max={100} value={share} aria-label={t('finance.progressOf', { title: name.text })}>
                {share} %
              </progress>
              {share} %
            </Td>
          </tr>
        );
      })}
    </DataTable>
  );
}

export function GrantFacts({ ctx, f }: { ctx: PageContext; f: ProgrammeFinance }) {
  const { t, locale } = ctx;
  return (
    <dl class="kern-description-list">
      {f.grant.fundingProgramme && (
        <Fact label={t('finance.grant.programme')}>
          <span lang="de">{f.grant.fundingProgramme}</span>
        </Fact>
      )}
      {f.grant.grantReference && <Fact label={t('finance.grant.reference')}>{f.grant.grantReference}</Fact>}
      {f.grant.grantDate && <Fact label={t('finance.grant.date')}>{formatDate(f.grant.grantDate, locale)}</Fact>}
      <Fact label={t('finance.grant.rate')}>
        {t('finance.grant.rateValue', { rate: bpToPercent(f.grant.fundingRateBp, locale === 'en' ? '.' : ',') })}
      </Fact>
      {f.programme.agencyName && <Fact label={t('home.programme.agency')}>{f.programme.agencyName}</Fact>}
    </dl>
  );
}

export function PhasesTable({ ctx, f }: { ctx: PageContext; f: ProgrammeFinance }) {
  const { t, locale } = ctx;
  if (!f.phases.length) return null;
  return (
    <DataTable
      caption={t('finance.phases.heading')}
      head={
        <>
          <Th>{t('finance.phases.phase')}</Th>
          <Th>{t('finance.phases.period')}</Th>
          <Th>{t('finance.phases.proofDue')}</Th>
        </>
      }
    >
      {f.phases.map((p) => (
        <tr class="kern-table__row">
          <th scope="row" class="kern-table__cell">
            <Text ctx={ctx} value={p.name} />
          </th>
          <Td>
            {formatDate(p.startsOn, locale)} – {formatDate(p.endsOn, locale)}
          </Td>
          <Td>{p.proofDue ? formatDate(p.proofDue, locale) : t('finance.phases.proofDueUnknown')}</Td>
        </tr>
      ))}
    </DataTable>
  );
}

export function FiguresTable({ ctx, f }: { ctx: PageContext; f: ProgrammeFinance }) {
  const { t, locale } = ctx;
  if (!f.figures.length) return null;
  return (
    <DataTable
      caption={t('finance.figures.heading')}
      head={
        <>
          <Th numeric>{t('finance.figures.amount')}</Th>
          <Th>{t('finance.figures.source')}</Th>
          <Th>{t('finance.figures.asOf')}</Th>
        </>
      }
    >
      {f.figures.map((x) => (
        <tr class="kern-table__row">
          <Td numeric>{formatEuro(x.amount, locale)}</Td>
          <Td>
            <span lang="de">{x.source}</span>
          </Td>
          <Td>{formatDate(x.asOf, locale)}</Td>
        </tr>
      ))}
    </DataTable>
  );
}

function PartnersTable({ ctx, f }: { ctx: PageContext; f: ProgrammeFinance }) {
  const { t, locale } = ctx;
  const partners = f.partners.filter((p) => p.shareBp > 0 || f.totals.ownByPartner.some((o) => o.slug === p.slug));
  if (!partners.length) return null;
  return (
    <DataTable
      caption={t('finance.partners.heading')}
      head={
        <>
          <Th>{t('finance.partners.partner')}</Th>
          <Th numeric>{t('finance.partners.share')}</Th>
          <Th numeric>{t('finance.partners.planned')}</Th>
        </>
      }
    >
      {partners.map((p) => (
        <tr class="kern-table__row">
          <th scope="row" class="kern-table__cell">
            {p.name}
          </th>
          <Td numeric>{bpToPercent(p.shareBp, locale === 'en' ? '.' : ',')} %</Td>
          <Td numeric>{formatEuro(f.totals.ownByPartner.find((o) => o.slug === p.slug)?.amount ?? 0, locale)}</Td>
        </tr>
      ))}
    </DataTable>
  );
}

export function ProgrammePage({ ctx, f, illustrative }: { ctx: PageContext; f: ProgrammeFinance; illustrative: boolean }) {
  const { t, locale } = ctx;
  const series = dashboardSeries(f, locale);
  return (
    <Layout ctx={ctx} title={t('finance.title')} current="programme" styles={FINANCE_STYLES}>
      <h1 class="kern-heading-large">{t('finance.title')}</h1>
      <p class="kern-body kern-body--large">
        <Text ctx={ctx} value={f.programme.name} />
        {' – '}
        {t('finance.intro')}
      </p>
      {illustrative && <Alert kind="info" title={t('finance.illustrative')} />}

      <Section id="grant" title={t('finance.grant.heading')}>
        <GrantFacts ctx={ctx} f={f} />
        <FiguresTable ctx={ctx} f={f} />
        <PhasesTable ctx={ctx} f={f} />
        <PartnersTable ctx={ctx} f={f} />
      </Section>

      <Section id="totals" title={t('finance.totals.heading')}>
        <TotalsFacts ctx={ctx} f={f} />
        <Chart ctx={ctx} name="jahre" rows={series.jahre} head={t('finance.chart.year')} />
        <Chart ctx={ctx} name="phasen" rows={series.phasen} head={t('finance.phases.phase')} />
        <Chart ctx={ctx} name="massnahmen" rows={series.massnahmen} head={t('finance.measure')} />
      </Section>

      <Section id="measures" title={t('finance.measures.heading')}>
        <MeasureTree
          ctx={ctx}
          measures={f.measures}
          caption={t('finance.measures.caption')}
          href={(m) => localePath(locale, `/programm/massnahmen/${m.slug}`)}
        />
      </Section>

      {f.measures.some((m) => m.indicators.length) && (
        <Section id="indicators" title={t('finance.indicators.heading')}>
          <IndicatorTable ctx={ctx} measures={f.measures} />
        </Section>
      )}
    </Layout>
  );
}

export function TotalsFacts({ ctx, f }: { ctx: PageContext; f: ProgrammeFinance }) {
  const { t, locale } = ctx;
  return (
    <dl class="kern-description-list">
      <Fact label={t('finance.totals.planned')}>{formatEuro(f.totals.planned, locale)}</Fact>
      <Fact label={t('finance.totals.federal')}>{formatEuro(f.totals.plannedFederal, locale)}</Fact>
      <Fact label={t('finance.totals.own')}>{formatEuro(f.totals.plannedOwn, locale)}</Fact>
      <Fact label={t('finance.totals.spent')}>
        {formatEuro(f.totals.spent, locale)} ({t('finance.totals.share', { percent: percentOf(f.totals.spent, f.totals.planned) })})
      </Fact>
    </dl>
  );
}

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

/** On a Vorhaben's page: the measures it belongs to. */
export function ProjectMeasures({
  ctx,
  measures,
}: {
  ctx: PageContext;
  measures: { slug: string; code: string; title: import('../../lib/localized.js').LocalizedText }[];
}) {
  const { t, locale } = ctx;
  if (!measures.length) return null;
  return (
    <section class="lotse-section" aria-labelledby="measures-heading">
      <h2 class="kern-heading-medium" id="measures-heading">
        {t('project.measures')}
      </h2>
      <p class="kern-body">{t('project.measures.intro')}</p>
      <ul class="kern-list">
        {measures.map((m) => (
          <li>
            <a class="kern-link" href={localePath(locale, `/programm/massnahmen/${m.slug}`)}>
              {m.code} <Text ctx={ctx} value={m.title} />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
