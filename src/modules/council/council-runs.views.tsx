// Back-office pages of sync runs: the last runs of a municipality (what was read, created, changed,
// deleted; faults; decisions matched) and one run with its faults grouped by kind, with example addresses.
import type { SyncStatus } from '../../db/schema.js';
import { formatDateTime, formatNumber } from '../../lib/format.js';
import { Alert, Badge, Fact } from '../../views/components.js';
import type { BackOfficePage } from '../../platform/back-office/frame.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { councilPath } from './council-paths.js';
import { CouncilSubpage } from './council-subpage.views.js';
import { DataTable, RowTh, Td, Th, Tr } from '../../views/table.js';
import type { RunDetailView, RunsPageView, RunView } from './council-runs.service.js';

const statusKind: Record<SyncStatus, 'info' | 'success' | 'warning' | 'danger'> = {
  running: 'info',
  succeeded: 'success',
  interrupted: 'warning',
  failed: 'danger',
};

export function RunStatus({ ctx, status }: { ctx: PageContext; status: SyncStatus }) {
  return <Badge kind={statusKind[status]}>{ctx.t(`council.status.${status}`)}</Badge>;
}

const count = (ctx: PageContext, n: number | null) => (n === null ? '–' : formatNumber(n, ctx.locale));

export function CouncilRunsPage({ ctx, nav, page }: BackOfficePage & { page: RunsPageView }) {
  const { t, locale } = ctx;
  const title = t('council.runs.heading', { municipality: page.name });
  return (
    <CouncilSubpage ctx={ctx} title={title} nav={nav} back={{ slug: page.slug, label: t('council.backToSettings') }}>
      {!page.configured && <Alert kind="info" title={t('council.notConfigured')} />}
      {page.runs.length === 0 ? (
        <p class="kern-body">{t('council.runs.none')}</p>
      ) : (
        <DataTable
          caption={<span class="kern-sr-only">{title}</span>}
          head={
            <>
              <Th>{t('council.run.started')}</Th>
              <Th>{t('council.run.mode')}</Th>
              <Th>{t('council.run.status')}</Th>
              <Th numeric>{t('council.run.read')}</Th>
              <Th numeric>{t('council.run.created')}</Th>
              <Th numeric>{t('council.run.changed')}</Th>
              <Th numeric>{t('council.run.deleted')}</Th>
              <Th numeric>{t('council.run.faults')}</Th>
              <Th numeric>{t('council.run.matched')}</Th>
              <Th numeric>{t('council.run.unmatched')}</Th>
            </>
          }
        >
          {page.runs.map((run) => (
            <Tr>
              <RowTh>
                <a class="kern-link" href={localePath(locale, councilPath(page.slug, `/laeufe/${run.id}`))}>
                  {formatDateTime(run.startedAt, locale)}
                </a>
              </RowTh>
              <Td>{t(`council.mode.${run.mode}`)}</Td>
              <Td>
                <RunStatus ctx={ctx} status={run.status} />
              </Td>
              <Td numeric>{count(ctx, run.read)}</Td>
              <Td numeric>{count(ctx, run.created)}</Td>
              <Td numeric>{count(ctx, run.changed)}</Td>
              <Td numeric>{count(ctx, run.deleted)}</Td>
              <Td numeric>{count(ctx, run.faultCount)}</Td>
              <Td numeric>{count(ctx, run.matched)}</Td>
              <Td numeric>{count(ctx, run.unmatched)}</Td>
            </Tr>
          ))}
        </DataTable>
      )}
    </CouncilSubpage>
  );
}

function RunFacts({ ctx, run }: { ctx: PageContext; run: RunView }) {
  const { t, locale } = ctx;
  return (
    <dl class="kern-description-list">
      <Fact label={t('council.run.status')}>
        <RunStatus ctx={ctx} status={run.status} />
      </Fact>
      <Fact label={t('council.run.mode')}>{t(`council.mode.${run.mode}`)}</Fact>
      <Fact label={t('council.run.started')}>{formatDateTime(run.startedAt, locale)}</Fact>
      <Fact label={t('council.run.finished')}>{run.finishedAt ? formatDateTime(run.finishedAt, locale) : '–'}</Fact>
      <Fact label={t('council.run.objects')}>
        {t('council.run.objectCounts', { read: run.read, created: run.created, changed: run.changed, deleted: run.deleted })}
      </Fact>
      <Fact label={t('council.run.decisions')}>
        {run.matched === null ? '–' : t('council.run.decisionCounts', { matched: run.matched, unmatched: run.unmatched ?? 0 })}
      </Fact>
    </dl>
  );
}

export function CouncilRunPage({ ctx, nav, slug, name, run }: BackOfficePage & { slug: string; name: string; run: RunDetailView }) {
  const { t, locale } = ctx;
  const title = t('council.run.heading', { municipality: name, started: formatDateTime(run.startedAt, locale) });
  return (
    <CouncilSubpage ctx={ctx} title={title} nav={nav} back={{ slug: slug, path: '/laeufe', label: t('council.backToRuns') }}>
      {run.error && <Alert kind="danger" title={t(run.error)} />}
      {run.status === 'interrupted' && <Alert kind="warning" title={t('council.run.resumable')} />}
      <RunFacts ctx={ctx} run={run} />
      <h2 class="kern-heading-medium" id="faults-heading">
        {t('council.run.faultsHeading', { count: run.faultCount })}
      </h2>
      {run.faults.length === 0 ? (
        <p class="kern-body">{t('council.run.noFaults')}</p>
      ) : (
        <DataTable
          labelledBy="faults-heading"
          head={
            <>
              <Th>{t('council.fault.kind')}</Th>
              <Th numeric>{t('council.fault.count')}</Th>
              <Th>{t('council.fault.examples')}</Th>
            </>
          }
        >
          {run.faults.map((fault) => (
            <Tr>
              <RowTh>{t(`council.fault.${fault.kind}`)}</RowTh>
              <Td numeric>{formatNumber(fault.count, locale)}</Td>
              <Td>
                <ul class="kern-list lotse-fault-examples">
                  {fault.examples.map((e) => (
                    <li>
                      <code>{e.url}</code>
                      {e.detail && <> – {e.detail}</>}
                    </li>
                  ))}
                </ul>
              </Td>
            </Tr>
          ))}
        </DataTable>
      )}
    </CouncilSubpage>
  );
}
