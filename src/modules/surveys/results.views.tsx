// The results of a survey, for the public results page and the back office: per question a bar chart
// drawn as SVG on the server (no script; an image with its text alternative) followed by its numbers as
// a table, the mean of scales, rankings by mean rank, approved free texts; responses per channel, with
// the answers from anyone (one per browser) marked as less reliable.
import { formatNumber } from '../../lib/format.js';
import { pick } from '../../lib/localized.js';
import type { PageContext } from '../../views/page-context.js';
import { DataTable, RowTh, Td, Th, Tr } from '../../views/table.js';
import { answerLabel } from './question-fields.views.js';
import type { QuestionResult, SurveyResults } from './results.js';
import type { QuestionView, SurveyView } from './survey.types.js';

const pct = (ctx: PageContext, n: number) => `${formatNumber(n, ctx.locale)} %`;

function Bars({ ctx, title, rows }: { ctx: PageContext; title: string; rows: { label: string; percent: number; count: number }[] }) {
  const rowHeight = 30;
  const height = rows.length * rowHeight + 10;
  return (
    <svg
      class="lotse-survey-chart"
      role="img"
      aria-label={ctx.t('surveys.results.chart', { title })}
      viewBox={`0 0 640 ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      {rows.map((r, i) => (
        <g transform={`translate(0 ${i * rowHeight + 5})`}>
          <text x="0" y="18" font-size="14" fill="#131525">
            {r.label.length > 34 ? `${r.label.slice(0, 33)}…` : r.label}
          </text>
          <rect x="260" y="4" width={Math.max(1, r.percent * 3)} height="18" fill="#2044aa" />
          <text x={266 + r.percent * 3} y="18" font-size="13" fill="#131525">
            {`${pct(ctx, r.percent)} (${formatNumber(r.count, ctx.locale)})`}
          </text>
        </g>
      ))}
    </svg>
  );
}

function CountsTable({
  ctx,
  caption,
  rows,
}: {
  ctx: PageContext;
  caption: string;
  rows: { label: string; percent: number; count: number }[];
}) {
  return (
    <DataTable
      caption={caption}
      small
      head={
        <>
          <Th>{ctx.t('surveys.results.answer')}</Th>
          <Th numeric>{ctx.t('surveys.results.count')}</Th>
          <Th numeric>{ctx.t('surveys.results.percent')}</Th>
        </>
      }
    >
      {rows.map((r) => (
        <Tr>
          <RowTh>{r.label}</RowTh>
          <Td numeric>{formatNumber(r.count, ctx.locale)}</Td>
          <Td numeric>{pct(ctx, r.percent)}</Td>
        </Tr>
      ))}
    </DataTable>
  );
}

function QuestionBlock({ ctx, q, number, result }: { ctx: PageContext; q: QuestionView; number: number; result: QuestionResult }) {
  const title = `${number}. ${pick(q.prompt, ctx.locale)?.text ?? ''}`;
  const rows = result.counts.map((c) => ({
    label:
      q.kind === 'scale'
        ? String(c.value)
        : q.kind === 'yesno'
          ? answerLabel(ctx, q, c.value === 1 ? 'yes' : 'no')
          : answerLabel(ctx, q, String(c.value)),
    count: c.count,
    percent: c.percent,
  }));
  return (
    <section class="lotse-survey-result" aria-labelledby={`r-${q.id}`}>
      <h3 class="kern-heading-small" id={`r-${q.id}`}>
        {title}
      </h3>
      <p class="kern-body">{ctx.t('surveys.results.answered', { count: result.answered })}</p>
      {result.mean !== null && <p class="kern-body">{ctx.t('surveys.results.mean', { mean: formatNumber(result.mean, ctx.locale) })}</p>}
      {rows.length > 0 && (
        <>
          <Bars ctx={ctx} title={title} rows={rows} />
          <CountsTable ctx={ctx} caption={ctx.t('surveys.results.tableOf', { title })} rows={rows} />
        </>
      )}
      {q.kind === 'ranking' && (
        <DataTable
          caption={ctx.t('surveys.results.tableOf', { title })}
          small
          head={
            <>
              <Th>{ctx.t('surveys.results.answer')}</Th>
              <Th numeric>{ctx.t('surveys.results.meanRank')}</Th>
              <Th numeric>{ctx.t('surveys.results.firstPlaces')}</Th>
            </>
          }
        >
          {result.ranks.map((r) => (
            <Tr>
              <RowTh>{pick(q.options[r.option], ctx.locale)?.text}</RowTh>
              <Td numeric>{formatNumber(r.meanRank, ctx.locale)}</Td>
              <Td numeric>{formatNumber(r.firstPlaces, ctx.locale)}</Td>
            </Tr>
          ))}
        </DataTable>
      )}
      {q.kind === 'text' &&
        (result.texts.length === 0 ? (
          <p class="kern-body">{ctx.t('surveys.results.noTexts')}</p>
        ) : (
          <ul class="kern-list lotse-survey-texts">
            {result.texts.map((text) => (
              <li>{text}</li>
            ))}
          </ul>
        ))}
    </section>
  );
}

export function ResultsBlock({ ctx, survey, results }: { ctx: PageContext; survey: SurveyView; results: SurveyResults }) {
  const { t } = ctx;
  return (
    <>
      <h2 class="kern-heading-medium">{t('surveys.results.participation')}</h2>
      <DataTable
        caption={t('surveys.results.byChannel', { count: results.total })}
        small
        head={
          <>
            <Th>{t('surveys.results.channel')}</Th>
            <Th numeric>{t('surveys.results.count')}</Th>
          </>
        }
      >
        {(['online', 'paper', 'event'] as const).map((c) => (
          <Tr>
            <RowTh>{t(`surveys.channel.${c}`)}</RowTh>
            <Td numeric>{formatNumber(results.byChannel[c], ctx.locale)}</Td>
          </Tr>
        ))}
      </DataTable>
      {results.byRespondent.browser > 0 && (
        <p class="kern-body">{t('surveys.results.lessReliable', { count: results.byRespondent.browser })}</p>
      )}
      <h2 class="kern-heading-medium">{t('surveys.results.questions')}</h2>
      {survey.questions.map((q, i) => (
        <QuestionBlock ctx={ctx} q={q} number={i + 1} result={results.questions.find((r) => r.questionId === q.id)!} />
      ))}
    </>
  );
}
