// Charts of the programme dashboard, drawn on the server by Apache ECharts' SVG renderer (no browser,
// no canvas). The page's Content-Security-Policy allows no inline styles, so the SVG is served as an image
// of its own (referenced by <img> with a text alternative, each beside a table of the same numbers) and
// its style attributes become presentation attributes; the hover stylesheet (useless in an image) goes.
import type * as Echarts from 'echarts';

// echarts is large: loaded with the first chart, not by every process at start.
let echartsModule: Promise<typeof Echarts> | undefined;
import { intlTag } from '../../lib/format.js';
import type { Locale } from '../../lib/localized.js';
import { pick } from '../../lib/localized.js';
import { t } from '../../i18n/index.js';
import type { ProgrammeFinance } from './finance.read.js';
import { totalsBy } from './rollup.js';

export interface SeriesRow {
  key: string;
  label: string;
  planned: number;
  spent: number;
}

export const chartNames = ['jahre', 'phasen', 'massnahmen'] as const;
export type ChartName = (typeof chartNames)[number];

/** The numbers behind each chart (and its table): planned and spent cents per year, phase and top-level measure. */
export function dashboardSeries(f: ProgrammeFinance, locale: Locale): Record<ChartName, SeriesRow[]> {
  const plannedYear = totalsBy(
    f.budgetLines,
    (l) => l.year,
    (l) => l.amount,
  );
  const spentYear = totalsBy(
    f.spending,
    (s) => s.year,
    (s) => s.amount,
  );
  const years = [...new Set([...plannedYear.keys(), ...spentYear.keys()])].sort();
  const plannedPhase = totalsBy(
    f.budgetLines,
    (l) => l.phaseCode,
    (l) => l.amount,
  );
  const spentPhase = totalsBy(
    f.spending,
    (s) => s.phaseCode ?? '',
    (s) => s.amount,
  );
  const phaseRows: SeriesRow[] = f.phases.map((p) => ({
    key: p.code,
    label: pick(p.name, locale)!.text,
    planned: plannedPhase.get(p.code) ?? 0,
    spent: spentPhase.get(p.code) ?? 0,
  }));
  if (spentPhase.get('')) phaseRows.push({ key: '', label: t(locale, 'finance.outsidePhases'), planned: 0, spent: spentPhase.get('')! });
  return {
    jahre: years.map((y) => ({ key: String(y), label: String(y), planned: plannedYear.get(y) ?? 0, spent: spentYear.get(y) ?? 0 })),
    phasen: phaseRows,
    massnahmen: topMeasures(f).map((m) => ({
      key: m.slug,
      label: `${m.code} ${pick(m.title, locale)!.text}`,
      planned: m.planned,
      spent: m.spent,
    })),
  };
}

/** Measures (not goals or fields of action) whose parent is not a measure: one bar each, children included. */
export function topMeasures(f: ProgrammeFinance) {
  const kindOf = new Map(f.measures.map((m) => [m.id, m.kind]));
  return f.measures.filter((m) => m.kind === 'measure' && (m.parentId === null || kindOf.get(m.parentId) !== 'measure'));
}

export async function renderChart(name: ChartName, rows: SeriesRow[], locale: Locale): Promise<string> {
  const echarts = await (echartsModule ??= import('echarts'));
  const money = new Intl.NumberFormat(intlTag(locale), {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const horizontal = name === 'massnahmen';
  const height = horizontal ? Math.max(220, 70 + rows.length * 46) : 320;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 760, height, locale: locale === 'de' ? 'DE' : 'EN' });
  try {
    const categories = rows.map((r) => (horizontal && r.label.length > 38 ? `${r.label.slice(0, 37)}…` : r.label));
    const valueAxis = {
      type: 'value' as const,
      axisLabel: { formatter: (v: number) => money.format(v / 100), color: '#1f2937' },
      splitLine: { lineStyle: { color: '#d1d5db' } },
    };
    const categoryAxis = {
      type: 'category' as const,
      data: categories,
      axisLabel: { color: '#1f2937', width: horizontal ? 230 : undefined, overflow: 'truncate' as const },
      inverse: horizontal,
    };
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'Fira Sans, sans-serif', fontSize: 13, color: '#1f2937' },
      legend: { top: 0, textStyle: { color: '#1f2937' } },
      grid: { left: horizontal ? 250 : 80, right: 30, top: 40, bottom: 30 },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: [
        { name: t(locale, 'finance.planned'), type: 'bar', data: rows.map((r) => r.planned), itemStyle: { color: '#1e3a8a' } },
        { name: t(locale, 'finance.spent'), type: 'bar', data: rows.map((r) => r.spent), itemStyle: { color: '#c2410c' } },
      ],
    });
    return imageSafe(chart.renderToSVGString(), t(locale, `finance.chart.${name}`));
  } finally {
    chart.dispose();
  }
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** No stylesheet, no style attributes, no hover classes; a title for the image. */
export function imageSafe(svg: string, title: string): string {
  return svg
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/ class="[^"]*"/g, '')
    .replace(/ style="([^"]*)"/g, (_m, css: string) =>
      css
        .split(';')
        .map((d) => d.split(':').map((x) => x.trim()))
        .filter(([k, v]) => k && v && /^[a-z-]+$/.test(k))
        .map(([k, v]) => ` ${k}="${escapeXml(v!)}"`)
        .join(''),
    )
    .replace(/^<svg([^>]*)>/, (_m, attrs: string) => `<svg${attrs} role="img"><title>${escapeXml(title)}</title>`);
}
