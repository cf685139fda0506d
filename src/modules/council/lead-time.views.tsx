// The participation guidelines' lead time in the back office: the list "Vorlaufzeit unterschritten" of a
// municipality, and the warning on a Vorhaben's own page (exported through the module's entry).
import { berlinParts } from '../../lib/berlin-time.js';
import { formatDate } from '../../lib/format.js';
import type { BackOfficePage } from '../../platform/back-office/frame.js';
import { Alert, Badge, Text } from '../../views/components.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { DataTable, RowTh, Td, Th, Tr } from '../../views/table.js';
import { CouncilSubpage } from './council-subpage.views.js';
import type { LeadTimePageView, LeadTimeShortfall } from './lead-time.service.js';

/** The meeting's day in Berlin: a meeting at 00:30 must not show as the day before. */
const meetingDay = (start: Date, locale: PageContext['locale']) => formatDate(berlinParts(start).date, locale);

function Meeting({ ctx, s }: { ctx: PageContext; s: LeadTimeShortfall }) {
  const day = meetingDay(s.firstDeliberation.start, ctx.locale);
  const name = s.firstDeliberation.meeting;
  return (
    <>
      <time datetime={s.firstDeliberation.start.toISOString()}>{day}</time>
      {name && (
        <>
          {', '}
          {s.firstDeliberation.web ? (
            <a class="kern-link" href={s.firstDeliberation.web} lang="de">
              {name}
            </a>
          ) : (
            <span lang="de">{name}</span>
          )}
        </>
      )}
    </>
  );
}

export function LeadTimePage({ ctx, nav, page }: BackOfficePage & { page: LeadTimePageView }) {
  const { t, locale } = ctx;
  const title = t('council.leadTime.heading', { municipality: page.name });
  return (
    <CouncilSubpage ctx={ctx} title={title} nav={nav} back={{ slug: page.slug, label: t('council.backToSettings') }}>
      <p class="kern-body">
        {page.leadTimeMonths > 0 ? t('council.leadTime.intro', { count: page.leadTimeMonths }) : t('council.leadTime.off')}
      </p>
      {page.shortfalls.length === 0 ? (
        <p class="kern-body">{t('council.leadTime.none')}</p>
      ) : (
        <DataTable
          caption={<span class="kern-sr-only">{title}</span>}
          head={
            <>
              <Th>{t('council.decision.project')}</Th>
              <Th>{t('council.leadTime.listedOn')}</Th>
              <Th>{t('council.leadTime.latestOn')}</Th>
              <Th>{t('council.leadTime.first')}</Th>
            </>
          }
        >
          {page.shortfalls.map((s) => (
            <Tr>
              <RowTh>
                <a class="kern-link" href={localePath(locale, `/verwaltung/vorhaben/${encodeURIComponent(s.projectSlug)}`)}>
                  <Text ctx={ctx} value={s.projectTitle} />
                </a>
                {!s.published && (
                  <>
                    {' '}
                    <Badge>{t('council.leadTime.draft')}</Badge>
                  </>
                )}
              </RowTh>
              <Td>{s.published ? formatDate(s.listedOn, locale) : t('council.leadTime.notYet')}</Td>
              <Td>{formatDate(s.latestOn, locale)}</Td>
              <Td>
                <Meeting ctx={ctx} s={s} />
              </Td>
            </Tr>
          ))}
        </DataTable>
      )}
    </CouncilSubpage>
  );
}

/** The warning on a Vorhaben's back-office page: one paragraph per municipality whose lead time it misses. */
export function LeadTimeWarning({ ctx, shortfalls }: { ctx: PageContext; shortfalls: LeadTimeShortfall[] }) {
  const { t, locale } = ctx;
  if (shortfalls.length === 0) return null;
  return (
    <Alert kind="warning" title={t('council.leadTime.title')}>
      {shortfalls.map((s) => (
        <p class="kern-body">
          {t(s.published ? 'council.leadTime.warning' : 'council.leadTime.warningDraft', {
            municipality: s.municipality,
            count: s.leadTimeMonths,
            latest: formatDate(s.latestOn, locale),
            listed: formatDate(s.listedOn, locale),
          })}{' '}
          {t('council.leadTime.firstIs')} <Meeting ctx={ctx} s={s} />.
        </p>
      ))}
    </Alert>
  );
}
