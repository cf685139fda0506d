// The public programme dashboard (/de/programm): grant, phases, headline figures, partners' shares,
// planned vs. spent by year, phase and measure (each chart an SVG image with its numbers as a table), the
// measure tree with progress and the indicators; and, on a Vorhaben's page, the measures it belongs to.
// Nothing internal appears here (documents, notes, draw-downs). A measure's page: finance.measure.views.tsx.
import { decimalMark, formatDate, formatEuro, formatNumber } from '../../lib/format.js';
import { pick } from '../../lib/localized.js';
import { Alert, Fact, Text } from '../../views/components.js';
import { Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { DataTable, Td, Th } from '../../views/table.js';
import { dashboardSeries } from './charts.js';
import type { MeasureView, ProgrammeFinance, ProjectMeasureView } from './finance.read.js';
import { bpToPercent } from './money.js';
import { Chart, FINANCE_STYLES, MeasureTree, Section, percentOf } from './finance.components.js';

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
        {t('finance.grant.rateValue', { rate: bpToPercent(f.grant.fundingRateBp, decimalMark(locale)) })}
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
          <Td numeric>{bpToPercent(p.shareBp, decimalMark(locale))} %</Td>
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

/** On a Vorhaben's page: the measures it belongs to. */
export function ProjectMeasures({ ctx, measures }: { ctx: PageContext; measures: ProjectMeasureView[] }) {
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
