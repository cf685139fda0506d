// The participation section of a Vorhaben's page (its processes, requests and released notices), and
// what the request pages of the public and the back office share: the status badge's colour, the
// signature counter and a decision's one-line label.
import { formatDate } from '../../lib/format.js';
import { berlinParts } from '../../lib/berlin-time.js';
import { Badge } from '../../views/components.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import type { ProcessView } from './processes.view-model.js';
import type { DecisionView, NoticeView, PublicRequestView, RequestStatus } from './participation.view-model.js';

/** The Berlin calendar day of an instant. */
export const isoDay = (d: Date) => berlinParts(new Date(d)).date;

export const requestStatusKind: Record<RequestStatus, 'info' | 'success' | 'warning' | 'danger'> = {
  unconfirmed: 'info',
  received: 'info',
  quorum_reached: 'success',
  on_agenda: 'warning',
  accepted: 'success',
  rejected: 'danger',
  hidden: 'danger',
};

export function RequestProgress({
  ctx,
  request,
}: {
  ctx: PageContext;
  request: Pick<PublicRequestView, 'id' | 'quorum' | 'signatureCount'>;
}) {
  if (request.quorum === null) return null;
  const { t } = ctx;
  const label = t('participation.request.progress', { signed: request.signatureCount, count: request.quorum });
  return (
    <div class="lotse-progress">
      <label class="kern-body" for={`progress-${request.id}`}>
        {label}
      </label>
      <progress id={`progress-${request.id}`} max={request.quorum} value={Math.min(request.signatureCount, request.quorum)}>
        {label}
      </progress>
    </div>
  );
}

export function ParticipationSection({
  ctx,
  slug,
  notices,
  requests,
  processes = [],
  open,
}: {
  ctx: PageContext;
  slug: string;
  notices: NoticeView[];
  requests: PublicRequestView[];
  processes?: Pick<ProcessView, 'slug' | 'title'>[];
  open: boolean;
}) {
  const { t, locale } = ctx;
  return (
    <section class="lotse-section" aria-labelledby="participate-heading">
      <h2 class="kern-heading-medium" id="participate-heading">
        {t('participation.section.title')}
      </h2>
      {open && (
        <div class="lotse-actions">
          <a class="kern-btn kern-btn--primary" href={localePath(locale, `/vorhaben/${slug}/hinweis`)}>
            <span class="kern-label">{t('participation.notice.title')}</span>
          </a>
          <a class="kern-btn kern-btn--secondary" href={localePath(locale, `/vorhaben/${slug}/anregung`)}>
            <span class="kern-label">{t('participation.request.title')}</span>
          </a>
        </div>
      )}
      <p class="kern-body">
        <a class="kern-link" href={localePath(locale, `/vorhaben/${slug}/diskussion`)}>
          {t('comments.toDiscussion')}
        </a>
      </p>
      {processes.length > 0 && (
        <>
          <h3 class="kern-heading-small">{t('process.list.title')}</h3>
          <ul class="kern-list">
            {processes.map((p) => (
              <li>
                <a class="kern-link" href={localePath(locale, `/beteiligung/${p.slug}`)} lang="de">
                  {p.title.de}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {requests.length > 0 && (
        <>
          <h3 class="kern-heading-small">{t('participation.section.requests')}</h3>
          <ul class="lotse-result-list">
            {requests.map((r) => (
              <li class="lotse-panel">
                <a class="kern-link" href={localePath(locale, `/beteiligung/anregungen/${r.id}`)} lang={r.textLanguage}>
                  {r.title}
                </a>{' '}
                <Badge kind={requestStatusKind[r.status]}>{t(`participation.status.${r.status}`)}</Badge>
                <RequestProgress ctx={ctx} request={r} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 class="kern-heading-small">{t('participation.section.notices')}</h3>
      {notices.length === 0 ? (
        <p class="kern-body">{t('participation.section.noNotices')}</p>
      ) : (
        <ul class="lotse-result-list">
          {notices.map((n) => (
            <li class="lotse-panel">
              <p class="kern-body kern-body--small">{n.releasedAt ? formatDate(isoDay(n.releasedAt), locale) : ''}</p>
              <p class="kern-body lotse-preline" lang={n.textLanguage}>
                {n.body}
              </p>
              {n.weighing && (
                <>
                  <p class="kern-body kern-body--small">
                    <strong>{t('participation.section.weighing')}</strong>
                  </p>
                  <p class="kern-body lotse-preline" lang={n.weighingLanguage}>
                    {n.weighing}
                  </p>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A council decision in one line: reference, body and date where the parser found them, else its text. */
export function decisionLabel(d: Pick<DecisionView, 'reference' | 'bodyName' | 'date' | 'raw'>): string {
  const parts = [d.reference, d.bodyName, d.date].filter((p): p is string => !!p);
  return parts.length ? parts.join(' · ') : d.raw.slice(0, 120);
}
