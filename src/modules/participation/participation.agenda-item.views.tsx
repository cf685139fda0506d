// The council's agenda item of a request's "on the agenda" step: its label in the staff form's choice,
// and on the request's public page the meeting (linked to its page in the council system), its date, the
// item's number and name. Council texts are German; only the page's own words are translated.
import { formatDateTime } from '../../lib/format.js';
import type { PageContext } from '../../views/page-context.js';
import type { CouncilAgendaItem } from './participation.view-model.js';

const de = (locale: string) => (locale === 'de' ? undefined : 'de');

/** "Bauausschuss, 20. November 2026 um 17:00 – TOP Ö 5 Radweg am Hafen (RV-1/2026)" */
export function agendaItemLabel(ctx: PageContext, item: CouncilAgendaItem): string {
  const meeting = [item.meeting.name, item.meeting.start ? formatDateTime(item.meeting.start, ctx.locale) : null]
    .filter(Boolean)
    .join(', ');
  const point = [item.number ? ctx.t('project.council.agendaItem', { number: item.number }) : null, item.name].filter(Boolean).join(' ');
  return [meeting, point].filter(Boolean).join(' – ') + (item.paperReference ? ` (${item.paperReference})` : '');
}

export function AgendaItemLink({ ctx, item }: { ctx: PageContext; item: CouncilAgendaItem }) {
  const { t, locale } = ctx;
  const meeting = item.meeting.name ?? t('project.council.meeting');
  return (
    <p class="kern-body">
      {t('participation.request.agendaItem')}{' '}
      {item.meeting.web ? (
        <a class="kern-link" href={item.meeting.web} lang={de(locale)}>
          {meeting}
        </a>
      ) : (
        <span lang={de(locale)}>{meeting}</span>
      )}
      {item.meeting.start && (
        <>
          {', '}
          <time datetime={item.meeting.start.toISOString()}>{formatDateTime(item.meeting.start, locale)}</time>
        </>
      )}
      {item.number && <>, {t('project.council.agendaItem', { number: item.number })}</>}
      {item.name && (
        <>
          {' '}
          <span lang={de(locale)}>{item.name}</span>
        </>
      )}
      {item.meeting.cancelled && <> {t('participation.request.meetingCancelled')}</>}
    </p>
  );
}
