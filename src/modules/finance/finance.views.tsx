// The public programme dashboard (/de/programm) and a measure's page (/de/programm/massnahmen/{slug}):
// grant, phases, headline figures, partners' shares, planned vs. spent by year, phase and measure (each
// chart an SVG image with its numbers as a table), the measure tree with progress, indicators,
// milestones and outputs. Nothing internal appears here (documents, notes, draw-downs).
import type { ComponentChildren } from 'preact';
import { formatDate, formatEuro, formatNumber } from '../../lib/format.js';
import { pick } from '../../lib/localized.js';
import { Alert, Badge, Fact } from '../../views/components.js';
import { Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { Text } from '../projects/projects.views.js';
import { type ChartName, dashboardSeries, type SeriesRow } from './charts.js';
import type { MeasureView, ProgrammeFinance } from './finance.read.js';
import { bpToPercent } from './money.js';
import { costCategories } from '../../db/schema-finance.js';
import { totalsBy } from './rollup.js';

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

export function Th({ children, numeric }: { children: ComponentChildren; numeric?: boolean }) {
  return (
    <th class={`kern-table__cell${numeric ? ' kern-table__cell--numeric' : ''}`} scope="col">
      {children}
    </th>
  );
}

export function Td({ children, numeric, class: cls }: { children: ComponentChildren; numeric?: boolean; class?: string }) {
  return <td class={`kern-table__cell${numeric ? ' kern-table__cell--numeric' : ''}${cls ? ` ${cls}` : ''}`}>{children}</td>;
}

/** A KERN table with its caption and column heads; the rows are the children. */
export function DataTable({ caption, head, striped, children }: { caption: ComponentChildren; head: ComponentChildren; striped?: boolean; children: ComponentChildren }) {
  return (
    <div class="kern-table-responsive">
      <table class={`kern-table${striped ? ' kern-table--striped' : ''}`}>
        <caption class="kern-title">{caption}</caption>
        <thead class="kern-table__header">
          <tr class="kern-table__row">{head}</tr>
        </thead>
        <tbody class="kern-table__body">{children}</tbody>
      </table>
    </div>
  );
}

/** Planned vs. spent per row with a total row: the data of a chart. */
export function SeriesTable({ ctx, caption, head, rows }: { ctx: PageContext; caption: string; head: string; rows: SeriesRow[] }) {
  const { t } = ctx;
  const planned = rows.reduce((a, r) => a + r.planned, 0);
  const spent = rows.reduce((a, r) => a + r.spent, 0);
  return (
    <DataTable caption={caption} striped head={
      <>
        <Th>{head}</Th>
        <Th numeric>{t('finance.planned')}</Th>
        <Th numeric>{t('finance.spent')}</Th>
        <Th numeric>{t('finance.percentOfPlan')}</Th>
      </>
    }>
      {rows.map((r) => (
        <tr class="kern-table__row">
          <th class="kern-table__cell" scope="row">{r.label}</th>
          <Td numeric><Money ctx={ctx} cents={r.planned} /></Td>
          <Td numeric class={r.spent > r.planned ? 'lotse-overrun' : undefined}><Money ctx={ctx} cents={r.spent} /></Td>
          <Td numeric>{r.planned > 0 ? `${percentOf(r.spent, r.planned)} %` : '–'}</Td>
        </tr>
      ))}
      <tr class="kern-table__row">
        <th class="kern-table__cell" scope="row">{t('finance.total')}</th>
        <Td numeric><strong><Money ctx={ctx} cents={planned} /></strong></Td>
        <Td numeric><strong><Money ctx={ctx} cents={spent} /></strong></Td>
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
      <img src={localePath(locale, `/programm/diagramme/${name}.svg`)} alt={t('finance.chart.alt', { title })} width={760} height={name === 'massnahmen' ? Math.max(220, 70 + rows.length * 46) : 320} />
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

export function MeasureTree({ ctx, measures, caption, href }: { ctx: PageContext; measures: MeasureView[]; caption: string; href: (m: MeasureView) => string }) {
  const { t, locale } = ctx;
  if (!measures.length) return <p class="kern-body">{t('finance.measures.none')}</p>;
  return (
    <DataTable caption={caption} striped head={
      <>
        <Th>{t('finance.measure')}</Th>
        <Th>{t('finance.kind')}</Th>
        <Th>{t('finance.status')}</Th>
        <Th>{t('finance.progress')}</Th>
        <Th numeric>{t('finance.planned')}</Th>
        <Th numeric>{t('finance.spent')}</Th>
      </>
    }>
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
            <Td><StatusBadge ctx={ctx} status={m.status} /></Td>
            <ProgressCell ctx={ctx} measure={m} />
            <Td numeric><Money ctx={ctx} cents={m.planned} /></Td>
            <Td numeric class={m.spent > m.planned ? 'lotse-overrun' : undefined}><Money ctx={ctx} cents={m.spent} /></Td>
          </tr>
        );
      })}
    </DataTable>
  );
}

function IndicatorTable({ ctx, measures }: { ctx: PageContext; measures: MeasureView[] }) {
  const { t, locale } = ctx;
  const rows = measures.flatMap((m) => m.indicators.map((i) => ({ m, i })));
  if (!rows.length) return null;
  return (
    <DataTable caption={t('finance.indicators.caption')} striped head={
      <>
        <Th>{t('finance.indicator')}</Th>
        <Th>{t('finance.measure')}</Th>
        <Th numeric>{t('finance.indicator.target')}</Th>
        <Th numeric>{t('finance.indicator.actual')}</Th>
        <Th>{t('finance.progress')}</Th>
      </>
    }>
      {rows.map(({ m, i }) => {
        const name = pick(i.name, locale)!;
        const share = i.target > 0 && i.latest ? Math.min(100, Math.round((i.latest.value / i.target) * 100)) : 0;
        return (
          <tr class="kern-table__row">
            <th scope="row" class="kern-table__cell" lang={name.lang === locale ? undefined : name.lang}>{name.text}</th>
            <Td>
              <a class="kern-link" href={localePath(locale, `/programm/massnahmen/${m.slug}`)}>{m.code}</a>
            </Td>
            <Td numeric>{formatNumber(i.target, locale)} {i.unit}</Td>
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
              <progress max={100} value={share} aria-label={t('finance.progressOf', { title: name.text })}>{share} %</progress>
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
      {f.grant.fundingProgramme && <Fact label={t('finance.grant.programme')}><span lang="de">{f.grant.fundingProgramme}</span></Fact>}
      {f.grant.grantReference && <Fact label={t('finance.grant.reference')}>{f.grant.grantReference}</Fact>}
      {f.grant.grantDate && <Fact label={t('finance.grant.date')}>{formatDate(f.grant.grantDate, locale)}</Fact>}
      <Fact label={t('finance.grant.rate')}>{t('finance.grant.rateValue', { rate: bpToPercent(f.grant.fundingRateBp, locale === 'en' ? '.' : ',') })}</Fact>
      {f.programme.agencyName && <Fact label={t('home.programme.agency')}>{f.programme.agencyName}</Fact>}
    </dl>
  );
}

export function PhasesTable({ ctx, f }: { ctx: PageContext; f: ProgrammeFinance }) {
  const { t, locale } = ctx;
  if (!f.phases.length) return null;
  return (
    <DataTable caption={t('finance.phases.heading')} head={
      <>
        <Th>{t('finance.phases.phase')}</Th>
        <Th>{t('finance.phases.period')}</Th>
        <Th>{t('finance.phases.proofDue')}</Th>
      </>
    }>
      {f.phases.map((p) => (
        <tr class="kern-table__row">
          <th scope="row" class="kern-table__cell"><Text ctx={ctx} value={p.name} /></th>
          <Td>{formatDate(p.startsOn, locale)} – {formatDate(p.endsOn, locale)}</Td>
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
    <DataTable caption={t('finance.figures.heading')} head={
      <>
        <Th numeric>{t('finance.figures.amount')}</Th>
        <Th>{t('finance.figures.source')}</Th>
        <Th>{t('finance.figures.asOf')}</Th>
      </>
    }>
      {f.figures.map((x) => (
        <tr class="kern-table__row">
          <Td numeric>{formatEuro(x.amount, locale)}</Td>
          <Td><span lang="de">{x.source}</span></Td>
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
    <DataTable caption={t('finance.partners.heading')} head={
      <>
        <Th>{t('finance.partners.partner')}</Th>
        <Th numeric>{t('finance.partners.share')}</Th>
        <Th numeric>{t('finance.partners.planned')}</Th>
      </>
    }>
      {partners.map((p) => (
        <tr class="kern-table__row">
          <th scope="row" class="kern-table__cell">{p.name}</th>
          <Td numeric>{bpToPercent(p.shareBp, locale === 'en' ? '.' : ',')} %</Td>
          <Td numeric>{formatEuro(f.totals.ownByPartner.find((o) => o.slug === p.slug)?.amount ?? 0, locale)}</Td>
        </tr>
      ))}
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
        <MeasureTree ctx={ctx} measures={f.measures} caption={t('finance.measures.caption')} href={(m) => localePath(locale, `/programm/massnahmen/${m.slug}`)} />
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
  const planned = totalsBy(lines, (l) => key(l.year, l.category), (l) => l.amount);
  const spent = totalsBy(spending, (s) => key(s.year, s.category), (s) => s.amount);
  const years = [...new Set([...lines.map((l) => l.year), ...spending.map((s) => s.year)])].sort();
  return years.flatMap((y) =>
    costCategories
      .filter((c) => planned.has(key(y, c)) || spent.has(key(y, c)))
      .map((c) => ({ key: key(y, c), label: `${y} · ${t(`finance.category.${c}`)}`, planned: planned.get(key(y, c)) ?? 0, spent: spent.get(key(y, c)) ?? 0 })),
  );
}

export function MeasureDetails({ ctx, f, measure, admin }: { ctx: PageContext; f: ProgrammeFinance; measure: MeasureView; admin?: boolean }) {
  const { t, locale } = ctx;
  const parent = f.measures.find((m) => m.id === measure.parentId);
  const children = f.measures.filter((m) => m.parentId === measure.id);
  const link = (m: MeasureView) => localePath(locale, admin ? `/verwaltung/finanzen/massnahmen/${m.slug}` : `/programm/massnahmen/${m.slug}`);
  return (
    <>
      <p class="lotse-card__badges">
        <Badge>{t(`finance.kind.${measure.kind}`)}</Badge> <StatusBadge ctx={ctx} status={measure.status} />
      </p>
      <dl class="kern-description-list">
        {parent && (
          <Fact label={t('finance.measurePage.parent')}>
            <a class="kern-link" href={link(parent)}>{parent.code} {pick(parent.title, locale)!.text}</a>
          </Fact>
        )}
        <Fact label={t('finance.progress')}>
          <span class="lotse-table-progress">
            <progress max={100} value={measure.progress} aria-label={t('finance.progressOf', { title: pick(measure.title, locale)!.text })}>{measure.progress} %</progress>
            {t('finance.progressValue', { progress: formatNumber(measure.progress, locale) })} ({t(`finance.progressMode.${measure.progressMode}`)})
          </span>
        </Fact>
        {measure.lead && <Fact label={t('finance.lead')}>{measure.lead.name}</Fact>}
        <Fact label={t('finance.planned')}>{formatEuro(measure.planned, locale)}</Fact>
        <Fact label={t('finance.spent')}>{formatEuro(measure.spent, locale)} ({t('finance.totals.share', { percent: percentOf(measure.spent, measure.planned) })})</Fact>
        {measure.projects.length > 0 && (
          <Fact label={t('finance.projects')}>
            <ul class="kern-list">
              {measure.projects.map((p) => (
                <li>
                  {p.published ? (
                    <a class="kern-link" href={localePath(locale, `/vorhaben/${p.slug}`)}><Text ctx={ctx} value={p.title} /></a>
                  ) : (
                    <span><Text ctx={ctx} value={p.title} /> ({p.slug})</span>
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
          <MeasureTree ctx={ctx} measures={children.map((c) => ({ ...c, depth: 0 }))} caption={t('finance.measurePage.children')} href={link} />
        </Section>
      )}
    </>
  );
}

export function MilestoneList({ ctx, measure, action }: { ctx: PageContext; measure: MeasureView; action?: (m: MeasureView['milestones'][number]) => ComponentChildren }) {
  const { t, locale } = ctx;
  if (!measure.milestones.length) return null;
  return (
    <ul class="kern-list">
      {measure.milestones.map((m) => (
        <li>
          <strong><Text ctx={ctx} value={m.title} /></strong> – {t('finance.milestone.due')} {formatDate(m.dueOn, locale)}:{' '}
          {m.doneOn ? <Badge kind="success">{t('finance.milestone.done', { date: formatDate(m.doneOn, locale) })}</Badge> : <Badge>{t('finance.milestone.open')}</Badge>}
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
          <a class="kern-link" href={o.url} rel="noopener">{t('finance.output.url')}</a>
          {o.docsUrl && (
            <>
              {' · '}
              <a class="kern-link" href={o.docsUrl} rel="noopener">{t('finance.output.docs')}</a>
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
                {i.latest ? t('finance.indicator.valueOf', { value: formatNumber(i.latest.value, locale), target: formatNumber(i.target, locale), unit: i.unit }) : `${t('finance.indicator.target')} ${formatNumber(i.target, locale)} ${i.unit}`}
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
                <Td numeric>{formatNumber(v.value, locale)} {i.unit}</Td>
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
        <SeriesTable ctx={ctx} caption={t('finance.measurePage.budgetCaption')} head={`${t('finance.chart.year')} · ${t('finance.category')}`} rows={budgetRows(f, ids, t)} />
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
export function ProjectMeasures({ ctx, measures }: { ctx: PageContext; measures: { slug: string; code: string; title: import('../../lib/localized.js').LocalizedText }[] }) {
  const { t, locale } = ctx;
  if (!measures.length) return null;
  return (
    <section class="lotse-section" aria-labelledby="measures-heading">
      <h2 class="kern-heading-medium" id="measures-heading">{t('project.measures')}</h2>
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
