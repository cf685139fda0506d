// The public participation report of a process: who took part and what was contributed, by channel,
// kind, phase, section and municipality, and what the administration answered and took up. Each chart is
// an SVG drawn on the server (an image with its text alternative) followed by its numbers as a table.
import type { ComponentChildren } from 'preact';
import { formatNumber } from '../../lib/format.js';
import { pick } from '../../lib/localized.js';
import { Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { DataTable, RowTh, Td, Th, Tr } from '../../views/table.js';
import { type ByChannel, type ProcessReport, reportChannels } from './report.js';
import type { ProcessView } from './processes.view-model.js';
import { reportLabels } from './report.labels.js';

function Bars({ ctx, title, rows }: { ctx: PageContext; title: string; rows: { label: string; value: number }[] }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const rowHeight = 30;
  return (
    <svg
      class="lotse-report-chart"
      role="img"
      aria-label={ctx.t('report.chart', { title })}
      viewBox={`0 0 640 ${rows.length * rowHeight + 10}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      {rows.map((r, i) => {
        const width = Math.round((r.value / max) * 300);
        return (
          <g transform={`translate(0 ${i * rowHeight + 5})`}>
            <text x="0" y="18" font-size="14" fill="#131525">
              {r.label.length > 30 ? `${r.label.slice(0, 29)}…` : r.label}
            </text>
            <rect x="240" y="4" width={Math.max(1, width)} height="18" fill="#2044aa" />
            <text x={246 + width} y="18" font-size="13" fill="#131525">
              {formatNumber(r.value, ctx.locale)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function ChannelTable({
  ctx,
  caption,
  head,
  rows,
}: {
  ctx: PageContext;
  caption: string;
  head: string;
  rows: { label: string; counts: ByChannel }[];
}) {
  const n = (v: number) => formatNumber(v, ctx.locale);
  return (
    <DataTable
      caption={caption}
      small
      head={
        <>
          <Th>{head}</Th>
          {reportChannels.map((c) => (
            <Th numeric>{ctx.t(`report.channel.${c}`)}</Th>
          ))}
          <Th numeric>{ctx.t('report.total')}</Th>
        </>
      }
    >
      {rows.map((r) => (
        <Tr>
          <RowTh>{r.label}</RowTh>
          {reportChannels.map((c) => (
            <Td numeric>{n(r.counts[c])}</Td>
          ))}
          <Td numeric>{n(r.counts.total)}</Td>
        </Tr>
      ))}
    </DataTable>
  );
}

function Part({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ComponentChildren }) {
  return (
    <section class="lotse-section" aria-labelledby={id}>
      <h2 class="kern-heading-medium" id={id}>
        {title}
      </h2>
      {intro && <p class="kern-body">{intro}</p>}
      {children}
    </section>
  );
}

export function ReportPage({ ctx, p, report }: { ctx: PageContext; p: ProcessView; report: ProcessReport }) {
  const { t, locale } = ctx;
  const labels = reportLabels(ctx.locale, report);
  const title = pick(p.title, locale)!.text;
  const n = (v: number) => formatNumber(v, locale);
  return (
    <Layout ctx={ctx} title={t('report.title', { title })} current="participation">
      <p>
        <a class="kern-link" href={localePath(locale, `/beteiligung/${p.slug}`)}>
          {t('report.back')}
        </a>
      </p>
      <h1 class="kern-heading-large">{t('report.title', { title })}</h1>
      <p class="kern-body">{t('report.intro')}</p>
      <p class="kern-body">
        <a class="kern-link" href={localePath(locale, `/beteiligung/${p.slug}/bericht.pdf`)}>
          {t('report.pdf')}
        </a>
      </p>
      <Part id="report-channels" title={t('report.channels')} intro={t('report.channelsIntro')}>
        <Bars
          ctx={ctx}
          title={t('report.channels')}
          rows={reportChannels.map((c) => ({ label: t(`report.channel.${c}`), value: report.contributions[c] }))}
        />
        <ChannelTable
          ctx={ctx}
          caption={t('report.channelsTable')}
          head={t('report.what')}
          rows={[
            { label: t('report.participants'), counts: report.participants },
            { label: t('report.contributions'), counts: report.contributions },
          ]}
        />
      </Part>
      <Part id="report-kinds" title={t('report.kinds')}>
        <Bars ctx={ctx} title={t('report.kinds')} rows={report.kinds.map((k) => ({ label: t(k.kind), value: k.counts.total }))} />
        <ChannelTable
          ctx={ctx}
          caption={t('report.kindsTable')}
          head={t('report.kind')}
          rows={report.kinds.map((k) => ({ label: t(k.kind), counts: k.counts }))}
        />
      </Part>
      <Part id="report-phases" title={t('report.phases')} intro={t('report.phasesIntro')}>
        <Bars
          ctx={ctx}
          title={t('report.phases')}
          rows={report.phases.map((ph, i) => ({ label: labels.phases[i]!, value: ph.counts.total }))}
        />
        <ChannelTable
          ctx={ctx}
          caption={t('report.phasesTable')}
          head={t('report.phase')}
          rows={report.phases.map((ph, i) => ({ label: labels.phases[i]!, counts: ph.counts }))}
        />
      </Part>
      {report.sections.length > 0 && (
        <Part id="report-sections" title={t('report.sections')}>
          <ChannelTable
            ctx={ctx}
            caption={t('report.sectionsTable')}
            head={t('report.section')}
            rows={report.sections.map((s, i) => ({ label: labels.sections[i]!, counts: s.counts }))}
          />
        </Part>
      )}
      <Part id="report-municipalities" title={t('report.municipalities')} intro={t('report.municipalitiesIntro')}>
        <DataTable
          caption={t('report.municipalitiesTable')}
          small
          head={
            <>
              <Th>{t('report.municipality')}</Th>
              <Th numeric>{t('report.contributions')}</Th>
            </>
          }
        >
          {report.municipalities.map((m) => (
            <Tr>
              <RowTh>{m.name ?? t('report.notGiven')}</RowTh>
              <Td numeric>{n(m.count)}</Td>
            </Tr>
          ))}
        </DataTable>
      </Part>
      <Part id="report-outcome" title={t('report.outcome')} intro={t('report.outcomeIntro')}>
        <DataTable
          caption={t('report.outcomeTable')}
          small
          head={
            <>
              <Th>{t('report.kind')}</Th>
              <Th numeric>{t('report.total')}</Th>
              <Th numeric>{t('report.answered')}</Th>
              <Th numeric>{t('report.takenUp')}</Th>
            </>
          }
        >
          {report.kinds.map((k) => (
            <Tr>
              <RowTh>{t(k.kind)}</RowTh>
              <Td numeric>{n(k.counts.total)}</Td>
              <Td numeric>{n(k.answered)}</Td>
              <Td numeric>{n(k.takenUp)}</Td>
            </Tr>
          ))}
        </DataTable>
      </Part>
    </Layout>
  );
}
