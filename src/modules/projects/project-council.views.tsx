// The council part of a Vorhaben's page: the decisions with their papers in the council information
// system, the deliberations (committee, meeting, agenda item, result) and the paper's files; and the
// next and first deliberation among the facts.
import { berlinParts } from '../../lib/berlin-time.js';
import { formatDate, formatDateTime } from '../../lib/format.js';
import { Fact } from '../../views/components.js';
import type { PageContext } from '../../views/page-context.js';
import type { DecisionView, ProjectCouncilView } from './project-council.view-model.js';

/** Council texts are German; only the page's own words are translated. */
const de = (locale: string) => (locale === 'de' ? undefined : 'de');

export function CouncilFacts({ ctx, council }: { ctx: PageContext; council: ProjectCouncilView }) {
  const { t, locale } = ctx;
  return (
    <>
      {council.next && (
        <Fact label={t('project.council.next')}>
          <time datetime={council.next.start.toISOString()}>{formatDateTime(council.next.start, locale)}</time>
          {(council.next.organization ?? council.next.meeting) && (
            <>
              {', '}
              {council.next.web ? (
                <a class="kern-link" href={council.next.web} lang={de(locale)}>
                  {council.next.organization ?? council.next.meeting}
                </a>
              ) : (
                <span lang={de(locale)}>{council.next.organization ?? council.next.meeting}</span>
              )}
            </>
          )}
        </Fact>
      )}
      {council.first && (
        <Fact label={t('project.council.first')}>
          {/* The meeting's day in Berlin: one at 00:30 in summer is the day before in UTC. */}
          <time datetime={council.first.start.toISOString()}>{formatDate(berlinParts(council.first.start).date, locale)}</time>
        </Fact>
      )}
    </>
  );
}

function Deliberations({ ctx, view }: { ctx: PageContext; view: DecisionView }) {
  const { t, locale } = ctx;
  if (view.deliberations.length === 0) return null;
  return (
    <ul class="lotse-council__deliberations">
      {view.deliberations.map((d) => (
        <li>
          {d.start && <time datetime={d.start.toISOString()}>{formatDateTime(d.start, locale)}</time>}
          {d.start && ': '}
          <span lang={de(locale)}>
            {d.meetingWeb ? (
              <a class="kern-link" href={d.meetingWeb}>
                {d.organization ?? d.meeting ?? t('project.council.meeting')}
              </a>
            ) : (
              (d.organization ?? d.meeting ?? t('project.council.meeting'))
            )}
          </span>
          {(d.number || d.item) && (
            <>
              {', '}
              {t('project.council.agendaItem', { number: d.number ?? '–' })}
              {d.item && (
                <>
                  {' '}
                  <span lang={de(locale)}>{d.item}</span>
                </>
              )}
            </>
          )}
          {d.result && (
            <>
              {' – '}
              {t('project.council.result')}: <span lang={de(locale)}>{d.result}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** One decision of the timeline with what the council system knows of it. */
export function CouncilDecision({ ctx, view }: { ctx: PageContext; view: DecisionView }) {
  const { t, locale } = ctx;
  const d = view.decision;
  const label = `${d.reference ?? d.raw}${d.supplement ? ` (${d.supplement})` : ''}`;
  return (
    <li class="lotse-timeline__item">
      <p class="kern-preline">{d.date ? <time datetime={d.date}>{formatDate(d.date, locale)}</time> : t('project.decisions.undated')}</p>
      <p class="kern-body kern-body--bold" lang="de">
        {view.paperHref ? (
          <a class="kern-link" href={view.paperHref} aria-label={t('project.council.paperLink', { reference: label })}>
            {label}
          </a>
        ) : (
          label
        )}
      </p>
      {(view.paperName ?? d.bodyName) && (
        <p class="kern-body" lang="de">
          {view.paperName ?? d.bodyName}
        </p>
      )}
      {view.deliberations.length > 0 && <p class="kern-body kern-body--small">{t('project.council.deliberations')}</p>}
      <Deliberations ctx={ctx} view={view} />
      {view.files.length > 0 && (
        <ul class="lotse-council__files" aria-label={t('project.council.files')}>
          {view.files.map((f) => (
            <li>
              <a class="kern-link" href={f.url} lang={de(locale)}>
                {f.name ?? t('project.council.file')}
              </a>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
